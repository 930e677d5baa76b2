/*
 * nl_mem.c -- the VM's allocation entry point (see nl_mem.h).
 */
#include "nl_mem.h"

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

void *nl_mem_realloc(lua_State *L, void *p, size_t osize, size_t nsize)
{
    nl_Global *g = L->g;
    void *q = g->gc_alloc(g->gc_ud, p, osize, nsize);
    if (nsize == 0)
        q = NULL;
    else if (!q)
        nl_err_throw(L, NL_ERRMEM);
    if (q && !nl_fits_payload((uint64_t)(uintptr_t)q + nsize))
        block_outside_window(q, nsize);
    g->totalbytes = g->totalbytes - (p ? osize : 0) + nsize;
    return q;
}

void *nl_mem_vec(lua_State *L, void *p, size_t on, size_t nn, size_t elem)
{
    if (nn > SIZE_MAX / elem)
        nl_err_throw(L, NL_ERRMEM);
    return nl_mem_realloc(L, p, on * elem, nn * elem);
}
