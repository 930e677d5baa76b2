/*
 * nl_state.h -- the per-process-image state shared by all threads of a Lua
 * universe (nl_Global) and the per-thread state (struct lua_State).
 */
#ifndef NL_STATE_H
#define NL_STATE_H

#include <signal.h>

#include "nanlua.h"
#include "nl_alloc.h"
#include "nl_heap.h"
#include "nl_layout.h"
#include "nl_obj.h"
#include "nl_ptrbox.h"
#include "nl_region.h"

/* nl_mem keeps freed blocks of up to NL_MEMCACHE_MAXSIZE bytes (multiples of
 * the grain) for reuse, up to NL_MEMCACHE_BYTES in all. */
#define NL_MEMCACHE_MAXSIZE 256
#define NL_MEMCACHE_GRAIN 8

/* Address space reserved at a time for the GC heap in table mode. */
#define NL_GC_SPAN_BYTES ((size_t)256 << 20)

struct nl_ErrJmp;
struct nl_UpVal;
struct lua_Debug;

/* A call frame (docs/vm.md, "Frames and the stack"). Frames form a list that
 * only grows: a thread reuses the records of returned frames, so pointers to
 * them stay valid for the thread's life. */
typedef struct nl_CallInfo {
    nl_Value *func;    /* the called value */
    nl_Value *base;    /* register 0 (Lua) or first argument (C) */
    nl_Value *top;     /* end of the frame's registers */
    const uint32_t *savedpc; /* Lua: next instruction while another frame runs */
    int nresults;      /* results the caller wants, or -1 for all */
    uint16_t flags;    /* NL_CI_* */
    uint8_t cont;      /* what to do with a metamethod's result (nl_call.h) */
    uint32_t contarg;  /* its operand */
    ptrdiff_t old_errfunc; /* a protected frame restores L->errfunc from this */
    uint32_t depth;    /* frames below this one; fixed for the record's life */
    struct nl_CallInfo *previous, *next;
} nl_CallInfo;

#define NL_CI_LUA 0x01    /* a Lua function's frame */
#define NL_CI_FRESH 0x02  /* entered from C: returning leaves the dispatch loop */
#define NL_CI_PCALL 0x04  /* a pcall's frame: errors below stop here */
#define NL_CI_XPCALL 0x08 /* an xpcall's frame: the handler is at func + 1 */
#define NL_CI_TAIL 0x10   /* a tail call replaced the frame's function */

/* The interned strings: a chained hash table keyed by content. */
typedef struct nl_StringTable {
    struct nl_String **hash;
    size_t size; /* a power of two */
    size_t count;
} nl_StringTable;

/* The collector's phases (nl_gc.c). */
enum { NL_GCS_PAUSE, NL_GCS_PROPAGATE, NL_GCS_SWEEPSTRING, NL_GCS_SWEEP, NL_GCS_SWEEPUDATA };

/* The collector's state. */
typedef struct nl_GCState {
    uint8_t phase;
    uint8_t currentwhite;
    bool stress;            /* NANLUA_GCSTRESS=1: a step at every check */
    nl_GCObj *gray;         /* marked, children not yet traversed */
    nl_GCObj *grayagain;    /* to traverse again in the atomic phase */
    nl_GCObj *weak;         /* weak tables, cleared in the atomic phase */
    struct nl_UpVal *openuv; /* marked open upvalues, remarked in the atomic phase */
    nl_GCObj **sweepgc;     /* where the sweep of allgc continues */
    size_t sweepstr;        /* next string-table bucket to sweep */
    size_t threshold;       /* totalbytes that triggers the next step */
    size_t estimate;        /* bytes in use after the last cycle */
    size_t debt;            /* bytes allocated past the threshold, not yet paid by steps */
    int pause;              /* percent of estimate to wait before a cycle */
    int stepmul;            /* work per step relative to allocation, percent */
    nl_String *modekey;     /* "__mode" */
    nl_GCObj *udata;        /* every userdata not in tobefnz (not on allgc) */
    struct nl_Udata *tobefnz; /* unreachable userdata waiting for __gc */
    bool in_atomic;
    bool finalizing;        /* a __gc is running: automatic steps call no other */
    size_t atomic_visits;   /* objects the last atomic step traversed or examined */
    uint16_t parsing;       /* chunks being compiled: the collector waits (lua_load) */
} nl_GCState;

/* Metamethod events; the order is that of the names in nl_meta.c. Events up
 * to NL_TM_EQ are cached as absent in nl_Table.nomm. */
enum {
    NL_TM_INDEX, NL_TM_NEWINDEX, NL_TM_GC, NL_TM_MODE, NL_TM_EQ, NL_TM_LEN,
    NL_TM_ADD, NL_TM_SUB, NL_TM_MUL, NL_TM_DIV, NL_TM_MOD, NL_TM_POW, NL_TM_UNM,
    NL_TM_LT, NL_TM_LE, NL_TM_CONCAT, NL_TM_CALL, NL_TM_TOSTRING, NL_TM_METATABLE,
    NL_TM__N
};

/* Value types as the C API numbers them (lua.h's LUA_T*), for per-type metatables. */
#define NL_NUMTYPES 9

typedef int (*nl_CFunctionPtr)(struct lua_State *L);
typedef void (*nl_Hook)(struct lua_State *L, struct lua_Debug *ar);

/* Entries of the dispatch table (at least the number of opcodes, checked in nl_vm.c). */
#define NL_VM_NDISPATCH 128

typedef struct nl_Global {
    nl_Layout layout;
    nl_StringTable strt;
    nl_GCObj *allgc;  /* every collectable object except strings and userdata */
    size_t totalbytes;       /* bytes allocated through nl_mem */
    size_t memlimit;         /* NANLUA_MEMLIMIT: growing totalbytes past it fails (0: no limit) */
    nl_GCState gc;
    nl_Value registry;       /* a GC root; nil until the interpreter sets it */
    struct lua_State *mainthread;
    /* Messages made before they are needed, since raising them must not allocate. */
    nl_String *memerrmsg; /* "not enough memory" */
    nl_String *errerrmsg; /* "error in error handling" */
    nl_PtrBox ptrbox;
    nl_String *tmname[NL_TM__N];     /* "__index", ... */
    struct nl_Table *basemt[NL_NUMTYPES]; /* metatables of non-table, non-userdata types */
    nl_CFunctionPtr panic;
    char *tmpbuf; /* scratch space for building strings (nl_state_tmpbuf) */
    size_t tmpbufsize;
    /* Where GC objects come from; every block lies below 2^47. */
    nl_Alloc gc_alloc;
    void *gc_ud;
    /* Small blocks freed and kept for reuse, by exact size (nl_mem.c). */
    void *memcache[NL_MEMCACHE_MAXSIZE / NL_MEMCACHE_GRAIN + 1];
    size_t memcache_bytes;
    /* The owned range and its heap, used in table mode. */
    bool owns_region;
    nl_Region region;
    nl_Heap heap;
    /* Hooks (lua_sethook): one set for all threads, as in LuaJIT. A signal
     * handler may set them, hence volatile. */
    volatile nl_Hook hook;
    volatile sig_atomic_t hookmask;
    volatile sig_atomic_t basehookcount, hookcount;
    bool allowhook;              /* false while a hook runs */
    struct lua_State *hookL;     /* the thread a running hook interrupted */
    uint32_t hookdepth;          /* ... and the depth of its frame */
    /* The computed-goto dispatch table of the VM: every entry points at the
     * hook check while a hook is set (nl_vm_sethookdispatch). */
    const void *vmdispatch[NL_VM_NDISPATCH];
} nl_Global;

/* A thread: its value stack, call frames and error handling. */
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
    nl_CallInfo *ci;          /* the running frame */
    nl_CallInfo base_ci;      /* the bottom frame, a C frame */
    ptrdiff_t errfunc;        /* stack offset of the error handler, or 0 */
    struct nl_Table *env;     /* the thread's globals (LUA_GLOBALSINDEX) */
    uint16_t nCcalls;         /* C calls nested, counted against NL_MAX_CCALLS */
    uint16_t baseCcalls;      /* nCcalls when the coroutine was resumed */
    uint8_t status;           /* NL_OK, or NL_YIELD while suspended */
    bool frames_lent;         /* "stack overflow" raised at NL_MAX_CALLS frames:
                               * its handling may go deeper (nl_call.c) */
    const uint32_t *hookpc;   /* the instruction the last instruction hook saw */
    nl_CallInfo *hookci;      /* ... and its frame */
    /* What the pseudo-indices LUA_GLOBALSINDEX and LUA_ENVIRONINDEX read. */
    nl_Value gtslot, envslot;
};

/* Nested C calls (parser levels, C functions calling Lua) before "C stack overflow". */
#define NL_MAX_CCALLS 200
/* Frames before "stack overflow" (also bounded by NL_STACK_MAX slots).
 * LuaJIT's bound is its 65500 stack slots, where a frame takes at least two:
 * any recursion LuaJIT runs must fit. */
#define NL_MAX_CALLS 32768

/* Slots kept beyond stack_last for the error machinery. */
#define NL_STACK_EXTRA 5
#define NL_STACK_MIN 40
/* Stack size past which "stack overflow" is raised, and the size lent to the
 * handling of that error. LuaJIT's limit: it also bounds the cost of runaway
 * recursion that grows its arguments, which copies the stack at every call. */
#define NL_STACK_MAX 65500
#define NL_STACK_ERRSIZE (NL_STACK_MAX + 200)

/* Ensures n free slots above top, growing the stack (raises on overflow). */
void nl_state_checkstack(lua_State *L, size_t n);
/* After an error was caught: gives back the room lent for reporting an overflow. */
void nl_state_shrinkstack(lua_State *L);

/* A scratch buffer of at least n bytes, kept by the state (raises on failure). */
char *nl_state_tmpbuf(lua_State *L, size_t n);

/* A new coroutine sharing L's globals, and freeing one (for the collector). */
lua_State *nl_state_newthread(lua_State *L);
void nl_state_freethread(lua_State *L, lua_State *th);

static inline void nl_state_push(lua_State *L, nl_Value v)
{
    *L->top++ = v;
}

#endif
