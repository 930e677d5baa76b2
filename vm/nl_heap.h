/* nl_heap.h - a lua_Alloc-style allocator over an nl_Region.
 *
 * Blocks carry no headers: like Lua's allocator contract, every call passes
 * the block's true size.  Sizes up to NL_HEAP_CLASS_MAX are served from size
 * classes (16-byte steps up to 1 KiB, then four steps per doubling) carved
 * from chunks of region pages; larger sizes get whole page runs.  Every block
 * is 16-byte aligned and lies inside the region's window.
 */
#ifndef NL_HEAP_H
#define NL_HEAP_H

#include <stddef.h>

#include "nl_region.h"

/* Largest size served by a size class. */
#define NL_HEAP_CLASS_MAX ((size_t)32 << 10)
/* 64 classes of 16 bytes up to 1 KiB, then 4 per doubling up to 32 KiB. */
#define NL_HEAP_NCLASSES (64 + 5 * 4)

typedef struct nl_HeapFree {
    struct nl_HeapFree *next;
} nl_HeapFree;

typedef struct nl_HeapClass {
    nl_HeapFree *free; /* freed blocks of this class */
    char *bump;        /* uncarved rest of the newest chunk */
    size_t left;       /* bytes at bump */
} nl_HeapClass;

typedef struct nl_HeapChunk {
    void *base;
    size_t bytes;
} nl_HeapChunk;

/* Allocated by the caller, set up by nl_heap_init; fields are private. */
typedef struct nl_Heap {
    nl_Region *region;
    nl_HeapClass classes[NL_HEAP_NCLASSES];
    nl_HeapChunk *chunks; /* every chunk, for destroy (malloc'd) */
    size_t nchunks, chunks_cap;
    size_t in_use;
} nl_Heap;

/* Returns 0, or -1 if the region's pages cannot hold 16-aligned blocks. */
int nl_heap_init(nl_Heap *h, nl_Region *r);

/* Give every chunk back to the region.  Large blocks still live are not
 * tracked and stay with the region until it is destroyed. */
void nl_heap_destroy(nl_Heap *h);

/* The lua_Alloc contract, ud being the nl_Heap: nsize 0 frees ptr and
 * returns NULL; ptr NULL allocates nsize bytes (osize is ignored); otherwise
 * resizes from osize to nsize keeping min(osize, nsize) bytes.  NULL on
 * failure, leaving the old block intact. */
void *nl_heap_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* Sum of the sizes asked for of the blocks now allocated. */
size_t nl_heap_bytes_in_use(const nl_Heap *h);

#endif
