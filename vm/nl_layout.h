/*
 * nl_layout.h -- the start-up probe of the process's virtual-address layout.
 *
 * Whether a pointer fits a value's 47-bit payload depends on the kernel, not
 * the architecture: x86-64 with 4-level paging keeps user space below 2^47;
 * arm64 with 48-bit VAs places the stack, mmap, heap and even PIE data at
 * 0xaaaa_... to 0xffff_...; arm64 52-bit and x86-64 5-level kernels return
 * addresses up to 2^52 / 2^56 to any mmap passing a high hint. So the probe
 * looks at real addresses in this process: the stack, static data, the C
 * heap, a fresh anonymous mapping, and mappings requested with hints above
 * 2^47 and 2^48 (unmapped again at once).
 *
 * The OS is reached through nl_LayoutOps so that tests can simulate any layout.
 */
#ifndef NL_LAYOUT_H
#define NL_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct nl_LayoutOps {
    /* Maps len bytes, inaccessible, near hint (NULL: anywhere); NULL on failure. */
    void *(*map)(void *hint, size_t len);
    void (*unmap)(void *addr, size_t len);
    size_t (*page_size)(void);
    /* Addresses the process already uses: stack, static data, C heap. */
    void (*used_addresses)(uint64_t out[3]);
} nl_LayoutOps;

enum { NL_PROBE_STACK, NL_PROBE_STATIC, NL_PROBE_CHEAP, NL_PROBE_MMAP,
       NL_PROBE_HINT47, NL_PROBE_HINT48, NL_PROBE_COUNT };

typedef struct nl_Layout {
    uint64_t addr[NL_PROBE_COUNT]; /* what each probe saw (0: nothing) */
    unsigned bits_seen;            /* widest address met without asking */
    unsigned bits_possible;        /* widest address a hinted mmap can get */
    size_t page_size;
} nl_Layout;

/* Hints above 2^47 and 2^48, off the boundaries so that an honoured hint is
 * recognisable and an ignored one is not mistaken for it. */
#define NL_PROBE_HINT47_ADDR ((UINT64_C(1) << 47) + (UINT64_C(1) << 40))
#define NL_PROBE_HINT48_ADDR ((UINT64_C(1) << 48) + (UINT64_C(1) << 40))

extern const nl_LayoutOps nl_layout_os_ops;

void nl_layout_probe(const nl_LayoutOps *ops, nl_Layout *out);

/* Can this process meet an address that does not fit 47 bits? */
static inline bool nl_layout_is_wide(const nl_Layout *l)
{
    return l->bits_seen > 47 || l->bits_possible > 47;
}

const char *nl_layout_probe_name(int probe);

#endif
