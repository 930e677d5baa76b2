/* test_region.c - nl_region against the real OS and against simulated kernels. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "nl_region.h"

#define MiB ((size_t)1 << 20)
#define WINDOW ((uintptr_t)1 << 47)
#define HIGH ((uintptr_t)0xffff8c2a1000)

/* ---- a simulated kernel: its addresses are recorded, never dereferenced ---- */

enum { FAKE_HONOUR, FAKE_HIGH, FAKE_SCATTER };

typedef struct { uintptr_t p; size_t len; } Call;

static struct {
    uintptr_t script[16]; /* returned first, in order (0 means failure) */
    int nscript, next;
    int after; /* what map does once the script is used up */
    int commit_fails;
    Call map[128], unmap[128], commit[128], decommit[128];
    int nmap, nunmap, ncommit, ndecommit;
} fake;

static void record(Call *calls, int *n, uintptr_t p, size_t len)
{
    ck_assert_int_lt(*n, 128);
    calls[*n] = (Call){p, len};
    (*n)++;
}

static void *fake_map(void *hint, size_t len)
{
    uintptr_t p;

    record(fake.map, &fake.nmap, (uintptr_t)hint, len);
    if (fake.next < fake.nscript)
        p = fake.script[fake.next++];
    else if (fake.after == FAKE_HONOUR)
        p = (uintptr_t)hint;
    else if (fake.after == FAKE_HIGH)
        p = HIGH + (uintptr_t)(fake.nmap - 1) * 0x10000000;
    else
        p = ((uintptr_t)1 << 40) + (uintptr_t)fake.nmap * ((uintptr_t)1 << 32);
    return (void *)p;
}

static int fake_unmap(void *p, size_t len)
{
    record(fake.unmap, &fake.nunmap, (uintptr_t)p, len);
    return 0;
}

static int fake_commit(void *p, size_t len)
{
    if (fake.commit_fails)
        return -1;
    record(fake.commit, &fake.ncommit, (uintptr_t)p, len);
    return 0;
}

static int fake_decommit(void *p, size_t len)
{
    record(fake.decommit, &fake.ndecommit, (uintptr_t)p, len);
    return 0;
}

static nl_RegionOps fake_ops(size_t page)
{
    memset(&fake, 0, sizeof fake);
    return (nl_RegionOps){fake_map, fake_unmap, fake_commit, fake_decommit, page};
}

static void script(int n, const uintptr_t *addrs)
{
    memcpy(fake.script, addrs, (size_t)n * sizeof *addrs);
    fake.nscript = n;
}

/* ---- the real OS ---- */

START_TEST(test_os_page_size)
{
    nl_Region r;
    char err[NL_REGION_ERRLEN];

    ck_assert_int_eq(nl_region_init(&r, nl_region_os_ops(), NL_REGION_WINDOW, 256 * MiB, err,
                                     sizeof err), 0);
    ck_assert_uint_eq(nl_region_page_size(&r), (size_t)sysconf(_SC_PAGESIZE));
    ck_assert_uint_eq(nl_region_os_ops()->page_size, (size_t)sysconf(_SC_PAGESIZE));
    nl_region_destroy(&r);
}
END_TEST

START_TEST(test_os_pages_below_window)
{
    static const size_t sizes[] = {1, 100, 5000, 65536, 3 * MiB + 7, 200 * MiB, 300 * MiB};
    nl_Region r;
    char err[NL_REGION_ERRLEN];
    size_t page;

    ck_assert_msg(nl_region_init(&r, nl_region_os_ops(), NL_REGION_WINDOW, 256 * MiB, err,
                                 sizeof err) == 0, "%s", err);
    page = nl_region_page_size(&r);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t len = (sizes[i] + page - 1) / page * page;
        unsigned char *p = nl_region_alloc_pages(&r, sizes[i]);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % page, 0);
        ck_assert_uint_le((uintptr_t)p + len, (uintptr_t)1 << 47);
        /* committed and zero at both ends */
        ck_assert_int_eq(p[0] | p[len - 1], 0);
        p[0] = p[len - 1] = 0xab;
    }
    nl_region_destroy(&r);
}
END_TEST

START_TEST(test_os_reuse_is_zeroed)
{
    nl_Region r;
    char err[NL_REGION_ERRLEN];
    size_t page;
    unsigned char *a, *b;

    ck_assert_msg(nl_region_init(&r, nl_region_os_ops(), NL_REGION_WINDOW, 16 * MiB, err,
                                 sizeof err) == 0, "%s", err);
    page = nl_region_page_size(&r);
    a = nl_region_alloc_pages(&r, 3 * page);
    ck_assert_ptr_nonnull(a);
    memset(a, 0x5a, 3 * page);
    nl_region_free_pages(&r, a, 3 * page);
    b = nl_region_alloc_pages(&r, 2 * page);
    ck_assert_ptr_eq(a, b);
    for (size_t i = 0; i < 2 * page; i++)
        ck_assert_uint_eq(b[i], 0);
    nl_region_destroy(&r);
}
END_TEST

/* ---- simulated kernels ---- */

START_TEST(test_ignored_hints)
{
    const uintptr_t good = (uintptr_t)0x7f12340000 << 4;
    const uintptr_t addrs[] = {HIGH, HIGH + 0x10000000, 0, HIGH + 0x20000000, good};
    nl_RegionOps ops = fake_ops(4 << 10);
    nl_Region r;
    char err[NL_REGION_ERRLEN];

    script(5, addrs);
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, 256 * MiB, err, sizeof err), 0);
    ck_assert_int_eq(fake.nmap, 5);
    ck_assert_int_eq(fake.nunmap, 3);
    ck_assert_uint_eq(fake.unmap[0].p, HIGH);
    ck_assert_uint_eq(fake.unmap[1].p, HIGH + 0x10000000);
    ck_assert_uint_eq(fake.unmap[2].p, HIGH + 0x20000000);
    for (int i = 0; i < 3; i++)
        ck_assert_uint_eq(fake.unmap[i].len, 256 * MiB);
    ck_assert_uint_eq((uintptr_t)nl_region_alloc_pages(&r, 1), good);
    nl_region_destroy(&r);
    ck_assert_int_eq(fake.nunmap, 4);
    ck_assert_uint_eq(fake.unmap[3].p, good);
}
END_TEST

START_TEST(test_only_high_addresses)
{
    nl_RegionOps ops = fake_ops(4 << 10);
    nl_Region r;
    char err[NL_REGION_ERRLEN];

    fake.after = FAKE_HIGH;
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, 256 * MiB, err, sizeof err), -1);
    ck_assert_int_gt(fake.nmap, 5);
    ck_assert_int_eq(fake.nunmap, fake.nmap);
    for (int i = 0; i < fake.nmap; i++) {
        /* hints are nonzero and leave room below the window */
        ck_assert_uint_ne(fake.map[i].p, 0);
        ck_assert_uint_le(fake.map[i].p + 256 * MiB, WINDOW);
    }
    ck_assert_ptr_nonnull(strstr(err, "nanlua: cannot reserve 256 MiB"));
    ck_assert_ptr_nonnull(strstr(err, "below 2^47"));
    ck_assert_ptr_nonnull(strstr(err, "table pointer mode"));
    ck_assert_ptr_nonnull(strstr(err, "the kernel returned 0xffff8c2a1000, 0xffff9c2a1000"));
    ck_assert_ptr_nonnull(strstr(err, "for hints 0x200000000, 0x400000000"));
    ck_assert_ptr_nonnull(strstr(err, "ulimit -v"));
    nl_region_destroy(&r); /* safe after a failed init */
    ck_assert_int_eq(fake.nunmap, fake.nmap);
}
END_TEST

START_TEST(test_small_error_buffer)
{
    nl_RegionOps ops = fake_ops(4 << 10);
    nl_Region r;
    char err[40];

    fake.after = FAKE_HIGH;
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, 256 * MiB, err, sizeof err), -1);
    ck_assert_uint_eq(strlen(err), sizeof err - 1);
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, 256 * MiB, NULL, 0), -1);
}
END_TEST

START_TEST(test_straddling_result_rejected)
{
    const size_t page = 4 << 10;
    const uintptr_t addrs[] = {WINDOW - page, WINDOW - MiB / 2, WINDOW + 8 * page, 0x1000 + 1,
                               WINDOW - MiB};
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;

    script(5, addrs);
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, MiB, NULL, 0), 0);
    /* starts inside and ends beyond; ends beyond; wholly beyond; misaligned */
    ck_assert_int_eq(fake.nunmap, 4);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(fake.unmap[i].p, addrs[i]);
    /* ending exactly at the limit is inside */
    ck_assert_uint_eq((uintptr_t)nl_region_alloc_pages(&r, MiB), WINDOW - MiB);
    nl_region_destroy(&r);
}
END_TEST

static void check_big_pages(size_t page)
{
    /* around each common page size, and past the span */
    static const size_t sizes[] = {1,         100,       (4 << 10) - 1,  4 << 10,  (4 << 10) + 1,
                                   (16 << 10) - 1, 16 << 10, (16 << 10) + 1, (64 << 10) - 1,
                                   64 << 10,  (64 << 10) + 1, 200000, 1 << 20};
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;
    void *p[sizeof sizes / sizeof sizes[0]];
    size_t n = sizeof sizes / sizeof sizes[0];

    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, MiB + 1, NULL, 0), 0);
    ck_assert_uint_eq(fake.map[0].len % page, 0);
    ck_assert_uint_ge(fake.map[0].len, MiB + 1);
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < n; i++) {
            p[i] = nl_region_alloc_pages(&r, sizes[i]);
            ck_assert_ptr_nonnull(p[i]);
            ck_assert_uint_eq((uintptr_t)p[i] % page, 0);
        }
        for (size_t i = 0; i < n; i += 2)
            nl_region_free_pages(&r, p[i], sizes[i]);
    }
    for (int i = 0; i < fake.nmap; i++) {
        ck_assert_uint_eq(fake.map[i].p % page, 0);
        ck_assert_uint_eq(fake.map[i].len % page, 0);
    }
    for (int i = 0; i < fake.ncommit; i++) {
        ck_assert_uint_eq(fake.commit[i].p % page, 0);
        ck_assert_uint_eq(fake.commit[i].len % page, 0);
        ck_assert_uint_le(fake.commit[i].p + fake.commit[i].len, WINDOW);
    }
    for (int i = 0; i < fake.ndecommit; i++) {
        ck_assert_uint_eq(fake.decommit[i].p % page, 0);
        ck_assert_uint_eq(fake.decommit[i].len % page, 0);
    }
    nl_region_destroy(&r);
}

START_TEST(test_page_16k)
{
    check_big_pages(16384);
}
END_TEST

START_TEST(test_page_64k)
{
    check_big_pages(65536);
}
END_TEST

START_TEST(test_bad_page_size)
{
    nl_RegionOps ops = fake_ops(3000);
    nl_Region r;
    char err[NL_REGION_ERRLEN];

    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, MiB, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "3000"));
    ck_assert_int_eq(fake.nmap, 0);
}
END_TEST

START_TEST(test_first_fit_and_coalescing)
{
    const size_t page = 4 << 10;
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;
    char *a, *b, *c, *d, *e;

    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, MiB, NULL, 0), 0);
    a = nl_region_alloc_pages(&r, page);
    b = nl_region_alloc_pages(&r, page);
    c = nl_region_alloc_pages(&r, page);
    d = nl_region_alloc_pages(&r, page);
    ck_assert_ptr_eq(b, a + page);
    ck_assert_ptr_eq(c, b + page);
    ck_assert_ptr_eq(d, c + page);
    nl_region_free_pages(&r, c, page);
    nl_region_free_pages(&r, a, page);
    ck_assert_uint_eq(r.nruns, 2);
    nl_region_free_pages(&r, b, page); /* joins both neighbours */
    ck_assert_uint_eq(r.nruns, 1);
    ck_assert_int_eq(fake.ndecommit, 3);
    /* too big for the run: taken from the bump pointer */
    e = nl_region_alloc_pages(&r, 4 * page);
    ck_assert_ptr_eq(e, d + page);
    /* first fit splits the run from its start */
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, 2 * page), a);
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, 1), c);
    ck_assert_uint_eq(r.nruns, 0);
    /* freeing a tail of an allocation, then the head, coalesces too */
    nl_region_free_pages(&r, e + 2 * page, 2 * page);
    nl_region_free_pages(&r, e, 2 * page);
    ck_assert_uint_eq(r.nruns, 1);
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, 4 * page), e);
    ck_assert_ptr_null(nl_region_alloc_pages(&r, 0));
    nl_region_destroy(&r);
}
END_TEST

START_TEST(test_commit_failure)
{
    const size_t page = 4 << 10;
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;
    char *a, *b;

    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, MiB, NULL, 0), 0);
    a = nl_region_alloc_pages(&r, page);
    b = nl_region_alloc_pages(&r, page);
    nl_region_free_pages(&r, a, page);
    fake.commit_fails = 1;
    ck_assert_ptr_null(nl_region_alloc_pages(&r, page));     /* from the free run */
    ck_assert_ptr_null(nl_region_alloc_pages(&r, 2 * page)); /* from the bump pointer */
    fake.commit_fails = 0;
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, page), a);
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, 2 * page), b + page);
    ck_assert_int_eq(fake.nmap, 1);
    nl_region_destroy(&r);
}
END_TEST

START_TEST(test_growth)
{
    const size_t page = 4 << 10;
    const uintptr_t far = (uintptr_t)1 << 42;
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;
    char *a, *b, *c;

    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, 4 * page, NULL, 0), 0);
    a = nl_region_alloc_pages(&r, 3 * page);
    /* honoured hint at the span's end: the span is extended in place */
    b = nl_region_alloc_pages(&r, 3 * page);
    ck_assert_ptr_eq(b, a + 3 * page);
    ck_assert_int_eq(fake.nmap, 2);
    ck_assert_uint_eq(fake.map[1].p, (uintptr_t)a + 4 * page);
    ck_assert_int_eq(r.nspans, 1);
    /* a kernel that puts the next span elsewhere in the window */
    script(1, &far);
    fake.next = 0;
    c = nl_region_alloc_pages(&r, 10 * page);
    ck_assert_uint_eq((uintptr_t)c, far);
    ck_assert_int_eq(r.nspans, 2);
    /* the old span's tail still serves small requests */
    ck_assert_ptr_eq(nl_region_alloc_pages(&r, 2 * page), b + 3 * page);
    /* a kernel that only offers high addresses: growth fails cleanly */
    fake.after = FAKE_HIGH;
    ck_assert_ptr_null(nl_region_alloc_pages(&r, 100 * page));
    ck_assert_int_eq(fake.nunmap, fake.nmap - 3);
    nl_region_destroy(&r);
}
END_TEST

START_TEST(test_span_limit)
{
    const size_t page = 4 << 10;
    nl_RegionOps ops = fake_ops(page);
    nl_Region r;

    fake.after = FAKE_SCATTER;
    ck_assert_int_eq(nl_region_init(&r, &ops, WINDOW, page, NULL, 0), 0);
    for (int i = 0; i < NL_REGION_MAX_SPANS; i++)
        ck_assert_ptr_nonnull(nl_region_alloc_pages(&r, page));
    ck_assert_int_eq(r.nspans, NL_REGION_MAX_SPANS);
    ck_assert_int_eq(fake.nunmap, 0);
    ck_assert_ptr_null(nl_region_alloc_pages(&r, page));
    ck_assert_int_eq(fake.nunmap, 1); /* the non-contiguous offer was given back */
    nl_region_destroy(&r);
    ck_assert_int_eq(fake.nunmap, 1 + NL_REGION_MAX_SPANS);
}
END_TEST

Suite *suite_region(void)
{
    Suite *s = suite_create("region");
    TCase *os = tcase_create("os");
    TCase *sim = tcase_create("simulated");

    tcase_add_test(os, test_os_page_size);
    tcase_add_test(os, test_os_pages_below_window);
    tcase_add_test(os, test_os_reuse_is_zeroed);
    tcase_add_test(sim, test_ignored_hints);
    tcase_add_test(sim, test_only_high_addresses);
    tcase_add_test(sim, test_small_error_buffer);
    tcase_add_test(sim, test_straddling_result_rejected);
    tcase_add_test(sim, test_page_16k);
    tcase_add_test(sim, test_page_64k);
    tcase_add_test(sim, test_bad_page_size);
    tcase_add_test(sim, test_first_fit_and_coalescing);
    tcase_add_test(sim, test_commit_failure);
    tcase_add_test(sim, test_growth);
    tcase_add_test(sim, test_span_limit);
    suite_add_tcase(s, os);
    suite_add_tcase(s, sim);
    return s;
}
