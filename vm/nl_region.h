/* nl_region.h - an address range owned by nanlua below the NaN-box window.
 *
 * In table pointer mode every GC object must have an address that fits the
 * 47-bit NaN-box payload.  A region reserves address space (PROT_NONE) with
 * mmap hints spread over the window, keeps only results that lie wholly below
 * the window limit, and commits pages on demand.  It never moves memory.
 * A region is not thread-safe; the calls below need a successful init.
 */
#ifndef NL_REGION_H
#define NL_REGION_H

#include <stddef.h>
#include <stdint.h>

/* The usual window: payload addresses are 47 bits wide. */
#define NL_REGION_WINDOW ((uintptr_t)1 << 47)
/* Most spans a region reserves; contiguous growth extends a span instead. */
#define NL_REGION_MAX_SPANS 64
/* A buffer this long holds nl_region_init's longest message. */
#define NL_REGION_ERRLEN 1024

/* Operations on the OS, injectable so tests can play a kernel.  Every call
 * is made with page-aligned addresses and lengths. */
typedef struct nl_RegionOps {
    /* Reserve len bytes PROT_NONE, near hint if the kernel likes; NULL on
     * failure.  The result may lie anywhere: the region checks it. */
    void *(*map)(void *hint, size_t len);
    int (*unmap)(void *p, size_t len);
    /* Make reserved pages readable and writable; 0 on success. */
    int (*commit)(void *p, size_t len);
    /* Give pages back but keep them reserved; 0 on success.  After a
     * successful decommit the pages must read as zero once committed again. */
    int (*decommit)(void *p, size_t len);
    size_t page_size; /* a power of two */
} nl_RegionOps;

/* Reserved address space; [base, base + used) has been handed out. */
typedef struct nl_RegionSpan {
    char *base;
    size_t len;
    size_t used;
} nl_RegionSpan;

/* A run of decommitted pages that alloc_pages may hand out again. */
typedef struct nl_RegionRun {
    char *base;
    size_t len;
} nl_RegionRun;

/* Allocated by the caller, set up by nl_region_init; fields are private. */
typedef struct nl_Region {
    const nl_RegionOps *ops;
    uintptr_t window_limit;
    size_t page;
    size_t span_bytes;
    nl_RegionSpan spans[NL_REGION_MAX_SPANS];
    int nspans;
    nl_RegionRun *runs; /* sorted by address, never adjacent (malloc'd) */
    size_t nruns, runs_cap;
} nl_Region;

/* The real operations: mmap PROT_NONE with MAP_NORESERVE, mprotect,
 * madvise(MADV_DONTNEED), and sysconf(_SC_PAGESIZE). */
const nl_RegionOps *nl_region_os_ops(void);

/* Reserve a first span of span_bytes (rounded up to pages) wholly below
 * window_limit.  Returns 0, or -1 with a message in err (if err is not NULL)
 * naming the size, the window and what the kernel returned for each hint.
 * nl_region_destroy is safe after a failed init. */
int nl_region_init(nl_Region *r, const nl_RegionOps *ops, uintptr_t window_limit,
                   size_t span_bytes, char *err, size_t errlen);

/* Unmap every span. */
void nl_region_destroy(nl_Region *r);

/* Committed, page-aligned, zero-filled memory of bytes rounded up to pages,
 * inside the window.  Reserves a new span when needed.  NULL when bytes is 0
 * or the memory cannot be had. */
void *nl_region_alloc_pages(nl_Region *r, size_t bytes);

/* Decommit pages from nl_region_alloc_pages (bytes rounded as there; any
 * page-aligned part of an allocation may be freed) for reuse. */
void nl_region_free_pages(nl_Region *r, void *p, size_t bytes);

size_t nl_region_page_size(const nl_Region *r);

#endif
