/*
 * lib_debug.c -- the debug library, as LuaJIT 2.1 has it: frames and
 * functions (getinfo, getlocal/setlocal, getupvalue/setupvalue,
 * upvalueid/upvaluejoin), environments and metatables without their guards,
 * the registry, hooks (sethook/gethook), traceback and the debug.debug loop.
 *
 * Functions that inspect a stack take an optional thread as first argument;
 * `arg` is then 1 and the other arguments move up by one. Hooks belong to
 * the whole Lua universe, as in LuaJIT: one Lua hook function, kept in the
 * registry.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_lib.h"

/* The registry key of the Lua hook function: the address of this variable. */
static const char hook_key = 0;

/* The thread a function inspects: the first argument when it is a thread
 * (*arg = 1), else L itself (*arg = 0). */
static lua_State *thread_arg(lua_State *L, int *arg)
{
    if (lua_isthread(L, 1)) {
        *arg = 1;
        return lua_tothread(L, 1);
    }
    *arg = 0;
    return L;
}

/* ---- Registry, metatables, environments ---------------------------------------------- */

static int db_getregistry(lua_State *L)
{
    lua_pushvalue(L, LUA_REGISTRYINDEX);
    return 1;
}

static int db_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (!lua_getmetatable(L, 1))
        lua_pushnil(L);
    return 1;
}

static int db_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_argcheck(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table expected");
    lua_settop(L, 2);
    lua_pushboolean(L, lua_setmetatable(L, 1));
    return 1;
}

static int db_getfenv(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_getfenv(L, 1);
    return 1;
}

static int db_setfenv(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_setfenv(L, 1) == 0)
        luaL_error(L, "'setfenv' cannot change environment of given object");
    return 1;
}

/* ---- getinfo ----------------------------------------------------------------------------- */

static void set_string(lua_State *L, const char *k, const char *v)
{
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, int v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static int db_getinfo(lua_State *L)
{
    lua_Debug ar;
    int arg;
    lua_State *L1 = thread_arg(L, &arg);
    const char *options = luaL_optstring(L, arg + 2, "flnSu");
    bool by_level = lua_isnumber(L, arg + 1);
    if (by_level) {
        if (!lua_getstack(L1, (int)lua_tointeger(L, arg + 1), &ar)) {
            lua_pushnil(L);
            return 1;
        }
    } else if (!lua_isfunction(L, arg + 1)) {
        return luaL_argerror(L, arg + 1, "function or level expected");
    }
    /* 'f' and 'L' push values: asked for one at a time below. */
    char what[16] = ">";
    size_t n = 1;
    for (const char *o = options; *o; o++) {
        if (*o == '>' || n == sizeof what - 1)
            return luaL_argerror(L, arg + 2, "invalid option");
        if (*o != 'f' && *o != 'L')
            what[n++] = *o;
    }
    what[n] = '\0';
    if (!by_level) {
        lua_pushvalue(L, arg + 1);
        lua_xmove(L, L1, 1);
    }
    if (!lua_getinfo(L1, by_level ? what + 1 : what, &ar))
        return luaL_argerror(L, arg + 2, "invalid option");
    /* The function, needed by 'f', 'L' and the 'u' fields beyond nups. */
    if (by_level) {
        lua_getinfo(L1, "f", &ar);
        lua_xmove(L1, L, 1);
    } else {
        lua_pushvalue(L, arg + 1);
    }
    lua_createtable(L, 0, 16);
    if (strchr(options, 'S')) {
        set_string(L, "source", ar.source);
        set_string(L, "short_src", ar.short_src);
        set_int(L, "linedefined", ar.linedefined);
        set_int(L, "lastlinedefined", ar.lastlinedefined);
        set_string(L, "what", ar.what);
    }
    if (strchr(options, 'l'))
        set_int(L, "currentline", ar.currentline);
    if (strchr(options, 'u')) {
        int nparams, isvararg;
        nl_lib_funcparams(L, -2, &nparams, &isvararg);
        set_int(L, "nups", ar.nups);
        set_int(L, "nparams", nparams);
        lua_pushboolean(L, isvararg);
        lua_setfield(L, -2, "isvararg");
    }
    if (strchr(options, 'n')) {
        if (ar.name)
            set_string(L, "name", ar.name);
        set_string(L, "namewhat", ar.namewhat);
    }
    if (strchr(options, 'L')) {
        lua_pushvalue(L, -2);
        lua_xmove(L, L1, 1);
        lua_getinfo(L1, ">L", &ar);
        lua_xmove(L1, L, 1);
        lua_setfield(L, -2, "activelines");
    }
    if (strchr(options, 'f')) {
        lua_pushvalue(L, -2);
        lua_setfield(L, -2, "func");
    }
    return 1;
}

/* ---- Locals and upvalues --------------------------------------------------------------------- */

static int db_getlocal(lua_State *L)
{
    lua_Debug ar;
    int arg;
    lua_State *L1 = thread_arg(L, &arg);
    if (lua_isfunction(L, arg + 1)) { /* the names of a function's parameters */
        int n = luaL_checkint(L, arg + 2);
        lua_pushvalue(L, arg + 1);
        lua_pushstring(L, lua_getlocal(L, NULL, n));
        return 1;
    }
    if (!lua_getstack(L1, luaL_checkint(L, arg + 1), &ar))
        return luaL_argerror(L, arg + 1, "level out of range");
    const char *name = lua_getlocal(L1, &ar, luaL_checkint(L, arg + 2));
    if (!name) {
        lua_pushnil(L);
        return 1;
    }
    lua_xmove(L1, L, 1);
    lua_pushstring(L, name);
    lua_pushvalue(L, -2);
    return 2;
}

static int db_setlocal(lua_State *L)
{
    lua_Debug ar;
    int arg;
    lua_State *L1 = thread_arg(L, &arg);
    if (!lua_getstack(L1, luaL_checkint(L, arg + 1), &ar))
        return luaL_argerror(L, arg + 1, "level out of range");
    int n = luaL_checkint(L, arg + 2);
    luaL_checkany(L, arg + 3);
    lua_settop(L, arg + 3);
    lua_xmove(L, L1, 1);
    lua_pushstring(L, lua_setlocal(L1, &ar, n));
    return 1;
}

static int upvalue_get_or_set(lua_State *L, int set)
{
    int n = luaL_checkint(L, 2);
    luaL_checktype(L, 1, LUA_TFUNCTION);
    if (set)
        luaL_checkany(L, 3);
    const char *name = set ? lua_setupvalue(L, 1, n) : lua_getupvalue(L, 1, n);
    if (!name)
        return 0;
    lua_pushstring(L, name);
    if (set)
        return 1;
    lua_insert(L, -2);
    return 2;
}

static int db_getupvalue(lua_State *L) { return upvalue_get_or_set(L, 0); }
static int db_setupvalue(lua_State *L) { return upvalue_get_or_set(L, 1); }

/* Checks that argument arg is a function (a Lua function when lua_only)
 * with an upvalue numbered by argument arg + 1, in LuaJIT's order. */
static int check_upvalue(lua_State *L, int arg, bool lua_only)
{
    luaL_checktype(L, arg, LUA_TFUNCTION);
    luaL_argcheck(L, !lua_only || !lua_iscfunction(L, arg), arg, "Lua function expected");
    int n = luaL_checkint(L, arg + 1);
    luaL_argcheck(L, lua_upvalueid(L, arg, n) != NULL, arg + 1, "index out of range");
    return n;
}

static int db_upvalueid(lua_State *L)
{
    lua_pushlightuserdata(L, lua_upvalueid(L, 1, check_upvalue(L, 1, false)));
    return 1;
}

static int db_upvaluejoin(lua_State *L)
{
    int n1 = check_upvalue(L, 1, true), n2 = check_upvalue(L, 3, true);
    lua_upvaluejoin(L, 1, n1, 3, n2);
    return 0;
}

/* ---- Hooks ------------------------------------------------------------------------------------ */

static const char *const hook_names[] = {"call", "return", "line", "count", "tail return"};

/* The lua_Hook behind debug.sethook: calls the Lua hook with the event's
 * name and, for a line event, the line. */
static void call_lua_hook(lua_State *L, lua_Debug *ar)
{
    lua_pushlightuserdata(L, (void *)&hook_key);
    lua_rawget(L, LUA_REGISTRYINDEX);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushstring(L, hook_names[ar->event]);
    if (ar->event == LUA_HOOKLINE)
        lua_pushinteger(L, ar->currentline);
    else
        lua_pushnil(L);
    lua_call(L, 2, 0);
}

static int mask_of(const char *s, int count)
{
    int mask = 0;
    if (strchr(s, 'c'))
        mask |= LUA_MASKCALL;
    if (strchr(s, 'r'))
        mask |= LUA_MASKRET;
    if (strchr(s, 'l'))
        mask |= LUA_MASKLINE;
    if (count > 0)
        mask |= LUA_MASKCOUNT;
    return mask;
}

static int db_sethook(lua_State *L)
{
    int arg, mask, count;
    lua_Hook func;
    lua_State *L1 = thread_arg(L, &arg);
    if (lua_isnoneornil(L, arg + 1)) {
        lua_settop(L, arg + 1);
        func = NULL;
        mask = count = 0;
    } else {
        const char *s = luaL_checkstring(L, arg + 2);
        luaL_checktype(L, arg + 1, LUA_TFUNCTION);
        count = luaL_optint(L, arg + 3, 0);
        func = call_lua_hook;
        mask = mask_of(s, count);
    }
    lua_pushlightuserdata(L, (void *)&hook_key);
    lua_pushvalue(L, arg + 1);
    lua_rawset(L, LUA_REGISTRYINDEX);
    lua_sethook(L1, func, mask, count);
    return 0;
}

static int db_gethook(lua_State *L)
{
    int arg;
    lua_State *L1 = thread_arg(L, &arg);
    lua_Hook hook = lua_gethook(L1);
    int mask = lua_gethookmask(L1);
    if (hook == NULL) {
        lua_pushnil(L);
    } else if (hook != call_lua_hook) {
        lua_pushliteral(L, "external hook");
    } else {
        lua_pushlightuserdata(L, (void *)&hook_key);
        lua_rawget(L, LUA_REGISTRYINDEX);
    }
    char s[4], *p = s;
    if (mask & LUA_MASKCALL)
        *p++ = 'c';
    if (mask & LUA_MASKRET)
        *p++ = 'r';
    if (mask & LUA_MASKLINE)
        *p++ = 'l';
    *p = '\0';
    lua_pushstring(L, s);
    lua_pushinteger(L, lua_gethookcount(L1));
    return 3;
}

/* ---- traceback and debug.debug ------------------------------------------------------------ */

static int db_traceback(lua_State *L)
{
    int arg;
    lua_State *L1 = thread_arg(L, &arg);
    const char *msg = lua_tostring(L, arg + 1);
    if (msg == NULL && !lua_isnone(L, arg + 1)) /* any other value comes back as it is */
        lua_pushvalue(L, arg + 1);
    else
        luaL_traceback(L, L1, msg, luaL_optint(L, arg + 2, L == L1 ? 1 : 0));
    return 1;
}

static int db_debug(lua_State *L)
{
    for (;;) {
        char line[LUA_MAXINPUT];
        fputs("lua_debug> ", stderr);
        fflush(stderr);
        if (fgets(line, sizeof line, stdin) == NULL || strcmp(line, "cont\n") == 0)
            return 0;
        if (luaL_loadbuffer(L, line, strlen(line), "=(debug command)") != 0 ||
            lua_pcall(L, 0, 0, 0) != 0) {
            const char *msg = lua_tostring(L, -1);
            fprintf(stderr, "%s\n", msg ? msg : "(error object is not a string)");
            fflush(stderr);
        }
        lua_settop(L, 0);
    }
}

static const luaL_Reg debug_functions[] = {
    {"debug", db_debug},
    {"getfenv", db_getfenv},
    {"gethook", db_gethook},
    {"getinfo", db_getinfo},
    {"getlocal", db_getlocal},
    {"getmetatable", db_getmetatable},
    {"getregistry", db_getregistry},
    {"getupvalue", db_getupvalue},
    {"setfenv", db_setfenv},
    {"sethook", db_sethook},
    {"setlocal", db_setlocal},
    {"setmetatable", db_setmetatable},
    {"setupvalue", db_setupvalue},
    {"traceback", db_traceback},
    {"upvalueid", db_upvalueid},
    {"upvaluejoin", db_upvaluejoin},
    {NULL, NULL},
};

LUALIB_API int luaopen_debug(lua_State *L)
{
    luaL_register(L, LUA_DBLIBNAME, debug_functions);
    return 1;
}
