/*
 * lib_coroutine.c -- the coroutine library (LuaJIT 2.1's: create, resume,
 * yield, status, wrap, running, isyieldable).
 */
#include "lauxlib.h"
#include "lua.h"
#include "nl_lib.h"

static lua_State *check_coroutine(lua_State *L, int arg)
{
    lua_State *co = lua_tothread(L, arg);
    luaL_argcheck(L, co, arg, "coroutine expected");
    return co;
}

static const char *status_of(lua_State *L, lua_State *co)
{
    if (L == co)
        return "running";
    switch (lua_status(co)) {
    case LUA_YIELD:
        return "suspended";
    case 0: {
        lua_Debug ar;
        if (lua_getstack(co, 0, &ar))
            return "normal"; /* it resumed another coroutine */
        return lua_gettop(co) == 0 ? "dead" : "suspended";
    }
    default:
        return "dead";
    }
}

/* Resumes co with narg values from L; moves the results (or the error) back.
 * Returns their count, or -1 after an error with the message pushed. */
static int resume(lua_State *L, lua_State *co, int narg)
{
    const char *status = status_of(L, co);
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    if (status[0] != 's') {
        /* LuaJIT calls a coroutine that resumed another one running too */
        lua_pushfstring(L, "cannot resume %s coroutine", status[0] == 'd' ? "dead" : "running");
        return -1;
    }
    lua_xmove(L, co, narg);
    lua_setlevel(L, co);
    int r = lua_resume(co, narg);
    if (r == 0 || r == LUA_YIELD) {
        int nres = lua_gettop(co);
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int co_create(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    return 1;
}

static int co_resume(lua_State *L)
{
    lua_State *co = check_coroutine(L, 1);
    int r = resume(L, co, lua_gettop(L) - 1);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int wrap_call(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = resume(L, co, lua_gettop(L));
    if (r < 0) {
        if (lua_isstring(L, -1)) { /* the caller's position goes in front */
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int co_wrap(lua_State *L)
{
    co_create(L);
    lua_pushcclosure(L, wrap_call, 1);
    return 1;
}

static int co_yield(lua_State *L) { return lua_yield(L, lua_gettop(L)); }

static int co_status(lua_State *L)
{
    lua_pushstring(L, status_of(L, check_coroutine(L, 1)));
    return 1;
}

/* Lua 5.1's answer: nil in the main thread. */
static int co_running(lua_State *L)
{
    if (lua_pushthread(L))
        lua_pushnil(L);
    return 1;
}

static int co_isyieldable(lua_State *L)
{
    lua_pushboolean(L, lua_isyieldable(L));
    return 1;
}

static const luaL_Reg co_funcs[] = {
    {"create", co_create},   {"resume", co_resume},   {"running", co_running},
    {"status", co_status},   {"wrap", co_wrap},       {"yield", co_yield},
    {"isyieldable", co_isyieldable}, {NULL, NULL},
};

int nl_lib_open_coroutine(lua_State *L)
{
    luaL_register(L, "coroutine", co_funcs);
    return 1;
}
