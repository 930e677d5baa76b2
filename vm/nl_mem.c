/*
 * nl_mem.c -- the VM's allocation entry point (see nl_mem.h).
 */
#include "nl_mem.h"

#include "nl_err.h"

void *nl_mem_realloc(lua_State *L, void *p, size_t osize, size_t nsize)
{
    nl_Global *g = L->g;
    void *q = g->gc_alloc(g->gc_ud, p, osize, nsize);
    if (nsize == 0)
        q = NULL;
    else if (!q)
        nl_err_throw(L, NL_ERRMEM);
    /* Objects must be addressable by a value's payload. The probe chose the
     * allocator so that this holds; a block beyond it would corrupt values. */
    if (q && !nl_fits_payload((uint64_t)(uintptr_t)q + nsize)) {
        g->gc_alloc(g->gc_ud, q, nsize, 0);
        g->totalbytes -= p ? osize : 0;
        nl_err_throw(L, NL_ERRMEM);
    }
    g->totalbytes = g->totalbytes - (p ? osize : 0) + nsize;
    return q;
}

void *nl_mem_vec(lua_State *L, void *p, size_t on, size_t nn, size_t elem)
{
    if (nn > SIZE_MAX / elem)
        nl_err_throw(L, NL_ERRMEM);
    return nl_mem_realloc(L, p, on * elem, nn * elem);
}
