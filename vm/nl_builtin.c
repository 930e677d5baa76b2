/*
 * nl_builtin.c -- library functions written in Lua (see nl_builtin.h).
 */
#include "nl_builtin.h"

#include <string.h>

#include "lauxlib.h"
#include "nl_mem.h"

/* What LuaJIT's builtins look like to the debug interface: every
 * instruction on line 0, no names of locals (the chunk name is already the
 * builtin's). */
static void flag_proto(lua_State *L, nl_Proto *p, const char *args)
{
    p->builtin_args = args;
    p->linedefined = p->lastlinedefined = -1;
    memset(p->lineinfo, 0, p->sizecode * sizeof *p->lineinfo);
    nl_mem_freevec(L, p->locvars, p->sizelocvars, nl_LocVar);
    p->locvars = NULL;
    p->sizelocvars = 0;
}

void nl_builtin_push(lua_State *L, const char *name, const char *args, const char *source, int nup)
{
    if (luaL_loadbuffer(L, source, strlen(source), name) != 0)
        lua_error(L); /* a library's own source: only memory can fail */
    lua_insert(L, -1 - nup);
    lua_call(L, nup, 1);
    flag_proto(L, nl_func(L->top[-1])->l.p, args);
}

void nl_builtin_checkargs(lua_State *L, const char *args)
{
    for (int narg = 1; args[narg - 1] != '\0'; narg++) {
        int want = args[narg - 1] == 't' ? LUA_TTABLE : LUA_TFUNCTION;
        if (lua_type(L, narg) != want) {
            lua_checkstack(L, LUA_MINSTACK);
            luaL_typerror(L, narg, lua_typename(L, want));
        }
    }
}
