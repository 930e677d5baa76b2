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
#include "nl_obj.h"
#include "nl_ptrbox.h"
#include "nl_region.h"

/* Address space reserved at a time for the GC heap in table mode. */
#define NL_GC_SPAN_BYTES ((size_t)256 << 20)

struct nl_ErrJmp;
struct nl_UpVal;

/* The interned strings: a chained hash table keyed by content. */
typedef struct nl_StringTable {
    struct nl_String **hash;
    size_t size; /* a power of two */
    size_t count;
} nl_StringTable;

/* The collector's phases (nl_gc.c). */
enum { NL_GCS_PAUSE, NL_GCS_PROPAGATE, NL_GCS_SWEEPSTRING, NL_GCS_SWEEP };

/* The collector's state. */
typedef struct nl_GCState {
    uint8_t phase;
    uint8_t currentwhite;
    bool stress;            /* NANLUA_GCSTRESS=1: a step at every check */
    nl_GCObj *gray;         /* marked, children not yet traversed */
    nl_GCObj *grayagain;    /* to traverse again in the atomic phase */
    nl_GCObj *weak;         /* weak tables, cleared in the atomic phase */
    nl_GCObj **sweepgc;     /* where the sweep of allgc continues */
    size_t sweepstr;        /* next string-table bucket to sweep */
    size_t threshold;       /* totalbytes that triggers the next step */
    size_t estimate;        /* bytes in use after the last cycle */
    int pause;              /* percent of estimate to wait before a cycle */
    int stepmul;            /* work per step relative to allocation, percent */
    nl_String *modekey;     /* "__mode" */
} nl_GCState;

typedef struct nl_Global {
    nl_Layout layout;
    nl_StringTable strt;
    nl_GCObj *allgc;  /* every collectable object except strings */
    size_t totalbytes;       /* bytes allocated through nl_mem */
    nl_GCState gc;
    nl_Value registry;       /* a GC root; nil until the interpreter sets it */
    struct lua_State *mainthread;
    /* Messages made before they are needed, since raising them must not allocate. */
    nl_String *memerrmsg; /* "not enough memory" */
    nl_String *errerrmsg; /* "error in error handling" */
    nl_PtrBox ptrbox;
    /* Where GC objects come from; every block lies below 2^47. */
    nl_Alloc gc_alloc;
    void *gc_ud;
    /* The owned range and its heap, used in table mode. */
    bool owns_region;
    nl_Region region;
    nl_Heap heap;
} nl_Global;

/* A thread: its value stack and error handling. (Call frames arrive with the
 * interpreter.) */
struct lua_State {
    NL_GCHEADER;
    nl_GCObj *gclist;
    nl_Global *g;
    nl_Value *stack;      /* stacksize slots */
    nl_Value *top;        /* first free slot */
    nl_Value *stack_last; /* last usable slot; a few spare slots follow it */
    size_t stacksize;
    struct nl_UpVal *openupval; /* open upvalues, highest slot first */
    struct nl_ErrJmp *errjmp; /* innermost protected call, or NULL */
};

/* Slots kept beyond stack_last for the error machinery. */
#define NL_STACK_EXTRA 5
#define NL_STACK_MIN 40
/* Stack size past which "stack overflow" is raised, and the size lent to the
 * handling of that error. */
#define NL_STACK_MAX 1000000
#define NL_STACK_ERRSIZE (NL_STACK_MAX + 200)

/* Ensures n free slots above top, growing the stack (raises on overflow). */
void nl_state_checkstack(lua_State *L, size_t n);
/* After an error was caught: gives back the room lent for reporting an overflow. */
void nl_state_shrinkstack(lua_State *L);

static inline void nl_state_push(lua_State *L, nl_Value v)
{
    *L->top++ = v;
}

#endif
