/* test_state.c -- creating a state in each pointer mode (vm/nl_state.c). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nl_state.h"
#include "suites.h"

/* Opens a state under NANLUA_PTRMODE=mode, leaving the environment as it was
 * found (without fork, under qemu, the tests share one process). */
static lua_State *open_with(const char *mode, char *err, size_t errlen)
{
    if (mode)
        setenv("NANLUA_PTRMODE", mode, 1);
    else
        unsetenv("NANLUA_PTRMODE");
    lua_State *L = nanlua_open(err, errlen);
    unsetenv("NANLUA_PTRMODE");
    return L;
}

START_TEST(auto_mode_reports_the_layout)
{
    char err[512] = "";
    lua_State *L = open_with(NULL, err, sizeof err);
    ck_assert_msg(L != NULL, "%s", err);
    nanlua_Layout l;
    nanlua_layout(L, &l);
    ck_assert_uint_eq(l.page_size, (size_t)sysconf(_SC_PAGESIZE));
    ck_assert_uint_ge(l.addr_bits_possible, l.addr_bits_seen);
    ck_assert_str_eq(l.ptr_mode, l.addr_bits_possible > 47 ? "table" : "direct");
    nanlua_close(L);
}
END_TEST

START_TEST(table_mode_owns_a_gc_heap_below_2_47)
{
    char err[512] = "";
    lua_State *L = open_with("table", err, sizeof err);
    ck_assert_msg(L != NULL, "%s", err);
    nanlua_Layout l;
    nanlua_layout(L, &l);
    ck_assert_str_eq(l.ptr_mode, "table");
    nl_Global *g = L->g;
    for (size_t n = 1; n < 100000; n = n * 3 + 1) {
        void *p = g->gc_alloc(g->gc_ud, NULL, 0, n);
        ck_assert_ptr_nonnull(p);
        ck_assert(nl_fits_payload((uint64_t)(uintptr_t)p + n));
        memset(p, 0xab, n);
        g->gc_alloc(g->gc_ud, p, n, 0);
    }
    nanlua_close(L);
}
END_TEST

START_TEST(bad_setting_fails_with_a_message)
{
    char err[512] = "";
    ck_assert_ptr_null(open_with("sideways", err, sizeof err));
    ck_assert_msg(strstr(err, "NANLUA_PTRMODE='sideways'"), "%s", err);
}
END_TEST

Suite *suite_state(void)
{
    Suite *s = suite_create("state");
    TCase *tc = tcase_create("open");
    tcase_add_test(tc, auto_mode_reports_the_layout);
    tcase_add_test(tc, table_mode_owns_a_gc_heap_below_2_47);
    tcase_add_test(tc, bad_setting_fails_with_a_message);
    suite_add_tcase(s, tc);
    return s;
}
