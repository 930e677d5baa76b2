/*
 * main.c -- runs every unit-test suite; fails if a test fails or none ran.
 */
#include <stdio.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *sr = srunner_create(NULL);
#define NL_ADD_SUITE(name) srunner_add_suite(sr, suite_##name());
    NL_UNIT_SUITES(NL_ADD_SUITE)
    srunner_run_all(sr, CK_NORMAL);
    int ran = srunner_ntests_run(sr);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    if (ran == 0) {
        fprintf(stderr, "unit-tests: no test ran\n");
        return EXIT_FAILURE;
    }
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
