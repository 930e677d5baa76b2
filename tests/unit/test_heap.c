/* test_heap.c - nl_heap checked against a shadow record of live blocks. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "nl_heap.h"
#include "nl_region.h"

#define MiB ((size_t)1 << 20)

/* ---- kernels ---- */

/* The real OS, except that commit fails while commit_fails is set. */
static int commit_fails;

static int failing_commit(void *p, size_t len)
{
    return commit_fails ? -1 : nl_region_os_ops()->commit(p, len);
}

/* The real OS pretending its pages are big_page bytes: reservations are
 * trimmed to big_page alignment, and every other call is a multiple of it. */
static size_t big_page;

static void *big_map(void *hint, size_t len)
{
    const nl_RegionOps *os = nl_region_os_ops();
    char *p = os->map(hint, len + big_page);
    char *q;

    if (p == NULL)
        return NULL;
    q = (char *)(((uintptr_t)p + big_page - 1) & ~(uintptr_t)(big_page - 1));
    if (q > p)
        os->unmap(p, (size_t)(q - p));
    os->unmap(q + len, (size_t)(p + big_page - q));
    return q;
}

static nl_RegionOps real_ops_with(int (*commit)(void *, size_t), void *(*map)(void *, size_t),
                                  size_t page)
{
    nl_RegionOps ops = *nl_region_os_ops();

    if (commit != NULL)
        ops.commit = commit;
    if (map != NULL)
        ops.map = map;
    if (page != 0)
        ops.page_size = page;
    return ops;
}

static void open_heap(nl_Region *r, nl_Heap *h, const nl_RegionOps *ops, size_t span)
{
    char err[NL_REGION_ERRLEN];

    ck_assert_msg(nl_region_init(r, ops, NL_REGION_WINDOW, span, err, sizeof err) == 0, "%s",
                  err);
    ck_assert_int_eq(nl_heap_init(h, r), 0);
}

static void close_heap(nl_Region *r, nl_Heap *h)
{
    nl_heap_destroy(h);
    nl_region_destroy(r);
}

/* ---- shadow record ---- */

static uint64_t rng_state;

static uint64_t rng(void)
{
    /* xorshift64*, fixed seed per test */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

/* Sizes 1..64 KiB, about as many in each power of two. */
static size_t random_size(void)
{
    unsigned bits = (unsigned)(rng() % 17);
    return 1 + (size_t)(rng() % ((uint64_t)1 << bits));
}

typedef struct {
    unsigned char *p;
    size_t size;
    unsigned char seed;
} Live;

static unsigned char pattern(unsigned char seed, size_t i)
{
    return (unsigned char)(seed + i * 131 + (i >> 8));
}

static void fill(Live *b)
{
    for (size_t i = 0; i < b->size; i++)
        b->p[i] = pattern(b->seed, i);
}

static void verify(const Live *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (b->p[i] != pattern(b->seed, i))
            ck_abort_msg("block %p (size %zu) corrupted at byte %zu", (void *)b->p, b->size, i);
}

/* A new or moved block: aligned, in the window, overlapping no other. */
static void check_placement(const Live *live, size_t n, size_t self)
{
    const Live *b = &live[self];
    uintptr_t lo = (uintptr_t)b->p, hi = lo + b->size;

    ck_assert_uint_eq(lo % 16, 0);
    ck_assert_uint_le(hi, (uintptr_t)1 << 47);
    for (size_t i = 0; i < n; i++) {
        uintptr_t olo = (uintptr_t)live[i].p;
        if (i == self || live[i].p == NULL)
            continue;
        if (lo < olo + live[i].size && olo < hi)
            ck_abort_msg("blocks %zu and %zu overlap", self, i);
    }
}

#define NLIVE 1000

static void stress(const nl_RegionOps *ops, int nops, uint64_t seed)
{
    static Live live[NLIVE];
    nl_Region r;
    nl_Heap h;
    size_t expect = 0;

    memset(live, 0, sizeof live);
    rng_state = seed;
    open_heap(&r, &h, ops, 64 * MiB);
    for (int op = 0; op < nops; op++) {
        Live *b = &live[rng() % NLIVE];
        unsigned what = (unsigned)(rng() % 3);

        if (b->p == NULL) {
            b->size = random_size();
            b->seed = (unsigned char)rng();
            b->p = nl_heap_alloc(&h, NULL, 0, b->size);
            ck_assert_ptr_nonnull(b->p);
            expect += b->size;
            check_placement(live, NLIVE, (size_t)(b - live));
            fill(b);
        } else if (what == 0) {
            verify(b, b->size);
            ck_assert_ptr_null(nl_heap_alloc(&h, b->p, b->size, 0));
            expect -= b->size;
            b->p = NULL;
        } else {
            size_t nsize = what == 1 ? random_size() : b->size + rng() % 64;
            size_t keep = nsize < b->size ? nsize : b->size;
            unsigned char *p = nl_heap_alloc(&h, b->p, b->size, nsize);
            ck_assert_ptr_nonnull(p);
            b->p = p;
            verify(b, keep);
            expect = expect - b->size + nsize;
            b->size = nsize;
            b->seed = (unsigned char)rng();
            check_placement(live, NLIVE, (size_t)(b - live));
            fill(b);
        }
        ck_assert_uint_eq(nl_heap_bytes_in_use(&h), expect);
    }
    for (size_t i = 0; i < NLIVE; i++) {
        if (live[i].p == NULL)
            continue;
        verify(&live[i], live[i].size);
        nl_heap_alloc(&h, live[i].p, live[i].size, 0);
    }
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), 0);
    close_heap(&r, &h);
}

/* ---- tests ---- */

START_TEST(test_stress_os)
{
    stress(nl_region_os_ops(), 100000, 0x6e616e6c7561ull);
}
END_TEST

START_TEST(test_stress_16k_pages)
{
    nl_RegionOps ops = real_ops_with(NULL, big_map, big_page = 16384);

    stress(&ops, 30000, 16384);
}
END_TEST

START_TEST(test_stress_64k_pages)
{
    nl_RegionOps ops = real_ops_with(NULL, big_map, big_page = 65536);

    stress(&ops, 30000, 65536);
}
END_TEST

START_TEST(test_every_small_size)
{
    nl_Region r;
    nl_Heap h;
    Live b[3];

    open_heap(&r, &h, nl_region_os_ops(), 16 * MiB);
    for (size_t size = 1; size <= 3 * NL_HEAP_CLASS_MAX; size += size < 2100 ? 1 : 97) {
        for (size_t j = 0; j < 3; j++) {
            b[j] = (Live){nl_heap_alloc(&h, NULL, 0, size), size, (unsigned char)(size + j)};
            ck_assert_ptr_nonnull(b[j].p);
            check_placement(b, j + 1, j);
            fill(&b[j]);
        }
        for (size_t j = 0; j < 3; j++) {
            verify(&b[j], size);
            nl_heap_alloc(&h, b[j].p, size, 0);
        }
    }
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), 0);
    close_heap(&r, &h);
}
END_TEST

START_TEST(test_realloc_in_place)
{
    nl_Region r;
    nl_Heap h;
    size_t page;
    Live b;
    unsigned char *p;

    open_heap(&r, &h, nl_region_os_ops(), 16 * MiB);
    page = nl_region_page_size(&r);
    b = (Live){nl_heap_alloc(&h, NULL, 0, 20), 20, 7};
    fill(&b);
    /* same class: same block */
    ck_assert_ptr_eq(nl_heap_alloc(&h, b.p, 20, 32), b.p);
    ck_assert_ptr_eq(nl_heap_alloc(&h, b.p, 32, 17), b.p);
    verify(&b, 17);
    p = nl_heap_alloc(&h, b.p, 17, 33);
    ck_assert_ptr_ne(p, b.p);
    b.p = p;
    verify(&b, 17);
    nl_heap_alloc(&h, b.p, 33, 0);
    /* same page count: same run; shrinking a run keeps its head in place */
    b = (Live){nl_heap_alloc(&h, NULL, 0, 20 * page + 1), 20 * page + 1, 9};
    fill(&b);
    ck_assert_ptr_eq(nl_heap_alloc(&h, b.p, b.size, 21 * page), b.p);
    ck_assert_ptr_eq(nl_heap_alloc(&h, b.p, 21 * page, 20 * page + 1), b.p);
    ck_assert_ptr_eq(nl_heap_alloc(&h, b.p, b.size, NL_HEAP_CLASS_MAX + 1), b.p);
    b.size = NL_HEAP_CLASS_MAX + 1;
    verify(&b, b.size);
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), b.size);
    /* the freed tail is reused by the next run of that size */
    p = nl_heap_alloc(&h, NULL, 0, 10 * page);
    ck_assert_ptr_eq(p, b.p + (NL_HEAP_CLASS_MAX + page) / page * page);
    nl_heap_alloc(&h, p, 10 * page, 0);
    nl_heap_alloc(&h, b.p, b.size, 0);
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), 0);
    close_heap(&r, &h);
}
END_TEST

START_TEST(test_failing_region)
{
    nl_RegionOps ops = real_ops_with(failing_commit, NULL, 0);
    nl_Region r;
    nl_Heap h;
    Live small, large, extra[1000];
    size_t in_use, n = 0;
    unsigned char *p;

    commit_fails = 0;
    open_heap(&r, &h, &ops, 4 * MiB);
    small = (Live){nl_heap_alloc(&h, NULL, 0, 100), 100, 1};
    large = (Live){nl_heap_alloc(&h, NULL, 0, 100000), 100000, 2};
    ck_assert_ptr_nonnull(small.p);
    ck_assert_ptr_nonnull(large.p);
    fill(&small);
    fill(&large);
    in_use = nl_heap_bytes_in_use(&h);

    commit_fails = 1;
    ck_assert_ptr_null(nl_heap_alloc(&h, NULL, 0, 700));    /* class without a chunk */
    ck_assert_ptr_null(nl_heap_alloc(&h, NULL, 0, 200000)); /* page run */
    ck_assert_ptr_null(nl_heap_alloc(&h, small.p, 100, 900));
    ck_assert_ptr_null(nl_heap_alloc(&h, large.p, 100000, 300000));
    ck_assert_ptr_null(nl_heap_alloc(&h, large.p, 100000, 20));
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), in_use);
    verify(&small, small.size);
    verify(&large, large.size);
    /* the class's chunk still serves until it runs dry */
    while ((p = nl_heap_alloc(&h, NULL, 0, 100)) != NULL) {
        ck_assert_uint_lt(n, 1000);
        extra[n] = (Live){p, 100, (unsigned char)n};
        fill(&extra[n++]);
    }
    ck_assert_uint_gt(n, 0);
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), in_use + 100 * n);

    commit_fails = 0;
    p = nl_heap_alloc(&h, large.p, 100000, 300000);
    ck_assert_ptr_nonnull(p);
    large = (Live){p, 300000, 2};
    verify(&large, 100000);
    p = nl_heap_alloc(&h, small.p, 100, 900);
    ck_assert_ptr_nonnull(p);
    small.p = p;
    verify(&small, 100);
    for (size_t i = 0; i < n; i++) {
        verify(&extra[i], 100);
        nl_heap_alloc(&h, extra[i].p, 100, 0);
    }
    nl_heap_alloc(&h, small.p, 900, 0);
    nl_heap_alloc(&h, large.p, 300000, 0);
    ck_assert_uint_eq(nl_heap_bytes_in_use(&h), 0);
    close_heap(&r, &h);
}
END_TEST

START_TEST(test_destroy_returns_chunks)
{
    nl_Region r;
    nl_Heap h;
    size_t handed_out = 0, free_bytes = 0;

    open_heap(&r, &h, nl_region_os_ops(), 16 * MiB);
    for (size_t size = 16; size <= NL_HEAP_CLASS_MAX; size += 16)
        ck_assert_ptr_nonnull(nl_heap_alloc(&h, NULL, 0, size));
    nl_heap_destroy(&h);
    /* every page the region handed out is free again */
    for (int i = 0; i < r.nspans; i++)
        handed_out += r.spans[i].used;
    for (size_t i = 0; i < r.nruns; i++)
        free_bytes += r.runs[i].len;
    ck_assert_uint_gt(handed_out, 0);
    ck_assert_uint_eq(free_bytes, handed_out);
    ck_assert_uint_le(r.nruns, (size_t)r.nspans);
    ck_assert_int_eq(nl_heap_init(&h, &r), 0);
    ck_assert_ptr_nonnull(nl_heap_alloc(&h, NULL, 0, 24));
    close_heap(&r, &h);
}
END_TEST

Suite *suite_heap(void)
{
    Suite *s = suite_create("heap");
    TCase *tc = tcase_create("heap");

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_stress_os);
    tcase_add_test(tc, test_stress_16k_pages);
    tcase_add_test(tc, test_stress_64k_pages);
    tcase_add_test(tc, test_every_small_size);
    tcase_add_test(tc, test_realloc_in_place);
    tcase_add_test(tc, test_failing_region);
    tcase_add_test(tc, test_destroy_returns_chunks);
    suite_add_tcase(s, tc);
    return s;
}
