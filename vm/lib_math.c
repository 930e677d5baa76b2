/*
 * lib_math.c -- the math library as LuaJIT 2.1 has it, including its
 * pseudo-random generator, so that a seed gives the same sequence as under
 * LuaJIT: a combined Tausworthe generator of four 64-bit LFSRs (L'Ecuyer,
 * "Tables of maximally-equidistributed combined LFSR generators", 1999,
 * period about 2^223) whose 52 output bits are the fraction of a double
 * in [1, 2).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_builtin.h"

static lua_Number arg(lua_State *L, int narg) { return luaL_checknumber(L, narg); }

#define MATH_UNARY(name, expr)             \
    static int math_##name(lua_State *L)   \
    {                                      \
        lua_Number x = arg(L, 1);          \
        lua_pushnumber(L, (expr));         \
        return 1;                          \
    }

MATH_UNARY(abs, fabs(x))
MATH_UNARY(ceil, ceil(x))
MATH_UNARY(floor, floor(x))
MATH_UNARY(sqrt, sqrt(x))
MATH_UNARY(sin, sin(x))
MATH_UNARY(cos, cos(x))
MATH_UNARY(tan, tan(x))
MATH_UNARY(asin, asin(x))
MATH_UNARY(acos, acos(x))
MATH_UNARY(atan, atan(x))
MATH_UNARY(sinh, sinh(x))
MATH_UNARY(cosh, cosh(x))
MATH_UNARY(tanh, tanh(x))
MATH_UNARY(exp, exp(x))
MATH_UNARY(log10, log10(x))
/* LuaJIT writes deg and rad in Lua, and so does nanlua (nl_builtin.h): the
 * argument goes through '*', so a numeric string converts, a __mul
 * metamethod is called (and may yield), and anything else fails with the
 * arithmetic error at line 0 of "[builtin:deg]". The constants are LuaJIT's. */
static void set_builtins(lua_State *L)
{
    nl_builtin_push(L, "deg", "", "return function(x) return x * 57.29577951308232 end", 0);
    lua_setfield(L, -2, "deg");
    nl_builtin_push(L, "rad", "", "return function(x) return x * 0.017453292519943295 end", 0);
    lua_setfield(L, -2, "rad");
}

static int math_log(lua_State *L)
{
    lua_Number x = arg(L, 1);
    if (lua_gettop(L) >= 2) {
        /* LuaJIT's formula; x / log2(base) rounds differently. */
        lua_Number inv = 1.0 / log2(arg(L, 2));
        lua_pushnumber(L, log2(x) * inv);
    } else {
        lua_pushnumber(L, log(x));
    }
    return 1;
}

static int math_atan2(lua_State *L)
{
    lua_Number y = arg(L, 1);
    lua_pushnumber(L, atan2(y, arg(L, 2)));
    return 1;
}

static int math_pow(lua_State *L)
{
    lua_Number x = arg(L, 1);
    lua_pushnumber(L, pow(x, arg(L, 2)));
    return 1;
}

static int math_fmod(lua_State *L)
{
    lua_Number x = arg(L, 1);
    lua_pushnumber(L, fmod(x, arg(L, 2)));
    return 1;
}

static int math_modf(lua_State *L)
{
    lua_Number ip;
    lua_Number frac = modf(arg(L, 1), &ip);
    lua_pushnumber(L, ip);
    lua_pushnumber(L, frac);
    return 2;
}

static int math_frexp(lua_State *L)
{
    int e;
    lua_pushnumber(L, frexp(arg(L, 1), &e));
    lua_pushinteger(L, e);
    return 2;
}

/* x * 2^e with e truncated towards zero, as x87's fscale (which LuaJIT
 * uses) computes it: no wrap-around for huge e, and an infinite e gives
 * x * inf or x * 0. */
static int math_ldexp(lua_State *L)
{
    lua_Number x = arg(L, 1);
    lua_Number e = arg(L, 2);
    if (isnan(e))
        lua_pushnumber(L, x + e);
    else if (isinf(e))
        lua_pushnumber(L, e > 0 ? x * e : x * 0.0);
    else
        lua_pushnumber(L, ldexp(x, (int)fmax(-65536.0, fmin(65536.0, trunc(e)))));
    return 1;
}

/* min and max fold left the way SSE's minsd/maxsd do: a comparison with
 * NaN yields the right operand. */
static int math_min(lua_State *L)
{
    int n = lua_gettop(L);
    lua_Number m = arg(L, 1);
    for (int i = 2; i <= n; i++) {
        lua_Number x = arg(L, i);
        m = m < x ? m : x;
    }
    lua_pushnumber(L, m);
    return 1;
}

static int math_max(lua_State *L)
{
    int n = lua_gettop(L);
    lua_Number m = arg(L, 1);
    for (int i = 2; i <= n; i++) {
        lua_Number x = arg(L, i);
        m = m > x ? m : x;
    }
    lua_pushnumber(L, m);
    return 1;
}

/* ---- Random numbers ----------------------------------------------------------- */

typedef struct RandomState {
    uint64_t gen[4];
} RandomState;

/* Parameters of the four component generators: k (degree), q, s. */
static const struct {
    unsigned k, q, s;
} tw_param[4] = {{63, 31, 18}, {58, 19, 28}, {55, 24, 7}, {47, 21, 8}};

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* Advances every component and returns a double in [1, 2). */
static double random_step(RandomState *rs)
{
    uint64_t out = 0;
    double d;
    for (int i = 0; i < 4; i++) {
        unsigned k = tw_param[i].k, q = tw_param[i].q, s = tw_param[i].s;
        uint64_t z = rs->gen[i];
        uint64_t top_k = z & (~(uint64_t)0 << (64 - k));
        z = (((z << q) ^ z) >> (k - s)) ^ (top_k << s);
        rs->gen[i] = z;
        out ^= z;
    }
    out = (out & (((uint64_t)1 << 52) - 1)) | double_bits(1.0);
    memcpy(&d, &out, sizeof d);
    return d;
}

/* Each component starts from the bits of a double derived from the seed;
 * its top k bits must not all be zero, so such a state gets the lowest of
 * them set. Ten steps then mix the state. */
static void random_seed(RandomState *rs, double seed)
{
    for (int i = 0; i < 4; i++) {
        uint64_t low_k = (uint64_t)1 << (64 - tw_param[i].k);
        uint64_t u;
        seed = seed * 3.14159265358979323846 + 2.7182818284590452354;
        /* A NaN's bits depend on the CPU (x86-64 makes 0/0 negative, arm64
         * positive): use x86-64's, so a NaN seed gives the same sequence
         * everywhere, the one LuaJIT gives on x86-64. */
        u = seed != seed ? UINT64_C(0xfff8000000000000) : double_bits(seed);
        if (u < low_k)
            u += low_k;
        rs->gen[i] = u;
    }
    for (int i = 0; i < 10; i++)
        random_step(rs);
}

static RandomState *random_state(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static int math_random(lua_State *L)
{
    int n = lua_gettop(L);
    lua_Number d = random_step(random_state(L)) - 1.0;
    if (n == 1) {
        d = floor(d * arg(L, 1)) + 1.0;
    } else if (n >= 2) {
        lua_Number lo = arg(L, 1);
        d = floor(d * (arg(L, 2) - lo + 1.0)) + lo;
    }
    lua_pushnumber(L, d);
    return 1;
}

static int math_randomseed(lua_State *L)
{
    random_seed(random_state(L), arg(L, 1));
    return 0;
}

static const luaL_Reg math_funcs[] = {
    {"abs", math_abs},     {"acos", math_acos},   {"asin", math_asin},
    {"atan", math_atan},   {"atan2", math_atan2}, {"ceil", math_ceil},
    {"cos", math_cos},     {"cosh", math_cosh},   {"exp", math_exp},
    {"floor", math_floor}, {"fmod", math_fmod},   {"frexp", math_frexp},
    {"ldexp", math_ldexp}, {"log", math_log},     {"log10", math_log10},
    {"max", math_max},     {"min", math_min},     {"modf", math_modf},
    {"pow", math_pow},     {"sin", math_sin},     {"sinh", math_sinh},
    {"sqrt", math_sqrt},   {"tan", math_tan},     {"tanh", math_tanh},
    {NULL, NULL},
};

static const luaL_Reg random_funcs[] = {
    {"random", math_random},
    {"randomseed", math_randomseed},
    {NULL, NULL},
};

LUALIB_API int luaopen_math(lua_State *L)
{
    RandomState *rs;
    luaL_register(L, LUA_MATHLIBNAME, math_funcs);
    rs = lua_newuserdata(L, sizeof *rs);
    random_seed(rs, 0.0);
    luaL_setfuncs(L, random_funcs, 1);
    lua_pushnumber(L, 3.14159265358979323846);
    lua_setfield(L, -2, "pi");
    lua_pushnumber(L, HUGE_VAL);
    lua_setfield(L, -2, "huge");
    set_builtins(L);
    return 1;
}
