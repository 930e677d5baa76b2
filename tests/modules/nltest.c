/*
 * nltest.c -- a C module for the package library's script tests
 * (tests/scripts/packagelib/cmodule_*.lua). It is built like any Lua 5.1
 * module, against include/ only, and resolves the C API from the executable
 * that loads it, nanlua or luajit, which is what makes it a test of the
 * API's binary compatibility as well as of require.
 */
#include "lauxlib.h"
#include "lua.h"

#define BOX_TYPE "nltest.box"

static int t_add(lua_State *L)
{
    lua_pushnumber(L, luaL_checknumber(L, 1) + luaL_checknumber(L, 2));
    return 1;
}

/* Joins its arguments n times with a buffer that outgrows LUAL_BUFFERSIZE. */
static int t_repeat(lua_State *L)
{
    int n = luaL_checkint(L, 1);
    int top = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 0; i < n; i++) {
        for (int j = 2; j <= top; j++) {
            lua_pushvalue(L, j);
            luaL_addvalue(&b);
        }
        luaL_addchar(&b, '|');
    }
    luaL_pushresult(&b);
    return 1;
}

static int counter_next(lua_State *L)
{
    lua_Integer n = lua_tointeger(L, lua_upvalueindex(1)) + 1;
    lua_pushinteger(L, n);
    lua_replace(L, lua_upvalueindex(1));
    lua_pushinteger(L, n);
    return 1;
}

static int t_counter(lua_State *L)
{
    lua_pushinteger(L, luaL_optinteger(L, 1, 0));
    lua_pushcclosure(L, counter_next, 1);
    return 1;
}

/* call(f, ...): f's results through lua_call, then pcall(f, ...) through
 * lua_pcall as a status and a message. */
static int t_call(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    int nargs = lua_gettop(L) - 1;
    lua_pushvalue(L, 1);
    lua_insert(L, 1);
    lua_call(L, nargs, LUA_MULTRET);
    return lua_gettop(L) - 1;
}

static int t_pcall(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    int status = lua_pcall(L, lua_gettop(L) - 1, 1, 0);
    lua_pushinteger(L, status);
    lua_insert(L, -2);
    return 2;
}

static int t_fail(lua_State *L) { return luaL_error(L, "failed with %d", luaL_checkint(L, 1)); }

static int t_types(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checkstack(L, n, "too many arguments");
    for (int i = 1; i <= n; i++)
        lua_pushstring(L, luaL_typename(L, i));
    return n;
}

static int t_ref(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    int ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
    return 1;
}

/* ---- A userdata type with methods and a finalizer ---------------------------------- */

typedef struct {
    double value;
} Box;

static int t_newbox(lua_State *L)
{
    Box *b = lua_newuserdata(L, sizeof *b);
    b->value = luaL_checknumber(L, 1);
    luaL_getmetatable(L, BOX_TYPE);
    lua_setmetatable(L, -2);
    return 1;
}

static int box_get(lua_State *L)
{
    lua_pushnumber(L, ((Box *)luaL_checkudata(L, 1, BOX_TYPE))->value);
    return 1;
}

static int box_tostring(lua_State *L)
{
    lua_pushfstring(L, "box(%f)", ((Box *)luaL_checkudata(L, 1, BOX_TYPE))->value);
    return 1;
}

/* Counts finalized boxes in the module table's field "collected". */
static int box_gc(lua_State *L)
{
    luaL_checkudata(L, 1, BOX_TYPE);
    lua_getfield(L, LUA_ENVIRONINDEX, "collected");
    lua_pushinteger(L, lua_tointeger(L, -1) + 1);
    lua_setfield(L, LUA_ENVIRONINDEX, "collected");
    return 0;
}

static const luaL_Reg box_methods[] = {
    {"get", box_get},
    {"__tostring", box_tostring},
    {"__gc", box_gc},
    {NULL, NULL},
};

static const luaL_Reg funcs[] = {
    {"add", t_add},
    {"repeat_join", t_repeat},
    {"counter", t_counter},
    {"call", t_call},
    {"pcall", t_pcall},
    {"fail", t_fail},
    {"types", t_types},
    {"ref", t_ref},
    {"newbox", t_newbox},
    {NULL, NULL},
};

LUALIB_API int luaopen_nltest(lua_State *L)
{
    /* The module table is the environment of the functions made below. */
    lua_newtable(L);
    lua_replace(L, LUA_ENVIRONINDEX);
    luaL_newmetatable(L, BOX_TYPE);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
    luaL_register(L, NULL, box_methods);
    lua_pop(L, 1);

    lua_pushvalue(L, LUA_ENVIRONINDEX);
    luaL_register(L, NULL, funcs);
    lua_pushstring(L, lua_tostring(L, 1));
    lua_setfield(L, -2, "name");
    lua_pushinteger(L, 0);
    lua_setfield(L, -2, "collected");
    return 1;
}

/* For require "nltest.sub", found in nltest.so by the all-in-one loader. */
LUALIB_API int luaopen_nltest_sub(lua_State *L)
{
    lua_createtable(L, 0, 1);
    lua_pushstring(L, lua_tostring(L, 1));
    lua_setfield(L, -2, "name");
    return 1;
}
