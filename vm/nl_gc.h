/*
 * nl_gc.h -- the garbage collector: precise, incremental, tri-colour
 * mark and sweep, with write barriers and weak tables.
 *
 * Colours live in an object's `marked` byte: white (not yet reached; two
 * whites alternate between cycles so that objects made during a sweep are
 * not taken for garbage), gray (reached, children pending) and black (reached,
 * children traversed). The invariant between steps: a black object never
 * refers to a white one. Writes that could break it go through a barrier:
 * nl_gc_barrier_back() for stores into a table (the table turns gray again),
 * nl_gc_barrier() for other parents (the new child is marked).
 *
 * Threads are gray for the whole cycle (stack writes have no barrier) and are
 * traversed again in the atomic step, which also clears weak tables and
 * sweeps the out-of-band pointer table of lightuserdata. Open upvalues stay
 * gray too: their slot can change without a barrier, even after the thread
 * that owns it died, so the atomic step marks what each one holds then.
 */
#ifndef NL_GC_H
#define NL_GC_H

#include "nl_obj.h"
#include "nl_state.h"

#define NL_GC_WHITE0 0x01
#define NL_GC_WHITE1 0x02
#define NL_GC_WHITES (NL_GC_WHITE0 | NL_GC_WHITE1)
#define NL_GC_BLACK 0x04
#define NL_GC_FIXED 0x08 /* never collected */

#define NL_GC_PAUSE_DEFAULT 200
#define NL_GC_STEPMUL_DEFAULT 200

/* Sets up the collector; reads NANLUA_GCSTRESS. */
void nl_gc_init(lua_State *L);

/* Links a new object of the given itype as current white. */
void nl_gc_link(lua_State *L, nl_GCObj *o, uint32_t itype);
/* Makes o a current-white object of the given itype without linking it (an
 * open upvalue, which its thread owns). */
void nl_gc_init_unlinked(lua_State *L, nl_GCObj *o, uint32_t itype);
/* An upvalue has just closed: it joins the object list, and what it holds
 * now is seen by the collector. */
struct nl_UpVal;
void nl_gc_link_closed_upval(lua_State *L, struct nl_UpVal *uv);

/* Never collect o (strings the VM keeps for its own use). */
static inline void nl_gc_fix(nl_GCObj *o) { o->marked |= NL_GC_FIXED; }

/* One step of incremental work; returns true when it finished a cycle. Call
 * only where every live object is reachable from the roots. While a chunk
 * is being compiled (gc.parsing) steps and full cycles do nothing. */
bool nl_gc_step(lua_State *L);

/* collectgarbage("step", kb): the work the allocation of kb kilobytes would
 * bring (a whole cycle for kb < 0), stress mode or not; returns true when a
 * cycle finished. */
bool nl_gc_step_kb(lua_State *L, int kb);
/* collectgarbage("stop"/"restart"/"isrunning"). A full cycle or an explicit
 * step restarts a stopped collector, as in LuaJIT. */
void nl_gc_stop(lua_State *L);
void nl_gc_restart(lua_State *L);
bool nl_gc_isrunning(const lua_State *L);

static inline void nl_gc_check(lua_State *L)
{
    if (L->g->totalbytes >= L->g->gc.threshold)
        nl_gc_step(L);
}

/* A complete cycle, finishing any cycle in progress first. */
void nl_gc_full(lua_State *L);

/* Frees every object (state close). */
void nl_gc_freeall(lua_State *L);
/* Runs every pending and future __gc finalizer (closing the state). */
void nl_gc_finalize_all(lua_State *L);

static inline bool nl_gc_isblack(const nl_GCObj *o) { return (o->marked & NL_GC_BLACK) != 0; }
static inline bool nl_gc_iswhite(const nl_GCObj *o) { return (o->marked & NL_GC_WHITES) != 0; }

/* Was o found garbage by the cycle now sweeping? (An interned string found
 * again before the sweep reaches it is revived with nl_gc_revive.) */
static inline bool nl_gc_isdead(const nl_Global *g, const nl_GCObj *o)
{
    return (o->marked & (NL_GC_WHITES ^ g->gc.currentwhite)) && !(o->marked & NL_GC_FIXED);
}
static inline void nl_gc_revive(const nl_Global *g, nl_GCObj *o)
{
    o->marked = (uint8_t)((o->marked & ~NL_GC_WHITES) | g->gc.currentwhite);
}

/* Must a store of v into a black object be seen by the collector? GC
 * references can be white; lightuserdata in the pointer table need marking. */
static inline bool nl_gc_value_needs_barrier(nl_Value v)
{
    return nl_is_gcref(v) || nl_has_itype(v, NL_ITYPE_LUDX);
}

void nl_gc_barrier_back_slow(lua_State *L, nl_Table *t);
void nl_gc_barrier_slow(lua_State *L, nl_GCObj *parent, nl_Value v);

/* After storing v into table t. */
static inline void nl_gc_barrier_back(lua_State *L, nl_Table *t, nl_Value v)
{
    if (nl_gc_isblack((nl_GCObj *)t) && nl_gc_value_needs_barrier(v))
        nl_gc_barrier_back_slow(L, t);
}

/* After making parent (not a table) refer to v. */
static inline void nl_gc_barrier(lua_State *L, nl_GCObj *parent, nl_Value v)
{
    if (nl_gc_isblack(parent) && nl_gc_value_needs_barrier(v))
        nl_gc_barrier_slow(L, parent, v);
}

#endif
