/*
 * nl_mem.c -- the VM's allocation entry point (see nl_mem.h).
 */
#include "nl_mem.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "nl_err.h"

/* The start-up probe chose this allocator because its blocks fit a value's
 * payload. One that does not breaks that assumption beyond repair (a resize
 * has already given up the old block), so stop and say why. */
_Noreturn static void block_outside_window(const void *q, size_t n)
{
    fprintf(stderr,
            "nanlua: assumed every GC block lies below 2^47 (the layout probe found no wider "
            "addresses), but the allocator returned 0x%" PRIxPTR "..+%zu; run with "
            "NANLUA_PTRMODE=table and report this layout\n",
            (uintptr_t)q, n);
    abort();
}

/* Would growing a block from osize to nsize pass the state's memory limit? */
static bool over_limit(const nl_Global *g, const void *p, size_t osize, size_t nsize)
{
    size_t held = g->totalbytes - (p ? osize : 0);
    return g->memlimit && nsize > (p ? osize : 0) && (nsize > g->memlimit || held > g->memlimit - nsize);
}

/* The allocator's answer; when it fails, the blocks cached below go back
 * to it and it is asked once more (a custom allocator may be at its own
 * limit). */
static void *ask_allocator(nl_Global *g, void *p, size_t osize, size_t nsize)
{
    void *q = g->gc_alloc(g->gc_ud, p, osize, nsize);
    if (!q && nsize > 0 && g->memcache_bytes > 0) {
        nl_mem_release_cache(g);
        q = g->gc_alloc(g->gc_ud, p, osize, nsize);
    }
    return q;
}

void *nl_mem_tryrealloc(lua_State *L, void *p, size_t osize, size_t nsize)
{
    nl_Global *g = L->g;
    if (over_limit(g, p, osize, nsize))
        return NULL;
    void *q = ask_allocator(g, p, osize, nsize);
    if (nsize == 0)
        q = NULL;
    else if (!q)
        return NULL;
    if (q && !nl_fits_payload((uint64_t)(uintptr_t)q + nsize))
        block_outside_window(q, nsize);
    g->totalbytes = g->totalbytes - (p ? osize : 0) + nsize;
    return q;
}

void *nl_mem_realloc(lua_State *L, void *p, size_t osize, size_t nsize)
{
    void *q = nl_mem_tryrealloc(L, p, osize, nsize);
    if (!q && nsize > 0)
        nl_err_throw(L, NL_ERRMEM);
    return q;
}

/* ---- The cache of small blocks -------------------------------------------
 *
 * Allocation-heavy code frees and allocates blocks of a few sizes (tables,
 * closures, short strings) over and over. nl_mem_free keeps such blocks on a
 * list per exact size, linked through their first word, and nl_mem_alloc
 * hands them out again: a few instructions instead of a trip through the
 * allocator. A block is only ever reused for its own size, so the allocator
 * always sees the size it allocated. Cached bytes do not count in totalbytes.
 * Sanitized builds keep nothing, so that a use after free is still caught. */

#if defined(__SANITIZE_ADDRESS__)
#define CACHE_BYTES 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CACHE_BYTES 0
#endif
#endif
#ifndef CACHE_BYTES
#define CACHE_BYTES ((size_t)1024 << 10)
#endif

_Static_assert(NL_MEMCACHE_GRAIN >= sizeof(void *), "a cached block holds its link");

static bool cacheable(size_t n)
{
    return n <= NL_MEMCACHE_MAXSIZE && n % NL_MEMCACHE_GRAIN == 0 && n > 0;
}

void *nl_mem_alloc(lua_State *L, size_t n)
{
    nl_Global *g = L->g;
    void *q = NULL;
    if (n > 0 && !over_limit(g, NULL, 0, n)) {
        if (cacheable(n) && g->memcache[n / NL_MEMCACHE_GRAIN]) {
            void **cached = &g->memcache[n / NL_MEMCACHE_GRAIN];
            q = *cached;
            *cached = *(void **)q;
            g->memcache_bytes -= n;
        } else {
            q = ask_allocator(g, NULL, 0, n);
            if (q && !nl_fits_payload((uint64_t)(uintptr_t)q + n))
                block_outside_window(q, n);
        }
    }
    if (!q)
        nl_err_throw(L, NL_ERRMEM);
    g->totalbytes += n;
    return q;
}

void nl_mem_free(lua_State *L, void *p, size_t n)
{
    nl_Global *g = L->g;
    if (!p)
        return;
    g->totalbytes -= n;
    if (cacheable(n) && g->memcache_bytes + n <= CACHE_BYTES) {
        void **cached = &g->memcache[n / NL_MEMCACHE_GRAIN];
        *(void **)p = *cached;
        *cached = p;
        g->memcache_bytes += n;
    } else {
        g->gc_alloc(g->gc_ud, p, n, 0);
    }
}

void nl_mem_release_cache(nl_Global *g)
{
    for (size_t i = 0; i < sizeof g->memcache / sizeof g->memcache[0]; i++)
        while (g->memcache[i]) {
            void *p = g->memcache[i];
            g->memcache[i] = *(void **)p;
            g->gc_alloc(g->gc_ud, p, i * NL_MEMCACHE_GRAIN, 0);
        }
    g->memcache_bytes = 0;
}

void *nl_mem_vec(lua_State *L, void *p, size_t on, size_t nn, size_t elem)
{
    if (nn > SIZE_MAX / elem)
        nl_err_throw(L, NL_ERRMEM);
    return nl_mem_realloc(L, p, on * elem, nn * elem);
}

bool nl_mem_parse_limit(const char *setting, size_t *limit)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(setting, &end, 10);
    if (end == setting || errno || *setting == '-')
        return false;
    unsigned shift = 0;
    switch (*end) {
    case 'K': case 'k': shift = 10; end++; break;
    case 'M': case 'm': shift = 20; end++; break;
    case 'G': case 'g': shift = 30; end++; break;
    default: break;
    }
    if (*end != '\0' || n > (SIZE_MAX >> shift))
        return false;
    *limit = (size_t)n << shift;
    return true;
}
