/* test_ptrbox.c -- pointer modes and lightuserdata boxing (vm/nl_ptrbox.c). */
#include <string.h>

#include "nl_ptrbox.h"
#include "suites.h"

static const nl_Layout narrow = {{0x7ffd12340000, 0x55d0aa000000, 0x55d0ab000000,
                                  0x7f1234560000, 0x7f1234550000, 0x7f1234540000},
                                 47, 47, 4096};
static const nl_Layout wide = {{0xffffd0001000, 0xaaaac0de0000, 0xaaaac0df0000,
                                0xffff9a000000, 0xffff99000000, 0xffff98000000},
                               48, 48, 16384};

static const uint64_t awkward[] = {
    0, 1, (UINT64_C(1) << 47) - 1, UINT64_C(1) << 47, 0xffff00001000, (UINT64_C(1) << 52) + 8,
    (UINT64_C(1) << 56) + 16, 0xb400007f12345670, UINT64_MAX};
#define N_AWKWARD (sizeof awkward / sizeof awkward[0])

START_TEST(auto_follows_the_layout)
{
    nl_PtrMode m;
    char err[512] = "";
    ck_assert_int_eq(nl_ptrmode_choose(&narrow, NULL, &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_DIRECT);
    ck_assert_int_eq(nl_ptrmode_choose(&narrow, "auto", &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_DIRECT);
    ck_assert_int_eq(nl_ptrmode_choose(&wide, "", &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_TABLE);
    ck_assert_str_eq(nl_ptrmode_name(NL_PTRMODE_TABLE), "table");
}
END_TEST

START_TEST(setting_overrides)
{
    nl_PtrMode m;
    char err[512] = "";
    ck_assert_int_eq(nl_ptrmode_choose(&narrow, "table", &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_TABLE);
    ck_assert_int_eq(nl_ptrmode_choose(&narrow, "direct", &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_DIRECT);
    ck_assert_int_eq(nl_ptrmode_choose(&wide, "table", &m, err, sizeof err), 0);
    ck_assert_int_eq(m, NL_PTRMODE_TABLE);
}
END_TEST

START_TEST(direct_on_a_wide_layout_is_refused)
{
    nl_PtrMode m = NL_PTRMODE_TABLE;
    char err[512] = "";
    ck_assert_int_eq(nl_ptrmode_choose(&wide, "direct", &m, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "NANLUA_PTRMODE=direct") && strstr(err, "47 bits") &&
                      strstr(err, "48-bit") && strstr(err, "stack 0xffffd0001000") &&
                      strstr(err, "auto or table"),
                  "unhelpful message: %s", err);
}
END_TEST

START_TEST(unknown_setting_is_refused)
{
    nl_PtrMode m;
    char err[512] = "";
    ck_assert_int_eq(nl_ptrmode_choose(&narrow, "fast", &m, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "'fast'") && strstr(err, "auto, direct or table"), "%s", err);
}
END_TEST

static void check_round_trips(nl_PtrMode mode)
{
    nl_PtrBox b;
    nl_ptrbox_init(&b, mode, nl_alloc_system, NULL);
    nl_Value boxed[N_AWKWARD];
    for (size_t i = 0; i < N_AWKWARD; i++) {
        ck_assert(nl_ptrbox_box(&b, awkward[i], &boxed[i]));
        ck_assert(nl_is_lightud(boxed[i]) && !nl_is_number(boxed[i]) && !nl_is_gcref(boxed[i]));
        ck_assert(nl_is_truthy(boxed[i]));
        ck_assert_uint_eq(nl_ptrbox_unbox(&b, boxed[i]), awkward[i]);
        for (size_t j = 0; j < i; j++)
            ck_assert(!nl_raw_equal(boxed[i], boxed[j]));
    }
    for (size_t i = 0; i < N_AWKWARD; i++) {
        nl_Value again;
        ck_assert(nl_ptrbox_box(&b, awkward[i], &again));
        ck_assert(nl_raw_equal(again, boxed[i]));
    }
    nl_ptrbox_destroy(&b);
}

START_TEST(awkward_pointers_round_trip_in_direct_mode) { check_round_trips(NL_PTRMODE_DIRECT); }
END_TEST

START_TEST(awkward_pointers_round_trip_in_table_mode) { check_round_trips(NL_PTRMODE_TABLE); }
END_TEST

START_TEST(direct_mode_stores_fitting_pointers_inline)
{
    nl_PtrBox b;
    nl_ptrbox_init(&b, NL_PTRMODE_DIRECT, nl_alloc_system, NULL);
    nl_Value v;
    ck_assert(nl_ptrbox_box(&b, 0x7ffd12345678, &v));
    ck_assert(nl_has_itype(v, NL_ITYPE_LUD));
    ck_assert_uint_eq(nl_payload(v), 0x7ffd12345678);
    ck_assert_uint_eq(b.table.count, 0);
    ck_assert(nl_ptrbox_box(&b, 0xffff12345678, &v));
    ck_assert(nl_has_itype(v, NL_ITYPE_LUDX));
    ck_assert_uint_eq(b.table.count, 1);
    nl_ptrbox_destroy(&b);
}
END_TEST

START_TEST(table_mode_uses_the_table_for_everything)
{
    nl_PtrBox b;
    nl_ptrbox_init(&b, NL_PTRMODE_TABLE, nl_alloc_system, NULL);
    nl_Value v;
    ck_assert(nl_ptrbox_box(&b, 0x1000, &v));
    ck_assert(nl_has_itype(v, NL_ITYPE_LUDX));
    ck_assert_uint_eq(b.table.count, 1);
    nl_ptrbox_destroy(&b);
}
END_TEST

START_TEST(many_high_pointers_in_table_mode)
{
    enum { N = 100000 };
    nl_PtrBox b;
    nl_ptrbox_init(&b, NL_PTRMODE_TABLE, nl_alloc_system, NULL);
    for (uint64_t i = 0; i < N; i++) {
        nl_Value v;
        ck_assert(nl_ptrbox_box(&b, 0xffffa00000000000u + i * 48, &v));
        ck_assert_uint_eq(nl_payload(v), i); /* fresh pointers get consecutive indices */
    }
    for (uint64_t i = 0; i < N; i += 997) {
        nl_Value v;
        ck_assert(nl_ptrbox_box(&b, 0xffffa00000000000u + i * 48, &v));
        ck_assert_uint_eq(nl_ptrbox_unbox(&b, v), 0xffffa00000000000u + i * 48);
    }
    ck_assert_uint_eq(b.table.count, N);
    nl_ptrbox_destroy(&b);
}
END_TEST

START_TEST(gc_mark_keeps_live_pointers)
{
    nl_PtrBox b;
    nl_ptrbox_init(&b, NL_PTRMODE_DIRECT, nl_alloc_system, NULL);
    nl_Value live, dead, inline_ptr;
    ck_assert(nl_ptrbox_box(&b, UINT64_MAX, &live));
    ck_assert(nl_ptrbox_box(&b, UINT64_MAX - 8, &dead));
    ck_assert(nl_ptrbox_box(&b, 0x1000, &inline_ptr));
    nl_ptrbox_mark(&b, live);
    nl_ptrbox_mark(&b, inline_ptr); /* nothing to keep: must not touch the table */
    ck_assert_uint_eq(nl_ptrtab_sweep(&b.table), 1);
    ck_assert_uint_eq(nl_ptrbox_unbox(&b, live), UINT64_MAX);
    nl_ptrbox_destroy(&b);
}
END_TEST

Suite *suite_ptrbox(void)
{
    Suite *s = suite_create("ptrbox");
    TCase *modes = tcase_create("modes");
    tcase_add_test(modes, auto_follows_the_layout);
    tcase_add_test(modes, setting_overrides);
    tcase_add_test(modes, direct_on_a_wide_layout_is_refused);
    tcase_add_test(modes, unknown_setting_is_refused);
    suite_add_tcase(s, modes);
    TCase *box = tcase_create("lightuserdata");
    tcase_set_timeout(box, 60);
    tcase_add_test(box, awkward_pointers_round_trip_in_direct_mode);
    tcase_add_test(box, awkward_pointers_round_trip_in_table_mode);
    tcase_add_test(box, direct_mode_stores_fitting_pointers_inline);
    tcase_add_test(box, table_mode_uses_the_table_for_everything);
    tcase_add_test(box, many_high_pointers_in_table_mode);
    tcase_add_test(box, gc_mark_keeps_live_pointers);
    suite_add_tcase(s, box);
    return s;
}
