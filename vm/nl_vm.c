/*
 * nl_vm.c -- the dispatch loop (see nl_vm.h and docs/vm.md).
 *
 * One body per opcode. The bodies are the same for both dispatch builds:
 * computed goto (gcc and clang) and, with GENERIC=1, a plain switch. Fast
 * paths (numbers, plain table hits) stay in the loop; everything else calls
 * out to nl_meta.c. The interpreter's registers are locals: pc (the next
 * instruction), base (register 0), k (constants), cl (running closure).
 * Anything that can move the stack (calls, allocation, errors that run an
 * error handler) is done with pc saved to the frame, and base is reloaded
 * after it.
 */
#include "nl_vm.h"

#include <math.h>
#include <stdlib.h>

#include "nl_bc.h"
#include "nl_call.h"
#include "nl_debug.h"
#include "nl_func.h"
#include "nl_gc.h"
#include "nl_lib.h"
#include "nl_meta.h"
#include "nl_string.h"
#include "nl_table.h"

#if defined(__GNUC__) && !(defined(NL_GENERIC) && NL_GENERIC)
#define VM_COMPUTED_GOTO 1
#else
#define VM_COMPUTED_GOTO 0
#endif

static const nl_Value primitives[3] = {NL_NIL, NL_FALSE, NL_TRUE};

/* ---- Continuations of metamethod calls ---------------------------------------- */

static int call_meta(lua_State *L, int nargs, uint8_t cont, uint32_t contarg);

/* Applies a metamethod's result to the Lua frame L->ci. Returns NL_PRE_C when
 * done, or what a further metamethod call (a concatenation step) did. */
static int apply_cont(lua_State *L, uint8_t cont, uint32_t contarg, nl_Value result)
{
    nl_CallInfo *ci = L->ci;
    nl_Value *base = ci->base;
    switch (cont) {
    case NL_CONT_STORE:
        base[contarg] = result;
        break;
    case NL_CONT_COND: {
        /* savedpc is at the JMP that follows the comparison. */
        const nl_Ins *pc = ci->savedpc;
        bool take = nl_is_truthy(result) ^ (contarg & 1);
        ci->savedpc = take ? pc + 1 + nl_bc_j(*pc) : pc + 1;
        break;
    }
    case NL_CONT_CAT: {
        unsigned a = contarg & 0xff, b = (contarg >> 8) & 0xff, at = contarg >> 16;
        base[at] = result;
        L->top = ci->top;
        int r = nl_meta_concat(L, base + b, base + at);
        base = ci->base;
        if (r == 0) {
            base[a] = base[b];
            break;
        }
        return call_meta(L, 2, NL_CONT_CAT, a | b << 8 | (uint32_t)(b + r - 1) << 16);
    }
    default: /* NL_CONT_DROP */
        break;
    }
    L->top = ci->top;
    return NL_PRE_C;
}

/* Calls the metamethod call pushed at L->top (handler and nargs operands)
 * with a continuation. A C handler has run and its result has been applied
 * when this returns NL_PRE_C; NL_PRE_LUA means its frame is to run. */
static int call_meta(lua_State *L, int nargs, uint8_t cont, uint32_t contarg)
{
    nl_Value *func = L->top - 1 - nargs;
    ptrdiff_t at = nl_savestack(L, func);
    int r = nl_call_precall_k(L, func, 1, 0, cont, contarg);
    if (r != NL_PRE_C)
        return r;
    return apply_cont(L, cont, contarg, *nl_restorestack(L, at));
}

/* ---- Numeric for ------------------------------------------------------------------ */

static void for_check(lua_State *L, nl_Value *v, const char *what)
{
    double d;
    if (!nl_meta_tonumber(*v, &d))
        nl_err_runf(L, "'for' %s must be a number", what);
    *v = nl_number_from_outside(d);
}

/* ---- Lua calls and returns -------------------------------------------------------- */

/* The common Lua-to-Lua call, without nl_call.c: a function with fixed
 * parameters and no builtin argument check, room on the stack and a frame
 * record left by an earlier call at this depth. Pushes the frame for the
 * arguments func+1 .. L->top-1 and returns it, or NULL when nl_call_precall
 * must do the work. A call hook runs from the callee's first instruction, as
 * for any Lua frame. */
static inline bool lua_frame_fits(const lua_State *L, const nl_Proto *p)
{
    return !p->is_vararg && !p->builtin_args &&
           L->stack_last - L->top >= (ptrdiff_t)p->framesize + p->numparams + NL_FRAME_EXTRA;
}

/* Makes rec the running frame of p, called at func with the arguments up to
 * L->top. The caller sets the continuation. */
static inline void start_lua_frame(lua_State *L, nl_CallInfo *rec, const nl_Proto *p,
                                   nl_Value *func, int nresults, uint16_t flags)
{
    nl_Value *base = func + 1;
    rec->func = func;
    rec->base = base;
    rec->top = base + p->framesize;
    rec->savedpc = p->code;
    rec->nresults = nresults;
    rec->flags = flags;
    /* Only missing parameters are cleared: the code generator writes every
     * other register before reading it, and the collector clears the stack
     * above L->top in its atomic phase, so a stale slot never points at a
     * freed object. */
    for (nl_Value *v = L->top; v < base + p->numparams; v++)
        *v = NL_NIL;
    L->top = rec->top;
    L->ci = rec;
}

static inline nl_CallInfo *enter_lua(lua_State *L, nl_CallInfo *ci, const nl_Proto *p,
                                     nl_Value *func, int nresults)
{
    nl_CallInfo *next = ci->next;
    if (!next || !lua_frame_fits(L, p))
        return NULL;
    start_lua_frame(L, next, p, func, nresults, NL_CI_LUA);
    next->cont = NL_CONT_NONE;
    next->contarg = 0;
    return next;
}

/* True when call_c can call f from the Lua frame ci: a frame record is left
 * from an earlier call at this depth, the stack has the room a C function
 * may use, no call hook is set, and f is not pcall or xpcall (they push
 * frames of their own). */
static inline bool can_call_c(lua_State *L, const nl_CallInfo *ci, nl_CFunction f)
{
    return ci->next && L->stack_last - L->top >= NL_C_MINSTACK &&
           !(L->g->hookmask & LUA_MASKCALL) && f != nl_lib_pcall && f != nl_lib_xpcall;
}

/* Calls C function f with the arguments func+1 .. L->top-1 and moves its
 * results to func (nresults of them, -1 for all, L->top marking their end)
 * the way nl_call_precall and nl_call_postcall would. Returns what f did:
 * negative when it yielded or returned NL_LIB_TAILCALL, leaving its frame in
 * place. */
static inline int call_c(lua_State *L, nl_CallInfo *ci, nl_CFunction f, nl_Value *func,
                         int nresults)
{
    nl_CallInfo *next = ci->next;
    next->func = func;
    next->base = func + 1;
    next->top = L->top + NL_C_MINSTACK;
    next->nresults = nresults;
    next->flags = 0;
    next->cont = NL_CONT_NONE;
    next->contarg = 0;
    L->ci = next;
    int n = f(L);
    if (n < 0)
        return n;
    nl_Value *res = next->func, *first = L->top - n; /* f may have moved the stack */
    L->ci = ci;
    if (nresults < 0) {
        for (int i = 0; i < n; i++)
            res[i] = first[i];
        L->top = res + n;
        return n;
    }
    int i = 0;
    for (; i < n && i < nresults; i++)
        res[i] = first[i];
    for (; i < nresults; i++)
        res[i] = NL_NIL;
    L->top = ci->top;
    return n;
}

/* ---- The loop ----------------------------------------------------------------------- */

/* Hooks: the instruction about to run (pc points past it) goes to
 * nl_debug_hookins first. The computed-goto build gets there through its
 * dispatch table, which nl_vm_sethookdispatch points at the label vm_hook
 * while a hook is set; the switch build tests the hook mask. */
#define VM_HOOK()                          \
    do {                                   \
        SAVEPC();                          \
        nl_debug_hookins(L, pc - 1);       \
        base = ci->base;                   \
    } while (0)

#if VM_COMPUTED_GOTO
#define VM_NEXT                              \
    do {                                     \
        ins = *pc++;                         \
        goto *dispatch[nl_bc_op(ins)];       \
    } while (0)
#define VM_CASE(name) op_##name:
#define VM_LOOP VM_NEXT;
#define VM_LOOP_END                          \
    vm_hook:                                 \
        VM_HOOK();                           \
        goto *labels[nl_bc_op(ins)];
#else
/* A goto, not continue: VM_NEXT is used inside do-while blocks too. */
#define VM_NEXT goto next_instruction
#define VM_CASE(name) case NL_BC_##name:
#define VM_LOOP                  \
    for (;;) {                   \
    next_instruction:            \
        ins = *pc++;             \
        if (*hookmask)           \
            VM_HOOK();           \
        switch (nl_bc_op(ins)) {
#define VM_LOOP_END \
    default: abort(); \
    }               \
    }
#endif

/* Operands of the current instruction. */
#define A nl_bc_a(ins)
#define B nl_bc_b(ins)
#define C nl_bc_c(ins)
#define D nl_bc_d(ins)
#define RA (base + A)
#define RB (base + B)
#define RC (base + C)
#define RD (base + D)
#define KN(i) (k[i])
#define KS(i) nl_string(k[i])

#define SAVEPC() (ci->savedpc = pc)
/* Runs code that may move the stack or raise: pc saved, base reloaded. */
#define PROTECT(code) \
    do {              \
        SAVEPC();     \
        code;         \
        base = ci->base; \
    } while (0)
#define TAKE_JUMP() (pc += 1 + nl_bc_j(*pc))
#define BRANCH(cond)        \
    do {                    \
        if (cond)           \
            TAKE_JUMP();    \
        else                \
            pc++;           \
        VM_NEXT;            \
    } while (0)
/* After a metamethod call was started: carry on in the caller or the new frame. */
#define AFTER_META(r)             \
    do {                          \
        int r_ = (r);             \
        if (r_ == NL_PRE_YIELD)   \
            return;               \
        goto newframe;            \
    } while (0)
#define GC_CHECK() PROTECT(nl_gc_check(L))

/* TGETV/TSETV's lookup: a number key inside the array part inline,
 * anything else through nl_tab_get. */
static inline const nl_Value *lookup_value_key(const nl_Table *t, nl_Value key)
{
    if (nl_is_number(key)) {
        double d = nl_number(key);
        if (d >= 1 && d <= t->asize) { /* false for NaN */
            uint32_t i = (uint32_t)d;
            if (i == d)
                return &t->array[i - 1];
        }
    }
    return nl_tab_get(t, key);
}

/* __index tables TGET* follows before it leaves a chain to nl_meta_index. */
#define VM_INDEX_LEVELS 16

_Static_assert(NL_BC__MAX <= NL_VM_NDISPATCH, "nl_Global.vmdispatch holds every opcode");

/* The loop; with update set, instead fills update's dispatch table (only
 * this function knows the addresses of its labels). */
static __attribute__((noinline)) void vm_run(lua_State *L, const nl_Return *pending,
                                             nl_Global *update)
{
#if VM_COMPUTED_GOTO
    static const void *const labels[NL_BC__MAX] = {
#define NL_BC_LABEL(name, ma, mb, mcd, sem) &&op_##name,
        NL_BC_LIST(NL_BC_LABEL)
#undef NL_BC_LABEL
    };
    if (update) {
        bool hooked = update->hookmask != 0;
        for (int i = 0; i < NL_BC__MAX; i++)
            update->vmdispatch[i] = hooked ? &&vm_hook : labels[i];
        return;
    }
    const void *const *dispatch = L->g->vmdispatch;
#else
    if (update)
        return;
    volatile sig_atomic_t *hookmask = &L->g->hookmask;
#endif
    nl_CallInfo *ci;
    nl_LClosure *cl;
    const nl_Value *k;
    nl_Value *base;
    const nl_Ins *pc;
    nl_Ins ins;

    if (pending) {
        if (pending->cont != NL_CONT_NONE) {
            if (apply_cont(L, pending->cont, pending->contarg,
                           *nl_restorestack(L, pending->result)) == NL_PRE_YIELD)
                return;
        } else if (!pending->multres) {
            L->top = L->ci->top;
        }
    }

newframe:
    ci = L->ci;
    cl = &nl_func(*ci->func)->l;
    k = cl->p->k;
    base = ci->base;
    pc = ci->savedpc;

    VM_LOOP

    /* ---- Comparisons ---- */
    /* One body per opcode: lt says < or <=, negate the ISGE/ISGT forms. */
#define COMPARE(name, lt, negate)                                              \
    VM_CASE(name) {                                                            \
        nl_Value *ra = RA, *rd = RD;                                           \
        bool res;                                                              \
        if (nl_is_number(*ra) && nl_is_number(*rd)) {                          \
            res = (lt) ? nl_number(*ra) < nl_number(*rd) : nl_number(*ra) <= nl_number(*rd); \
            BRANCH(res ^ (negate));                                            \
        }                                                                      \
        SAVEPC();                                                              \
        int m = nl_meta_compare(L, ra, rd, (lt) ? NL_TM_LT : NL_TM_LE, &res); \
        if (m == NL_META_DONE) {                                               \
            base = ci->base;                                                   \
            BRANCH(res ^ (negate));                                            \
        }                                                                      \
        AFTER_META(call_meta(L, 2, NL_CONT_COND, (m == NL_META_CALLNOT) ^ (negate))); \
    }
    COMPARE(ISLT, true, false)
    COMPARE(ISGE, true, true)
    COMPARE(ISLE, false, false)
    COMPARE(ISGT, false, true)
#undef COMPARE
    VM_CASE(ISEQV)
    VM_CASE(ISNEV) {
        nl_Value a = *RA, d = *RD;
        bool negate = nl_bc_op(ins) == NL_BC_ISNEV, res;
        if (nl_raw_equal(a, d))
            BRANCH(!negate);
        SAVEPC();
        if (nl_meta_equal(L, a, d, &res) == NL_META_DONE)
            BRANCH(res ^ negate);
        AFTER_META(call_meta(L, 2, NL_CONT_COND, negate));
    }
    VM_CASE(ISEQS) BRANCH(*RA == KN(D));
    VM_CASE(ISNES) BRANCH(*RA != KN(D));
    VM_CASE(ISEQN) BRANCH(nl_is_number(*RA) && nl_number(*RA) == nl_number(KN(D)));
    VM_CASE(ISNEN) BRANCH(!(nl_is_number(*RA) && nl_number(*RA) == nl_number(KN(D))));
    VM_CASE(ISEQP) BRANCH(*RA == primitives[D]);
    VM_CASE(ISNEP) BRANCH(*RA != primitives[D]);
    VM_CASE(IST) BRANCH(nl_is_truthy(*RD));
    VM_CASE(ISF) BRANCH(nl_is_falsy(*RD));
    VM_CASE(ISTC) {
        nl_Value v = *RD;
        if (nl_is_truthy(v))
            *RA = v;
        BRANCH(nl_is_truthy(v));
    }
    VM_CASE(ISFC) {
        nl_Value v = *RD;
        if (nl_is_falsy(v))
            *RA = v;
        BRANCH(nl_is_falsy(v));
    }

    /* ---- Moves and unary operators ---- */
    VM_CASE(MOV) {
        *RA = *RD;
        VM_NEXT;
    }
    VM_CASE(NOT) {
        *RA = nl_box_bool(nl_is_falsy(*RD));
        VM_NEXT;
    }
    VM_CASE(UNM) {
        nl_Value *rd = RD;
        if (nl_is_number(*rd)) {
            *RA = nl_box_number(-nl_number(*rd));
            VM_NEXT;
        }
        int m;
        PROTECT(m = nl_meta_arith(L, RA, rd, rd, NL_TM_UNM));
        if (m == NL_META_DONE)
            VM_NEXT;
        AFTER_META(call_meta(L, 2, NL_CONT_STORE, A));
    }
    VM_CASE(LEN) {
        nl_Value *rd = RD;
        if (nl_is_string(*rd)) {
            *RA = nl_box_number((double)nl_string(*rd)->len);
            VM_NEXT;
        }
        if (nl_is_table(*rd)) {
            *RA = nl_box_number((double)nl_tab_len(nl_table(*rd)));
            VM_NEXT;
        }
        int m;
        PROTECT(m = nl_meta_len(L, RA, rd));
        if (m == NL_META_DONE)
            VM_NEXT;
        AFTER_META(call_meta(L, 2, NL_CONT_STORE, A));
    }

    /* ---- Arithmetic ---- */
#define ARITH(name, event, xp, yp, expr)                                     \
    VM_CASE(name) {                                                          \
        const nl_Value *x = (xp), *y = (yp);                                 \
        if (nl_is_number(*x) && nl_is_number(*y)) {                          \
            double a = nl_number(*x), b = nl_number(*y);                     \
            *RA = nl_box_number(expr);                                       \
            VM_NEXT;                                                         \
        }                                                                    \
        int m;                                                               \
        PROTECT(m = nl_meta_arith(L, RA, x, y, event));                      \
        if (m == NL_META_DONE)                                               \
            VM_NEXT;                                                         \
        AFTER_META(call_meta(L, 2, NL_CONT_STORE, A));                       \
    }
#define ARITH3(op, event, expr)                       \
    ARITH(op##VN, event, RB, &KN(C), expr)            \
    ARITH(op##NV, event, &KN(C), RB, expr)            \
    ARITH(op##VV, event, RB, RC, expr)
    ARITH3(ADD, NL_TM_ADD, a + b)
    ARITH3(SUB, NL_TM_SUB, a - b)
    ARITH3(MUL, NL_TM_MUL, a * b)
    ARITH3(DIV, NL_TM_DIV, a / b)
    ARITH3(MOD, NL_TM_MOD, a - floor(a / b) * b)
    ARITH(POW, NL_TM_POW, RB, RC, pow(a, b))
#undef ARITH3
#undef ARITH

    VM_CASE(CAT) {
        int r;
        PROTECT(r = nl_meta_concat(L, RB, RC));
        if (r == 0) {
            *RA = *RB;
            GC_CHECK();
            VM_NEXT;
        }
        AFTER_META(call_meta(L, 2, NL_CONT_CAT, A | B << 8 | (B + r - 1) << 16));
    }

    /* ---- Constants ---- */
    VM_CASE(KSTR) {
        *RA = KN(D);
        VM_NEXT;
    }
    VM_CASE(KNUM) {
        *RA = KN(D);
        VM_NEXT;
    }
    VM_CASE(KSHORT) {
        *RA = nl_box_number((double)nl_bc_j(ins));
        VM_NEXT;
    }
    VM_CASE(KPRI) {
        *RA = primitives[D];
        VM_NEXT;
    }
    VM_CASE(KNIL) {
        for (nl_Value *v = RA, *last = RD; v <= last; v++)
            *v = NL_NIL;
        VM_NEXT;
    }

    /* ---- Upvalues and closures ---- */
    VM_CASE(UGET) {
        *RA = *cl->upvals[D]->v;
        VM_NEXT;
    }
    VM_CASE(USETV)
    VM_CASE(USETS)
    VM_CASE(USETN)
    VM_CASE(USETP) {
        nl_UpVal *uv = cl->upvals[A];
        nl_BCOp op = nl_bc_op(ins);
        nl_Value v = op == NL_BC_USETV ? *RD : op == NL_BC_USETP ? primitives[D] : KN(D);
        *uv->v = v;
        if (uv->v == &uv->closed)
            nl_gc_barrier(L, (nl_GCObj *)uv, v);
        VM_NEXT;
    }
    VM_CASE(UCLO) {
        if (L->openupval && L->openupval->v >= RA)
            nl_func_close(L, RA);
        pc += nl_bc_j(ins);
        VM_NEXT;
    }
    VM_CASE(FNEW) {
        nl_Proto *p = cl->p->p[D];
        nl_LClosure *f;
        PROTECT(f = nl_func_newlua(L, p, cl->env));
        for (uint8_t i = 0; i < p->nupvalues; i++) {
            nl_Ins uvins = *pc++;
            f->upvals[i] = nl_bc_op(uvins) == NL_BC_MOV ? nl_func_findupval(L, base + nl_bc_d(uvins))
                                                      : cl->upvals[nl_bc_d(uvins)];
        }
        *RA = nl_box_func((nl_Closure *)f);
        GC_CHECK();
        VM_NEXT;
    }

    /* ---- Globals ---- */
    VM_CASE(GGET) {
        nl_Table *env = cl->env;
        const nl_Value *v = nl_tab_getstr(env, KS(D));
        if (!nl_is_nil(*v) || !env->metatable) {
            *RA = *v;
            VM_NEXT;
        }
        nl_Value envv = nl_box_table(env);
        int m;
        PROTECT(m = nl_meta_index(L, &envv, KN(D), RA));
        if (m == NL_META_DONE)
            VM_NEXT;
        AFTER_META(call_meta(L, 2, NL_CONT_STORE, A));
    }
    VM_CASE(GSET) {
        nl_Table *env = cl->env;
        nl_Value *slot = (nl_Value *)nl_tab_getstr(env, KS(D));
        if (!nl_is_nil(*slot)) {
            *slot = *RA;
            nl_gc_barrier_back(L, env, *slot);
            VM_NEXT;
        }
        if (nl_is_nil(nl_meta_fast(L, env->metatable, NL_TM_NEWINDEX))) { /* as TSETS */
            if (slot == &nl_tab_nilval)
                PROTECT(slot = nl_tab_setstr(L, env, KS(D)));
            env->nomm = 0;
            *slot = *RA;
            nl_gc_barrier_back(L, env, *slot);
            VM_NEXT;
        }
        nl_Value envv = nl_box_table(env);
        int m;
        PROTECT(m = nl_meta_newindex(L, &envv, KN(D), *RA));
        if (m == NL_META_DONE)
            VM_NEXT;
        AFTER_META(call_meta(L, 3, NL_CONT_DROP, 0));
    }

    /* ---- Tables ---- */
    VM_CASE(TNEW) {
        unsigned h = D >> 11;
        nl_Table *t;
        PROTECT(t = nl_tab_new(L, D & NL_BC_TNEW_AMAX, h ? 1u << (h - 1) : 0));
        *RA = nl_box_table(t);
        GC_CHECK();
        VM_NEXT;
    }
    VM_CASE(TDUP) {
        nl_Table *t;
        PROTECT(t = nl_tab_dup(L, nl_table(KN(D))));
        *RA = nl_box_table(t);
        GC_CHECK();
        VM_NEXT;
    }
    /* A miss on a table follows a chain of __index tables (classes and
     * their bases) here; a handler that is a function or not a table, or a
     * chain longer than VM_INDEX_LEVELS, goes to nl_meta_index, which starts
     * over (the lookups have no effects) and raises what is to be raised. */
#define TGET(name, keyexpr, lookup)                                           \
    VM_CASE(name) {                                                           \
        nl_Value *rb = RB;                                                    \
        nl_Value key = (keyexpr);                                             \
        if (nl_is_table(*rb)) {                                               \
            nl_Table *t = nl_table(*rb);                                      \
            const nl_Value *v = (lookup);                                     \
            for (int level = 0;; level++) {                                   \
                nl_Value h;                                                   \
                /* builtins read raw, as LuaJIT's TGETR */                    \
                if (!nl_is_nil(*v) || cl->p->builtin_args ||                  \
                    nl_is_nil(h = nl_meta_fast(L, t->metatable, NL_TM_INDEX))) { \
                    *RA = *v;                                                 \
                    VM_NEXT;                                                  \
                }                                                             \
                if (!nl_is_table(h) || level == VM_INDEX_LEVELS)              \
                    break;                                                    \
                t = nl_table(h);                                              \
                v = (lookup);                                                 \
            }                                                                 \
        }                                                                     \
        int m;                                                                \
        PROTECT(m = nl_meta_index(L, rb, key, RA));                           \
        if (m == NL_META_DONE)                                                \
            VM_NEXT;                                                          \
        AFTER_META(call_meta(L, 2, NL_CONT_STORE, A));                        \
    }
    TGET(TGETV, *RC, lookup_value_key(t, key))
    TGET(TGETS, KN(C), nl_tab_getstr(t, KS(C)))
    TGET(TGETB, nl_box_number((double)C), nl_tab_getint(t, C))
#undef TGET
    /* A store into a table without __newindex (or into a key it has) is
     * done here: an existing slot, even one holding nil, is written in
     * place, a new key is created by the table's setter. Writing a nil slot
     * may give the table a metamethod name, so its absence cache goes. */
#define TSET(name, keyexpr, lookup, create)                                   \
    VM_CASE(name) {                                                           \
        nl_Value *rb = RB;                                                    \
        nl_Value key = (keyexpr);                                             \
        if (nl_is_table(*rb)) {                                               \
            nl_Table *t = nl_table(*rb);                                      \
            nl_Value *slot = (nl_Value *)(lookup);                            \
            if (!nl_is_nil(*slot)) {                                          \
                *slot = *RA;                                                  \
                nl_gc_barrier_back(L, t, *slot);                              \
                VM_NEXT;                                                      \
            }                                                                 \
            if (nl_is_nil(nl_meta_fast(L, t->metatable, NL_TM_NEWINDEX))) {   \
                if (slot == &nl_tab_nilval)                                   \
                    PROTECT(slot = (create));                                 \
                t->nomm = 0;                                                  \
                *slot = *RA;                                                  \
                nl_gc_barrier_back(L, t, *slot);                              \
                VM_NEXT;                                                      \
            }                                                                 \
        }                                                                     \
        int m;                                                                \
        PROTECT(m = nl_meta_newindex(L, rb, key, *RA));                       \
        if (m == NL_META_DONE)                                                \
            VM_NEXT;                                                          \
        AFTER_META(call_meta(L, 3, NL_CONT_DROP, 0));                         \
    }
    TSET(TSETV, *RC, lookup_value_key(t, key), nl_tab_set(L, t, key))
    TSET(TSETS, KN(C), nl_tab_getstr(t, KS(C)), nl_tab_setstr(L, t, KS(C)))
    TSET(TSETB, nl_box_number((double)C), nl_tab_getint(t, C), nl_tab_setint(L, t, C))
#undef TSET
    VM_CASE(TSETM) {
        if (!nl_is_table(base[A - 1])) { /* only loaded code can get here */
            SAVEPC();
            nl_debug_typeerror(L, base + A - 1, "index");
        }
        nl_Table *t = nl_table(base[A - 1]);
        int64_t first = (int64_t)nl_number(KN(D));
        nl_Value *v = RA;
        int n = (int)(L->top - v);
        SAVEPC();
        /* LuaJIT grows the array one slot past the last value */
        if (n > 0 && first + n - 1 > (int64_t)t->asize)
            nl_tab_resize_array(L, t, (uint32_t)(first + n));
        for (int i = 0; i < n; i++) {
            *nl_tab_setint(L, t, first + i) = v[i];
            nl_gc_barrier_back(L, t, v[i]);
        }
        L->top = ci->top;
        VM_NEXT;
    }

    /* ---- Calls and returns ---- */
    /* CALL, CALLM and ITERC share a body; setup says where the arguments
     * end (CALLM's where MULTRES left top) and copies ITERC's generator,
     * state and control up. */
#define CALL_OP(name, setup)                                                   \
    VM_CASE(name) {                                                            \
        nl_Value *func = RA;                                                   \
        setup;                                                                 \
        int nres = (int)B - 1;                                                 \
        int r;                                                                 \
        SAVEPC();                                                              \
        if (nl_is_func(*func) && !nl_func(*func)->h.is_c) {                    \
            nl_LClosure *f = &nl_func(*func)->l;                               \
            nl_CallInfo *next = enter_lua(L, ci, f->p, func, nres);            \
            if (next) {                                                        \
                ci = next;                                                     \
                cl = f;                                                        \
                k = f->p->k;                                                   \
                base = func + 1;                                               \
                pc = f->p->code;                                               \
                VM_NEXT;                                                       \
            }                                                                  \
            r = nl_call_precall(L, func, nres);                                \
        } else if (nl_is_func(*func) && can_call_c(L, ci, nl_func(*func)->c.f)) { \
            int n = call_c(L, ci, nl_func(*func)->c.f, func, nres);            \
            if (n >= 0) {                                                      \
                base = ci->base;                                               \
                VM_NEXT;                                                       \
            }                                                                  \
            if (n != NL_LIB_TAILCALL)                                          \
                return; /* it yielded */                                       \
            r = nl_call_tailcall_from_c(L);                                    \
        } else {                                                               \
            r = nl_call_precall(L, func, nres);                                \
        }                                                                      \
        if (r == NL_PRE_LUA)                                                   \
            goto newframe;                                                     \
        if (r == NL_PRE_YIELD)                                                 \
            return;                                                            \
        if (nres >= 0)                                                         \
            L->top = ci->top;                                                  \
        base = ci->base;                                                       \
        VM_NEXT;                                                               \
    }
    CALL_OP(CALL, L->top = func + C)
    CALL_OP(CALLM, (void)0)
    CALL_OP(ITERC, (func[0] = func[-3], func[1] = func[-2], func[2] = func[-1], L->top = func + C))
#undef CALL_OP
    VM_CASE(CALLT)
    VM_CASE(CALLMT) {
        nl_Value *func = RA;
        if (nl_bc_op(ins) == NL_BC_CALLT)
            L->top = func + D;
        if (!nl_is_func(*func) && !nl_is_func(nl_meta_get(L, *func, NL_TM_CALL))) {
            SAVEPC(); /* name the callee while this frame still exists */
            nl_debug_typeerror(L, func, "call");
        }
        if (L->openupval && L->openupval->v >= base)
            nl_func_close(L, base);
        /* The callee takes over the frame: move it down to the frame's slot. */
        nl_Value *dst = ci->func;
        int n = (int)(L->top - func);
        for (int i = 0; i < n; i++)
            dst[i] = func[i];
        L->top = dst + n;
        uint16_t fresh = ci->flags & NL_CI_FRESH;
        if (nl_is_func(*dst) && !nl_func(*dst)->h.is_c && lua_frame_fits(L, nl_func(*dst)->l.p)) {
            /* A Lua callee with fixed parameters reuses the record as it is,
             * continuation included. */
            cl = &nl_func(*dst)->l;
            start_lua_frame(L, ci, cl->p, dst, ci->nresults, fresh | NL_CI_TAIL | NL_CI_LUA);
            k = cl->p->k;
            base = ci->base;
            pc = cl->p->code;
            VM_NEXT;
        }
        uint8_t cont = ci->cont;
        uint32_t contarg = ci->contarg;
        int nres = ci->nresults;
        ptrdiff_t at = nl_savestack(L, dst);
        L->ci = ci->previous;
        int r = nl_call_precall_k(L, dst, nres, fresh | NL_CI_TAIL, cont, contarg);
        if (r == NL_PRE_LUA)
            goto newframe;
        if (r == NL_PRE_YIELD)
            return;
        /* A C function ran: this frame has returned. */
        if (fresh)
            return;
        if (cont != NL_CONT_NONE)
            AFTER_META(apply_cont(L, cont, contarg, *nl_restorestack(L, at)));
        if (nres >= 0)
            L->top = L->ci->top;
        goto newframe;
    }
    VM_CASE(VARG) {
        int nvar = (int)(base - ci->func - 1) - (int)C;
        if (nvar < 0)
            nvar = 0;
        int want = (int)B - 1;
        if (want < 0) {
            PROTECT(nl_state_checkstack(L, (size_t)nvar + NL_FRAME_EXTRA));
            want = nvar;
            L->top = RA + nvar;
        }
        nl_Value *dst = RA, *src = base - nvar;
        for (int i = 0; i < want; i++)
            dst[i] = i < nvar ? src[i] : NL_NIL;
        VM_NEXT;
    }
    /* A return to a Lua frame of the same loop (the caller is a Lua frame and
     * this one neither was entered from C nor runs a metamethod) moves the
     * results and carries on in the caller; nl_call_postcall does the rest. */
#define RETURN(name, nexpr)                                                       \
    VM_CASE(name) {                                                               \
        nl_Value *first = RA;                                                     \
        int n = (nexpr);                                                          \
        if (L->openupval && L->openupval->v >= base)                              \
            nl_func_close(L, base);                                               \
        nl_CallInfo *up = ci->previous;                                           \
        if ((up->flags & NL_CI_LUA) && !(ci->flags & NL_CI_FRESH) &&              \
            ci->cont == NL_CONT_NONE) {                                           \
            nl_Value *res = ci->func;                                             \
            int wanted = ci->nresults;                                            \
            if (wanted < 0) {                                                     \
                for (int i = 0; i < n; i++)                                       \
                    res[i] = first[i];                                            \
                L->top = res + n;                                                 \
            } else {                                                              \
                int i = 0;                                                        \
                for (; i < n && i < wanted; i++)                                  \
                    res[i] = first[i];                                            \
                for (; i < wanted; i++)                                           \
                    res[i] = NL_NIL;                                              \
                L->top = up->top;                                                 \
            }                                                                     \
            L->ci = ci = up;                                                      \
            cl = &nl_func(*ci->func)->l;                                          \
            k = cl->p->k;                                                         \
            base = ci->base;                                                      \
            pc = ci->savedpc;                                                     \
            VM_NEXT;                                                              \
        }                                                                         \
        nl_Return r = nl_call_postcall(L, first, n);                              \
        if (r.cont != NL_CONT_NONE)                                               \
            AFTER_META(apply_cont(L, r.cont, r.contarg, *nl_restorestack(L, r.result))); \
        if (r.leave)                                                              \
            return;                                                               \
        if (!r.multres)                                                           \
            L->top = L->ci->top;                                                  \
        goto newframe;                                                            \
    }
    RETURN(RETM, (int)(L->top - first))
    RETURN(RET, (int)D - 1)
    RETURN(RET0, 0)
    RETURN(RET1, 1)
#undef RETURN

    /* ---- Loops and jumps ---- */
    VM_CASE(FORI) {
        nl_Value *ra = RA;
        if (!(nl_is_number(ra[0]) && nl_is_number(ra[1]) && nl_is_number(ra[2]))) {
            SAVEPC();
            for_check(L, ra, "initial value");
            for_check(L, ra + 1, "limit");
            for_check(L, ra + 2, "step");
        }
        double idx = nl_number(ra[0]), stop = nl_number(ra[1]), step = nl_number(ra[2]);
        if (step >= 0 ? idx <= stop : idx >= stop) {
            ra[3] = ra[0];
        } else {
            pc += nl_bc_j(ins);
        }
        VM_NEXT;
    }
    VM_CASE(FORL) {
        nl_Value *ra = RA;
        double step = nl_number(ra[2]), stop = nl_number(ra[1]);
        double idx = nl_number(ra[0]) + step;
        if (step >= 0 ? idx <= stop : idx >= stop) {
            ra[0] = ra[3] = nl_box_number(idx);
            pc += nl_bc_j(ins);
        }
        VM_NEXT;
    }
    VM_CASE(ITERL) {
        nl_Value *ra = RA;
        if (!nl_is_nil(*ra)) {
            ra[-1] = *ra;
            pc += nl_bc_j(ins);
        }
        VM_NEXT;
    }
    VM_CASE(JMP) {
        pc += nl_bc_j(ins);
        VM_NEXT;
    }

    VM_LOOP_END
}

void nl_vm_execute(lua_State *L, const nl_Return *pending) { vm_run(L, pending, NULL); }

void nl_vm_sethookdispatch(nl_Global *g) { vm_run(NULL, NULL, g); }
