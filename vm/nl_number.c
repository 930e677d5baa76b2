/*
 * nl_number.c -- number <-> text (see nl_number.h).
 *
 * Parsing checks the syntax here, then rewrites the digits into a short
 * canonical form without a decimal point ("123e-5", "0x1Fp-8") that strtod
 * rounds correctly and reads the same in every locale. Digits past what can
 * affect rounding are folded into one sticky non-zero digit, so input of any
 * length fits a fixed buffer.
 */
#include "nl_number.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl_ctype.h"

/* Exponents of this many or more are malformed, as in LuaJIT. */
#define MAX_EXPONENT (1L << 20)
/* Significant digits kept. A halfway point between two doubles has at most
 * 767 significant decimal digits (54 bits, so 15 hex digits); a few more keep
 * the sticky digit below any of them. */
#define DEC_KEEP 800
#define HEX_KEEP 24
/* Every double's exact decimal expansion has at most 767 significant
 * digits, so "%.770e" prints it exactly. */
#define EXACT_DIGITS 770
/* Canonical exponents are clamped here: far past any double's range even with
 * DEC_KEEP digits, so the clamp never changes a result. */
#define EXP_CLAMP 100000


/* The digit's value in bases up to 36, or 36 when c is not a digit. */
static int digit_value(int c)
{
    if (nl_isdigit(c))
        return c - '0';
    c |= 0x20; /* lower case */
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 36;
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && nl_isspace((unsigned char)*p))
        p++;
    return p;
}

/* The significant digits of a mantissa and the power of the radix (10, or 2
 * for hex) that scales them to its value. */
typedef struct Mantissa {
    char digits[DEC_KEEP + 1];
    size_t n;
    long long exp;
    bool sticky; /* a dropped digit was non-zero */
} Mantissa;

/* Reads digits with at most one '.'; step is the exponent change per digit
 * (1 for decimal, 4 for hex). False when there was no digit at all. */
static bool scan_mantissa(const char **pp, const char *end, int radix, int step,
                          size_t keep, Mantissa *m)
{
    const char *p = *pp;
    bool any = false, frac = false;
    for (; p < end; p++) {
        if (*p == '.' && !frac) {
            frac = true;
            continue;
        }
        int v = digit_value((unsigned char)*p);
        if (v >= radix)
            break;
        any = true;
        if (m->n == 0 && v == 0) { /* leading zero */
            if (frac)
                m->exp -= step;
        } else if (m->n < keep) {
            m->digits[m->n++] = *p;
            if (frac)
                m->exp -= step;
        } else {
            if (!frac)
                m->exp += step;
            m->sticky |= v != 0;
        }
    }
    *pp = p;
    return any;
}

/* An exponent after 'e' or 'p': optional sign and decimal digits. */
static bool scan_exponent(const char **pp, const char *end, long long *exp)
{
    const char *p = *pp;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (p >= end || !nl_isdigit((unsigned char)*p))
        return false;
    long x = 0;
    for (; p < end && nl_isdigit((unsigned char)*p); p++) {
        x = x * 10 + (*p - '0');
        if (x >= MAX_EXPONENT)
            return false;
    }
    *exp += neg ? -x : x;
    *pp = p;
    return true;
}

/* The correctly rounded value of a scanned mantissa. */
static double mantissa_value(Mantissa *m, bool hex)
{
    if (m->n == 0)
        return 0.0;
    if (m->sticky) {
        m->digits[m->n++] = '1';
        m->exp -= hex ? 4 : 1;
    }
    long long e = m->exp;
    e = e > EXP_CLAMP ? EXP_CLAMP : e < -EXP_CLAMP ? -EXP_CLAMP : e;
    char buf[DEC_KEEP + 32];
    snprintf(buf, sizeof buf, "%s%.*s%c%lld", hex ? "0x" : "", (int)m->n, m->digits,
             hex ? 'p' : 'e', e);
    return strtod(buf, NULL);
}

/* "inf", "infinity" or "nan" in any case, exactly the bytes [p, end). */
static bool parse_special(const char *p, size_t n, double *out)
{
    if ((n == 3 || n == 8) && strncasecmp(p, "infinity", n) == 0)
        *out = HUGE_VAL;
    else if (n == 3 && strncasecmp(p, "nan", 3) == 0)
        *out = NAN;
    else
        return false;
    return true;
}

/* 0b digits: at most 64 significant ones, no fraction or exponent. */
static bool scan_binary(const char **pp, const char *end, double *out)
{
    const char *p = *pp;
    uint64_t v = 0;
    int bits = 0;
    bool any = false;
    for (; p < end && (*p == '0' || *p == '1'); p++) {
        any = true;
        if (v != 0 || *p == '1')
            bits++;
        if (bits > 64)
            return false;
        v = v << 1 | (uint64_t)(*p - '0');
    }
    *pp = p;
    *out = (double)v;
    return any;
}

bool nl_num_parse(const char *s, size_t len, double *out)
{
    const char *end = s + len;
    const char *p = skip_space(s, end);
    bool neg = false;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    const char *stop = end;
    while (stop > p && nl_isspace((unsigned char)stop[-1]))
        stop--;
    double d;
    if (stop - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'b') {
        p += 2;
        if (!scan_binary(&p, stop, &d))
            return false;
    } else if (p < stop && !nl_isdigit((unsigned char)*p) && *p != '.') {
        if (!parse_special(p, (size_t)(stop - p), &d))
            return false;
        p = stop;
    } else {
        bool hex = stop - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x';
        Mantissa m = {.n = 0};
        if (hex)
            p += 2;
        if (!scan_mantissa(&p, stop, hex ? 16 : 10, hex ? 4 : 1, hex ? HEX_KEEP : DEC_KEEP, &m))
            return false;
        if (p < stop && (*p | 0x20) == (hex ? 'p' : 'e')) {
            p++;
            if (!scan_exponent(&p, stop, &m.exp))
                return false;
        }
        d = mantissa_value(&m, hex);
    }
    if (p != stop)
        return false;
    *out = neg ? -d : d;
    return true;
}

bool nl_num_parse_base(const char *s, size_t len, int base, double *out)
{
    if (base == 10)
        return nl_num_parse(s, len, out);
    /* LuaJIT reads the string as a C string. */
    const char *end = s + strnlen(s, len);
    const char *p = skip_space(s, end);
    bool neg = false;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    if (base == 16 && end - p >= 3 && p[0] == '0' && (p[1] | 0x20) == 'x' &&
        digit_value((unsigned char)p[2]) < 16)
        p += 2;
    const char *digits = p;
    uint64_t v = 0;
    bool overflow = false;
    for (int dv; p < end && (dv = digit_value((unsigned char)*p)) < base; p++) {
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base)
            overflow = true;
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (p == digits || skip_space(p, end) != end)
        return false;
    double d = overflow ? (double)UINT64_MAX : (double)v;
    *out = neg ? -d : d;
    return true;
}

/* True when the digits of d at the given precision ("%.*e") have a '5' in
 * the 15th significant place and only zeros after it. */
static bool looks_like_tie(double d, int precision)
{
    char tmp[EXACT_DIGITS + 32];
    snprintf(tmp, sizeof tmp, "%.*e", precision, d);
    int n = 0;
    for (const char *t = tmp; *t && *t != 'e'; t++) {
        if (!nl_isdigit((unsigned char)*t))
            continue; /* sign, radix */
        if ((n == 14 && *t != '5') || (n > 14 && *t != '0'))
            return false;
        n++;
    }
    return n > 14;
}

size_t nl_num_format_generic(double d, char buf[NL_NUM_BUFSZ])
{
    const char *special = d != d ? "nan" : d == HUGE_VAL ? "inf" : d == -HUGE_VAL ? "-inf" : NULL;
    if (special) {
        strcpy(buf, special);
        return strlen(special);
    }
    /* printf rounds a value exactly halfway between two 14-digit decimals to
     * even; LuaJIT rounds it away from zero. A one-ulp nudge away from zero
     * does that without moving any other value across a rounding boundary.
     * The cheap test at 17 digits filters the exact one. */
    if (looks_like_tie(d, 16) && looks_like_tie(d, EXACT_DIGITS))
        d = nextafter(d, d > 0 ? HUGE_VAL : -HUGE_VAL);
    char tmp[NL_NUM_BUFSZ];
    snprintf(tmp, sizeof tmp, "%.14g", d);
    /* printf writes the locale's radix character, possibly several bytes:
     * anything that is not a digit, sign or exponent mark is the radix. */
    size_t n = 0;
    for (const char *t = tmp; *t; t++) {
        bool plain = nl_isdigit((unsigned char)*t) || *t == '-' || *t == '+' || *t == 'e';
        if (plain)
            buf[n++] = *t;
        else if (n == 0 || buf[n - 1] != '.')
            buf[n++] = '.';
    }
    buf[n] = '\0';
    return n;
}

/* ---- Formatting without printf ----------------------------------------------------
 *
 * The same text as nl_num_format_generic, computed exactly with integers: the
 * exact value of the double is rounded to 14 significant digits, halves away
 * from zero, and laid out the way "%.14g" lays them out. Values outside the
 * range the integer arithmetic covers take the generic path. */

/* 10^14: the first value that has 15 digits. */
#define TEN14 100000000000000ULL

/* Writes v's decimal digits ending before end; returns where they start. */
static char *put_digits(char *end, uint64_t v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* Copies the len bytes at p to buf with a NUL, returns len. */
static size_t put_text(char *buf, const char *p, size_t len)
{
    memcpy(buf, p, len);
    buf[len] = '\0';
    return len;
}

/* An integer below 10^14 in magnitude (not -0): its digits. */
static size_t format_integer(double d, char buf[NL_NUM_BUFSZ])
{
    char tmp[24], *end = tmp + sizeof tmp;
    char *p = put_digits(end, (uint64_t)(d < 0 ? -d : d));
    if (d < 0)
        *--p = '-';
    return put_text(buf, p, (size_t)(end - p));
}

/* Lays out sign, the 14 digits of q (10^13 <= q < 10^14) and the decimal
 * exponent x of the first one as "%.14g" does: fixed notation for
 * -4 <= x < 14, else d.ddde+xx; trailing zeros of the fraction dropped, and
 * the point with them. */
static size_t layout_g14(bool neg, uint64_t q, int x, char buf[NL_NUM_BUFSZ])
{
    char dig[14];
    put_digits(dig + 14, q);
    int nd = 14;
    while (nd > 1 && dig[nd - 1] == '0')
        nd--;
    char *o = buf;
    if (neg)
        *o++ = '-';
    if (x >= 14 || x < -4) {
        *o++ = dig[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, dig + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        *o++ = 'e';
        *o++ = x < 0 ? '-' : '+';
        char tmp[8], *end = tmp + sizeof tmp;
        char *p = put_digits(end, (uint64_t)(x < 0 ? -x : x));
        if (end - p < 2)
            *--p = '0';
        memcpy(o, p, (size_t)(end - p));
        o += end - p;
    } else if (x >= 0) {
        memcpy(o, dig, (size_t)x + 1);
        o += x + 1;
        if (nd > x + 1) {
            *o++ = '.';
            memcpy(o, dig + x + 1, (size_t)(nd - x - 1));
            o += nd - x - 1;
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = -1; i > x; i--)
            *o++ = '0';
        memcpy(o, dig, (size_t)nd);
        o += nd;
    }
    *o = '\0';
    return (size_t)(o - buf);
}

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 U128;

/* Bits needed for 10^n, rounded up (log2 10 < 10/3). */
static int pow10_bits(int n) { return (n * 10 + 2) / 3; }

static U128 pow10_u128(int n)
{
    static const uint64_t p[20] = {
        1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
        100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
        10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
        10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL,
        10000000000000000000ULL};
    return n < 20 ? (U128)p[n] : (U128)p[19] * p[n - 19];
}

/* The first 14 significant digits of m * 2^e rounded half away from zero, for
 * the decimal exponent guess x: *q0 the truncated digits, returned the rounded
 * ones. False when the numbers do not fit 128 bits. */
static bool scaled_digits(uint64_t m, int e, int x, uint64_t *q0, uint64_t *q)
{
    int s = 13 - x; /* the value times 10^s has 14 digits before the point */
    int numbits = 53 + (e > 0 ? e : 0) + (s > 0 ? pow10_bits(s) : 0);
    int denbits = (e < 0 ? -e : 0) + (s < 0 ? pow10_bits(-s) : 0);
    if (numbits > 127 || denbits > 126)
        return false;
    U128 num = (U128)m << (e > 0 ? e : 0);
    if (s > 0)
        num *= pow10_u128(s);
    U128 quot, rem, half; /* rounding up when rem >= half is ties away from zero */
    if (s >= 0 && e >= 0) { /* an integer: exact */
        quot = num;
        rem = 0;
        half = 1;
    } else if (s >= 0) {
        quot = num >> -e;
        rem = num & (((U128)1 << -e) - 1);
        half = (U128)1 << (-e - 1);
    } else {
        U128 den = pow10_u128(-s) << (e < 0 ? -e : 0);
        quot = num / den;
        rem = num % den;
        half = den - den / 2; /* rem >= den - den/2 is 2 rem >= den */
    }
    if (quot >> 64) {
        *q0 = *q = UINT64_MAX;
        return true;
    }
    *q0 = (uint64_t)quot;
    *q = *q0 + (rem >= half);
    return true;
}

/* Formats a finite non-zero |d| exactly, or returns 0 for the generic path. */
static size_t format_exact(double d, char buf[NL_NUM_BUFSZ])
{
    double ad = fabs(d);
    int e2;
    double fr = frexp(ad, &e2); /* ad = fr * 2^e2, fr in [0.5, 1) */
    if (e2 < -1021)
        return 0; /* subnormal: fewer than 53 bits of mantissa */
    uint64_t m = (uint64_t)ldexp(fr, 53);
    int e = e2 - 53;
    /* floor(log10(ad)) is this or one more: ad lies in [2^(e2-1), 2^e2). */
    int x = (int)floor((e2 - 1) * 0.30102999566398119521);
    for (int tries = 0; tries < 3; tries++) {
        uint64_t q0, q;
        if (!scaled_digits(m, e, x, &q0, &q))
            return 0;
        if (q0 >= TEN14) {
            x++;
            continue;
        }
        if (q0 < TEN14 / 10) {
            x--;
            continue;
        }
        if (q == TEN14) { /* rounded up to the next power of ten */
            q = TEN14 / 10;
            x++;
        }
        return layout_g14(d < 0, q, x, buf);
    }
    return 0;
}
#else
static size_t format_exact(double d, char buf[NL_NUM_BUFSZ])
{
    (void)d;
    (void)buf;
    return 0;
}
#endif

size_t nl_num_format(double d, char buf[NL_NUM_BUFSZ])
{
    if (d == 0)
        return put_text(buf, signbit(d) ? "-0" : "0", signbit(d) ? 2 : 1);
    if (d > -1e14 && d < 1e14 && d == (double)(int64_t)d)
        return format_integer(d, buf);
    if (d == d && d != HUGE_VAL && d != -HUGE_VAL) {
        size_t n = format_exact(d, buf);
        if (n)
            return n;
    }
    return nl_num_format_generic(d, buf);
}
