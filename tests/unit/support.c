/* support.c -- helpers the unit-test suites share (see support.h). */
#include "support.h"

#include <check.h>

lua_State *nl_test_open(void)
{
    char err[512];
    lua_State *L = nanlua_open(err, sizeof err);
    ck_assert_msg(L != NULL, "%s", err);
    return L;
}

void nl_test_push(lua_State *L, nl_Value v)
{
    nl_state_checkstack(L, 1);
    nl_state_push(L, v);
}

size_t nl_test_count_objects(const lua_State *L)
{
    const nl_GCObj *registry = nl_is_table(L->g->registry) ? nl_gcref(L->g->registry) : NULL;
    size_t n = 0;
    for (const nl_GCObj *o = L->g->allgc; o; o = o->gcnext)
        n += o != registry && o != (const nl_GCObj *)L->env;
    for (const nl_GCObj *o = L->g->gc.udata; o; o = o->gcnext)
        n++;
    return n;
}
