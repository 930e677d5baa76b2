/* test_assume.c -- the start-up checks (vm/nl_assume.c). */
#include <string.h>
#include <unistd.h>

#include "nl_assume.h"
#include "suites.h"

START_TEST(this_machine_passes)
{
    char err[300] = "";
    ck_assert_msg(nl_check_assumptions((size_t)sysconf(_SC_PAGESIZE), err, sizeof err) == 0,
                  "%s", err);
}
END_TEST

START_TEST(odd_page_size_is_reported)
{
    char err[300] = "";
    ck_assert_int_eq(nl_check_assumptions(12288, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "power of two") && strstr(err, "12288"), "%s", err);
    ck_assert_int_eq(nl_check_assumptions(0, err, sizeof err), -1);
}
END_TEST

Suite *suite_assume(void)
{
    Suite *s = suite_create("assume");
    TCase *tc = tcase_create("startup");
    tcase_add_test(tc, this_machine_passes);
    tcase_add_test(tc, odd_page_size_is_reported);
    suite_add_tcase(s, tc);
    return s;
}
