/*
 * lib_base.c -- the base library (print, type, pairs, pcall, load ...), as
 * LuaJIT 2.1 provides it. pcall and xpcall are frames of the VM (nl_call.c),
 * so a coroutine can yield through them; their C functions here only name
 * them.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_lib.h"
#include "nl_number.h"

/* ---- Integer arguments --------------------------------------------------------- */

/* An integer argument as LuaJIT's library converts it: truncated to 32 bits,
 * INT32_MIN when out of that range or NaN (so a huge level, index or base is
 * out of range rather than wrapped into range). */
static int32_t index_arg(lua_State *L, int narg)
{
    lua_Number n = luaL_checknumber(L, narg);
    return n > -2147483649.0 && n < 2147483648.0 ? (int32_t)n : INT32_MIN;
}

static int32_t opt_index_arg(lua_State *L, int narg, int32_t def)
{
    return lua_isnoneornil(L, narg) ? def : index_arg(L, narg);
}

/* ---- Printing and conversions ------------------------------------------------ */

static int base_tostring(lua_State *L);

/* The text of the value at index i when print needs no call for it:
 * LuaJIT's print converts strings and numbers itself while the global
 * tostring is the builtin and numbers have no metatable, so a hook sees no
 * call of tostring for them (nor does a string's __tostring run). The text
 * is left on the stack. */
static const char *print_direct(lua_State *L, int i, bool builtin_tostring, size_t *len)
{
    int t = lua_type(L, i);
    if (!builtin_tostring || (t != LUA_TSTRING && t != LUA_TNUMBER))
        return NULL;
    if (t == LUA_TNUMBER) {
        lua_pushnumber(L, 0);
        bool numbers_have_mt = lua_getmetatable(L, -1) != 0;
        lua_pop(L, 1 + numbers_have_mt);
        if (numbers_have_mt)
            return NULL;
    }
    lua_pushvalue(L, i); /* a number converts in the copy */
    return lua_tolstring(L, -1, len);
}

static int base_print(lua_State *L)
{
    int n = lua_gettop(L);
    lua_getglobal(L, "tostring");
    bool builtin_tostring = lua_tocfunction(L, -1) == base_tostring;
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = print_direct(L, i, builtin_tostring, &len);
        if (!s) {
            lua_pushvalue(L, n + 1);
            lua_pushvalue(L, i);
            lua_call(L, 1, 1);
            s = lua_tolstring(L, -1, &len);
            if (!s)
                return luaL_error(L, "'tostring' must return a string to 'print'");
        }
        if (i > 1)
            fputc('\t', stdout);
        fwrite(s, 1, len, stdout);
        lua_pop(L, 1);
    }
    fputc('\n', stdout);
    return 0;
}

/* As LuaJIT's: a __tostring metamethod replaces tostring in a tail call
 * with the one argument, so it may yield, its results are tostring's
 * whatever they are, and it is named as tostring was called. A string is
 * its own text, whatever the string metatable says. */
static int base_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    if (lua_type(L, 1) != LUA_TSTRING && luaL_getmetafield(L, 1, "__tostring")) {
        lua_insert(L, 1);
        return NL_LIB_TAILCALL;
    }
    switch (lua_type(L, 1)) {
    case LUA_TNUMBER:
        lua_pushvalue(L, 1);
        lua_tolstring(L, -1, NULL);
        break;
    case LUA_TSTRING:
        lua_pushvalue(L, 1);
        break;
    case LUA_TBOOLEAN:
        lua_pushstring(L, lua_toboolean(L, 1) ? "true" : "false");
        break;
    case LUA_TNIL:
        lua_pushliteral(L, "nil");
        break;
    default:
        lua_pushfstring(L, "%s: %p", luaL_typename(L, 1), lua_topointer(L, 1));
        break;
    }
    return 1;
}

static int base_tonumber(lua_State *L)
{
    int32_t base = opt_index_arg(L, 2, 10);
    if (base == 10) {
        luaL_checkany(L, 1);
        if (lua_isnumber(L, 1)) {
            lua_pushnumber(L, lua_tonumber(L, 1));
            return 1;
        }
    } else {
        size_t len;
        const char *s = luaL_checklstring(L, 1, &len);
        luaL_argcheck(L, 2 <= base && base <= 36, 2, "base out of range");
        double d;
        if (nl_num_parse_base(s, len, base, &d)) {
            lua_pushnumber(L, d);
            return 1;
        }
    }
    lua_pushnil(L);
    return 1;
}

static int base_type(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushstring(L, luaL_typename(L, 1));
    return 1;
}

/* ---- Errors and protected calls ------------------------------------------------- */

static int base_error(lua_State *L)
{
    int32_t level = opt_index_arg(L, 2, 1);
    lua_settop(L, 1);
    if (lua_isstring(L, 1) && level > 0) {
        luaL_where(L, level);
        lua_pushvalue(L, 1);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

static int base_assert(lua_State *L)
{
    luaL_checkany(L, 1);
    if (lua_toboolean(L, 1))
        return lua_gettop(L);
    /* LuaJIT: a string or number message gets the caller's position; any
     * other second argument, nil included, is raised as it is. */
    if (lua_gettop(L) == 1)
        return luaL_error(L, "assertion failed!");
    if (lua_isstring(L, 2))
        return luaL_error(L, "%s", lua_tostring(L, 2));
    lua_settop(L, 2);
    return lua_error(L);
}

/* Never called: the VM makes a frame of these (nl_call.c). */
int nl_lib_pcall(lua_State *L) { return luaL_error(L, "pcall reached as a C function"); }
int nl_lib_xpcall(lua_State *L) { return luaL_error(L, "xpcall reached as a C function"); }

/* ---- Tables and metatables --------------------------------------------------------- */

static int base_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (!lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
    }
    luaL_getmetafield(L, 1, "__metatable");
    return 1; /* the protected field if present, else the metatable */
}

static int base_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argcheck(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table expected");
    if (luaL_getmetafield(L, 1, "__metatable"))
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int base_rawequal(lua_State *L)
{
    luaL_checkany(L, 1);
    luaL_checkany(L, 2);
    lua_pushboolean(L, lua_rawequal(L, 1, 2));
    return 1;
}

static int base_rawget(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    lua_rawget(L, 1);
    return 1;
}

static int base_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

static int base_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_next(L, 1))
        return 2;
    lua_pushnil(L);
    return 1;
}

static int base_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, lua_upvalueindex(1)); /* next */
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int ipairs_step(lua_State *L)
{
    lua_Integer i = luaL_checkinteger(L, 2) + 1;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushinteger(L, i);
    lua_rawgeti(L, 1, (int)i);
    return lua_isnil(L, -1) ? 0 : 2;
}

static int base_ipairs(lua_State *L)
{
    luaL_checkany(L, 1);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

static int base_unpack(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    int32_t i = lua_isnoneornil(L, 2) ? 1 : index_arg(L, 2);
    int32_t e = lua_isnoneornil(L, 3) ? (int32_t)lua_objlen(L, 1) : index_arg(L, 3);
    if (i > e)
        return 0;
    uint32_t more = (uint32_t)e - (uint32_t)i; /* results after the first */
    if (more >= INT32_MAX || !lua_checkstack(L, (int)more + 1))
        return luaL_error(L, "too many results to unpack");
    for (int32_t k = i;; k++) {
        lua_rawgeti(L, 1, k);
        if (k == e)
            break;
    }
    return (int)more + 1;
}

static int base_select(lua_State *L)
{
    int n = lua_gettop(L);
    if (lua_type(L, 1) == LUA_TSTRING && *lua_tostring(L, 1) == '#') {
        lua_pushinteger(L, n - 1);
        return 1;
    }
    int32_t i = index_arg(L, 1);
    if (i < 0)
        i = n + i;
    else if (i > n)
        i = n;
    luaL_argcheck(L, 1 <= i, 1, "index out of range");
    return n - (int)i;
}

/* ---- Environments -------------------------------------------------------------------- */

/* Pushes the function at argument 1: a function, or a stack level. */
static void push_function_arg(lua_State *L, bool for_set)
{
    if (lua_isfunction(L, 1)) {
        lua_pushvalue(L, 1);
        return;
    }
    lua_Debug ar;
    int32_t level = for_set ? index_arg(L, 1) : opt_index_arg(L, 1, 1);
    luaL_argcheck(L, level >= 0, 1, "invalid level");
    if (lua_getstack(L, level, &ar) == 0)
        luaL_argerror(L, 1, "invalid level");
    lua_getinfo(L, "f", &ar);
    if (lua_isnil(L, -1))
        luaL_error(L, "no function environment for tail call at level %d", level);
}

static int base_getfenv(lua_State *L)
{
    push_function_arg(L, false);
    if (lua_iscfunction(L, -1))
        lua_pushvalue(L, LUA_GLOBALSINDEX);
    else
        lua_getfenv(L, -1);
    return 1;
}

static int base_setfenv(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TTABLE);
    push_function_arg(L, true);
    lua_pushvalue(L, 2);
    if (lua_isnumber(L, 1) && index_arg(L, 1) == 0) {
        lua_pushthread(L);
        lua_insert(L, -2);
        lua_setfenv(L, -2);
        return 0;
    }
    if (lua_iscfunction(L, -2) || lua_setfenv(L, -2) == 0)
        return luaL_error(L, "'setfenv' cannot change environment of given object");
    return 1;
}

/* ---- Loading ------------------------------------------------------------------------ */

static int load_result(lua_State *L, int status)
{
    if (status == 0)
        return 1;
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
}

/* Sets the loaded function's environment from argument envarg, if given. */
static void set_env_arg(lua_State *L, int envarg)
{
    if (!lua_isnoneornil(L, envarg)) {
        lua_pushvalue(L, envarg);
        lua_setfenv(L, -2);
    }
}

/* load's reader: calls the function at index 1 for each piece. */
static const char *function_reader(lua_State *L, void *ud, size_t *size)
{
    (void)ud;
    luaL_checkstack(L, 2, "too many nested functions");
    lua_pushvalue(L, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        *size = 0;
        return NULL;
    }
    if (!lua_isstring(L, -1))
        luaL_error(L, "reader function must return a string");
    lua_replace(L, 5); /* keep the piece alive while it is read */
    return lua_tolstring(L, 5, size);
}

/* load and loadstring (the same function in LuaJIT). The default mode is
 * text only: binary chunks load when asked for (docs/bytecode.md). */
static int base_load(lua_State *L)
{
    const char *mode = luaL_optstring(L, 3, "t");
    int status;
    size_t len;
    if (lua_isstring(L, 1)) { /* a number is loaded as its text */
        const char *s = lua_tolstring(L, 1, &len);
        const char *name = luaL_optstring(L, 2, s);
        lua_settop(L, 5); /* 4: env argument, then the chunk */
        status = luaL_loadbufferx(L, s, len, name, mode);
    } else {
        const char *name = luaL_optstring(L, 2, "=(load)");
        luaL_checktype(L, 1, LUA_TFUNCTION);
        lua_settop(L, 5); /* 4: env argument, 5: the reader's piece, then the chunk */
        status = lua_loadx(L, function_reader, NULL, name, mode);
    }
    if (status == 0)
        set_env_arg(L, 4);
    return load_result(L, status);
}

static int base_loadfile(lua_State *L)
{
    const char *name = luaL_optstring(L, 1, NULL);
    const char *mode = luaL_optstring(L, 2, "t");
    lua_settop(L, 3); /* the chunk goes above the env argument */
    int status = luaL_loadfilex(L, name, mode);
    if (status == 0)
        set_env_arg(L, 3);
    return load_result(L, status);
}

static int base_dofile(lua_State *L)
{
    const char *name = luaL_optstring(L, 1, NULL);
    lua_settop(L, 1);
    if (luaL_loadfile(L, name) != 0)
        lua_error(L);
    lua_call(L, 0, LUA_MULTRET);
    return lua_gettop(L) - 1;
}

/* ---- The collector ------------------------------------------------------------------ */

static int base_collectgarbage(lua_State *L)
{
    static const char *const opts[] = {"stop", "restart", "collect", "count", "step",
                                       "setpause", "setstepmul", "isrunning", NULL};
    static const int codes[] = {LUA_GCSTOP, LUA_GCRESTART, LUA_GCCOLLECT, LUA_GCCOUNT,
                                LUA_GCSTEP, LUA_GCSETPAUSE, LUA_GCSETSTEPMUL, LUA_GCISRUNNING};
    int o = luaL_checkoption(L, 1, "collect", opts);
    int arg = opt_index_arg(L, 2, 0);
    int r = lua_gc(L, codes[o], arg);
    switch (codes[o]) {
    case LUA_GCCOUNT:
        lua_pushnumber(L, r + lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
        return 1;
    case LUA_GCSTEP:
    case LUA_GCISRUNNING:
        lua_pushboolean(L, r);
        return 1;
    default:
        lua_pushnumber(L, r);
        return 1;
    }
}

static int base_gcinfo(lua_State *L)
{
    lua_pushinteger(L, lua_gc(L, LUA_GCCOUNT, 0));
    return 1;
}

static int base_newproxy(lua_State *L)
{
    lua_settop(L, 1);
    lua_newuserdata(L, 0);
    if (lua_toboolean(L, 1) == 0)
        return 1;
    if (lua_isboolean(L, 1)) {
        lua_newtable(L);
    } else {
        luaL_argcheck(L, lua_getmetatable(L, 1) && lua_isuserdata(L, 1), 1, "boolean or proxy expected");
    }
    lua_setmetatable(L, 2);
    return 1;
}

static const luaL_Reg base_funcs[] = {
    {"assert", base_assert},
    {"collectgarbage", base_collectgarbage},
    {"dofile", base_dofile},
    {"error", base_error},
    {"gcinfo", base_gcinfo},
    {"getfenv", base_getfenv},
    {"getmetatable", base_getmetatable},
    {"load", base_load},
    {"loadfile", base_loadfile},
    {"loadstring", base_load}, /* LuaJIT: the same function */
    {"next", base_next},
    {"newproxy", base_newproxy},
    {"pcall", nl_lib_pcall},
    {"print", base_print},
    {"rawequal", base_rawequal},
    {"rawget", base_rawget},
    {"rawset", base_rawset},
    {"select", base_select},
    {"setfenv", base_setfenv},
    {"setmetatable", base_setmetatable},
    {"tonumber", base_tonumber},
    {"tostring", base_tostring},
    {"type", base_type},
    {"unpack", base_unpack},
    {"xpcall", nl_lib_xpcall},
    {NULL, NULL},
};

LUALIB_API int luaopen_base(lua_State *L)
{
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    lua_setglobal(L, "_G");
    luaL_register(L, "_G", base_funcs);
    lua_pushliteral(L, LUA_VERSION);
    lua_setglobal(L, "_VERSION");
    /* pairs and ipairs keep their iterators as upvalues. */
    lua_getglobal(L, "next");
    lua_pushcclosure(L, base_pairs, 1);
    lua_setglobal(L, "pairs");
    lua_pushcfunction(L, ipairs_step);
    lua_pushcclosure(L, base_ipairs, 1);
    lua_setglobal(L, "ipairs");
    nl_lib_open_coroutine(L);
    lua_pop(L, 1);
    return 1;
}
