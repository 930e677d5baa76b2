/*
 * nl_layout.c -- the virtual-address layout probe (see nl_layout.h).
 */
#include "nl_layout.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static void *os_map(void *hint, size_t len)
{
    void *p = mmap(hint, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void os_unmap(void *addr, size_t len) { munmap(addr, len); }

static size_t os_page_size(void) { return (size_t)sysconf(_SC_PAGESIZE); }

static int static_anchor;

static void os_used_addresses(uint64_t out[3])
{
    volatile char on_stack = 0;
    out[0] = (uint64_t)(uintptr_t)&on_stack;
    out[1] = (uint64_t)(uintptr_t)&static_anchor;
    void *heap = malloc(1);
    out[2] = (uint64_t)(uintptr_t)heap;
    free(heap);
}

const nl_LayoutOps nl_layout_os_ops = {os_map, os_unmap, os_page_size, os_used_addresses};

static unsigned bit_length(uint64_t x)
{
    return x ? 64u - (unsigned)__builtin_clzll(x) : 0;
}

/* Maps one page near hint and unmaps it again, returning where it landed. */
static uint64_t map_once(const nl_LayoutOps *ops, uint64_t hint, size_t page)
{
    void *p = ops->map((void *)(uintptr_t)hint, page);
    if (!p)
        return 0;
    ops->unmap(p, page);
    return (uint64_t)(uintptr_t)p;
}

void nl_layout_probe(const nl_LayoutOps *ops, nl_Layout *out)
{
    uint64_t used[3];
    ops->used_addresses(used);
    out->page_size = ops->page_size();
    out->addr[NL_PROBE_STACK] = used[0];
    out->addr[NL_PROBE_STATIC] = used[1];
    out->addr[NL_PROBE_CHEAP] = used[2];
    out->addr[NL_PROBE_MMAP] = map_once(ops, 0, out->page_size);
    out->addr[NL_PROBE_HINT47] = map_once(ops, NL_PROBE_HINT47_ADDR, out->page_size);
    out->addr[NL_PROBE_HINT48] = map_once(ops, NL_PROBE_HINT48_ADDR, out->page_size);

    out->bits_seen = 0;
    for (int i = NL_PROBE_STACK; i <= NL_PROBE_MMAP; i++)
        if (bit_length(out->addr[i]) > out->bits_seen)
            out->bits_seen = bit_length(out->addr[i]);
    out->bits_possible = out->bits_seen;
    for (int i = NL_PROBE_HINT47; i <= NL_PROBE_HINT48; i++)
        if (bit_length(out->addr[i]) > out->bits_possible)
            out->bits_possible = bit_length(out->addr[i]);
}

const char *nl_layout_probe_name(int probe)
{
    static const char *const names[NL_PROBE_COUNT] = {
        "stack", "static data", "C heap", "mmap", "mmap hint 2^47", "mmap hint 2^48"};
    return probe >= 0 && probe < NL_PROBE_COUNT ? names[probe] : "?";
}
