/*
 * nl_assume.h -- the assumptions about the machine that the compiler cannot
 * check (nl_value.h asserts the ones it can), checked once at start-up.
 */
#ifndef NL_ASSUME_H
#define NL_ASSUME_H

#include <stddef.h>

/* Returns 0, or -1 with a message saying what was assumed, what was found and
 * what to do. */
int nl_check_assumptions(size_t page_size, char *err, size_t errlen);

#endif
