/*
 * lib_table.c -- the table library as LuaJIT 2.1 has it: concat, insert,
 * remove, move, sort, maxn, getn, foreach, foreachi.
 *
 * LuaJIT writes remove, move, getn, foreach and foreachi in Lua (with its
 * raw-access opcodes), so they see missing arguments as nil: "got nil"
 * rather than "got no value". Every function reads and writes raw. foreach
 * and foreachi are Lua builtins here too (nl_builtin.h): their callbacks may
 * yield.
 *
 * sort is Lua 5.1's median-of-three quicksort (the same comparisons in the
 * same order, as LuaJIT keeps it), bounded by a depth budget past which a
 * partition is finished by heapsort, so no input makes it quadratic.
 */
#include <stdint.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_builtin.h"

/* A number as LuaJIT makes it an integer index: truncated to 32 bits, and
 * INT32_MIN (what x86's conversion yields) when out of range or NaN. */
static int to_int(lua_Number n)
{
    if (n > -2147483649.0 && n < 2147483648.0)
        return (int)n;
    return INT32_MIN;
}

static int check_int(lua_State *L, int narg) { return to_int(luaL_checknumber(L, narg)); }

/* LuaJIT's Lua-coded functions keep positions as numbers and convert them
 * only at each table access, so remove and move do too: a fractional or
 * overflowing position behaves as it does there. */
static void get_index(lua_State *L, int t, lua_Number k) { lua_rawgeti(L, t, to_int(k)); }

static void set_index(lua_State *L, int t, lua_Number k) { lua_rawseti(L, t, to_int(k)); }

static int tab_getn(lua_State *L)
{
    lua_settop(L, 1);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushinteger(L, (lua_Integer)lua_objlen(L, 1));
    return 1;
}

static int tab_maxn(lua_State *L)
{
    lua_Number max = 0;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) > max)
            max = lua_tonumber(L, -1);
    }
    lua_pushnumber(L, max);
    return 1;
}

/* foreach and foreachi are Lua code, as in LuaJIT, so the callback may yield
 * (nl_builtin.h). foreach's generator is this raw next, an upvalue that the
 * debug interface does not show. */
static int foreach_next(lua_State *L)
{
    lua_settop(L, 2);
    if (lua_next(L, 1))
        return 2;
    lua_pushnil(L);
    return 1;
}

static const char foreach_source[] = "local next = ...\n"
                                     "return function(t, f)\n"
                                     "  for k, v in next, t do\n"
                                     "    local r = f(k, v)\n"
                                     "    if r ~= nil then return r end\n"
                                     "  end\n"
                                     "end\n";

static const char foreachi_source[] = "return function(t, f)\n"
                                      "  for i = 1, #t do\n"
                                      "    local r = f(i, t[i])\n"
                                      "    if r ~= nil then return r end\n"
                                      "  end\n"
                                      "end\n";

static void set_builtins(lua_State *L)
{
    lua_pushcfunction(L, foreach_next);
    nl_builtin_push(L, "foreach", "tf", foreach_source, 1);
    lua_setfield(L, -2, "foreach");
    nl_builtin_push(L, "foreachi", "tf", foreachi_source, 0);
    lua_setfield(L, -2, "foreachi");
}

static int tab_insert(lua_State *L)
{
    int pos;
    luaL_checktype(L, 1, LUA_TTABLE);
    pos = (int)lua_objlen(L, 1) + 1;
    switch (lua_gettop(L)) {
    case 2:
        break;
    case 3: {
        int at = check_int(L, 2);
        for (; pos > at; pos--) {
            lua_rawgeti(L, 1, pos - 1);
            lua_rawseti(L, 1, pos);
        }
        pos = at;
        break;
    }
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_rawseti(L, 1, pos);
    return 0;
}

static int tab_remove(lua_State *L)
{
    lua_Number len, pos;
    lua_settop(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    len = (lua_Number)lua_objlen(L, 1);
    if (lua_isnil(L, 2)) {
        if (len == 0)
            return 0;
        pos = len;
    } else {
        pos = luaL_checknumber(L, 2);
        if (!(pos >= 1 && pos <= len))
            return 0;
    }
    lua_settop(L, 1);
    get_index(L, 1, pos);
    for (lua_Number i = pos + 1; i <= len; i++) {
        get_index(L, 1, i);
        set_index(L, 1, i - 1);
    }
    lua_pushnil(L);
    set_index(L, 1, len);
    return 1;
}

static int tab_move(lua_State *L)
{
    lua_Number from, to, dest;
    lua_settop(L, 5);
    luaL_checktype(L, 1, LUA_TTABLE);
    from = luaL_checknumber(L, 2);
    to = luaL_checknumber(L, 3);
    dest = luaL_checknumber(L, 4);
    if (lua_isnil(L, 5)) {
        lua_pushvalue(L, 1);
        lua_replace(L, 5);
    }
    luaL_checktype(L, 5, LUA_TTABLE);
    if (to >= from) {
        lua_Number d = dest - from;
        /* Copy backwards only where a forward copy would overwrite
         * elements before reading them. */
        if (dest > to || dest <= from || !lua_equal(L, 1, 5)) {
            for (lua_Number i = from; i <= to; i++) {
                get_index(L, 1, i);
                set_index(L, 5, i + d);
            }
        } else {
            for (lua_Number i = to; i >= from; i--) {
                get_index(L, 1, i);
                set_index(L, 5, i + d);
            }
        }
    }
    return 1;
}

static int tab_concat(lua_State *L)
{
    luaL_Buffer b;
    size_t seplen;
    const char *sep;
    int i, last;
    luaL_checktype(L, 1, LUA_TTABLE);
    sep = luaL_optlstring(L, 2, "", &seplen);
    i = lua_isnoneornil(L, 3) ? 1 : check_int(L, 3);
    last = lua_isnoneornil(L, 4) ? (int)lua_objlen(L, 1) : check_int(L, 4);
    luaL_buffinit(L, &b);
    for (; i <= last; i++) {
        lua_rawgeti(L, 1, i);
        if (!lua_isstring(L, -1))
            return luaL_error(L, "invalid value (%s) at index %d in table for 'concat'",
                              luaL_typename(L, -1), i);
        luaL_addvalue(&b);
        if (i == last)
            break;
        luaL_addlstring(&b, sep, seplen);
    }
    luaL_pushresult(&b);
    return 1;
}

/* ---- sort ------------------------------------------------------------------ */

/* The table is at stack index 1, the order function (or nil) at 2. */

/* Whether the value at a precedes the one at b (both negative indices). */
static int sort_less(lua_State *L, int a, int b)
{
    int res;
    if (lua_isnil(L, 2))
        return lua_lessthan(L, a, b);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, a - 1);
    lua_pushvalue(L, b - 2);
    lua_call(L, 2, 1);
    res = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return res;
}

/* Pops the top two values into t[i] (the top one) and t[j]. */
static void store2(lua_State *L, int i, int j)
{
    lua_rawseti(L, 1, i);
    lua_rawseti(L, 1, j);
}

/* Moves t[lo + root] down the max-heap held in t[lo .. lo + n - 1]. */
static void sift_down(lua_State *L, int lo, int root, int n)
{
    lua_rawgeti(L, 1, lo + root);
    for (;;) {
        int child = 2 * root + 1;
        if (child >= n)
            break;
        lua_rawgeti(L, 1, lo + child);
        if (child + 1 < n) {
            lua_rawgeti(L, 1, lo + child + 1);
            if (sort_less(L, -2, -1)) {
                lua_remove(L, -2);
                child++;
            } else {
                lua_pop(L, 1);
            }
        }
        if (!sort_less(L, -2, -1)) {
            lua_pop(L, 1);
            break;
        }
        lua_rawseti(L, 1, lo + root);
        root = child;
    }
    lua_rawseti(L, 1, lo + root);
}

static void heap_sort(lua_State *L, int lo, int up)
{
    int n = up - lo + 1;
    for (int k = n / 2 - 1; k >= 0; k--)
        sift_down(L, lo, k, n);
    for (int last = n - 1; last > 0; last--) {
        lua_rawgeti(L, 1, lo);
        lua_rawgeti(L, 1, lo + last);
        store2(L, lo, lo + last);
        sift_down(L, lo, 0, last);
    }
}

static void bad_order(lua_State *L)
{
    luaL_error(L, "invalid order function for sorting");
}

/* Sorts t[lo..up]. Each partitioning step spends one unit of budget; a
 * range reached with none left is heapsorted. */
static void sort_range(lua_State *L, int lo, int up, unsigned budget)
{
    while (lo < up) {
        int i, j;
        if (budget == 0) {
            heap_sort(L, lo, up);
            return;
        }
        budget--;
        /* Order t[lo], t[mid], t[up]; their median is the pivot. */
        lua_rawgeti(L, 1, lo);
        lua_rawgeti(L, 1, up);
        if (sort_less(L, -1, -2))
            store2(L, lo, up);
        else
            lua_pop(L, 2);
        if (up - lo == 1)
            return;
        i = lo + (up - lo) / 2;
        lua_rawgeti(L, 1, i);
        lua_rawgeti(L, 1, lo);
        if (sort_less(L, -2, -1)) {
            store2(L, i, lo);
        } else {
            lua_pop(L, 1);
            lua_rawgeti(L, 1, up);
            if (sort_less(L, -1, -2))
                store2(L, i, up);
            else
                lua_pop(L, 2);
        }
        if (up - lo == 2)
            return;
        /* Park the pivot at up - 1 and keep a copy on the stack. */
        lua_rawgeti(L, 1, i);
        lua_pushvalue(L, -1);
        lua_rawgeti(L, 1, up - 1);
        store2(L, i, up - 1);
        i = lo;
        j = up - 1;
        for (;;) {
            while (lua_rawgeti(L, 1, ++i), sort_less(L, -1, -2)) {
                if (i >= up)
                    bad_order(L);
                lua_pop(L, 1);
            }
            while (lua_rawgeti(L, 1, --j), sort_less(L, -3, -1)) {
                if (j <= lo)
                    bad_order(L);
                lua_pop(L, 1);
            }
            if (j < i) {
                lua_pop(L, 3);
                break;
            }
            store2(L, i, j);
        }
        lua_rawgeti(L, 1, up - 1);
        lua_rawgeti(L, 1, i);
        store2(L, up - 1, i);
        /* Recurse into the smaller side, loop on the larger: the C stack
         * stays logarithmic. */
        if (i - lo < up - i) {
            sort_range(L, lo, i - 1, budget);
            lo = i + 1;
        } else {
            sort_range(L, i + 1, up, budget);
            up = i - 1;
        }
    }
}

/* Partitioning depth allowed before heapsort takes over: 8 per bit of n.
 * Introsort's usual 2 per bit would cut in on ordinary inputs (random data
 * reaches about 2.2 log2 n, organ pipes 7 log2 n at ten million) and change
 * the order of comparisons there; 8 still bounds the work by O(n log n). */
static unsigned sort_budget(int n)
{
    unsigned bits = 0;
    for (unsigned u = (unsigned)n; u != 0; u >>= 1)
        bits++;
    return 8 * bits;
}

static int tab_sort(lua_State *L)
{
    int n;
    luaL_checktype(L, 1, LUA_TTABLE);
    n = (int)lua_objlen(L, 1);
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    sort_range(L, 1, n, sort_budget(n));
    return 0;
}

static const luaL_Reg tab_funcs[] = {
    {"concat", tab_concat},
    {"getn", tab_getn},
    {"insert", tab_insert},
    {"maxn", tab_maxn},
    {"move", tab_move},
    {"remove", tab_remove},
    {"sort", tab_sort},
    {NULL, NULL},
};

LUALIB_API int luaopen_table(lua_State *L)
{
    luaL_register(L, LUA_TABLIBNAME, tab_funcs);
    set_builtins(L);
    return 1;
}
