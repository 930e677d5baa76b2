/* test_debug.c -- hooks through the C API (lua_sethook, vm/nl_debug.c) and
 * the dispatch table that makes them free while none is set (vm/nl_vm.c). */
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "nl_bc.h"
#include "suites.h"
#include "support.h"

static int events[5];
static int lines_seen[16];

static void count_events(lua_State *L, lua_Debug *ar)
{
    (void)L;
    events[ar->event]++;
}

static void record_line(lua_State *L, lua_Debug *ar)
{
    lua_getinfo(L, "l", ar);
    if (ar->currentline >= 0 && ar->currentline < 16)
        lines_seen[ar->currentline]++;
}

static void raise_once(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    if (events[LUA_HOOKCOUNT]++ == 0)
        luaL_error(L, "stopped");
}

static int run(lua_State *L, const char *code)
{
    ck_assert_int_eq(luaL_loadstring(L, code), 0);
    return lua_pcall(L, 0, 0, 0);
}

START_TEST(dispatch_table_points_at_the_hook_only_while_one_is_set)
{
    lua_State *L = nl_test_open();
    const void *const *d = L->g->vmdispatch;
#if defined(NL_GENERIC) && NL_GENERIC
    ck_assert_ptr_null(d[0]); /* the switch build tests the mask instead */
#else
    ck_assert_ptr_ne(d[NL_BC_MOV], d[NL_BC_JMP]);
    lua_sethook(L, count_events, LUA_MASKCOUNT, 1);
    for (int i = 1; i < NL_BC__MAX; i++)
        ck_assert_ptr_eq(d[i], d[0]);
    lua_sethook(L, NULL, 0, 0);
    ck_assert_ptr_ne(d[NL_BC_MOV], d[NL_BC_JMP]);
#endif
    nanlua_close(L);
}
END_TEST

START_TEST(count_hook_runs_and_is_reported)
{
    lua_State *L = nl_test_open();
    memset(events, 0, sizeof events);
    lua_sethook(L, count_events, LUA_MASKCOUNT, 2);
    ck_assert_ptr_eq(lua_gethook(L), count_events);
    ck_assert_int_eq(lua_gethookmask(L), LUA_MASKCOUNT);
    ck_assert_int_eq(lua_gethookcount(L), 2);
    ck_assert_int_eq(run(L, "local x = 0 for i = 1, 100 do x = x + i end"), 0);
    lua_sethook(L, NULL, 0, 0);
    ck_assert_int_ge(events[LUA_HOOKCOUNT], 100);
    ck_assert_int_eq(events[LUA_HOOKLINE], 0);
    int before = events[LUA_HOOKCOUNT];
    ck_assert_int_eq(run(L, "local x = 0 for i = 1, 100 do x = x + i end"), 0);
    ck_assert_int_eq(events[LUA_HOOKCOUNT], before); /* off again */
    nanlua_close(L);
}
END_TEST

START_TEST(line_hook_sees_each_line)
{
    lua_State *L = nl_test_open();
    memset(lines_seen, 0, sizeof lines_seen);
    lua_sethook(L, record_line, LUA_MASKLINE, 0);
    ck_assert_int_eq(run(L, "local a = 1\nlocal b = 2\nfor i = 1, 3 do\n  a = a + i\nend\n"), 0);
    lua_sethook(L, NULL, 0, 0);
    ck_assert_int_eq(lines_seen[1], 1);
    ck_assert_int_eq(lines_seen[2], 1);
    ck_assert_int_eq(lines_seen[4], 3);
    nanlua_close(L);
}
END_TEST

START_TEST(error_in_hook_is_caught_and_hooks_run_again)
{
    lua_State *L = nl_test_open();
    memset(events, 0, sizeof events);
    lua_sethook(L, raise_once, LUA_MASKCOUNT, 1);
    ck_assert_int_eq(run(L, "local x = 1 x = x + 1"), LUA_ERRRUN);
    ck_assert_ptr_nonnull(strstr(lua_tostring(L, -1), "stopped"));
    lua_pop(L, 1);
    int before = events[LUA_HOOKCOUNT];
    ck_assert_int_eq(run(L, "local x = 1 x = x + 1"), 0);
    ck_assert_int_gt(events[LUA_HOOKCOUNT], before);
    lua_sethook(L, NULL, 0, 0);
    nanlua_close(L);
}
END_TEST

Suite *suite_debug(void)
{
    Suite *s = suite_create("debug");
    TCase *tc = tcase_create("hooks");
    tcase_add_test(tc, dispatch_table_points_at_the_hook_only_while_one_is_set);
    tcase_add_test(tc, count_hook_runs_and_is_reported);
    tcase_add_test(tc, line_hook_sees_each_line);
    tcase_add_test(tc, error_in_hook_is_caught_and_hooks_run_again);
    suite_add_tcase(s, tc);
    return s;
}
