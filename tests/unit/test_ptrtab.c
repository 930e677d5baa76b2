/* test_ptrtab.c -- the out-of-band pointer table (vm/nl_ptrtab.c). */
#include <stdlib.h>

#include "nl_ptrtab.h"
#include "nl_value.h"
#include "suites.h"

#define MANY 100000

static const uint64_t awkward[] = {
    0, 1, (UINT64_C(1) << 47) - 1, UINT64_C(1) << 47, 0xffff00001000, (UINT64_C(1) << 52) + 8,
    (UINT64_C(1) << 56) + 16, 0xb400007f12345670, UINT64_MAX, UINT64_MAX - 1};

/* A pseudo-random, repeatable 64-bit sequence (splitmix64). */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

START_TEST(same_pointer_same_index)
{
    nl_PtrTab t;
    nl_ptrtab_init(&t, nl_alloc_system, NULL);
    uint64_t idx[sizeof awkward / sizeof awkward[0]];
    for (size_t i = 0; i < sizeof awkward / sizeof awkward[0]; i++) {
        ck_assert(nl_ptrtab_intern(&t, awkward[i], &idx[i]));
        ck_assert(nl_fits_payload(idx[i]));
        for (size_t j = 0; j < i; j++)
            ck_assert_uint_ne(idx[i], idx[j]);
    }
    for (size_t i = 0; i < sizeof awkward / sizeof awkward[0]; i++) {
        uint64_t again;
        ck_assert(nl_ptrtab_intern(&t, awkward[i], &again));
        ck_assert_uint_eq(again, idx[i]);
        ck_assert_uint_eq(nl_ptrtab_get(&t, idx[i]), awkward[i]);
    }
    ck_assert_uint_eq(t.count, sizeof awkward / sizeof awkward[0]);
    nl_ptrtab_destroy(&t);
}
END_TEST

START_TEST(many_distinct_high_pointers)
{
    nl_PtrTab t;
    nl_ptrtab_init(&t, nl_alloc_system, NULL);
    uint64_t *ptrs = malloc(MANY * sizeof *ptrs), *idx = malloc(MANY * sizeof *idx);
    uint64_t rng = 42;
    for (size_t i = 0; i < MANY; i++) {
        /* half in arm64's 0xffff_... range 16 bytes apart, half anywhere */
        ptrs[i] = i % 2 ? 0xffff000000000000u + 16 * i : next_random(&rng) | (UINT64_C(1) << 63);
        ck_assert(nl_ptrtab_intern(&t, ptrs[i], &idx[i]));
    }
    ck_assert_uint_eq(t.count, MANY);
    for (size_t i = 0; i < MANY; i++) {
        uint64_t again;
        ck_assert_uint_eq(nl_ptrtab_get(&t, idx[i]), ptrs[i]);
        ck_assert(nl_ptrtab_intern(&t, ptrs[i], &again));
        ck_assert_uint_eq(again, idx[i]);
    }
    ck_assert_uint_eq(t.count, MANY); /* no duplicates were added */
    free(ptrs);
    free(idx);
    nl_ptrtab_destroy(&t);
}
END_TEST

START_TEST(sweep_drops_unmarked_and_reuses_indices)
{
    nl_PtrTab t;
    nl_ptrtab_init(&t, nl_alloc_system, NULL);
    enum { N = 5000 };
    uint64_t idx[N];
    for (uint64_t i = 0; i < N; i++)
        ck_assert(nl_ptrtab_intern(&t, 0xfffe000000000000u + i * 64, &idx[i]));
    for (uint64_t i = 0; i < N; i += 3)
        nl_ptrtab_mark(&t, idx[i]);
    size_t kept = (N + 2) / 3;
    ck_assert_uint_eq(nl_ptrtab_sweep(&t), N - kept);
    ck_assert_uint_eq(t.count, kept);
    /* Survivors keep their index and are still found after the removals. */
    for (uint64_t i = 0; i < N; i += 3) {
        uint64_t again;
        ck_assert(nl_ptrtab_intern(&t, 0xfffe000000000000u + i * 64, &again));
        ck_assert_uint_eq(again, idx[i]);
    }
    ck_assert_uint_eq(t.count, kept);
    /* New pointers reuse freed indices instead of growing the table. */
    size_t top = t.top;
    for (uint64_t i = 0; i < N - kept; i++) {
        uint64_t fresh;
        ck_assert(nl_ptrtab_intern(&t, 0x1000 + i * 8, &fresh));
        ck_assert_uint_lt(fresh, top);
    }
    ck_assert_uint_eq(t.top, top);
    /* Marks were cleared: an unmarked second sweep drops everything. */
    ck_assert_uint_eq(nl_ptrtab_sweep(&t), N);
    ck_assert_uint_eq(t.count, 0);
    nl_ptrtab_destroy(&t);
}
END_TEST

/* An allocator that fails once its budget of calls runs out. */
static int budget;
static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    if (nsize != 0 && budget-- <= 0)
        return NULL;
    return nl_alloc_system(ud, ptr, osize, nsize);
}

START_TEST(out_of_memory_leaves_table_usable)
{
    for (int limit = 0; limit < 12; limit++) {
        nl_PtrTab t;
        budget = limit;
        nl_ptrtab_init(&t, limited_alloc, NULL);
        uint64_t n = 0, index;
        while (n < 1000 && nl_ptrtab_intern(&t, 0xffff800000000000u + n, &index))
            n++;
        ck_assert_uint_lt(n, 1000); /* the budget ran out somewhere */
        ck_assert_uint_eq(t.count, n);
        budget = 1000;
        for (uint64_t i = 0; i < n; i++) {
            ck_assert(nl_ptrtab_intern(&t, 0xffff800000000000u + i, &index));
            ck_assert_uint_eq(nl_ptrtab_get(&t, index), 0xffff800000000000u + i);
        }
        ck_assert_uint_eq(t.count, n);
        nl_ptrtab_destroy(&t);
    }
}
END_TEST

Suite *suite_ptrtab(void)
{
    Suite *s = suite_create("ptrtab");
    TCase *tc = tcase_create("table");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, same_pointer_same_index);
    tcase_add_test(tc, many_distinct_high_pointers);
    tcase_add_test(tc, sweep_drops_unmarked_and_reuses_indices);
    tcase_add_test(tc, out_of_memory_leaves_table_usable);
    suite_add_tcase(s, tc);
    return s;
}
