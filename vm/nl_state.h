/*
 * nl_state.h -- the per-process-image state shared by all threads of a Lua
 * universe (nl_Global) and the per-thread state (struct lua_State).
 */
#ifndef NL_STATE_H
#define NL_STATE_H

#include "nanlua.h"
#include "nl_alloc.h"
#include "nl_heap.h"
#include "nl_layout.h"
#include "nl_ptrbox.h"
#include "nl_region.h"

/* Address space reserved at a time for the GC heap in table mode. */
#define NL_GC_SPAN_BYTES ((size_t)256 << 20)

typedef struct nl_Global {
    nl_Layout layout;
    nl_PtrBox ptrbox;
    /* Where GC objects come from; every block lies below 2^47. */
    nl_Alloc gc_alloc;
    void *gc_ud;
    /* The owned range and its heap, used in table mode. */
    bool owns_region;
    nl_Region region;
    nl_Heap heap;
} nl_Global;

struct lua_State {
    nl_Global *g;
};

#endif
