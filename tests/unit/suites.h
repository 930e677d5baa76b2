/* suites.h -- every unit-test suite, one per module; main.c runs them all. */
#ifndef NL_TEST_SUITES_H
#define NL_TEST_SUITES_H

#include <check.h>

#define NL_UNIT_SUITES(X) \
    X(value)              \
    X(hash)               \
    X(ptrtab)             \
    X(ptrbox)             \
    X(layout)             \
    X(assume)             \
    X(region)             \
    X(heap)               \
    X(mem)                \
    X(state)              \
    X(string)             \
    X(table)              \
    X(lex)                \
    X(number)             \
    X(gc)                 \
    X(func)               \
    X(pattern)            \
    X(parse)              \
    X(bytecode)           \
    X(debug)

#define NL_DECLARE_SUITE(name) Suite *suite_##name(void);
NL_UNIT_SUITES(NL_DECLARE_SUITE)

#endif
