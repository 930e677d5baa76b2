/*
 * lib_bit.c -- LuaJIT's BitOp library ("bit"): 32-bit operations on
 * numbers. Arguments become int32 as LuaJIT's tobit makes them: rounded
 * to nearest (ties to even) and reduced modulo 2^32, via the double
 * addition trick below, so fractional, huge and non-finite inputs give
 * LuaJIT's results. Results are signed 32-bit numbers.
 */
#include <stdint.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* Adding 2^52 + 2^51 leaves the integer nearest to n (mod 2^32, for
 * |n| < 2^51) in the low 32 bits of the sum's representation. */
static uint32_t to_bits(lua_Number n)
{
    double d = n + 6755399441055744.0;
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return (uint32_t)u;
}

static uint32_t check_bits(lua_State *L, int narg)
{
    return to_bits(luaL_checknumber(L, narg));
}

static int push_bits(lua_State *L, uint32_t b)
{
    lua_pushinteger(L, (int32_t)b);
    return 1;
}

static int bit_tobit(lua_State *L) { return push_bits(L, check_bits(L, 1)); }

static int bit_bnot(lua_State *L) { return push_bits(L, ~check_bits(L, 1)); }

static int bit_bswap(lua_State *L)
{
    uint32_t b = check_bits(L, 1);
    return push_bits(L, (b >> 24) | ((b >> 8) & 0xff00u) | ((b & 0xff00u) << 8) | (b << 24));
}

#define BIT_NARY(name, op)                          \
    static int bit_##name(lua_State *L)             \
    {                                               \
        int n = lua_gettop(L);                      \
        uint32_t b = check_bits(L, 1);              \
        for (int i = 2; i <= n; i++)                \
            b op check_bits(L, i);                  \
        return push_bits(L, b);                     \
    }

BIT_NARY(band, &=)
BIT_NARY(bor, |=)
BIT_NARY(bxor, ^=)

/* Shift counts are taken modulo 32. */
#define BIT_SHIFT(name, expr)                       \
    static int bit_##name(lua_State *L)             \
    {                                               \
        uint32_t b = check_bits(L, 1);              \
        unsigned n = check_bits(L, 2) & 31;         \
        return push_bits(L, (expr));                \
    }

BIT_SHIFT(lshift, b << n)
BIT_SHIFT(rshift, b >> n)
BIT_SHIFT(arshift, (uint32_t)((int32_t)b >> n))
BIT_SHIFT(rol, (b << n) | (b >> ((32 - n) & 31)))
BIT_SHIFT(ror, (b >> n) | (b << ((32 - n) & 31)))

/* tohex(x [, n]): |n| hex digits (default 8), upper case for negative n.
 * Like LuaJIT, n is a printf precision taken modulo 256 (255 meaning none),
 * x is masked to n digits when n < 8, and n = -2^31, which stays negative
 * when negated, masks everything away. */
static int bit_tohex(lua_State *L)
{
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    uint32_t b = check_bits(L, 1);
    int32_t n = lua_isnone(L, 2) ? 8 : (int32_t)check_bits(L, 2);
    const char *digits = lower;
    char buf[256];
    int prec, len = 0;
    if (n < 0) {
        n = (int32_t)(0u - (uint32_t)n);
        digits = upper;
    }
    if (n < 0)
        b = 0;
    else if (n < 8)
        b &= (1u << 4 * n) - 1;
    prec = (int)(((uint32_t)n + 1) & 255) - 1;
    if (prec < 0)
        prec = 1;
    for (; b != 0; b >>= 4)
        buf[sizeof buf - ++len] = digits[b & 15];
    while (len < prec)
        buf[sizeof buf - ++len] = '0';
    lua_pushlstring(L, buf + sizeof buf - len, (size_t)len);
    return 1;
}

static const luaL_Reg bit_funcs[] = {
    {"arshift", bit_arshift}, {"band", bit_band},   {"bnot", bit_bnot},
    {"bor", bit_bor},         {"bswap", bit_bswap}, {"bxor", bit_bxor},
    {"lshift", bit_lshift},   {"rol", bit_rol},     {"ror", bit_ror},
    {"rshift", bit_rshift},   {"tobit", bit_tobit}, {"tohex", bit_tohex},
    {NULL, NULL},
};

LUALIB_API int luaopen_bit(lua_State *L)
{
    luaL_register(L, LUA_BITLIBNAME, bit_funcs);
    return 1;
}
