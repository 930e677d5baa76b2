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

size_t nl_num_format(double d, char buf[NL_NUM_BUFSZ])
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
