/* nl_heap.c - a lua_Alloc-style allocator over an nl_Region. */
#include "nl_heap.h"

#include <stdlib.h>
#include <string.h>

/* A chunk holds at least this many bytes (address space only: the kernel
 * backs a page once it is touched) and at least this many blocks. */
#define NL_HEAP_CHUNK_MIN ((size_t)64 << 10)
#define NL_HEAP_CHUNK_BLOCKS 8

/* Class of a size in 1..NL_HEAP_CLASS_MAX. */
static unsigned nl_heap_class_of(size_t size)
{
    size_t s = size - 1;
    unsigned b;

    if (size <= 1024)
        return (unsigned)(s >> 4);
    b = 63u - (unsigned)__builtin_clzll(s); /* 2^b <= s < 2^(b+1), b >= 10 */
    return 64 + (b - 10) * 4 + (unsigned)((s >> (b - 2)) & 3);
}

static size_t nl_heap_class_size(unsigned c)
{
    unsigned b, q;

    if (c < 64)
        return ((size_t)c + 1) << 4;
    b = 10 + (c - 64) / 4;
    q = (c - 64) % 4;
    return ((size_t)1 << b) + ((size_t)(q + 1) << (b - 2));
}

/* Size rounded up to whole pages; 0 on overflow. */
static size_t nl_heap_page_round(const nl_Heap *h, size_t size)
{
    size_t page = nl_region_page_size(h->region);

    if (size > SIZE_MAX - (page - 1))
        return 0;
    return (size + page - 1) & ~(page - 1);
}

/* Bytes a block of this size really occupies; equal slots share a block. */
static size_t nl_heap_slot(const nl_Heap *h, size_t size)
{
    if (size <= NL_HEAP_CLASS_MAX)
        return nl_heap_class_size(nl_heap_class_of(size));
    return nl_heap_page_round(h, size);
}

/* Give a class a fresh chunk; 0 on success. */
static int nl_heap_refill(nl_Heap *h, nl_HeapClass *k, size_t csize)
{
    size_t want = NL_HEAP_CHUNK_BLOCKS * csize;
    size_t bytes = nl_heap_page_round(h, want > NL_HEAP_CHUNK_MIN ? want : NL_HEAP_CHUNK_MIN);
    char *p;

    if (h->nchunks == h->chunks_cap) {
        size_t cap = h->chunks_cap ? 2 * h->chunks_cap : 32;
        nl_HeapChunk *chunks = realloc(h->chunks, cap * sizeof *chunks);
        if (chunks == NULL)
            return -1;
        h->chunks = chunks;
        h->chunks_cap = cap;
    }
    p = nl_region_alloc_pages(h->region, bytes);
    if (p == NULL)
        return -1;
    h->chunks[h->nchunks++] = (nl_HeapChunk){.base = p, .bytes = bytes};
    /* The unused tail of the previous chunk (less than csize) is dropped. */
    k->bump = p;
    k->left = bytes;
    return 0;
}

static void *nl_heap_acquire(nl_Heap *h, size_t size)
{
    nl_HeapClass *k;
    size_t csize;
    void *p;

    if (size > NL_HEAP_CLASS_MAX)
        return nl_region_alloc_pages(h->region, size);
    k = &h->classes[nl_heap_class_of(size)];
    if (k->free != NULL) {
        p = k->free;
        k->free = k->free->next;
        return p;
    }
    csize = nl_heap_class_size(nl_heap_class_of(size));
    if (k->left < csize && nl_heap_refill(h, k, csize) != 0)
        return NULL;
    p = k->bump;
    k->bump += csize;
    k->left -= csize;
    return p;
}

static void nl_heap_release(nl_Heap *h, void *p, size_t size)
{
    nl_HeapClass *k;
    nl_HeapFree *f = p;

    if (size > NL_HEAP_CLASS_MAX) {
        nl_region_free_pages(h->region, p, size);
        return;
    }
    k = &h->classes[nl_heap_class_of(size)];
    f->next = k->free;
    k->free = f;
}

static void *nl_heap_resize(nl_Heap *h, void *ptr, size_t osize, size_t nsize)
{
    size_t oslot = nl_heap_slot(h, osize), nslot = nl_heap_slot(h, nsize);
    void *p;

    if (nslot == oslot)
        return ptr;
    if (osize > NL_HEAP_CLASS_MAX && nsize > NL_HEAP_CLASS_MAX && nsize < osize) {
        /* A shrinking page run gives back its tail in place. */
        nl_region_free_pages(h->region, (char *)ptr + nslot, oslot - nslot);
        return ptr;
    }
    p = nl_heap_acquire(h, nsize);
    if (p == NULL)
        return NULL;
    memcpy(p, ptr, osize < nsize ? osize : nsize);
    nl_heap_release(h, ptr, osize);
    return p;
}

int nl_heap_init(nl_Heap *h, nl_Region *r)
{
    memset(h, 0, sizeof *h);
    h->region = r;
    /* Page runs serve large blocks, so pages must keep 16-byte alignment. */
    return nl_region_page_size(r) % 16 == 0 ? 0 : -1;
}

void nl_heap_destroy(nl_Heap *h)
{
    for (size_t i = 0; i < h->nchunks; i++)
        nl_region_free_pages(h->region, h->chunks[i].base, h->chunks[i].bytes);
    free(h->chunks);
    memset(h, 0, sizeof *h);
}

void *nl_heap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    nl_Heap *h = ud;
    void *p;

    if (nsize == 0) {
        if (ptr != NULL) {
            nl_heap_release(h, ptr, osize);
            h->in_use -= osize;
        }
        return NULL;
    }
    if (ptr == NULL) {
        p = nl_heap_acquire(h, nsize);
        if (p != NULL)
            h->in_use += nsize;
        return p;
    }
    p = nl_heap_resize(h, ptr, osize, nsize);
    if (p != NULL)
        h->in_use = h->in_use - osize + nsize;
    return p;
}

size_t nl_heap_bytes_in_use(const nl_Heap *h)
{
    return h->in_use;
}
