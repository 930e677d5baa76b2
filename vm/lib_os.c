/*
 * lib_os.c -- the os library (Lua 5.1 names, LuaJIT 2.1 behaviour), written
 * against the public C API only.
 *
 * As in LuaJIT 2.1 without its 5.2 extensions: os.execute returns the raw
 * status from system(), os.date hands the whole format (after an optional
 * '!') to strftime, so every conversion and flag the C library knows works
 * and an unknown one comes out as the C library writes it, and os.time reads
 * a table without writing the normalised fields back.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* Characters set aside for each conversion of an os.date format, before
 * the buffer is grown; and how many times it is grown. */
#define DATE_ROOM_PER_CONVERSION 30
#define DATE_ATTEMPTS 4

/* true, or nil, "name: message", errno. */
static int push_result(lua_State *L, int ok, int err, const char *name)
{
    if (ok) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %s", name, strerror(err));
    lua_pushinteger(L, err);
    return 3;
}

static int os_clock(lua_State *L)
{
    lua_pushnumber(L, (lua_Number)clock() / (lua_Number)CLOCKS_PER_SEC);
    return 1;
}

/* ---- os.date ------------------------------------------------------------ */

static void set_int_field(lua_State *L, const char *key, int value)
{
    lua_pushinteger(L, value);
    lua_setfield(L, -2, key);
}

static void push_date_table(lua_State *L, const struct tm *tm)
{
    lua_createtable(L, 0, 9);
    set_int_field(L, "sec", tm->tm_sec);
    set_int_field(L, "min", tm->tm_min);
    set_int_field(L, "hour", tm->tm_hour);
    set_int_field(L, "day", tm->tm_mday);
    set_int_field(L, "month", tm->tm_mon + 1);
    set_int_field(L, "year", tm->tm_year + 1900);
    set_int_field(L, "wday", tm->tm_wday + 1);
    set_int_field(L, "yday", tm->tm_yday + 1);
    if (tm->tm_isdst >= 0) {  /* negative: unknown, no field */
        lua_pushboolean(L, tm->tm_isdst);
        lua_setfield(L, -2, "isdst");
    }
}

/* strftime into a buffer sized from the format, grown a few times when the
 * result does not fit; an empty result gives "". */
static void push_formatted_date(lua_State *L, const char *format, const struct tm *tm)
{
    size_t room = 1;
    for (const char *p = format; *p != '\0'; p++)
        room += *p == '%' ? DATE_ROOM_PER_CONVERSION : 1;
    for (int attempt = 0; attempt < DATE_ATTEMPTS; attempt++, room *= 2) {
        char *buf = lua_newuserdata(L, room);
        size_t len = strftime(buf, room, format, tm);
        if (len > 0) {
            lua_pushlstring(L, buf, len);
            lua_remove(L, -2);
            return;
        }
        lua_pop(L, 1);
    }
    lua_pushliteral(L, "");
}

/* The time argument at idx as a time_t; nonzero when it is representable. */
static int opt_time(lua_State *L, int idx, time_t *t)
{
    lua_Number d;
    if (lua_isnoneornil(L, idx)) {
        *t = time(NULL);
        return 1;
    }
    d = luaL_checknumber(L, idx);
    if (!(d >= -0x1p63 && d < 0x1p63))
        return 0;
    *t = (time_t)d;
    return 1;
}

static int os_date(lua_State *L)
{
    const char *format = luaL_optstring(L, 1, "%c");
    struct tm parts, *tm = NULL;
    time_t t;
    if (opt_time(L, 2, &t)) {
        if (*format == '!') {
            format++;
            tm = gmtime_r(&t, &parts);
        } else {
            tm = localtime_r(&t, &parts);
        }
    }
    if (tm == NULL)
        lua_pushnil(L);
    else if (strcmp(format, "*t") == 0)
        push_date_table(L, tm);
    else if (*format == '\0')
        lua_pushliteral(L, "");
    else
        push_formatted_date(L, format, tm);
    return 1;
}

/* ---- os.time ------------------------------------------------------------ */

/* A field's number as an int the way LuaJIT on x86-64 converts it: truncated
 * to 64 bits (anything outside that range, and NaN, gives INT64_MIN) and then
 * wrapped to the low 32 bits. */
static int field_int(lua_Number n)
{
    int64_t wide = n > -0x1p63 && n < 0x1p63 ? (int64_t)n : INT64_MIN;
    return (int)(int32_t)(uint32_t)(uint64_t)wide;
}

/* Field key of the table at -1; a missing one is def, or an error when def
 * is negative. */
static int get_int_field(lua_State *L, const char *key, int def)
{
    int value = def;
    lua_getfield(L, -1, key);
    if (lua_isnumber(L, -1))
        value = field_int(lua_tonumber(L, -1));
    else if (def < 0)
        luaL_error(L, "field '%s' missing in date table", key);
    lua_pop(L, 1);
    return value;
}

/* 1 or 0 for a true or false field, -1 (unknown) when it is absent. */
static int get_bool_field(lua_State *L, const char *key)
{
    int value;
    lua_getfield(L, -1, key);
    value = lua_isnil(L, -1) ? -1 : lua_toboolean(L, -1);
    lua_pop(L, 1);
    return value;
}

static int os_time(lua_State *L)
{
    time_t t;
    if (lua_isnoneornil(L, 1)) {
        t = time(NULL);
    } else {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        luaL_checktype(L, 1, LUA_TTABLE);
        lua_settop(L, 1);
        tm.tm_sec = get_int_field(L, "sec", 0);
        tm.tm_min = get_int_field(L, "min", 0);
        tm.tm_hour = get_int_field(L, "hour", 12);
        tm.tm_mday = get_int_field(L, "day", -1);
        tm.tm_mon = get_int_field(L, "month", -1) - 1;
        tm.tm_year = get_int_field(L, "year", -1) - 1900;
        tm.tm_isdst = get_bool_field(L, "isdst");
        t = mktime(&tm);
    }
    if (t == (time_t)-1)
        lua_pushnil(L);
    else
        lua_pushnumber(L, (lua_Number)t);
    return 1;
}

static int os_difftime(lua_State *L)
{
    time_t t1 = (time_t)luaL_checknumber(L, 1);
    time_t t0 = (time_t)luaL_optnumber(L, 2, 0);
    lua_pushnumber(L, (lua_Number)difftime(t1, t0));
    return 1;
}

/* ---- Processes and the environment -------------------------------------- */

static int os_execute(lua_State *L)
{
    const char *command = luaL_optstring(L, 1, NULL);
    lua_pushinteger(L, system(command));
    return 1;
}

/* os.exit([status [, close]]): status a number or a boolean (true is
 * success); a true close closes the state first. */
static int os_exit(lua_State *L)
{
    int status;
    if (lua_isboolean(L, 1))
        status = lua_toboolean(L, 1) ? EXIT_SUCCESS : EXIT_FAILURE;
    else
        status = luaL_optint(L, 1, EXIT_SUCCESS);
    if (lua_toboolean(L, 2))
        lua_close(L);
    exit(status);
}

static int os_getenv(lua_State *L)
{
    const char *value = getenv(luaL_checkstring(L, 1));
    if (value != NULL)
        lua_pushstring(L, value);
    else
        lua_pushnil(L);
    return 1;
}

static int os_setlocale(lua_State *L)
{
    static const char *const names[] = {
        "ctype", "numeric", "time", "collate", "monetary", "all", NULL,
    };
    static const int categories[] = {
        LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_ALL,
    };
    const char *locale = luaL_optstring(L, 1, NULL);
    int opt = luaL_checkoption(L, 2, "all", names);
    const char *result = setlocale(categories[opt], locale);
    if (result != NULL)
        lua_pushstring(L, result);
    else
        lua_pushnil(L);
    return 1;
}

/* ---- Files -------------------------------------------------------------- */

static int os_remove(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    int ok = remove(name) == 0;
    return push_result(L, ok, errno, name);
}

static int os_rename(lua_State *L)
{
    const char *from = luaL_checkstring(L, 1);
    const char *to = luaL_checkstring(L, 2);
    int ok = rename(from, to) == 0;
    return push_result(L, ok, errno, from);
}

/* A new empty file in /tmp (LuaJIT's place and prefix); returns its name. */
static int os_tmpname(lua_State *L)
{
    char name[] = "/tmp/lua_XXXXXX";
    int fd = mkstemp(name);
    if (fd == -1)
        return luaL_error(L, "unable to generate a unique filename");
    close(fd);
    lua_pushstring(L, name);
    return 1;
}

static const luaL_Reg os_functions[] = {
    {"clock", os_clock},
    {"date", os_date},
    {"difftime", os_difftime},
    {"execute", os_execute},
    {"exit", os_exit},
    {"getenv", os_getenv},
    {"remove", os_remove},
    {"rename", os_rename},
    {"setlocale", os_setlocale},
    {"time", os_time},
    {"tmpname", os_tmpname},
    {NULL, NULL},
};

LUALIB_API int luaopen_os(lua_State *L)
{
    luaL_register(L, LUA_OSLIBNAME, os_functions);
    return 1;
}
