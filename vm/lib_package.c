/*
 * lib_package.c -- the package library: require, module, package.path and
 * cpath, the four loaders, loadlib, searchpath and seeall, with LuaJIT
 * 2.1's names, fields and messages, written against the public C API only.
 *
 * As in Lua 5.1 and LuaJIT, require, module and the loaders run with the
 * package table as their C environment (LUA_ENVIRONINDEX), so they keep
 * finding package.loaders, preload, path and cpath after the global
 * `package` is gone or replaced; modules loaded so far live in the
 * registry's _LOADED table (package.loaded is the same table).
 *
 * C modules are opened with dlopen. Each library opened stays open for the
 * state's lifetime: a userdata in the registry under "LOADLIB: <path>" holds
 * its handle and closes it when the state closes. It is created before the
 * library's luaopen_ function runs, so it is finalized after every userdata
 * the library made (finalizers run newest first), whose __gc lives in the
 * library's code.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* The multiarch triple of the target (e.g. x86_64-linux-gnu), where Debian
 * puts compiled Lua 5.1 modules; the build reads it from the target
 * compiler. */
#ifndef NL_MULTIARCH
#error "NL_MULTIARCH must name the target's multiarch triple (the GNUmakefile defines it)"
#endif

/* Lua 5.1's search paths as Debian builds them, so modules installed from
 * Debian's lua-* packages or by luarocks are found. */
#define LUA_LDIR "/usr/local/share/lua/5.1/"
#define LUA_CDIR "/usr/local/lib/lua/5.1/"
#define PATH_DEFAULT                                                                 \
    "./?.lua;" LUA_LDIR "?.lua;" LUA_LDIR "?/init.lua;" LUA_CDIR "?.lua;" LUA_CDIR \
    "?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua"
#define CPATH_DEFAULT                                                                \
    "./?.so;" LUA_CDIR "?.so;/usr/lib/" NL_MULTIARCH "/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;" \
    LUA_CDIR "loadall.so"

/* package.config: the directory separator, the path separator, the
 * substitution mark, the executable-directory mark and the ignore mark, a
 * line each. */
#define PATH_CONFIG LUA_DIRSEP "\n" LUA_PATHSEP "\n" LUA_PATH_MARK "\n" LUA_EXECDIR "\n" LUA_IGMARK "\n"

/* Stands in for "the path's default" while LUA_PATH's ";;" is expanded. */
#define DEFAULT_MARK "\1"

#define LOADLIB_KEY "_LOADLIB"

/* The value of package.loaded[name] while name is loading: a second
 * require of it meanwhile is a loop (or follows a failed load). */
static const char loading_sentinel;
#define SENTINEL ((void *)&loading_sentinel)

/* ---- Dynamic libraries ---------------------------------------------------------- */

/* How a library load failed, as package.loadlib's third result names it. */
enum { LOAD_OK, LOAD_ERR_LIB, LOAD_ERR_FUNC };

static int lib_gc(lua_State *L)
{
    void **handle = luaL_checkudata(L, 1, LOADLIB_KEY);
    if (*handle != NULL)
        dlclose(*handle);
    *handle = NULL;
    return 0;
}

/* The slot holding the handle of the library at path, made (empty) on
 * first use; it stays on the stack. */
static void **lib_slot(lua_State *L, const char *path)
{
    lua_pushfstring(L, "LOADLIB: %s", path);
    lua_gettable(L, LUA_REGISTRYINDEX);
    if (!lua_isnil(L, -1))
        return lua_touserdata(L, -1);
    lua_pop(L, 1);
    void **handle = lua_newuserdata(L, sizeof(void *));
    *handle = NULL;
    luaL_getmetatable(L, LOADLIB_KEY);
    lua_setmetatable(L, -2);
    lua_pushfstring(L, "LOADLIB: %s", path);
    lua_pushvalue(L, -2);
    lua_settable(L, LUA_REGISTRYINDEX);
    return handle;
}

/* "luaopen_" and the module name after its first hyphen, with dots turned
 * into underscores: "a.b" -> luaopen_a_b, "v2-a.b" -> luaopen_a_b. */
static const char *push_open_name(lua_State *L, const char *modname)
{
    const char *mark = strchr(modname, *LUA_IGMARK);
    if (mark != NULL)
        modname = mark + 1;
    const char *tail = luaL_gsub(L, modname, ".", "_");
    const char *name = lua_pushfstring(L, "luaopen_%s", tail);
    lua_remove(L, -2);
    return name;
}

/* Opens the library at path (once per state) and pushes its function sym,
 * or, for sym "*", opens it with its symbols global and pushes true. On
 * failure pushes dlerror's message and returns what failed. */
static int load_function(lua_State *L, const char *path, const char *sym)
{
    void **handle = lib_slot(L, path);
    if (*handle == NULL) {
        *handle = dlopen(path, RTLD_NOW | (*sym == '*' ? RTLD_GLOBAL : RTLD_LOCAL));
        if (*handle == NULL) {
            lua_pushstring(L, dlerror());
            return LOAD_ERR_LIB;
        }
    }
    if (*sym == '*') {
        lua_pushboolean(L, 1);
        return LOAD_OK;
    }
    /* dlsym hands out a data pointer; POSIX guarantees it converts to a
     * function pointer. */
    lua_CFunction f;
    void *p = dlsym(*handle, sym);
    if (p == NULL) {
        lua_pushstring(L, dlerror());
        return LOAD_ERR_FUNC;
    }
    _Static_assert(sizeof f == sizeof p, "function and data pointers differ in size");
    memcpy(&f, &p, sizeof f);
    lua_pushcfunction(L, f);
    return LOAD_OK;
}

/* package.loadlib(path, funcname): the C function, or true for "*"; else
 * nil, the message and "open" or "init". */
static int pkg_loadlib(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *sym = luaL_checkstring(L, 2);
    int status = load_function(L, path, sym);
    if (status == LOAD_OK)
        return 1;
    lua_pushnil(L);
    lua_insert(L, -2);
    lua_pushstring(L, status == LOAD_ERR_LIB ? "open" : "init");
    return 3;
}

/* ---- Search paths ---------------------------------------------------------------- */

static int readable(const char *filename)
{
    FILE *f = fopen(filename, "r");
    if (f == NULL)
        return 0;
    fclose(f);
    return 1;
}

/* Pushes the next template of path and returns where the rest begins, or
 * NULL when none is left; empty templates are skipped. */
static const char *push_next_template(lua_State *L, const char *path)
{
    while (*path == *LUA_PATHSEP)
        path++;
    if (*path == '\0')
        return NULL;
    const char *end = strchr(path, *LUA_PATHSEP);
    if (end == NULL)
        end = path + strlen(path);
    lua_pushlstring(L, path, (size_t)(end - path));
    return end;
}

/* Pushes the first readable file of path with name put for each '?' (after
 * every sep in name becomes dirsep) and returns it; else pushes the list of
 * files tried, "\n\tno file 'f'" each, and returns NULL. */
static const char *search_path(lua_State *L, const char *name, const char *path, const char *sep,
                               const char *dirsep)
{
    if (*sep != '\0' && strstr(name, sep) != NULL)
        name = luaL_gsub(L, name, sep, dirsep);
    luaL_Buffer tried;
    luaL_buffinit(L, &tried);
    while ((path = push_next_template(L, path)) != NULL) {
        const char *filename = luaL_gsub(L, lua_tostring(L, -1), LUA_PATH_MARK, name);
        lua_remove(L, -2);
        if (readable(filename))
            return filename;
        lua_pushfstring(L, "\n\tno file '%s'", filename);
        lua_remove(L, -2);
        luaL_addvalue(&tried);
    }
    luaL_pushresult(&tried);
    return NULL;
}

/* package.searchpath(name, path [, sep [, rep]]): the file, or nil and the
 * list of files tried. The arguments are checked last to first, the order
 * LuaJIT's build evaluates them in, so the same bad argument is named. */
static int pkg_searchpath(lua_State *L)
{
    const char *rep = luaL_optstring(L, 4, LUA_DIRSEP);
    const char *sep = luaL_optstring(L, 3, ".");
    const char *path = luaL_checkstring(L, 2);
    const char *name = luaL_checkstring(L, 1);
    const char *found = search_path(L, name, path, sep, rep);
    if (found != NULL)
        return 1;
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
}

/* Searches package[pname] (path or cpath) for module name. */
static const char *find_file(lua_State *L, const char *name, const char *pname)
{
    lua_getfield(L, LUA_ENVIRONINDEX, pname);
    const char *path = lua_tostring(L, -1);
    if (path == NULL)
        luaL_error(L, "'package.%s' must be a string", pname);
    return search_path(L, name, path, ".", LUA_DIRSEP);
}

/* ---- Loaders ------------------------------------------------------------------------ */

static void load_error(lua_State *L, const char *filename)
{
    luaL_error(L, "error loading module '%s' from file '%s':\n\t%s", lua_tostring(L, 1), filename,
               lua_tostring(L, -1));
}

static int loader_preload(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_getfield(L, LUA_ENVIRONINDEX, "preload");
    if (!lua_istable(L, -1))
        luaL_error(L, "'package.preload' must be a table");
    lua_getfield(L, -1, name);
    if (lua_isnil(L, -1))
        lua_pushfstring(L, "\n\tno field package.preload['%s']", name);
    return 1;
}

static int loader_lua(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *filename = find_file(L, name, "path");
    if (filename == NULL)
        return 1;
    if (luaL_loadfile(L, filename) != 0)
        load_error(L, filename);
    return 1;
}

static int loader_c(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *filename = find_file(L, name, "cpath");
    if (filename == NULL)
        return 1;
    if (load_function(L, filename, push_open_name(L, name)) != LOAD_OK)
        load_error(L, filename);
    return 1;
}

/* For "a.b.c", looks for luaopen_a_b_c in the C library of the root "a". */
static int loader_croot(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *dot = strchr(name, '.');
    if (dot == NULL)
        return 0;
    lua_pushlstring(L, name, (size_t)(dot - name));
    const char *filename = find_file(L, lua_tostring(L, -1), "cpath");
    if (filename == NULL)
        return 1;
    int status = load_function(L, filename, push_open_name(L, name));
    if (status == LOAD_ERR_LIB)
        load_error(L, filename);
    if (status == LOAD_ERR_FUNC)
        lua_pushfstring(L, "\n\tno module '%s' in file '%s'", name, filename);
    return 1;
}

static const lua_CFunction loaders[] = {loader_preload, loader_lua, loader_c, loader_croot};

/* ---- require ------------------------------------------------------------------------ */

static int pkg_require(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED"); /* 2 */
    lua_getfield(L, 2, name);
    if (lua_toboolean(L, -1)) {
        if (lua_touserdata(L, -1) == SENTINEL)
            luaL_error(L, "loop or previous error loading module '%s'", name);
        return 1;
    }
    lua_getfield(L, LUA_ENVIRONINDEX, "loaders");
    if (!lua_istable(L, -1))
        luaL_error(L, "'package.loaders' must be a table");
    lua_pushliteral(L, ""); /* what the loaders said, for "not found" */
    for (int i = 1;; i++) {
        lua_rawgeti(L, -2, i);
        if (lua_isnil(L, -1))
            luaL_error(L, "module '%s' not found:%s", name, lua_tostring(L, -2));
        lua_pushstring(L, name);
        lua_call(L, 1, 1);
        if (lua_isfunction(L, -1))
            break;
        if (lua_isstring(L, -1))
            lua_concat(L, 2);
        else
            lua_pop(L, 1);
    }
    lua_pushlightuserdata(L, SENTINEL);
    lua_setfield(L, 2, name);
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
    if (!lua_isnil(L, -1))
        lua_setfield(L, 2, name);
    lua_getfield(L, 2, name);
    if (lua_touserdata(L, -1) == SENTINEL) { /* the module set nothing */
        lua_pushboolean(L, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, 2, name);
    }
    return 1;
}

/* ---- module and seeall ------------------------------------------------------------ */

/* _M, _NAME and _PACKAGE (the name up to and with its last dot) of the
 * module table on top. */
static void init_module(lua_State *L, const char *modname)
{
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_M");
    lua_pushstring(L, modname);
    lua_setfield(L, -2, "_NAME");
    const char *dot = strrchr(modname, '.');
    lua_pushlstring(L, modname, dot == NULL ? 0 : (size_t)(dot + 1 - modname));
    lua_setfield(L, -2, "_PACKAGE");
}

/* Makes the table on top the environment of the Lua function that called
 * module. */
static void set_caller_env(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) == 0 || lua_getinfo(L, "f", &ar) == 0 || lua_iscfunction(L, -1))
        luaL_error(L, "'module' not called from a Lua function");
    lua_pushvalue(L, -2);
    lua_setfenv(L, -2);
    lua_pop(L, 1);
}

/* module(name, ...): finds or makes the module table (package.loaded[name],
 * else the global of that dotted name), makes it the caller's environment
 * and calls each further argument with it. */
static int pkg_module(lua_State *L)
{
    const char *modname = luaL_checkstring(L, 1);
    int nopts = lua_gettop(L);
    luaL_pushmodule(L, modname, 1);
    lua_getfield(L, -1, "_NAME");
    int named = !lua_isnil(L, -1);
    lua_pop(L, 1);
    if (!named)
        init_module(L, modname);
    lua_pushvalue(L, -1);
    set_caller_env(L);
    for (int i = 2; i <= nopts; i++) {
        lua_pushvalue(L, i);
        lua_pushvalue(L, -2);
        lua_call(L, 1, 0);
    }
    return 0;
}

/* package.seeall(m): m's metatable gets __index = the globals. */
static int pkg_seeall(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_getmetatable(L, 1)) {
        lua_createtable(L, 0, 1);
        lua_pushvalue(L, -1);
        lua_setmetatable(L, 1);
    }
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    lua_setfield(L, -2, "__index");
    return 0;
}

/* ---- Opening the library ---------------------------------------------------------- */

/* package[field] from the environment variable envname, where ";;" stands
 * for the default; the default alone when it is unset or when the host
 * asked for no environment (registry.LUA_NOENV, as LuaJIT's -E sets it). */
static void set_path(lua_State *L, const char *field, const char *envname, const char *def, int noenv)
{
    const char *path = noenv ? NULL : getenv(envname);
    if (path == NULL) {
        lua_pushstring(L, def);
    } else {
        path = luaL_gsub(L, path, LUA_PATHSEP LUA_PATHSEP, LUA_PATHSEP DEFAULT_MARK LUA_PATHSEP);
        luaL_gsub(L, path, DEFAULT_MARK, def);
        lua_remove(L, -2);
    }
    lua_setfield(L, -2, field);
}

static const luaL_Reg package_funcs[] = {
    {"loadlib", pkg_loadlib},
    {"searchpath", pkg_searchpath},
    {"seeall", pkg_seeall},
    {NULL, NULL},
};

static const luaL_Reg global_funcs[] = {
    {"module", pkg_module},
    {"require", pkg_require},
    {NULL, NULL},
};

LUALIB_API int luaopen_package(lua_State *L)
{
    luaL_newmetatable(L, LOADLIB_KEY);
    lua_pushcfunction(L, lib_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);

    luaL_register(L, LUA_LOADLIBNAME, package_funcs);
    /* The functions made from here on see the package table as their
     * environment. */
    lua_pushvalue(L, -1);
    lua_replace(L, LUA_ENVIRONINDEX);

    int nloaders = (int)(sizeof loaders / sizeof loaders[0]);
    lua_createtable(L, nloaders, 0);
    for (int i = 0; i < nloaders; i++) {
        lua_pushcfunction(L, loaders[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "loaders");

    lua_getfield(L, LUA_REGISTRYINDEX, "LUA_NOENV");
    int noenv = lua_toboolean(L, -1);
    lua_pop(L, 1);
    set_path(L, "path", LUA_PATH, PATH_DEFAULT, noenv);
    set_path(L, "cpath", LUA_CPATH, CPATH_DEFAULT, noenv);
    lua_pushliteral(L, PATH_CONFIG);
    lua_setfield(L, -2, "config");

    luaL_findtable(L, LUA_REGISTRYINDEX, "_LOADED", 16);
    lua_setfield(L, -2, "loaded");
    luaL_findtable(L, LUA_REGISTRYINDEX, "_PRELOAD", 4);
    lua_setfield(L, -2, "preload");

    lua_pushvalue(L, LUA_GLOBALSINDEX);
    luaL_register(L, NULL, global_funcs);
    lua_pop(L, 1);
    return 1;
}
