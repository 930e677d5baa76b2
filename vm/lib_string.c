/*
 * lib_string.c -- the string library (Lua 5.1 names, LuaJIT 2.1 behaviour),
 * written against the public C API plus the pattern engine of nl_pattern.h.
 *
 * Integer arguments are read as LuaJIT's library reads them: positions,
 * counts and character codes are 32-bit, the number truncated toward zero,
 * and a number outside the 32-bit range (or NaN) becomes INT32_MIN, which is
 * what LuaJIT gets from the x86-64 conversion instruction. The conversions
 * here spell that out, so every target agrees and none relies on an
 * out-of-range cast. gsub's count and format's %d/%x family are 64-bit the
 * same way.
 *
 * string.format follows LuaJIT's own formatter rather than printf where the
 * two differ: flags may repeat, width and precision take at most two digits,
 * infinities and NaNs print as inf/-inf/nan with space padding only, %e %f
 * %g and %a round an exact tie away from zero, and %a writes subnormals
 * normalised.
 */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_bcwrite.h"
#include "nl_pattern.h"
#include "nl_string.h"

/* The most results string.byte returns ("string slice too long" past it). */
#define MAX_BYTE_RESULTS 8000

/* ---- Numbers as LuaJIT's library converts them ----------------------------- */

static int32_t num_to_int32(lua_Number n)
{
    if (n > -2147483649.0 && n < 2147483648.0)
        return (int32_t)n;
    return INT32_MIN;
}

static int64_t num_to_int64(lua_Number n)
{
    if (n >= -9223372036854775808.0 && n < 9223372036854775808.0)
        return (int64_t)n;
    return INT64_MIN;
}

/* %o %u %x %X: numbers from 2^63 up wrap around into the upper half. */
static uint64_t num_to_uint64(lua_Number n)
{
    if (n >= 9223372036854775808.0)
        n -= 18446744073709551616.0;
    return (uint64_t)num_to_int64(n);
}

static int32_t check_int(lua_State *L, int arg)
{
    return num_to_int32(luaL_checknumber(L, arg));
}

static int32_t opt_int(lua_State *L, int arg, int32_t def)
{
    return lua_isnoneornil(L, arg) ? def : check_int(L, arg);
}

/* A 1-based position counted from the end when negative (-1: the last byte). */
static int64_t from_end(int64_t pos, size_t len)
{
    return pos < 0 ? pos + (int64_t)len + 1 : pos;
}

/* ---- len, sub, byte, char, rep, reverse, lower, upper ---------------------- */

static int str_len(lua_State *L)
{
    size_t len;
    /* LuaJIT reports a missing argument here as "got nil". */
    if (lua_isnone(L, 1))
        lua_settop(L, 1);
    luaL_checklstring(L, 1, &len);
    lua_pushinteger(L, (lua_Integer)len);
    return 1;
}

static int str_sub(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    int64_t start = from_end(check_int(L, 2), len);
    int64_t end = from_end(opt_int(L, 3, -1), len);
    if (start < 1)
        start = 1;
    if (end > (int64_t)len)
        end = (int64_t)len;
    if (start > end)
        lua_pushliteral(L, "");
    else
        lua_pushlstring(L, s + start - 1, (size_t)(end - start + 1));
    return 1;
}

static int str_byte(lua_State *L)
{
    size_t len;
    const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
    int32_t first = opt_int(L, 2, 1);
    int64_t start = from_end(first, len);
    int64_t end = from_end(opt_int(L, 3, first), len);
    if (start < 1)
        start = 1;
    if (end > (int64_t)len)
        end = (int64_t)len;
    if (start > end)
        return 0;
    if (end - start + 1 > MAX_BYTE_RESULTS)
        return luaL_error(L, "string slice too long");
    int n = (int)(end - start + 1);
    /* lua_checkstack counts the arguments against the same limit: copy the
     * bytes out so that the arguments can leave the frame first. */
    unsigned char bytes[MAX_BYTE_RESULTS];
    memcpy(bytes, s + start - 1, (size_t)n);
    lua_settop(L, 0);
    luaL_checkstack(L, n, "string slice too long");
    for (int i = 0; i < n; i++)
        lua_pushinteger(L, bytes[i]);
    return n;
}

static int str_char(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        int32_t c = check_int(L, i);
        if (c < 0 || c > 255)
            luaL_argerror(L, i, "invalid value");
        luaL_addchar(&b, (char)c);
    }
    luaL_pushresult(&b);
    return 1;
}

static void raise_out_of_memory(lua_State *L)
{
    lua_pushliteral(L, "not enough memory");
    lua_error(L);
}

/* string.rep(s, n [, sep]): n copies of s with sep between them. */
static int str_rep(lua_State *L)
{
    size_t len, seplen = 0;
    const char *s = luaL_checklstring(L, 1, &len);
    int32_t n = check_int(L, 2);
    const char *sep = luaL_optlstring(L, 3, NULL, &seplen);
    uint64_t total = n <= 0 ? 0 : (uint64_t)n * len + (uint64_t)(n - 1) * seplen;
    if (total > NL_STR_MAXLEN)
        raise_out_of_memory(L);
    if (total == 0) { /* also spares 2^30 appends of nothing */
        lua_pushliteral(L, "");
        return 1;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int32_t i = 0; i < n; i++) {
        if (i > 0 && sep != NULL)
            luaL_addlstring(&b, sep, seplen);
        luaL_addlstring(&b, s, len);
    }
    luaL_pushresult(&b);
    return 1;
}

static int str_reverse(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (len > 0)
        luaL_addchar(&b, s[--len]);
    luaL_pushresult(&b);
    return 1;
}

/* Copies argument 1 with the ASCII letters from..from+25 moved by delta. */
static int map_case(lua_State *L, char from, int delta)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        luaL_addchar(&b, c >= from && c <= from + 25 ? (char)(c + delta) : c);
    }
    luaL_pushresult(&b);
    return 1;
}

static int str_lower(lua_State *L)
{
    return map_case(L, 'A', 'a' - 'A');
}

static int str_upper(lua_State *L)
{
    return map_case(L, 'a', 'A' - 'a');
}

/* ---- dump ------------------------------------------------------------------ */

static int dump_writer(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    luaL_addlstring((luaL_Buffer *)ud, (const char *)p, size);
    return 0;
}

/* string.dump(f [, strip]): a binary chunk of f (nl_bcwrite.h); strip drops
 * the debug information, as in LuaJIT. */
static int str_dump(lua_State *L)
{
    luaL_Buffer b;
    luaL_checktype(L, 1, LUA_TFUNCTION);
    bool strip = lua_toboolean(L, 2);
    lua_settop(L, 1);
    luaL_buffinit(L, &b);
    if (nl_bcdump(L, dump_writer, &b, strip) != 0)
        return luaL_error(L, "unable to dump given function");
    luaL_pushresult(&b);
    return 1;
}

/* ---- find, match, gmatch, gsub --------------------------------------------- */

static void push_capture(lua_State *L, const char *s, const nl_PatMatch *m, int i)
{
    nl_PatCapture cap = nl_pat_capture(L, m, i);
    if (cap.len == NL_PAT_POSITION)
        lua_pushinteger(L, (lua_Integer)cap.start + 1);
    else
        lua_pushlstring(L, s + cap.start, (size_t)cap.len);
}

/* Pushes the captures of m, or the whole match when it has none and whole is
 * set; returns how many values it pushed. */
static int push_captures(lua_State *L, const char *s, const nl_PatMatch *m, bool whole)
{
    int n = m->ncaptures == 0 && whole ? 1 : m->ncaptures;
    luaL_checkstack(L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(L, s, m, i);
    return n;
}

/* Where string.find and string.match start: argument 3, 1-based, negative
 * from the end, clamped into 0..len. */
static size_t search_start(lua_State *L, size_t len)
{
    int64_t init = opt_int(L, 3, 1);
    init = init < 0 ? init + (int64_t)len : init - 1;
    if (init < 0)
        return 0;
    return init > (int64_t)len ? len : (size_t)init;
}

static int find_or_match(lua_State *L, bool find)
{
    size_t slen, plen;
    const char *s = luaL_checklstring(L, 1, &slen);
    const char *p = luaL_checklstring(L, 2, &plen);
    size_t init = search_start(L, slen);
    if (find && (lua_toboolean(L, 4) || nl_pat_is_plain(p, plen))) {
        const char *hit = memmem(s + init, slen - init, p, plen);
        if (hit == NULL) {
            lua_pushnil(L);
            return 1;
        }
        lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
        lua_pushinteger(L, (lua_Integer)(hit - s + (ptrdiff_t)plen));
        return 2;
    }
    nl_PatMatch m;
    if (!nl_pat_find(L, s, slen, init, p, plen, &m)) {
        lua_pushnil(L);
        return 1;
    }
    if (!find)
        return push_captures(L, s, &m, true);
    lua_pushinteger(L, (lua_Integer)m.start + 1);
    lua_pushinteger(L, (lua_Integer)m.end);
    return 2 + push_captures(L, s, &m, false);
}

static int str_find(lua_State *L)
{
    return find_or_match(L, true);
}

static int str_match(lua_State *L)
{
    return find_or_match(L, false);
}

/* The iterator string.gmatch returns; upvalues: subject, pattern, and the
 * offset where the next search starts. A leading '^' is an ordinary byte. */
static int gmatch_next(lua_State *L)
{
    size_t slen, plen;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &slen);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &plen);
    size_t at = (size_t)lua_tointeger(L, lua_upvalueindex(3));
    nl_PatMatch m;
    for (; at <= slen; at++) {
        if (nl_pat_match_at(L, s, slen, at, p, plen, &m)) {
            /* After an empty match the next search starts one byte on. */
            size_t next = (size_t)m.end > at ? (size_t)m.end : at + 1;
            lua_pushinteger(L, (lua_Integer)next);
            lua_replace(L, lua_upvalueindex(3));
            return push_captures(L, s, &m, true);
        }
    }
    lua_pushinteger(L, (lua_Integer)at);
    lua_replace(L, lua_upvalueindex(3));
    return 0;
}

static int str_gmatch(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

static void buffer_sink(void *ud, const char *bytes, size_t n)
{
    luaL_addlstring((luaL_Buffer *)ud, bytes, n);
}

/* Adds gsub's replacement for match m to b. The replacement is argument 3;
 * a function result or table value of nil or false keeps the match. */
static void add_replacement(lua_State *L, luaL_Buffer *b, const char *s, const nl_PatMatch *m)
{
    switch (lua_type(L, 3)) {
    case LUA_TFUNCTION: {
        lua_pushvalue(L, 3);
        int n = push_captures(L, s, m, true);
        lua_call(L, n, 1);
        break;
    }
    case LUA_TTABLE:
        push_capture(L, s, m, 0);
        lua_gettable(L, 3);
        break;
    default: { /* a string or a number */
        size_t rlen;
        const char *repl = lua_tolstring(L, 3, &rlen);
        nl_pat_expand(L, repl, rlen, s, m, buffer_sink, b);
        return;
    }
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, s + m->start, (size_t)(m->end - m->start));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    }
    luaL_addvalue(b);
}

/* string.gsub's count (argument 4): LuaJIT reads it as a 64-bit integer and
 * keeps the low 32 bits. */
static int64_t replacement_limit(lua_State *L, size_t slen)
{
    if (lua_isnoneornil(L, 4))
        return (int64_t)slen + 1;
    uint64_t n = (uint64_t)num_to_int64(luaL_checknumber(L, 4));
    uint32_t low = (uint32_t)n;
    return low > INT32_MAX ? (int64_t)low - 4294967296 : (int64_t)low;
}

static int str_gsub(lua_State *L)
{
    size_t slen, plen;
    const char *s = luaL_checklstring(L, 1, &slen);
    const char *p = luaL_checklstring(L, 2, &plen);
    int64_t limit = replacement_limit(L, slen);
    int rt = lua_type(L, 3);
    if (rt != LUA_TNUMBER && rt != LUA_TSTRING && rt != LUA_TFUNCTION && rt != LUA_TTABLE)
        return luaL_argerror(L, 3, "string/function/table expected");
    bool anchor = plen > 0 && p[0] == '^';
    if (anchor) {
        p++;
        plen--;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    size_t at = 0;
    int64_t count = 0;
    nl_PatMatch m;
    while (count < limit) {
        bool hit = nl_pat_match_at(L, s, slen, at, p, plen, &m);
        if (hit) {
            count++;
            add_replacement(L, &b, s, &m);
        }
        if (hit && (size_t)m.end > at)
            at = (size_t)m.end;
        else if (at < slen)
            luaL_addchar(&b, s[at++]);
        else
            break;
        if (anchor)
            break;
    }
    luaL_addlstring(&b, s + at, slen - at);
    luaL_pushresult(&b);
    lua_pushinteger(L, (lua_Integer)count);
    return 2;
}

/* ---- format: parsing a conversion ------------------------------------------ */

enum {
    F_LEFT = 1,  /* '-' */
    F_PLUS = 2,  /* '+' */
    F_SPACE = 4, /* ' ' */
    F_ALT = 8,   /* '#' */
    F_ZERO = 16  /* '0' */
};

typedef struct Spec {
    unsigned flags;
    int width; /* 0 when not given */
    int prec;  /* -1 when not given */
    char conv;
} Spec;

/* Reads up to two decimal digits at *p, LuaJIT's limit for width and
 * precision. */
static int read_2digits(const char **p)
{
    int n = 0;
    for (int i = 0; i < 2 && **p >= '0' && **p <= '9'; i++)
        n = n * 10 + *(*p)++ - '0';
    return n;
}

/* Parses the conversion starting at pct (a '%'); the format string ends in a
 * '\0', so reading one byte past its length is safe. Returns the byte after
 * the conversion letter. */
static const char *parse_spec(lua_State *L, const char *pct, Spec *sp)
{
    static const char flag_chars[] = "-+ #0";
    const char *p = pct + 1;
    const char *f;
    sp->flags = 0;
    while (*p != '\0' && (f = strchr(flag_chars, *p)) != NULL) {
        sp->flags |= 1u << (f - flag_chars);
        p++;
    }
    sp->width = read_2digits(&p);
    sp->prec = -1;
    if (*p == '.') {
        p++;
        sp->prec = read_2digits(&p);
    }
    sp->conv = *p;
    if (*p == '\0' || strchr("aAcdeEfFgGiopqsuxX", *p) == NULL) {
        /* The option's text, its last byte included unless a control. */
        if ((unsigned char)*p >= ' ')
            p++;
        lua_pushlstring(L, pct, (size_t)(p - pct));
        luaL_error(L, "invalid option '%s' to 'format'", lua_tostring(L, -1));
    }
    return p + 1;
}

/* ---- format: padding ------------------------------------------------------- */

static void add_spaces(luaL_Buffer *b, int n)
{
    while (n-- > 0)
        luaL_addchar(b, ' ');
}

/* Adds text padded with spaces to the width of sp (left-aligned with '-'). */
static void add_padded(luaL_Buffer *b, const Spec *sp, const char *text, size_t len)
{
    int pad = (size_t)sp->width > len ? sp->width - (int)len : 0;
    if (!(sp->flags & F_LEFT))
        add_spaces(b, pad);
    luaL_addlstring(b, text, len);
    if (sp->flags & F_LEFT)
        add_spaces(b, pad);
}

/* Adds a number as sign, prefix ("0x" or nothing) and digits, padded to the
 * width of sp: with spaces, or zeros after the prefix for '0'. */
static void add_number(luaL_Buffer *b, const Spec *sp, char sign, const char *prefix,
                       const char *digits, size_t ndigits)
{
    size_t len = (sign != '\0') + strlen(prefix) + ndigits;
    int pad = (size_t)sp->width > len ? sp->width - (int)len : 0;
    bool zeros = (sp->flags & (F_LEFT | F_ZERO)) == F_ZERO;
    if (!(sp->flags & F_LEFT) && !zeros)
        add_spaces(b, pad);
    if (sign != '\0')
        luaL_addchar(b, sign);
    luaL_addstring(b, prefix);
    for (; zeros && pad > 0; pad--)
        luaL_addchar(b, '0');
    luaL_addlstring(b, digits, ndigits);
    if (sp->flags & F_LEFT)
        add_spaces(b, pad);
}

/* ---- format: integers ------------------------------------------------------ */

/* %d %i %o %u %x %X through snprintf, with 64-bit values. */
static void add_integer(lua_State *L, luaL_Buffer *b, const Spec *sp, int arg)
{
    char cfmt[32], out[256];
    char *w = cfmt;
    lua_Number n = luaL_checknumber(L, arg);
    *w++ = '%';
    for (int i = 0; i < 5; i++)
        if (sp->flags & (1u << i))
            *w++ = "-+ #0"[i];
    w += sprintf(w, "%d", sp->width);
    if (sp->prec >= 0)
        w += sprintf(w, ".%d", sp->prec);
    int len;
    switch (sp->conv) {
    case 'o':
        strcpy(w, PRIo64);
        len = snprintf(out, sizeof out, cfmt, num_to_uint64(n));
        break;
    case 'u':
        strcpy(w, PRIu64);
        len = snprintf(out, sizeof out, cfmt, num_to_uint64(n));
        break;
    case 'x':
        strcpy(w, PRIx64);
        len = snprintf(out, sizeof out, cfmt, num_to_uint64(n));
        break;
    case 'X':
        strcpy(w, PRIX64);
        len = snprintf(out, sizeof out, cfmt, num_to_uint64(n));
        break;
    default: /* 'd', 'i' */
        strcpy(w, PRId64);
        len = snprintf(out, sizeof out, cfmt, num_to_int64(n));
        break;
    }
    luaL_addlstring(b, out, (size_t)len);
}

/* ---- format: floating point ------------------------------------------------ */

/* Whether snprintf, which rounds a tie to even, rounded x (finite, not
 * negative) down where LuaJIT rounds it up: x lies exactly halfway between
 * k * 10^pos and (k + 1) * 10^pos, and k is even. With x = m * 2^e, m odd,
 * x is such a tie when e == pos - 1 and, for pos > 0, 5^pos divides m; then
 * 2k + 1 is m * 5^-pos or m / 5^pos, and k is even when that is 1 mod 4. */
static bool tie_rounded_down(double x, int pos)
{
    if (x == 0)
        return false;
    int e;
    uint64_t m = (uint64_t)ldexp(frexp(x, &e), 53);
    e -= 53;
    while ((m & 1) == 0) {
        m >>= 1;
        e++;
    }
    if (e != pos - 1)
        return false;
    for (int i = 0; i < pos; i++) {
        if (m % 5 != 0)
            return false;
        m /= 5;
    }
    return m % 4 == 1; /* 5^j is 1 mod 4, so m * 5^j is too */
}

/* LuaJIT rounds a tie away from zero: where snprintf rounded one down, step
 * up the last digit kept (digits[last], even, so it never carries). */
static void round_tie_away(char *digits, size_t last, double x, int pos)
{
    if (tie_rounded_down(x, pos))
        digits[last]++;
}

/* x (finite, not negative) in %e form with prec digits after the point;
 * returns the length, and the decimal exponent through *exp10. */
static size_t format_exp(char *out, size_t size, double x, int prec, int *exp10)
{
    int len = snprintf(out, size, "%.*e", prec, x);
    char *e = strchr(out, 'e');
    *exp10 = atoi(e + 1);
    round_tie_away(out, (size_t)(e - 1 - out), x, *exp10 - prec);
    return (size_t)len;
}

/* x (finite, not negative) in %f form with prec digits after the point. */
static size_t format_fixed(char *out, size_t size, double x, int prec)
{
    int len = snprintf(out, size, "%.*f", prec, x);
    round_tie_away(out, (size_t)len - 1, x, -prec);
    return (size_t)len;
}

/* %g: prec significant digits (1 for 0, 6 when not given), %e form when the
 * exponent is below -4 or not below prec, trailing zeros dropped unless
 * alt. */
static size_t format_general(char *out, size_t size, double x, int prec, bool alt)
{
    int exp10;
    if (prec < 0)
        prec = 6;
    else if (prec == 0)
        prec = 1;
    size_t len = format_exp(out, size, x, prec - 1, &exp10);
    if (exp10 >= -4 && exp10 < prec)
        len = format_fixed(out, size, x, prec - 1 - exp10);
    if (alt || strchr(out, '.') == NULL)
        return len;
    char *e = strchr(out, 'e');
    size_t mant = e != NULL ? (size_t)(e - out) : len;
    size_t keep = mant;
    while (out[keep - 1] == '0')
        keep--;
    if (out[keep - 1] == '.')
        keep--;
    memmove(out + keep, out + mant, len - mant + 1);
    return len - (mant - keep);
}

/* %a without its "0x" (added by the caller): x finite, not negative. The
 * fraction is cut to prec hex digits rounding half away from zero, or
 * written in full without trailing zeros; subnormals come out normalised. */
static size_t format_hex(char *out, double x, int prec, bool alt, bool upper)
{
    const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int lead = 0, exp2 = 0, ndigits = 13;
    uint64_t frac = 0;
    if (x != 0) {
        int e;
        uint64_t mant = (uint64_t)ldexp(frexp(x, &e), 53);
        lead = 1;
        frac = mant & ((UINT64_C(1) << 52) - 1);
        exp2 = e - 1;
    }
    if (prec < 0) {
        while (ndigits > 0 && (frac & 15) == 0) {
            frac >>= 4;
            ndigits--;
        }
    } else if (prec < 13) {
        int drop = 4 * (13 - prec);
        uint64_t rest = frac & ((UINT64_C(1) << drop) - 1);
        frac >>= drop;
        ndigits = prec;
        if (rest >= UINT64_C(1) << (drop - 1) && (++frac >> (4 * prec)) != 0) {
            frac = 0;
            lead++;
        }
    }
    char *w = out;
    *w++ = hex[lead];
    if (ndigits > 0 || prec > 0 || alt)
        *w++ = '.';
    for (int i = ndigits - 1; i >= 0; i--)
        *w++ = hex[(frac >> (4 * i)) & 15];
    for (int i = ndigits; i < prec; i++)
        *w++ = '0';
    w += sprintf(w, "%c%+d", upper ? 'P' : 'p', exp2);
    return (size_t)(w - out);
}

/* %a %A %e %E %f %F %g %G. */
static void add_float(lua_State *L, luaL_Buffer *b, const Spec *sp, int arg)
{
    lua_Number n = luaL_checknumber(L, arg);
    bool upper = sp->conv >= 'A' && sp->conv <= 'Z';
    if (isnan(n) || isinf(n)) {
        /* As LuaJIT writes them: NaN never signed, space padding only. */
        char text[5], *w = text;
        if (isinf(n) && signbit(n))
            *w++ = '-';
        else if (isinf(n) && (sp->flags & F_PLUS))
            *w++ = '+';
        else if (sp->flags & F_SPACE)
            *w++ = ' ';
        memcpy(w, isnan(n) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        add_padded(b, sp, text, (size_t)(w + 3 - text));
        return;
    }
    char sign = signbit(n) ? '-' : (sp->flags & F_PLUS) ? '+' : (sp->flags & F_SPACE) ? ' ' : '\0';
    double x = fabs(n);
    bool alt = (sp->flags & F_ALT) != 0;
    const char *prefix = "";
    char digits[512];
    size_t len;
    int exp10;
    switch (sp->conv | 0x20) {
    case 'a':
        prefix = upper ? "0X" : "0x";
        len = format_hex(digits, x, sp->prec, alt, upper);
        break;
    case 'e':
        len = format_exp(digits, sizeof digits, x, sp->prec < 0 ? 6 : sp->prec, &exp10);
        break;
    case 'f':
        len = format_fixed(digits, sizeof digits, x, sp->prec < 0 ? 6 : sp->prec);
        break;
    default: /* 'g' */
        len = format_general(digits, sizeof digits, x, sp->prec, alt);
        break;
    }
    if (alt && (sp->conv | 0x20) != 'a' && memchr(digits, '.', len) == NULL) {
        /* '#' keeps the point: after the integer part, before any exponent. */
        char *e = memchr(digits, 'e', len);
        size_t at = e != NULL ? (size_t)(e - digits) : len;
        memmove(digits + at + 1, digits + at, len - at);
        digits[at] = '.';
        len++;
    }
    if (upper && (sp->conv | 0x20) != 'a') {
        char *e = memchr(digits, 'e', len);
        if (e != NULL)
            *e = 'E';
    }
    add_number(b, sp, sign, prefix, digits, len);
}

/* ---- format: %c %s %q %p ----------------------------------------------------- */

/* Writes an address as LuaJIT does: "NULL", or "0x" and at least 8 hex
 * digits, two more for each further byte the value needs. */
static size_t pointer_text(char *out, const void *ptr)
{
    uintptr_t x = (uintptr_t)ptr;
    if (x == 0) {
        memcpy(out, "NULL", 4);
        return 4;
    }
    int ndigits = 8;
    while (ndigits < (int)(2 * sizeof x) && (x >> (4 * ndigits)) != 0)
        ndigits += 2;
    out[0] = '0';
    out[1] = 'x';
    for (int i = ndigits + 1; i >= 2; i--, x >>= 4)
        out[i] = "0123456789abcdef"[x & 15];
    return (size_t)ndigits + 2;
}

/* The text of argument arg for %s and %q: a string as it is; else the
 * result of its __tostring, called once; a number as tostring writes it;
 * anything else as tostring would without metamethods. The text is left in
 * slot arg, which keeps it alive. */
static const char *arg_text(lua_State *L, int arg, size_t *len)
{
    if (lua_type(L, arg) != LUA_TSTRING && luaL_callmeta(L, arg, "__tostring"))
        lua_replace(L, arg);
    switch (lua_type(L, arg)) {
    case LUA_TSTRING:
    case LUA_TNUMBER:
        break;
    case LUA_TNIL:
        lua_pushliteral(L, "nil");
        lua_replace(L, arg);
        break;
    case LUA_TBOOLEAN:
        lua_pushstring(L, lua_toboolean(L, arg) ? "true" : "false");
        lua_replace(L, arg);
        break;
    default: {
        char ptr[24];
        size_t n = pointer_text(ptr, lua_topointer(L, arg));
        lua_pushfstring(L, "%s: ", luaL_typename(L, arg));
        lua_pushlstring(L, ptr, n);
        lua_concat(L, 2);
        lua_replace(L, arg);
        break;
    }
    }
    return lua_tolstring(L, arg, len);
}

/* %q: the string between double quotes, readable back by the lexer. */
static void add_quoted(luaL_Buffer *b, const char *s, size_t len)
{
    luaL_addchar(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c == '\n') {
            luaL_addchar(b, '\\');
            luaL_addchar(b, (char)c);
        } else if (c < ' ' || c == 127) {
            /* A decimal escape, three digits wide if a digit follows. */
            bool digit_next = i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9';
            char esc[8];
            int n = snprintf(esc, sizeof esc, digit_next ? "\\%03u" : "\\%u", c);
            luaL_addlstring(b, esc, (size_t)n);
        } else {
            luaL_addchar(b, (char)c);
        }
    }
    luaL_addchar(b, '"');
}

static void add_conversion(lua_State *L, luaL_Buffer *b, const Spec *sp, int arg)
{
    switch (sp->conv) {
    case 'd':
    case 'i':
    case 'o':
    case 'u':
    case 'x':
    case 'X':
        add_integer(L, b, sp, arg);
        break;
    case 'c': {
        char c = (char)check_int(L, arg);
        add_padded(b, sp, &c, 1);
        break;
    }
    case 's': {
        size_t len;
        const char *s = arg_text(L, arg, &len);
        add_padded(b, sp, s, sp->prec >= 0 && (size_t)sp->prec < len ? (size_t)sp->prec : len);
        break;
    }
    case 'q': {
        size_t len;
        const char *s = arg_text(L, arg, &len);
        add_quoted(b, s, len);
        break;
    }
    case 'p': {
        char ptr[24];
        luaL_addlstring(b, ptr, pointer_text(ptr, lua_topointer(L, arg)));
        break;
    }
    default:
        add_float(L, b, sp, arg);
        break;
    }
}

static int str_format(lua_State *L)
{
    size_t flen;
    const char *fmt = luaL_checklstring(L, 1, &flen);
    const char *end = fmt + flen;
    int top = lua_gettop(L), arg = 1;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (fmt < end) {
        const char *pct = memchr(fmt, '%', (size_t)(end - fmt));
        if (pct == NULL) {
            luaL_addlstring(&b, fmt, (size_t)(end - fmt));
            break;
        }
        luaL_addlstring(&b, fmt, (size_t)(pct - fmt));
        if (pct[1] == '%') {
            luaL_addchar(&b, '%');
            fmt = pct + 2;
            continue;
        }
        Spec sp;
        fmt = parse_spec(L, pct, &sp);
        if (++arg > top)
            luaL_argerror(L, arg, "value expected");
        add_conversion(L, &b, &sp, arg);
    }
    luaL_pushresult(&b);
    return 1;
}

/* ---- Opening the library --------------------------------------------------- */

static const luaL_Reg string_funcs[] = {
    {"byte", str_byte},     {"char", str_char},       {"dump", str_dump},
    {"find", str_find},     {"format", str_format},   {"gmatch", str_gmatch},
    {"gsub", str_gsub},     {"len", str_len},         {"lower", str_lower},
    {"match", str_match},   {"rep", str_rep},         {"reverse", str_reverse},
    {"sub", str_sub},       {"upper", str_upper},     {NULL, NULL},
};

/* Registers the string table and makes it the __index of every string's
 * metatable, so ("x"):rep(3) works. */
LUALIB_API int luaopen_string(lua_State *L)
{
    luaL_register(L, LUA_STRLIBNAME, string_funcs);
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "");
    lua_pushvalue(L, -2);
    lua_setmetatable(L, -2);
    lua_pop(L, 2);
    return 1;
}
