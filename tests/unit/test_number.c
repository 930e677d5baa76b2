/* test_number.c -- number <-> text conversions (vm/nl_number.c). Every
 * expectation below was printed by LuaJIT 2.1.0-beta3: tonumber(s),
 * tonumber(s, base) and tostring(d); values are written as hex floats. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl_number.h"
#include "suites.h"

typedef struct ParseCase {
    const char *s;
    size_t len;
    bool ok;
    double value;
} ParseCase;

static const ParseCase parse_cases[] = {
    {"inf", 3, true, HUGE_VAL},
    {"nan", 3, true, NAN},
    {"-inf", 4, true, -HUGE_VAL},
    {"1e", 2, false, 0},
    {"0x", 2, false, 0},
    {" 0x1p4 ", 7, true, 0x1p+4},
    {"1e500", 5, true, HUGE_VAL},
    {"0x1.8", 5, true, 0x1.8p+0},
    {"1.", 2, true, 0x1p+0},
    {".5", 2, true, 0x1p-1},
    {"5.e3", 4, true, 0x1.388p+12},
    {"1\000", 2, false, 0},
    {"-0x10", 5, true, -0x1p+4},
    {"+0x10", 5, true, 0x1p+4},
    {"+5", 2, true, 0x1.4p+2},
    {"- 5", 3, false, 0},
    {" -5", 3, true, -0x1.4p+2},
    {"0x1P-2", 6, true, 0x1p-2},
    {"0x.8p1", 6, true, 0x1p+0},
    {"0xA.8", 5, true, 0x1.5p+3},
    {"0x.p1", 5, false, 0},
    {"0x1p", 4, false, 0},
    {"0x1p+", 5, false, 0},
    {"infinity", 8, true, HUGE_VAL},
    {"INF", 3, true, HUGE_VAL},
    {"Infinity", 8, true, HUGE_VAL},
    {"-nan", 4, true, NAN},
    {"NaN", 3, true, NAN},
    {"+nan", 4, true, NAN},
    {"infi", 4, false, 0},
    {"nanx", 4, false, 0},
    {"1e+", 3, false, 0},
    {"1e-5", 4, true, 0x1.4f8b588e368f1p-17},
    {".", 1, false, 0},
    {"-.5", 3, true, -0x1p-1},
    {"0xffffffffffffffffff", 20, true, 0x1p+72},
    {"1e-400", 6, true, 0x0p+0},
    {"\011\012\013\014\01510\011\012\013\014\015", 12, true, 0x1.4p+3},
    {"", 0, false, 0},
    {"  ", 2, false, 0},
    {"0x1e", 4, true, 0x1.ep+4},
    {"0x1e+5", 6, false, 0},
    {"1E2", 3, true, 0x1.9p+6},
    {"0X1F", 4, true, 0x1.fp+4},
    {"1..2", 4, false, 0},
    {"0x1.8p1.5", 9, false, 0},
    {"00012", 5, true, 0x1.8p+3},
    {"0b101", 5, true, 0x1.4p+2},
    {"0B11", 4, true, 0x1.8p+1},
    {"0b", 2, false, 0},
    {"0b2", 3, false, 0},
    {"0b1.1", 5, false, 0},
    {"0b1p2", 5, false, 0},
    {"-0b11", 5, true, -0x1.8p+1},
    {"0o17", 4, false, 0},
    {"1f", 2, false, 0},
    {"1LL", 3, false, 0},
    {"1i", 2, false, 0},
    {"0x1p99999", 9, true, HUGE_VAL},
    {"-0", 2, true, -0x0p+0},
    {"0x-1", 4, false, 0},
    {"--1", 3, false, 0},
    {"1 2", 3, false, 0},
    {"\000", 1, false, 0},
    {"1.5\000", 4, false, 0},
    {"  1e3x", 6, false, 0},
    {"0x8000000000000000", 18, true, 0x1p+63},
    {"0xFFFFFFFFFFFFFFFF", 18, true, 0x1p+64},
    {"4.9e-324", 8, true, 0x1p-1074},
    {"2.4703282292062328e-324", 23, true, 0x1p-1074},
    {"2.4703282292062327e-324", 23, true, 0x0p+0},
    {"9007199254740993", 16, true, 0x1p+53},
    {"0x1.fffffffffffff8p0", 20, true, 0x1p+1},
    {"1.7976931348623158e308", 22, true, 0x1.fffffffffffffp+1023},
    {"1.7976931348623159e308", 22, true, HUGE_VAL},
    {"0x1p-1074", 9, true, 0x1p-1074},
    {"0x1p-1075", 9, true, 0x0p+0},
    {"0x1.8p-1074", 11, true, 0x1p-1073},
    {"0x1.fffffffffffff8p1023", 23, true, HUGE_VAL},
    {"0x.", 3, false, 0},
    {"0x1.", 4, true, 0x1p+0},
    {"0x.1", 4, true, 0x1p-4},
    {"1e1.5", 5, false, 0},
    {"inf1", 4, false, 0},
    {"0xp1", 4, false, 0},
    {"1e0000000000001", 15, true, 0x1.4p+3},
    {"1e1048575", 9, true, HUGE_VAL},
    {"1e1048576", 9, false, 0},
    {"0e99999999999", 13, false, 0},
    {"1e-1048575", 10, true, 0x0p+0},
    {"0x1p1048576", 11, false, 0},
    {"0.1", 3, true, 0x1.999999999999ap-4},
    {"3.14159265358979", 16, true, 0x1.921fb54442d11p+1},
    {"123456789012345678901234567890", 30, true, 0x1.8ee90ff6c373ep+96},
    {"0b1111111111111111111111111111111111111111111111111111111111111111", 66, true, 0x1p+64},
    {"0b11111111111111111111111111111111111111111111111111111111111111111", 67, false, 0},
    {"0b10000000000000000000000000000000000000000000000000000000000000000", 67, false, 0},
    {"0.30000000000000001665", 22, true, 0x1.3333333333333p-2},
    {"2.2250738585072011e-308", 23, true, 0x1.ffffffffffffep-1023},
    {"2.2250738585072012e-308", 23, true, 0x1p-1022},
};

typedef struct BaseCase {
    const char *s;
    size_t len;
    int base;
    bool ok;
    double value;
} BaseCase;

static const BaseCase base_cases[] = {
    {"ff", 2, 16, true, 0x1.fep+7},
    {"0xff", 4, 16, true, 0x1.fep+7},
    {"0Xff", 4, 16, true, 0x1.fep+7},
    {"-0xff", 5, 16, true, -0x1.fep+7},
    {" -ff ", 5, 16, true, -0x1.fep+7},
    {"- ff", 4, 16, false, 0},
    {"+ff", 3, 16, true, 0x1.fep+7},
    {"ff\000zz", 5, 16, true, 0x1.fep+7},
    {"", 0, 16, false, 0},
    {" ", 1, 16, false, 0},
    {"zz", 2, 36, true, 0x1.43cp+10},
    {"ZZ", 2, 36, true, 0x1.43cp+10},
    {"Zz", 2, 36, true, 0x1.43cp+10},
    {"-zz", 3, 36, true, -0x1.43cp+10},
    {"12", 2, 2, false, 0},
    {"11", 2, 2, true, 0x1.8p+1},
    {"7fffffffffffffff", 16, 16, true, 0x1p+63},
    {"ffffffffffffffff", 16, 16, true, 0x1p+64},
    {"10000000000000000", 17, 16, true, 0x1p+64},
    {"-ffffffffffffffff", 17, 16, true, -0x1p+64},
    {"1.5", 3, 10, true, 0x1.8p+0},
    {"1e5", 3, 10, true, 0x1.86ap+16},
    {"0x10", 4, 10, true, 0x1p+4},
    {" inf", 4, 10, true, HUGE_VAL},
    {"1\000", 2, 10, false, 0},
    {"0x", 2, 16, false, 0},
    {"0xg", 3, 16, false, 0},
    {"-", 1, 16, false, 0},
    {"--1", 3, 16, false, 0},
    {"+-1", 3, 16, false, 0},
    {"\011\0121\013", 4, 8, true, 0x1p+0},
    {"1 1", 3, 8, false, 0},
    {"z", 1, 35, false, 0},
    {" 0x10", 5, 16, true, 0x1p+4},
    {"- 0x10", 6, 16, false, 0},
    {"0x-1", 4, 16, false, 0},
    {"0x 1", 4, 16, false, 0},
    {"0x1", 3, 36, true, 0x1.294p+10},
    {"0x", 2, 36, true, 0x1.08p+5},
    {"-0", 2, 16, true, -0x0p+0},
    {" \000 1", 4, 16, false, 0},
    {"  12  ", 6, 8, true, 0x1.4p+3},
    {"9", 1, 8, false, 0},
    {"1000000000000000000000000000000", 31, 2, true, 0x1p+30},
    {"zzzzzzzzzzzzzzzzzzzz", 20, 36, true, 0x1p+64},
    {"1_", 2, 16, false, 0},
    {"10", 2, 3, true, 0x1.8p+1},
};

typedef struct FormatCase {
    double d;
    const char *text;
} FormatCase;

static const FormatCase format_cases[] = {
    /* exact ties at the 15th digit round away from zero (printf: to even) */
    {0x1.c12218377d94p+46, "1.2345678901233e+14"},
    {0x1.c12218377dbcp+46, "1.2345678901234e+14"},
    {0x1.1f71fb04cb4p+40, "1234567890123.3"},
    {-0x1.674e79c5fe5p+43, "-12345678901235"},
    {-0x1.c12218377de4p+46, "-1.2345678901235e+14"},
    {0x1p-11, "0.00048828125"},
    {0x1.00000000000e1p+0, "1"},
    {NAN, "nan"},
    {-NAN, "nan"},
    {HUGE_VAL, "inf"},
    {-HUGE_VAL, "-inf"},
    {0x0p+0, "0"},
    {-0x0p+0, "-0"},
    {0x1p+0, "1"},
    {-0x1p+1, "-2"},
    {0x1.f4p+9, "1000"},
    {0x1p+53, "9.007199254741e+15"},
    {0x1.c6bf52634p+49, "1e+15"},
    {0x1.6bcc41e9p+46, "1e+14"},
    {0x1.1c37937e08p+53, "1e+16"},
    {0x1p+63, "9.2233720368548e+18"},
    {0x1.249ad2594c37dp+332, "1e+100"},
    {0x1.c12218377de4p+46, "1.2345678901235e+14"},
    {0x1.18b54f22aebp+50, "1.2345678901235e+15"},
    {0x1.999999999999ap-4, "0.1"},
    {0x1.5555555555555p-2, "0.33333333333333"},
    {-0x1.5555555555555p-2, "-0.33333333333333"},
    {0x1.2688b70e62bp-1030, "1e-310"},
    {0x1p-1074, "4.9406564584125e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623e+308"},
    {0x1.92p+6, "100.5"},
    {-0x1p-2, "-0.25"},
    {0x1.9cb8320b1507p-17, "1.23e-05"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.674e79c5fe5p+43, "12345678901235"},
    {0x1.921fb54442d11p+1, "3.1415926535898"},
    {0x1p+10, "1024"},
    {0x1.6bcc41e8fffcp+46, "99999999999999"},
    {0x1.c6bf52633fff8p+49, "1e+15"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1p-1022, "2.2250738585072e-308"},
    {-0x1.4ab5dddb7065bp-990, "-1.23456e-298"},
};

/* Same double, bit for bit (so -0 is not 0); any NaN matches a NaN. */
static bool same_number(double a, double b)
{
    if (a != a || b != b)
        return a != a && b != b;
    return memcmp(&a, &b, sizeof a) == 0;
}

static void check_parse(const char *what, bool ok, double got, bool want_ok, double want)
{
    ck_assert_msg(ok == want_ok, "%s: parsed %d, luajit %d", what, ok, want_ok);
    if (ok)
        ck_assert_msg(same_number(got, want), "%s: got %a, luajit %a", what, got, want);
}

START_TEST(parse_like_tonumber)
{
    const ParseCase *c = &parse_cases[_i];
    double d = 0;
    bool ok = nl_num_parse(c->s, c->len, &d);
    check_parse(c->s, ok, d, c->ok, c->value);
}
END_TEST

START_TEST(parse_base_like_tonumber)
{
    const BaseCase *c = &base_cases[_i];
    double d = 0;
    bool ok = nl_num_parse_base(c->s, c->len, c->base, &d);
    check_parse(c->s, ok, d, c->ok, c->value);
}
END_TEST

START_TEST(format_like_tostring)
{
    const FormatCase *c = &format_cases[_i];
    char buf[NL_NUM_BUFSZ];
    size_t n = nl_num_format(c->d, buf);
    ck_assert_str_eq(buf, c->text);
    ck_assert_uint_eq(n, strlen(c->text));
}
END_TEST

/* Inputs too long to write out: prefix + n copies of fill + suffix. */
typedef struct LongCase {
    const char *prefix;
    char fill;
    size_t n;
    const char *suffix;
    int base; /* 0: nl_num_parse */
    bool ok;
    double value;
} LongCase;

/* luajit 2.1: tonumber(prefix .. string.rep(fill, n) .. suffix [, base]) */
static const LongCase long_cases[] = {
    {"0b", '1', 64, "", 0, true, 0x1p+64},
    {"0b", '1', 65, "", 0, false, 0},
    {"0b1", '0', 64, "", 0, false, 0},
    {"0b", '0', 100, "1", 0, true, 0x1p+0},
    {"1", '0', 400, "e-400", 0, true, 0x1p+0},
    {"0.", '0', 400, "1e400", 0, true, 0x1.999999999999ap-4},
    {"0x", 'f', 300, "p-1000", 0, true, 0x1p+200},
    {"0x1", '0', 300, "", 0, true, HUGE_VAL},
    {"1", '0', 1000, "", 0, true, HUGE_VAL},
    {"0.", '0', 1000, "1", 0, true, 0x0p+0},
    /* 2^53 + 1 is halfway: a far-away non-zero digit decides the rounding */
    {"9007199254740993.", '0', 900, "1", 0, true, 0x1.0000000000001p+53},
    {"9007199254740993.", '0', 900, "", 0, true, 0x1p+53},
    {"0x20000000000001", '0', 30, "1p-120", 0, true, 0x1.0000000000001p+57},
    {"0x20000000000001", '0', 30, "p-120", 0, true, 0x1p+53},
    {"1", '0', 40, "", 2, true, 0x1p+40},
};

START_TEST(parse_long_inputs)
{
    const LongCase *c = &long_cases[_i];
    size_t lp = strlen(c->prefix), ls = strlen(c->suffix), len = lp + c->n + ls;
    char *s = malloc(len + 1);
    ck_assert_ptr_nonnull(s);
    memcpy(s, c->prefix, lp);
    memset(s + lp, c->fill, c->n);
    memcpy(s + lp + c->n, c->suffix, ls + 1);
    double d = 0;
    bool ok = c->base ? nl_num_parse_base(s, len, c->base, &d) : nl_num_parse(s, len, &d);
    check_parse(c->prefix, ok, d, c->ok, c->value);
    free(s);
}
END_TEST

/* The length bounds the input: bytes past it are never part of the number. */
START_TEST(parse_respects_length)
{
    double d = 0;
    ck_assert(nl_num_parse("12345", 2, &d));
    ck_assert(same_number(d, 12));
    ck_assert(nl_num_parse("0x1p4", 3, &d));
    ck_assert(same_number(d, 1));
    ck_assert(!nl_num_parse("1e5", 2, &d));
    ck_assert(nl_num_parse_base("ffff", 2, 16, &d));
    ck_assert(same_number(d, 255));
}
END_TEST

/* Formatting and parsing round-trip through the 14 digits Lua prints. */
START_TEST(format_then_parse)
{
    static const double values[] = {0.1, -2.5e-300, 1e300, 123456.789, 0x1p-1074};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        char buf[NL_NUM_BUFSZ], again[NL_NUM_BUFSZ];
        double d;
        ck_assert(nl_num_parse(buf, nl_num_format(values[i], buf), &d));
        nl_num_format(d, again);
        ck_assert_str_eq(buf, again);
    }
}
END_TEST

/* ---- nl_num_format against its printf reference ---- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t next_random(void) /* xorshift64*: deterministic, good enough */
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

/* Fails on the first value the fast formatter writes differently. */
static void check_format_matches(double d)
{
    char fast[NL_NUM_BUFSZ], slow[NL_NUM_BUFSZ];
    size_t nf = nl_num_format(d, fast), ns = nl_num_format_generic(d, slow);
    if (nf != ns || strcmp(fast, slow) != 0)
        ck_abort_msg("%a: \"%s\", reference \"%s\"", d, fast, slow);
}

static double random_double(void)
{
    uint64_t bits = next_random();
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Every bit pattern: all exponents, subnormals, NaNs, infinities. */
START_TEST(format_random_bits)
{
    for (int i = 0; i < 400000; i++)
        check_format_matches(random_double());
}
END_TEST

/* Magnitudes programs print: 1e-12 .. 1e40, integers and decimal fractions. */
START_TEST(format_random_magnitudes)
{
    for (int i = 0; i < 400000; i++) {
        double mant = (double)(next_random() >> 11) / 0x1p53;
        int exp10 = (int)(next_random() % 53) - 12;
        double d = mant * pow(10, exp10);
        check_format_matches(i & 1 ? d : -d);
        check_format_matches(floor(d));
        uint64_t digits = next_random() % 100000000000000000ULL;
        char text[64];
        snprintf(text, sizeof text, "%llue%d", (unsigned long long)digits,
                 (int)(next_random() % 40) - 30);
        check_format_matches(strtod(text, NULL));
    }
}
END_TEST

/* Exact halfway cases, which round away from zero: an odd r over 2^t is
 * r * 5^t / 10^t, whose digits end in 5. */
START_TEST(format_ties)
{
    for (int t = 1; t <= 21; t++) {
        double p5 = pow(5, t);
        double lo = ceil(1e14 / p5), hi = floor(1e15 / p5);
        for (int i = 0; i < 4000; i++) {
            double r = lo + (double)(next_random() % (uint64_t)(hi - lo + 1));
            if (fmod(r, 2) == 0)
                r += r + 1 <= hi ? 1 : -1;
            double d = ldexp(r, -t);
            check_format_matches(d);
            check_format_matches(-d);
            check_format_matches(ldexp(d, (int)(next_random() % 40)));
        }
    }
    for (int i = 0; i < 20000; i++) { /* 15-digit integers ending in 5 */
        double n = (double)(100000000000000ULL + next_random() % 900000000000000ULL);
        n = n - fmod(n, 10) + 5;
        check_format_matches(n);
        check_format_matches(n * 2);
    }
}
END_TEST

/* Around powers of ten, where the exponent and the layout change. */
START_TEST(format_near_powers_of_ten)
{
    for (int k = -330; k <= 310; k++) {
        double p = pow(10, k);
        double near[] = {p, 9.99999999999995 * p / 10, 9.9999999999999 * p / 10,
                         0.99999999999999995 * p};
        for (size_t j = 0; j < sizeof near / sizeof *near; j++) {
            double d = near[j];
            for (int step = 0; step < 8; step++) {
                check_format_matches(d);
                check_format_matches(-d);
                d = nextafter(d, HUGE_VAL);
            }
            d = near[j];
            for (int step = 0; step < 8; step++) {
                d = nextafter(d, 0);
                check_format_matches(d);
            }
        }
    }
    static const double edges[] = {1e14, 1e14 - 1, 1e14 + 1, 99999999999999.5, 0x1p53,
                                   0x1p63, 0x1p64, 0x1p-1022, 0x1p-1074, DBL_MAX, -DBL_MAX,
                                   0.0001, 0.00001, 1e-5, 123456789012345678.0, 0.1, 1.0 / 3};
    for (size_t i = 0; i < sizeof edges / sizeof *edges; i++)
        check_format_matches(edges[i]);
}
END_TEST

#define COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

Suite *suite_number(void)
{
    Suite *s = suite_create("number");
    TCase *tc = tcase_create("number");
    tcase_set_timeout(tc, 300); /* millions of printf calls, under the sanitizers too */
    tcase_add_loop_test(tc, parse_like_tonumber, 0, COUNT(parse_cases));
    tcase_add_loop_test(tc, parse_base_like_tonumber, 0, COUNT(base_cases));
    tcase_add_loop_test(tc, format_like_tostring, 0, COUNT(format_cases));
    tcase_add_loop_test(tc, parse_long_inputs, 0, COUNT(long_cases));
    tcase_add_test(tc, parse_respects_length);
    tcase_add_test(tc, format_then_parse);
    tcase_add_test(tc, format_random_bits);
    tcase_add_test(tc, format_random_magnitudes);
    tcase_add_test(tc, format_ties);
    tcase_add_test(tc, format_near_powers_of_ten);
    suite_add_tcase(s, tc);
    return s;
}
