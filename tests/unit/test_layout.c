/* test_layout.c -- the address-layout probe, on this machine and on
 * simulated kernels. */
#include <unistd.h>

#include "nl_layout.h"
#include "suites.h"

/* A simulated kernel: fixed used addresses, and what mmap returns for no
 * hint, the 2^47 hint and the 2^48 hint (0: the call fails). */
typedef struct FakeKernel {
    uint64_t stack, data, cheap, plain, hint47, hint48;
    size_t page;
} FakeKernel;

static const FakeKernel *kernel;
static int live_maps;

static void *fake_map(void *hint, size_t len)
{
    ck_assert_uint_eq(len, kernel->page);
    uint64_t h = (uint64_t)(uintptr_t)hint;
    uint64_t got = h == 0                      ? kernel->plain
                   : h == NL_PROBE_HINT47_ADDR ? kernel->hint47
                   : h == NL_PROBE_HINT48_ADDR ? kernel->hint48
                                               : 0;
    if (got)
        live_maps++;
    return (void *)(uintptr_t)got;
}

static void fake_unmap(void *addr, size_t len)
{
    (void)addr;
    ck_assert_uint_eq(len, kernel->page);
    live_maps--;
}

static size_t fake_page_size(void) { return kernel->page; }

static void fake_used(uint64_t out[3])
{
    out[0] = kernel->stack;
    out[1] = kernel->data;
    out[2] = kernel->cheap;
}

static const nl_LayoutOps fake_ops = {fake_map, fake_unmap, fake_page_size, fake_used};

static nl_Layout probe_fake(const FakeKernel *k)
{
    nl_Layout l;
    kernel = k;
    live_maps = 0;
    nl_layout_probe(&fake_ops, &l);
    ck_assert_int_eq(live_maps, 0); /* every probe mapping was unmapped */
    return l;
}

START_TEST(x86_64_four_level_is_narrow)
{
    const FakeKernel k = {0x7ffd12340000, 0x55d0aa000000, 0x55d0ab000000, 0x7f1234560000,
                          0x7f1234550000, 0x7f1234540000, 4096};
    nl_Layout l = probe_fake(&k);
    ck_assert_uint_eq(l.bits_seen, 47);
    ck_assert_uint_eq(l.bits_possible, 47);
    ck_assert(!nl_layout_is_wide(&l));
    ck_assert_uint_eq(l.page_size, 4096);
}
END_TEST

START_TEST(arm64_48_bit_is_wide_without_hints)
{
    const FakeKernel k = {0xffffd0001000, 0xaaaac0de0000, 0xaaaac0df0000, 0xffff9a000000,
                          0xffff99000000, 0xffff98000000, 16384};
    nl_Layout l = probe_fake(&k);
    ck_assert_uint_eq(l.bits_seen, 48);
    ck_assert(nl_layout_is_wide(&l));
    ck_assert_uint_eq(l.page_size, 16384);
    ck_assert_uint_eq(l.addr[NL_PROBE_STACK], 0xffffd0001000);
}
END_TEST

START_TEST(arm64_52_bit_is_wide_through_hints)
{
    const FakeKernel k = {0xffffd0001000, 0xaaaac0de0000, 0xaaaac0df0000, 0xffff9a000000,
                          NL_PROBE_HINT47_ADDR, NL_PROBE_HINT48_ADDR, 65536};
    nl_Layout l = probe_fake(&k);
    ck_assert_uint_eq(l.bits_seen, 48);
    ck_assert_uint_eq(l.bits_possible, 49);
    ck_assert(nl_layout_is_wide(&l));
}
END_TEST

START_TEST(x86_64_five_level_is_wide_only_through_hints)
{
    /* LA57 keeps unhinted addresses below 2^47 but honours high hints. */
    const FakeKernel k = {0x7ffd12340000, 0x55d0aa000000, 0x55d0ab000000, 0x7f1234560000,
                          NL_PROBE_HINT47_ADDR, NL_PROBE_HINT48_ADDR, 4096};
    nl_Layout l = probe_fake(&k);
    ck_assert_uint_eq(l.bits_seen, 47);
    ck_assert_uint_eq(l.bits_possible, 49);
    ck_assert(nl_layout_is_wide(&l));
}
END_TEST

START_TEST(failed_mappings_are_ignored)
{
    const FakeKernel k = {0x7ffd12340000, 0x55d0aa000000, 0x55d0ab000000, 0, 0, 0, 4096};
    nl_Layout l = probe_fake(&k);
    ck_assert_uint_eq(l.addr[NL_PROBE_MMAP], 0);
    ck_assert_uint_eq(l.bits_possible, 47);
    ck_assert(!nl_layout_is_wide(&l));
}
END_TEST

START_TEST(this_machine)
{
    nl_Layout l;
    nl_layout_probe(&nl_layout_os_ops, &l);
    ck_assert_uint_eq(l.page_size, (size_t)sysconf(_SC_PAGESIZE));
    for (int i = NL_PROBE_STACK; i <= NL_PROBE_MMAP; i++)
        ck_assert_uint_ne(l.addr[i], 0);
    ck_assert_uint_ge(l.bits_seen, 32);
    ck_assert_uint_le(l.bits_seen, 64);
    ck_assert_uint_ge(l.bits_possible, l.bits_seen);
}
END_TEST

Suite *suite_layout(void)
{
    Suite *s = suite_create("layout");
    TCase *tc = tcase_create("probe");
    tcase_add_test(tc, x86_64_four_level_is_narrow);
    tcase_add_test(tc, arm64_48_bit_is_wide_without_hints);
    tcase_add_test(tc, arm64_52_bit_is_wide_through_hints);
    tcase_add_test(tc, x86_64_five_level_is_wide_only_through_hints);
    tcase_add_test(tc, failed_mappings_are_ignored);
    tcase_add_test(tc, this_machine);
    suite_add_tcase(s, tc);
    return s;
}
