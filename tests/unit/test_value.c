/* test_value.c -- the NaN-boxed encoding (vm/nl_value.h). */
#include <float.h>
#include <math.h>

#include "nl_value.h"
#include "suites.h"

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

START_TEST(nil_false_true)
{
    ck_assert(nl_is_nil(NL_NIL));
    ck_assert(nl_is_falsy(NL_NIL) && nl_is_falsy(NL_FALSE));
    ck_assert(nl_is_truthy(NL_TRUE));
    ck_assert(nl_is_bool(NL_FALSE) && nl_is_bool(NL_TRUE) && !nl_is_bool(NL_NIL));
    ck_assert(nl_box_bool(true) == NL_TRUE && nl_box_bool(false) == NL_FALSE);
    ck_assert(!nl_is_number(NL_NIL) && !nl_is_number(NL_FALSE) && !nl_is_number(NL_TRUE));
    ck_assert(nl_is_truthy(nl_box_number(0.0))); /* 0 is true in Lua */
    unsigned char nils[16];
    memset(nils, 0xff, sizeof nils);
    nl_Value v;
    memcpy(&v, nils, sizeof v);
    ck_assert(nl_is_nil(v));
}
END_TEST

static const double special_doubles[] = {
    0.0, 1.0, -1.0, 0.5, 3.141592653589793, 1e308, -1e-308, DBL_MAX, -DBL_MAX, DBL_MIN,
    DBL_TRUE_MIN, -DBL_TRUE_MIN, 2.2250738585072009e-308 /* largest denormal */,
    HUGE_VAL, -HUGE_VAL, 9007199254740993.0, -0.0};

START_TEST(doubles_round_trip_bit_exact)
{
    for (size_t i = 0; i < sizeof special_doubles / sizeof special_doubles[0]; i++) {
        double d = special_doubles[i];
        nl_Value v = nl_box_number(d);
        ck_assert_msg(nl_is_number(v), "%a boxed as a non-number", d);
        ck_assert(!nl_is_gcref(v) && !nl_is_lightud(v) && nl_is_truthy(v));
        double back = nl_number(v);
        ck_assert_mem_eq(&back, &d, sizeof d); /* keeps -0.0 and every bit */
        ck_assert(nl_number_from_outside(d) == v);
    }
    ck_assert(signbit(nl_number(nl_box_number(-0.0))));
}
END_TEST

/* A NaN from outside whose bits spell every tag, with assorted payloads,
 * must come in as the canonical NaN, never as a tagged value. */
START_TEST(outside_nans_with_tag_payloads_become_numbers)
{
    static const uint64_t payloads[] = {0, 1, 0x5555555555555555 & NL_PAYLOAD_MASK,
                                        NL_PAYLOAD_MASK, 0x123456789a};
    for (uint32_t itype = NL_ITYPE_NUMMAX + 1; itype <= NL_ITYPE_NIL; itype++) {
        for (size_t p = 0; p < sizeof payloads / sizeof payloads[0]; p++) {
            uint64_t bits = NL_BOXED(itype) | payloads[p];
            double d = from_bits(bits);
            ck_assert(isnan(d));
            nl_Value v = nl_number_from_outside(d);
            ck_assert_msg(nl_is_number(v), "NaN 0x%016llx read as a tag",
                          (unsigned long long)bits);
            ck_assert(v == NL_CANONICAL_NAN);
            ck_assert(isnan(nl_number(v)));
        }
    }
    /* Every NaN payload class: quiet and signalling, both signs. */
    static const uint64_t classes[] = {0x7ff8000000000000, 0x7ff0000000000001,
                                       0x7fffffffffffffff, 0xfff0000000000001,
                                       0xfff8000000000000, 0xfff7ffffffffffff,
                                       0xffffffffffffffff, 0x7ff4000000000000};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        nl_Value v = nl_number_from_outside(from_bits(classes[i]));
        ck_assert(v == NL_CANONICAL_NAN);
    }
}
END_TEST

static volatile double vzero = 0.0, vone = 1.0;

/* The VM does not canonicalise its own arithmetic: the NaNs the hardware
 * makes from canonical operands must already read as numbers. */
START_TEST(hardware_nans_are_numbers)
{
    double nan = vzero / vzero, inf = vone / vzero;
    double canonical = nl_number(NL_CANONICAL_NAN);
    const double results[] = {nan, -nan, inf - inf, inf * vzero, sqrt(-vone), fmod(vone, vzero),
                              nan + vone, canonical * 2, -canonical, fabs(nan), pow(-vone, 0.5),
                              log(-vone), canonical - nan};
    for (size_t i = 0; i < sizeof results / sizeof results[0]; i++) {
        ck_assert(isnan(results[i]));
        ck_assert_msg(nl_is_number(nl_box_number(results[i])), "hardware NaN #%zu is tagged", i);
    }
}
END_TEST

static const uint32_t gc_itypes[] = {NL_ITYPE_STRING, NL_ITYPE_UPVAL,  NL_ITYPE_THREAD,
                                     NL_ITYPE_PROTO,  NL_ITYPE_FUNC,   NL_ITYPE_CDATA,
                                     NL_ITYPE_TABLE,  NL_ITYPE_USERDATA};

START_TEST(gc_references_round_trip)
{
    static const uint64_t addrs[] = {0x10, 0x1000, 0x55d0c0ffee10, 0x7ffdd0000000,
                                     NL_PAYLOAD_MASK & ~UINT64_C(15)};
    for (size_t t = 0; t < sizeof gc_itypes / sizeof gc_itypes[0]; t++) {
        for (size_t a = 0; a < sizeof addrs / sizeof addrs[0]; a++) {
            nl_Value v = nl_box_gcref(gc_itypes[t], (void *)(uintptr_t)addrs[a]);
            ck_assert(nl_has_itype(v, gc_itypes[t]));
            ck_assert(nl_is_gcref(v) && !nl_is_number(v) && !nl_is_lightud(v));
            ck_assert(nl_is_truthy(v) && !nl_is_nil(v) && !nl_is_bool(v));
            ck_assert_ptr_eq(nl_gcref(v), (void *)(uintptr_t)addrs[a]);
        }
    }
}
END_TEST

START_TEST(type_tests_are_disjoint)
{
    const nl_Value samples[] = {NL_NIL, NL_FALSE, NL_TRUE, nl_box_number(2.5),
                                nl_box_lud_direct(0x1234), nl_box_lud_index(7),
                                nl_box_gcref(NL_ITYPE_TABLE, (void *)0x1000)};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        nl_Value v = samples[i];
        int kinds = nl_is_nil(v) + nl_is_bool(v) + nl_is_number(v) + nl_is_lightud(v) +
                    nl_is_gcref(v);
        ck_assert_int_eq(kinds, 1);
    }
}
END_TEST

START_TEST(raw_equality)
{
    nl_Value nan = NL_CANONICAL_NAN;
    ck_assert(!nl_raw_equal(nan, nan)); /* NaN ~= NaN */
    ck_assert(nl_raw_equal(nl_box_number(0.0), nl_box_number(-0.0)));
    ck_assert(nl_raw_equal(nl_box_number(1.0), nl_box_number(1.0)));
    ck_assert(!nl_raw_equal(nl_box_number(1.0), NL_TRUE));
    ck_assert(!nl_raw_equal(NL_NIL, NL_FALSE));
    ck_assert(!nl_raw_equal(nl_box_gcref(NL_ITYPE_TABLE, (void *)0x1000),
                            nl_box_gcref(NL_ITYPE_USERDATA, (void *)0x1000)));
    ck_assert(nl_raw_equal(nl_box_gcref(NL_ITYPE_TABLE, (void *)0x1000),
                           nl_box_gcref(NL_ITYPE_TABLE, (void *)0x1000)));
}
END_TEST

Suite *suite_value(void)
{
    Suite *s = suite_create("value");
    TCase *tc = tcase_create("encoding");
    tcase_add_test(tc, nil_false_true);
    tcase_add_test(tc, doubles_round_trip_bit_exact);
    tcase_add_test(tc, outside_nans_with_tag_payloads_become_numbers);
    tcase_add_test(tc, hardware_nans_are_numbers);
    tcase_add_test(tc, gc_references_round_trip);
    tcase_add_test(tc, type_tests_are_disjoint);
    tcase_add_test(tc, raw_equality);
    suite_add_tcase(s, tc);
    return s;
}
