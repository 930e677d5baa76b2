/*
 * nl_state.c -- creating and closing a state: the start-up checks, the
 * layout probe, the pointer mode and the GC heap that follows from it.
 */
#include "nl_state.h"

#include <stdio.h>
#include <stdlib.h>

#include "nl_assume.h"
#include "nl_hash.h"

_Static_assert(NL_REGION_WINDOW == NL_PAYLOAD_MASK + 1,
               "the GC heap's window must be what a value's payload can address");

static void report(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

lua_State *nanlua_open(char *err, size_t errlen)
{
    char msg[NL_REGION_ERRLEN];
    nl_Global *g = calloc(1, sizeof *g);
    lua_State *L = calloc(1, sizeof *L);
    if (!g || !L) {
        report(err, errlen, "nanlua: not enough memory to create a state");
        goto fail;
    }
    nl_layout_probe(&nl_layout_os_ops, &g->layout);
    nl_PtrMode mode;
    if (nl_check_assumptions(g->layout.page_size, msg, sizeof msg) != 0 ||
        nl_ptrmode_choose(&g->layout, getenv("NANLUA_PTRMODE"), &mode, msg, sizeof msg) != 0) {
        report(err, errlen, msg);
        goto fail;
    }
    if (mode == NL_PTRMODE_TABLE) {
        if (nl_region_init(&g->region, nl_region_os_ops(), NL_REGION_WINDOW, NL_GC_SPAN_BYTES,
                           msg, sizeof msg) != 0) {
            report(err, errlen, msg);
            goto fail;
        }
        g->owns_region = true;
        if (nl_heap_init(&g->heap, &g->region) != 0) {
            report(err, errlen, "nanlua: assumed the page size is a multiple of 16; it is not");
            nl_region_destroy(&g->region);
            goto fail;
        }
        g->gc_alloc = nl_heap_alloc;
        g->gc_ud = &g->heap;
    } else {
        g->gc_alloc = nl_alloc_system;
        g->gc_ud = NULL;
    }
    nl_ptrbox_init(&g->ptrbox, mode, nl_alloc_system, NULL);
    L->g = g;
    return L;
fail:
    free(g);
    free(L);
    return NULL;
}

void nanlua_close(lua_State *L)
{
    if (!L)
        return;
    nl_Global *g = L->g;
    nl_ptrbox_destroy(&g->ptrbox);
    if (g->owns_region) {
        nl_heap_destroy(&g->heap);
        nl_region_destroy(&g->region);
    }
    free(g);
    free(L);
}

void nanlua_layout(lua_State *L, nanlua_Layout *out)
{
    const nl_Global *g = L->g;
    out->addr_bits_seen = g->layout.bits_seen;
    out->addr_bits_possible = g->layout.bits_possible;
    out->page_size = g->layout.page_size;
    out->ptr_mode = nl_ptrmode_name(g->ptrbox.mode);
    out->hash_impl = nl_hash_impl.name;
}
