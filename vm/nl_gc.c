/*
 * nl_gc.c -- the incremental garbage collector (see nl_gc.h).
 *
 * A cycle: PAUSE marks the roots gray and enters PROPAGATE, which traverses
 * gray objects a step at a time. When no gray object is left, the atomic step
 * traverses the threads and weak tables again, separates the userdata due
 * for __gc, clears weak entries whose objects died, sweeps the pointer table
 * and flips the current white. Then SWEEPSTRING, SWEEP and SWEEPUDATA walk
 * the string table, the object list and the userdata list, freeing objects
 * of the old white and whitening survivors, back to PAUSE. docs/gc.md has
 * what each phase costs.
 */
#include "nl_gc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "nl_call.h"
#include "nl_err.h"
#include "nl_func.h"
#include "nl_mem.h"
#include "nl_meta.h"
#include "nl_string.h"
#include "nl_table.h"

/* Work budget of one step, in bytes of traversed objects. */
#define GC_STEPSIZE 1024u
/* Finalizers an automatic step calls at most: a cycle that leaves many
 * userdata to finalize spreads their calls over the following steps. */
#define GC_FINALIZEMAX 8u
/* Objects swept per unit of sweeping, and what a unit costs. */
#define GC_SWEEPMAX 40u
#define GC_SWEEPCOST 10u

#define WEAK_KEYS 1
#define WEAK_VALUES 2

#define TAG_TABLE NL_GCTAG(NL_ITYPE_TABLE)
#define TAG_THREAD NL_GCTAG(NL_ITYPE_THREAD)
#define TAG_STRING NL_GCTAG(NL_ITYPE_STRING)
#define TAG_PROTO NL_GCTAG(NL_ITYPE_PROTO)
#define TAG_FUNC NL_GCTAG(NL_ITYPE_FUNC)
#define TAG_UPVAL NL_GCTAG(NL_ITYPE_UPVAL)
#define TAG_USERDATA NL_GCTAG(NL_ITYPE_USERDATA)

static uint8_t other_white(const nl_Global *g) { return g->gc.currentwhite ^ NL_GC_WHITES; }

static void make_white(const nl_Global *g, nl_GCObj *o)
{
    o->marked = (uint8_t)((o->marked & ~(NL_GC_WHITES | NL_GC_BLACK)) | g->gc.currentwhite);
}

static void white_to_gray(nl_GCObj *o) { o->marked &= (uint8_t)~NL_GC_WHITES; }
static void gray_to_black(nl_GCObj *o) { o->marked |= NL_GC_BLACK; }
static void black_to_gray(nl_GCObj *o) { o->marked &= (uint8_t)~NL_GC_BLACK; }

/* The link of the gray lists, in each object that can be gray. */
static nl_GCObj **gclist_of(nl_GCObj *o)
{
    switch (o->gctype) {
    case TAG_TABLE: return &((nl_Table *)o)->gclist;
    case TAG_PROTO: return &((nl_Proto *)o)->gclist;
    case TAG_FUNC: return &((nl_Closure *)o)->h.gclist;
    default: return &((lua_State *)o)->gclist;
    }
}

static void push_gray(nl_GCObj **list, nl_GCObj *o)
{
    *gclist_of(o) = *list;
    *list = o;
}

/* ---- Marking -------------------------------------------------------------- */

static void mark_value(nl_Global *g, nl_Value v);

static void mark_object(nl_Global *g, nl_GCObj *o)
{
    if (!nl_gc_iswhite(o))
        return;
    white_to_gray(o);
    if (o->gctype == TAG_STRING) {
        gray_to_black(o); /* no children */
    } else if (o->gctype == TAG_USERDATA) {
        /* Its children are two tables: mark them now, no traversal needed. */
        nl_Udata *u = (nl_Udata *)o;
        gray_to_black(o);
        if (u->metatable)
            mark_object(g, (nl_GCObj *)u->metatable);
        if (u->env)
            mark_object(g, (nl_GCObj *)u->env);
    } else if (o->gctype == TAG_UPVAL) {
        /* One child: mark it now. An open upvalue's slot can change without a
         * barrier until the atomic step, which marks it again. */
        nl_UpVal *uv = (nl_UpVal *)o;
        mark_value(g, *uv->v);
        if (uv->v == &uv->closed) {
            gray_to_black(o);
        } else {
            uv->gclist = g->gc.openuv;
            g->gc.openuv = uv;
        }
    } else {
        push_gray(&g->gc.gray, o);
    }
}

static void mark_value(nl_Global *g, nl_Value v)
{
    if (nl_is_gcref(v))
        mark_object(g, nl_gcref(v));
    else
        nl_ptrbox_mark(&g->ptrbox, v);
}

static void mark_string(nl_Global *g, nl_String *s)
{
    if (s)
        mark_object(g, (nl_GCObj *)s);
}

/* What a weak slot keeps alive anyway: strings and lightuserdata are values,
 * not objects, and are never cleared from weak tables. */
static void mark_weak(nl_Global *g, nl_Value v)
{
    if (nl_is_string(v))
        mark_object(g, nl_gcref(v));
    else
        nl_ptrbox_mark(&g->ptrbox, v);
}

static int weak_mode(const nl_Global *g, const nl_Table *t)
{
    if (!t->metatable)
        return 0;
    nl_Value mode = *nl_tab_getstr(t->metatable, g->gc.modekey);
    if (!nl_is_string(mode))
        return 0;
    const char *m = nl_string(mode)->data;
    return (strchr(m, 'k') ? WEAK_KEYS : 0) | (strchr(m, 'v') ? WEAK_VALUES : 0);
}

static size_t table_size(const nl_Table *t)
{
    return sizeof *t + t->asize * sizeof(nl_Value) + nl_tab_hashsize(t) * sizeof(nl_Node);
}

/* Traverses t; a weak table stays gray on the weak list, to be traversed again
 * and cleared in the atomic step. */
static size_t traverse_table(nl_Global *g, nl_Table *t)
{
    if (t->metatable)
        mark_object(g, (nl_GCObj *)t->metatable);
    int weak = weak_mode(g, t);
    void (*mark_key)(nl_Global *, nl_Value) = weak & WEAK_KEYS ? mark_weak : mark_value;
    void (*mark_val)(nl_Global *, nl_Value) = weak & WEAK_VALUES ? mark_weak : mark_value;
    for (uint32_t i = 0; i < t->asize; i++)
        mark_val(g, t->array[i]);
    for (size_t i = 0, n = nl_tab_hashsize(t); i < n; i++) {
        nl_Node *node = &t->node[i];
        if (nl_is_nil(node->val))
            continue; /* empty, or a dead key: keeps nothing alive */
        mark_key(g, node->key);
        mark_val(g, node->val);
    }
    if (weak)
        push_gray(&g->gc.weak, (nl_GCObj *)t);
    else
        gray_to_black((nl_GCObj *)t);
    return table_size(t);
}

static size_t traverse_proto(nl_Global *g, nl_Proto *p)
{
    mark_string(g, p->source);
    for (uint32_t i = 0; i < p->sizek; i++)
        mark_value(g, p->k[i]);
    for (uint32_t i = 0; i < p->sizep; i++)
        if (p->p[i])
            mark_object(g, (nl_GCObj *)p->p[i]);
    for (uint32_t i = 0; i < p->sizelocvars; i++)
        mark_string(g, p->locvars[i].name);
    for (uint32_t i = 0; p->upvalnames && i < p->nupvalues; i++)
        mark_string(g, p->upvalnames[i]);
    gray_to_black((nl_GCObj *)p);
    return nl_func_protosize(p);
}

static size_t traverse_closure(nl_Global *g, nl_Closure *f)
{
    if (f->h.env)
        mark_object(g, (nl_GCObj *)f->h.env);
    if (f->h.is_c) {
        for (uint8_t i = 0; i < f->c.nupvalues; i++)
            mark_value(g, f->c.upvalue[i]);
    } else {
        mark_object(g, (nl_GCObj *)f->l.p);
        for (uint8_t i = 0; i < f->l.nupvalues; i++)
            if (f->l.upvals[i])
                mark_object(g, (nl_GCObj *)f->l.upvals[i]);
    }
    gray_to_black((nl_GCObj *)f);
    return nl_func_closuresize(f);
}

/* Marks a thread's stack up to its top: every live value lies below it (a
 * Lua frame keeps top at the end of its registers). In the atomic step the
 * rest is cleared, so that no dead object's address lingers where a later
 * top could reach it. */
static size_t traverse_thread(nl_Global *g, lua_State *th)
{
    for (nl_Value *v = th->stack; v < th->top; v++)
        mark_value(g, *v);
    if (g->gc.in_atomic)
        for (nl_Value *v = th->top; v < th->stack + th->stacksize; v++)
            *v = NL_NIL;
    for (nl_UpVal *uv = th->openupval; uv; uv = uv->open_next)
        mark_object(g, (nl_GCObj *)uv);
    if (th->env)
        mark_object(g, (nl_GCObj *)th->env);
    return sizeof *th + th->stacksize * sizeof(nl_Value);
}

/* Threads stay gray: their stacks change without barriers. */
static size_t propagate_one(nl_Global *g)
{
    nl_GCObj *o = g->gc.gray;
    g->gc.gray = *gclist_of(o);
    switch (o->gctype) {
    case TAG_TABLE: return traverse_table(g, (nl_Table *)o);
    case TAG_PROTO: return traverse_proto(g, (nl_Proto *)o);
    case TAG_FUNC: return traverse_closure(g, (nl_Closure *)o);
    default:
        push_gray(&g->gc.grayagain, o);
        return traverse_thread(g, (lua_State *)o);
    }
}

static void propagate_all(nl_Global *g)
{
    while (g->gc.gray) {
        propagate_one(g);
        g->gc.atomic_visits++; /* only the atomic step propagates all */
    }
}

static void mark_roots(lua_State *L)
{
    nl_Global *g = L->g;
    g->gc.gray = g->gc.grayagain = g->gc.weak = NULL;
    g->gc.openuv = NULL;
    nl_GCObj *main = (nl_GCObj *)g->mainthread;
    white_to_gray(main);
    main->marked &= (uint8_t)~NL_GC_BLACK;
    push_gray(&g->gc.gray, main);
    mark_value(g, g->registry);
    /* Userdata still waiting for __gc (a collection run from a finalizer)
     * keep their metatables and what those hold. Not swept, they may still
     * be black from an earlier cycle. */
    for (nl_Udata *u = g->gc.tobefnz; u; u = u->fnext) {
        make_white(g, (nl_GCObj *)u);
        mark_object(g, (nl_GCObj *)u);
    }
    g->gc.phase = NL_GCS_PROPAGATE;
}

/* ---- The atomic step ------------------------------------------------------ */

/* Marks what the open upvalues marked this cycle hold now: the thread whose
 * slot one names may have written it since, and may be dead. */
static void remark_open_upvals(nl_Global *g)
{
    for (nl_UpVal *uv = g->gc.openuv; uv; uv = uv->gclist, g->gc.atomic_visits++)
        if (!nl_gc_isblack((nl_GCObj *)uv)) { /* else it closed meanwhile */
            mark_value(g, *uv->v);
            gray_to_black((nl_GCObj *)uv);
        }
    g->gc.openuv = NULL;
}

/* A thread's open upvalues take the current white with it, so that the next
 * cycle marks them again. */
static void whiten_open_upvals(const nl_Global *g, lua_State *th)
{
    for (nl_UpVal *uv = th->openupval; uv; uv = uv->open_next)
        make_white(g, (nl_GCObj *)uv);
}

/* Does a weak slot let go of v? Objects about to die go; so does a userdata
 * whose finalizer is due, but from weak values only (Lua 5.1's rule: a weak
 * key stays until the userdata itself is freed). */
static bool is_cleared(nl_Value v, bool is_value)
{
    if (!nl_is_gcref(v) || nl_is_string(v))
        return false;
    nl_GCObj *o = nl_gcref(v);
    return nl_gc_iswhite(o) || (is_value && o->gctype == TAG_USERDATA && ((nl_Udata *)o)->finalized);
}

static void clear_weak_tables(nl_Global *g)
{
    for (nl_GCObj *o = g->gc.weak; o; o = ((nl_Table *)o)->gclist, g->gc.atomic_visits++) {
        nl_Table *t = (nl_Table *)o;
        int weak = weak_mode(g, t);
        if (weak & WEAK_VALUES)
            for (uint32_t i = 0; i < t->asize; i++)
                if (is_cleared(t->array[i], true))
                    t->array[i] = NL_NIL;
        for (size_t i = 0, n = nl_tab_hashsize(t); i < n; i++) {
            nl_Node *node = &t->node[i];
            if (nl_is_nil(node->val))
                continue; /* empty, or a dead key whose object may be freed already */
            if (((weak & WEAK_KEYS) && is_cleared(node->key, false)) ||
                ((weak & WEAK_VALUES) && is_cleared(node->val, true)))
                node->val = NL_NIL; /* the key stays, dead, for next() */
        }
    }
}

/* ---- Finalizers ------------------------------------------------------------ */

static bool has_finalizer(lua_State *L, nl_Udata *u)
{
    return !u->finalized && u->metatable &&
           !nl_is_nil(nl_meta_fast(L, u->metatable, NL_TM_GC));
}

/* Moves the userdata with a __gc that are about to die (all of them when
 * all is set) to the end of the list of those to finalize, and keeps them
 * alive for it. Only the userdata list is walked: the work grows with the
 * number of userdata, never with the rest of the heap. The list is newest
 * first, so finalizers run in the reverse order of creation. */
static void separate_finalizable(lua_State *L, bool all)
{
    nl_Global *g = L->g;
    nl_GCObj **p = &g->gc.udata;
    nl_Udata **last = &g->gc.tobefnz;
    while (*last)
        last = &(*last)->fnext;
    while (*p) {
        nl_Udata *u = (nl_Udata *)*p;
        g->gc.atomic_visits++;
        if ((all || nl_gc_iswhite((nl_GCObj *)u)) && has_finalizer(L, u)) {
            *p = u->gcnext;
            u->finalized = 1;
            u->fnext = NULL;
            *last = u;
            last = &u->fnext;
            mark_object(g, (nl_GCObj *)u);
        } else {
            p = &u->gcnext;
        }
    }
}

static void call_gc_metamethod(lua_State *L, void *ud)
{
    (void)ud;
    nl_call(L, L->top - 2, 0);
}

/* Calls __gc, the function at top - 2, with the userdata at top - 1. While
 * it runs, automatic steps call no other finalizer (they would nest, and
 * their output would come first); the flag is restored when it raises. */
static void call_one_finalizer(lua_State *L)
{
    nl_Global *g = L->g;
    bool was_finalizing = g->gc.finalizing;
    g->gc.finalizing = true;
    int status = nl_err_protect(L, call_gc_metamethod, NULL);
    g->gc.finalizing = was_finalizing;
    if (status != NL_OK)
        nl_err_rethrow(L, status);
}

/* Calls up to max pending finalizers; each userdata goes back to the
 * userdata list to be freed by a later cycle unless __gc resurrected it.
 * Errors propagate. A collection inside __gc may call the remaining ones
 * itself. */
static void call_finalizers(lua_State *L, size_t max)
{
    nl_Global *g = L->g;
    for (; g->gc.tobefnz && max > 0; max--) {
        nl_Udata *u = g->gc.tobefnz;
        g->gc.tobefnz = u->fnext;
        u->gcnext = g->gc.udata;
        g->gc.udata = (nl_GCObj *)u;
        make_white(g, (nl_GCObj *)u);
        nl_Value h = nl_meta_fast(L, u->metatable, NL_TM_GC);
        if (!nl_is_func(h))
            continue;
        nl_state_checkstack(L, 2);
        L->top[0] = h;
        L->top[1] = nl_box_udata(u);
        L->top += 2;
        call_one_finalizer(L);
    }
}

static void call_finalizers_protected(lua_State *L, void *ud)
{
    call_finalizers(L, *(size_t *)ud);
}

/* An automatic step's share of the finalizers, unless one is running. */
static void call_some_finalizers(lua_State *L)
{
    if (!L->g->gc.finalizing)
        call_finalizers(L, GC_FINALIZEMAX);
}

void nl_gc_finalize_all(lua_State *L)
{
    separate_finalizable(L, true);
    /* Errors in __gc at close are ignored, as in Lua 5.1. */
    size_t all = SIZE_MAX;
    while (L->g->gc.tobefnz)
        if (nl_err_protect(L, call_finalizers_protected, &all) != NL_OK)
            L->top--;
}

static void atomic(lua_State *L)
{
    nl_Global *g = L->g;
    g->gc.atomic_visits = 0;
    propagate_all(g);
    mark_value(g, g->registry);
    /* Weak tables and threads were left gray: traverse them again. */
    g->gc.gray = g->gc.weak;
    g->gc.weak = NULL;
    propagate_all(g);
    g->gc.in_atomic = true;
    g->gc.gray = g->gc.grayagain;
    g->gc.grayagain = NULL;
    propagate_all(g);
    g->gc.in_atomic = false;
    remark_open_upvals(g);
    propagate_all(g);
    separate_finalizable(L, false);
    propagate_all(g);
    clear_weak_tables(g);
    g->gc.atomic_visits += g->ptrbox.table.top;
    nl_ptrtab_sweep(&g->ptrbox.table);
    g->gc.grayagain = NULL;
    g->gc.currentwhite = other_white(g);
    make_white(g, (nl_GCObj *)g->mainthread);
    whiten_open_upvals(g, g->mainthread);
    g->gc.sweepstr = 0;
    g->gc.phase = NL_GCS_SWEEPSTRING;
}

/* ---- Sweeping ------------------------------------------------------------- */

static void free_object(lua_State *L, nl_GCObj *o)
{
    switch (o->gctype) {
    case TAG_TABLE: nl_tab_free(L, (nl_Table *)o); break;
    case TAG_PROTO: nl_func_freeproto(L, (nl_Proto *)o); break;
    case TAG_FUNC: nl_func_freeclosure(L, (nl_Closure *)o); break;
    case TAG_UPVAL: nl_func_freeupval(L, (nl_UpVal *)o); break;
    case TAG_THREAD: nl_state_freethread(L, (lua_State *)o); break;
    case TAG_USERDATA: nl_mem_free(L, o, sizeof(nl_Udata) + ((nl_Udata *)o)->len); break;
    default: abort();
    }
}

static nl_GCObj **sweep_list(lua_State *L, nl_GCObj **p, size_t count)
{
    nl_Global *g = L->g;
    while (*p && count-- > 0) {
        nl_GCObj *o = *p;
        if (nl_gc_isdead(g, o)) {
            *p = o->gcnext;
            free_object(L, o);
        } else {
            make_white(g, o);
            if (o->gctype == TAG_THREAD)
                whiten_open_upvals(g, (lua_State *)o);
            p = &o->gcnext;
        }
    }
    return p;
}

static void sweep_string_bucket(lua_State *L, size_t bucket)
{
    nl_Global *g = L->g;
    nl_String **p = &g->strt.hash[bucket];
    while (*p) {
        nl_String *s = *p;
        if (nl_gc_isdead(g, (nl_GCObj *)s)) {
            *p = s->hnext;
            nl_str_free(L, s);
        } else {
            make_white(g, (nl_GCObj *)s);
            p = &s->hnext;
        }
    }
}

/* ---- Steps ---------------------------------------------------------------- */

/* Advances the collector by one unit of its current phase; returns the work done. */
static size_t single_step(lua_State *L)
{
    nl_Global *g = L->g;
    switch (g->gc.phase) {
    case NL_GCS_PAUSE:
        mark_roots(L);
        return 1;
    case NL_GCS_PROPAGATE:
        if (g->gc.gray)
            return propagate_one(g);
        atomic(L);
        return 1;
    case NL_GCS_SWEEPSTRING:
        sweep_string_bucket(L, g->gc.sweepstr++);
        if (g->gc.sweepstr >= g->strt.size) {
            g->gc.sweepgc = &g->allgc;
            g->gc.phase = NL_GCS_SWEEP;
        }
        return GC_SWEEPCOST;
    case NL_GCS_SWEEP:
        g->gc.sweepgc = sweep_list(L, g->gc.sweepgc, GC_SWEEPMAX);
        if (!*g->gc.sweepgc) {
            g->gc.sweepgc = &g->gc.udata;
            g->gc.phase = NL_GCS_SWEEPUDATA;
        }
        return GC_SWEEPMAX * GC_SWEEPCOST;
    default:
        g->gc.sweepgc = sweep_list(L, g->gc.sweepgc, GC_SWEEPMAX);
        if (!*g->gc.sweepgc) {
            g->gc.estimate = g->totalbytes;
            g->gc.phase = NL_GCS_PAUSE;
        }
        return GC_SWEEPMAX * GC_SWEEPCOST;
    }
}

static void set_threshold_after_cycle(nl_Global *g)
{
    size_t t = g->gc.estimate / 100 * (size_t)g->gc.pause;
    g->gc.threshold = g->gc.stress ? 0 : t > g->totalbytes ? t : g->totalbytes + GC_STEPSIZE;
}

/* The threshold while finalizers are pending: the next check calls more. */
static void set_threshold_soon(nl_Global *g)
{
    g->gc.threshold = g->gc.stress ? 0 : g->totalbytes + GC_STEPSIZE;
}

/* all: call every pending finalizer now (explicit collections); else leave
 * them to the automatic steps that follow. */
static void finish_cycle(lua_State *L, bool all)
{
    nl_Global *g = L->g;
    g->gc.debt = 0;
    set_threshold_after_cycle(g);
    if (all)
        call_finalizers(L, SIZE_MAX);
    if (g->gc.tobefnz)
        set_threshold_soon(g);
}

/* A step of work in proportion to stepmul; an automatic step first calls a
 * share of the finalizers left by the last cycle, and starts no new cycle
 * before they are all called. Allocation past the threshold is a debt, paid
 * by further steps as soon as the next check, so that the collector keeps
 * pace with large allocations. */
static bool step(lua_State *L, bool stress, bool explicit)
{
    nl_Global *g = L->g;
    if (!explicit && g->gc.tobefnz && !g->gc.finalizing) {
        call_some_finalizers(L);
        if (g->gc.phase == NL_GCS_PAUSE) {
            if (g->gc.tobefnz)
                set_threshold_soon(g);
            else
                set_threshold_after_cycle(g);
            return false;
        }
    }
    long work = g->gc.stepmul > 0 ? (long)(GC_STEPSIZE / 100) * g->gc.stepmul : LONG_MAX;
    if (stress)
        work = 1; /* one unit of work at every check */
    else if (g->totalbytes > g->gc.threshold)
        g->gc.debt += g->totalbytes - g->gc.threshold;
    do {
        work -= (long)single_step(L);
        if (g->gc.phase == NL_GCS_PAUSE) {
            finish_cycle(L, explicit);
            return true;
        }
    } while (work > 0);
    if (stress) {
        g->gc.threshold = 0;
    } else if (g->gc.debt < GC_STEPSIZE) {
        g->gc.threshold = g->totalbytes + GC_STEPSIZE;
    } else {
        g->gc.debt -= GC_STEPSIZE;
        g->gc.threshold = g->totalbytes;
    }
    return false;
}

bool nl_gc_step(lua_State *L)
{
    nl_Global *g = L->g;
    if (g->gc.parsing) {
        g->gc.threshold = g->gc.stress ? 0 : g->totalbytes + GC_STEPSIZE;
        return false;
    }
    return step(L, g->gc.stress, false);
}

bool nl_gc_step_kb(lua_State *L, int kb)
{
    nl_Global *g = L->g;
    if (g->gc.parsing)
        return false;
    size_t want = kb < 0 ? SIZE_MAX : (size_t)kb << 10;
    g->gc.threshold = want <= g->totalbytes ? g->totalbytes - want : 0;
    bool done = false;
    while (g->totalbytes >= g->gc.threshold)
        if (step(L, false, true)) {
            done = true;
            break;
        }
    if (g->gc.stress)
        g->gc.threshold = 0;
    return done;
}

void nl_gc_stop(lua_State *L) { L->g->gc.threshold = SIZE_MAX; }

void nl_gc_restart(lua_State *L)
{
    nl_Global *g = L->g;
    g->gc.threshold = g->gc.stress ? 0 : g->totalbytes;
}

bool nl_gc_isrunning(const lua_State *L) { return L->g->gc.threshold != SIZE_MAX; }

void nl_gc_full(lua_State *L)
{
    nl_Global *g = L->g;
    if (g->gc.parsing)
        return;
    while (g->gc.phase != NL_GCS_PAUSE) /* finish the cycle under way */
        single_step(L);
    do
        single_step(L);
    while (g->gc.phase != NL_GCS_PAUSE);
    finish_cycle(L, true);
}

/* ---- Barriers ------------------------------------------------------------- */

void nl_gc_barrier_back_slow(lua_State *L, nl_Table *t)
{
    black_to_gray((nl_GCObj *)t);
    push_gray(&L->g->gc.grayagain, (nl_GCObj *)t);
}

void nl_gc_barrier_slow(lua_State *L, nl_GCObj *parent, nl_Value v)
{
    nl_Global *g = L->g;
    if (g->gc.phase == NL_GCS_PROPAGATE)
        mark_value(g, v); /* keep the invariant: the child is no longer white */
    else
        make_white(g, parent); /* sweeping: no invariant to keep; avoid more barriers */
}

/* ---- Life cycle ----------------------------------------------------------- */

void nl_gc_link(lua_State *L, nl_GCObj *o, uint32_t itype)
{
    nl_Global *g = L->g;
    nl_GCObj **list = itype == NL_ITYPE_USERDATA ? &g->gc.udata : &g->allgc;
    o->gctype = NL_GCTAG(itype);
    o->marked = g->gc.currentwhite;
    o->gcnext = *list;
    *list = o;
}

void nl_gc_init_unlinked(lua_State *L, nl_GCObj *o, uint32_t itype)
{
    o->gctype = NL_GCTAG(itype);
    o->marked = L->g->gc.currentwhite;
    o->gcnext = NULL;
}

void nl_gc_link_closed_upval(lua_State *L, nl_UpVal *uv)
{
    nl_Global *g = L->g;
    nl_GCObj *o = (nl_GCObj *)uv;
    o->gcnext = g->allgc;
    g->allgc = o;
    if (nl_gc_iswhite(o))
        return;
    if (g->gc.phase == NL_GCS_PROPAGATE) {
        /* Marked: it holds its value for good now, which must be marked too. */
        gray_to_black(o);
        mark_value(g, uv->closed);
    } else {
        make_white(g, o); /* sweeping: ahead of the sweep, as new objects are */
    }
}

void nl_gc_init(lua_State *L)
{
    nl_Global *g = L->g;
    const char *stress = getenv("NANLUA_GCSTRESS");
    g->gc.stress = stress && strcmp(stress, "1") == 0;
    g->gc.pause = NL_GC_PAUSE_DEFAULT;
    g->gc.stepmul = NL_GC_STEPMUL_DEFAULT;
    g->gc.phase = NL_GCS_PAUSE;
    g->gc.modekey = nl_str_newz(L, "__mode");
    nl_gc_fix((nl_GCObj *)g->gc.modekey);
    g->gc.estimate = g->totalbytes;
    set_threshold_after_cycle(g);
}

static void free_list(lua_State *L, nl_GCObj **list)
{
    while (*list) {
        nl_GCObj *o = *list;
        *list = o->gcnext;
        free_object(L, o);
    }
}

void nl_gc_freeall(lua_State *L)
{
    nl_Global *g = L->g;
    nl_func_close(g->mainthread, g->mainthread->stack); /* its open upvalues join allgc */
    free_list(L, &g->allgc);
    free_list(L, &g->gc.udata);
}
