/*
 * nl_state.c -- creating and closing a state: the start-up checks, the
 * layout probe, the pointer mode and the GC heap that follows from it.
 */
#include "nl_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl_assume.h"
#include "nl_call.h"
#include "nl_meta.h"
#include "nl_table.h"
#include "nl_err.h"
#include "nl_func.h"
#include "nl_gc.h"
#include "nl_hash.h"
#include "nl_lex.h"
#include "nl_mem.h"
#include "nl_string.h"
#include "nl_vm.h"

_Static_assert(NL_REGION_WINDOW == NL_PAYLOAD_MASK + 1,
               "the GC heap's window must be what a value's payload can address");

static void report(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

/* The bottom frame: a C frame whose function slot is stack[0]. */
static void init_frames(lua_State *L)
{
    nl_CallInfo *ci = &L->base_ci;
    memset(ci, 0, sizeof *ci);
    ci->func = L->stack;
    ci->base = L->stack + 1;
    ci->top = ci->base + NL_C_MINSTACK;
    ci->nresults = -1;
    L->ci = ci;
    L->top = ci->base;
    L->gtslot = L->envslot = NL_NIL;
}

/* Allocates L's first stack, all nils, without raising errors. */
static bool open_stack(nl_Global *g, lua_State *L)
{
    memset(L, 0, sizeof *L);
    L->g = g;
    g->mainthread = L;
    g->allowhook = true;
    nl_vm_sethookdispatch(g);
    g->registry = NL_NIL;
    g->gc.currentwhite = NL_GC_WHITE0;
    L->gctype = NL_GCTAG(NL_ITYPE_THREAD);
    L->marked = NL_GC_WHITE0;
    size_t n = NL_STACK_MIN + NL_STACK_EXTRA;
    L->stack = g->gc_alloc(g->gc_ud, NULL, 0, n * sizeof(nl_Value));
    if (!L->stack)
        return false;
    g->totalbytes += n * sizeof(nl_Value);
    memset(L->stack, 0xff, n * sizeof(nl_Value));
    L->stacksize = n;
    L->stack_last = L->stack + NL_STACK_MIN - 1;
    init_frames(L);
    return true;
}

static void open_protected(lua_State *L, void *ud)
{
    (void)ud;
    nl_Global *g = L->g;
    nl_strtab_init(L);
    g->errerrmsg = nl_str_newz(L, "error in error handling");
    nl_gc_fix((nl_GCObj *)g->memerrmsg);
    nl_gc_fix((nl_GCObj *)g->errerrmsg);
    nl_gc_init(L);
    nl_lex_init_reserved(L);
    nl_meta_init(L);
    nl_Table *registry = nl_tab_new(L, 0, 2);
    g->registry = nl_box_table(registry);
    L->env = nl_tab_new(L, 0, 64);
    *nl_tab_setint(L, registry, 0) = nl_box_table(L->env); /* keeps it alive */
}

/* Frees what a (possibly partly) open state holds. */
static void close_state(nl_Global *g, lua_State *L)
{
    if (L) {
        nl_gc_freeall(L);
        nl_call_freeframes(L);
        if (g->tmpbuf)
            g->gc_alloc(g->gc_ud, g->tmpbuf, g->tmpbufsize, 0);
        if (L->g->strt.hash)
            nl_strtab_free(L);
        nl_mem_release_cache(g);
        if (L->stack)
            g->gc_alloc(g->gc_ud, L->stack, L->stacksize * sizeof(nl_Value), 0);
        g->gc_alloc(g->gc_ud, L, sizeof *L, 0);
    }
    nl_ptrbox_destroy(&g->ptrbox);
    if (g->owns_region) {
        nl_heap_destroy(&g->heap);
        nl_region_destroy(&g->region);
    }
    free(g);
}

/* Moves the stack to a new block of size slots, relocating what points into
 * it while the old block is still valid. */
static void realloc_stack(lua_State *L, size_t size)
{
    nl_Value *stack = nl_mem_newvec(L, size, nl_Value);
    size_t used = (size_t)(L->top - L->stack);
    size_t keep = size < L->stacksize ? size : L->stacksize;
    memcpy(stack, L->stack, keep * sizeof(nl_Value));
    for (size_t i = keep; i < size; i++)
        stack[i] = NL_NIL;
    for (nl_UpVal *uv = L->openupval; uv; uv = uv->open_next)
        uv->v = stack + (uv->v - L->stack);
    for (nl_CallInfo *ci = L->ci; ci; ci = ci->previous) {
        ci->func = stack + (ci->func - L->stack);
        ci->base = stack + (ci->base - L->stack);
        ci->top = stack + (ci->top - L->stack);
    }
    nl_mem_freevec(L, L->stack, L->stacksize, nl_Value);
    L->stack = stack;
    L->top = stack + used;
    L->stacksize = size;
    L->stack_last = stack + size - NL_STACK_EXTRA - 1;
}

void nl_state_checkstack(lua_State *L, size_t n)
{
    /* Signed: a C function may have pushed into the slack past stack_last. */
    if (L->stack_last - L->top >= (ptrdiff_t)n)
        return;
    size_t want = (size_t)(L->top - L->stack) + n + NL_STACK_EXTRA + 1;
    if (L->stacksize >= NL_STACK_ERRSIZE) /* overflowing while reporting one */
        nl_err_throw(L, NL_ERRERR);
    if (want > NL_STACK_MAX) {
        /* Lend the error handling some room; nl_state_shrinkstack takes it back. */
        realloc_stack(L, NL_STACK_ERRSIZE);
        nl_err_runf(L, "stack overflow");
    }
    size_t size = L->stacksize * 2 > want ? L->stacksize * 2 : want;
    realloc_stack(L, size < NL_STACK_MAX ? size : NL_STACK_MAX);
}

void nl_state_shrinkstack(lua_State *L)
{
    size_t used = (size_t)(L->top - L->stack);
    if (L->stacksize >= NL_STACK_ERRSIZE && used + NL_STACK_EXTRA + 1 < NL_STACK_MAX)
        realloc_stack(L, NL_STACK_MAX);
    nl_call_takeback_frames(L);
}

char *nl_state_tmpbuf(lua_State *L, size_t n)
{
    nl_Global *g = L->g;
    if (!g->tmpbuf || g->tmpbufsize < n) {
        size_t size = n < 256 ? 256 : n;
        g->tmpbuf = nl_mem_realloc(L, g->tmpbuf, g->tmpbufsize, size);
        g->tmpbufsize = size;
    }
    return g->tmpbuf;
}

lua_State *nl_state_newthread(lua_State *L)
{
    lua_State *th = nl_mem_alloc(L, sizeof *th);
    memset(th, 0, sizeof *th);
    th->g = L->g;
    th->env = L->env;
    size_t n = NL_STACK_MIN + NL_STACK_EXTRA;
    /* Linked only once complete, so it must not leak when this fails. */
    th->stack = nl_mem_tryrealloc(L, NULL, 0, n * sizeof(nl_Value));
    if (!th->stack) {
        nl_mem_free(L, th, sizeof *th);
        nl_err_throw(L, NL_ERRMEM);
    }
    memset(th->stack, 0xff, n * sizeof(nl_Value));
    th->stacksize = n;
    th->stack_last = th->stack + NL_STACK_MIN - 1;
    init_frames(th);
    nl_gc_link(L, (nl_GCObj *)th, NL_ITYPE_THREAD);
    return th;
}

void nl_state_freethread(lua_State *L, lua_State *th)
{
    nl_func_release_open(L, th);
    nl_call_freeframes(th);
    nl_mem_freevec(L, th->stack, th->stacksize, nl_Value);
    nl_mem_free(L, th, sizeof *th);
}

lua_State *nanlua_open(char *err, size_t errlen)
{
    char msg[NL_REGION_ERRLEN];
    lua_State *L = NULL;
    nl_Global *g = calloc(1, sizeof *g);
    if (!g) {
        report(err, errlen, "nanlua: not enough memory to create a state");
        return NULL;
    }
    nl_layout_probe(&nl_layout_os_ops, &g->layout);
    nl_PtrMode mode;
    const char *memlimit = getenv("NANLUA_MEMLIMIT");
    if (memlimit && *memlimit && !nl_mem_parse_limit(memlimit, &g->memlimit)) {
        snprintf(msg, sizeof msg,
                 "nanlua: NANLUA_MEMLIMIT='%.40s' is not a size (bytes, or a number with K, M or G)",
                 memlimit);
        report(err, errlen, msg);
        goto fail;
    }
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
            goto fail;
        }
        g->gc_alloc = nl_heap_alloc;
        g->gc_ud = &g->heap;
    } else {
        g->gc_alloc = nl_alloc_system;
        g->gc_ud = NULL;
    }
    nl_ptrbox_init(&g->ptrbox, mode, nl_alloc_system, NULL);
    /* The main thread is a GC object: it must live where values can point. */
    L = g->gc_alloc(g->gc_ud, NULL, 0, sizeof *L);
    if (!L || !open_stack(g, L) || nl_err_protect(L, open_protected, NULL) != NL_OK) {
        report(err, errlen, "nanlua: not enough memory to create a state");
        close_state(g, L);
        return NULL;
    }
    return L;
fail:
    if (g->owns_region)
        nl_region_destroy(&g->region);
    free(g);
    return NULL;
}

void nanlua_close(lua_State *L)
{
    if (L)
        close_state(L->g, L);
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
