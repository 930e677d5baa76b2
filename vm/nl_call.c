/*
 * nl_call.c -- calls and returns (see nl_call.h).
 *
 * Lua-to-Lua calls never recurse in C: nl_call_precall pushes the frame and
 * the dispatch loop carries on in it. pcall and xpcall are frames too, so a
 * coroutine can yield from inside them. A C function calling back into Lua
 * (nl_call) is the one place the C stack grows; each such entry catches
 * errors with setjmp and, when a pcall frame of its own lies between the
 * error and the entry, recovers there and runs on.
 */
#include "nl_call.h"

#include "nl_builtin.h"
#include "nl_debug.h"
#include "nl_gc.h"
#include "nl_lib.h"
#include "nl_mem.h"
#include "nl_meta.h"
#include "nl_vm.h"
#include "lauxlib.h"
#include "lua.h"

/* ---- Frame records --------------------------------------------------------- */

static nl_CallInfo *push_frame(lua_State *L)
{
    nl_CallInfo *ci = L->ci->next;
    if (!ci) {
        uint32_t depth = L->ci->depth + 1;
        if (depth >= NL_MAX_CALLS) {
            if (depth >= NL_MAX_CALLS + NL_MAX_CCALLS)
                nl_err_throw(L, NL_ERRERR); /* overflowing while handling an overflow */
            /* The first frame past the limit raises; the error handler (an
             * xpcall's, say debug.traceback) then gets frames beyond it, which
             * nl_call_takeback_frames frees once the error is caught. */
            if (!L->frames_lent) {
                L->frames_lent = true;
                nl_err_runf(L, "stack overflow");
            }
        }
        ci = nl_mem_alloc(L, sizeof *ci);
        ci->depth = depth;
        ci->previous = L->ci;
        ci->next = NULL;
        L->ci->next = ci;
    }
    L->ci = ci;
    ci->cont = NL_CONT_NONE;
    ci->contarg = 0;
    return ci;
}

void nl_call_takeback_frames(lua_State *L)
{
    if (!L->frames_lent || L->ci->depth >= NL_MAX_CALLS)
        return;
    nl_CallInfo *last = L->ci;
    while (last->next && last->next->depth < NL_MAX_CALLS)
        last = last->next;
    nl_CallInfo *ci = last->next;
    last->next = NULL;
    while (ci) {
        nl_CallInfo *next = ci->next;
        nl_mem_free(L, ci, sizeof *ci);
        ci = next;
    }
    L->frames_lent = false;
}

void nl_call_freeframes(lua_State *L)
{
    nl_CallInfo *ci = L->base_ci.next;
    while (ci) {
        nl_CallInfo *next = ci->next;
        nl_mem_free(L, ci, sizeof *ci);
        ci = next;
    }
    L->base_ci.next = NULL;
}

/* ---- Calls -------------------------------------------------------------- */

/* Replaces a non-function at func by its __call handler, the value becoming
 * the first argument; returns the (possibly moved) func. */
static nl_Value *call_handler(lua_State *L, nl_Value *func)
{
    ptrdiff_t at = nl_savestack(L, func);
    nl_state_checkstack(L, 1);
    func = nl_restorestack(L, at);
    nl_Value h = nl_meta_get(L, *func, NL_TM_CALL);
    if (!nl_is_func(h))
        nl_debug_typeerror(L, func, "call");
    for (nl_Value *p = L->top; p > func; p--)
        *p = p[-1];
    L->top++;
    *func = h;
    return func;
}

/* The frame fields every kind of frame sets. */
typedef struct FrameKind {
    uint16_t flags;
    uint8_t cont;
    uint32_t contarg;
} FrameKind;

static nl_CallInfo *new_frame(lua_State *L, nl_Value *func, nl_Value *base, nl_Value *top,
                              int nresults, FrameKind kind)
{
    nl_CallInfo *ci = push_frame(L);
    ci->func = func;
    ci->base = base;
    ci->top = top;
    ci->nresults = nresults;
    ci->flags = kind.flags;
    ci->cont = kind.cont;
    ci->contarg = kind.contarg;
    return ci;
}

static int precall_lua(lua_State *L, nl_Value *func, int nresults, FrameKind kind)
{
    nl_Proto *p = nl_func(*func)->l.p;
    ptrdiff_t at = nl_savestack(L, func);
    nl_state_checkstack(L, (size_t)p->framesize + p->numparams + NL_FRAME_EXTRA);
    func = nl_restorestack(L, at);
    int nargs = (int)(L->top - func - 1);
    nl_Value *base = func + 1;
    nl_Value *clear = L->top; /* from here, missing parameters are nil */
    if (p->is_vararg) {
        /* The fixed parameters move above the arguments; what is left between
         * func and base are the varargs. */
        int nfix = p->numparams;
        base = nargs > nfix ? L->top : func + 1 + nfix;
        for (int i = 0; i < nfix; i++) {
            base[i] = i < nargs ? func[1 + i] : NL_NIL;
            func[1 + i] = NL_NIL;
        }
        clear = base + nfix;
    }
    kind.flags |= NL_CI_LUA;
    nl_CallInfo *ci = new_frame(L, func, base, base + p->framesize, nresults, kind);
    ci->savedpc = p->code;
    /* The other registers keep what they held (see enter_lua in nl_vm.c). */
    for (nl_Value *v = clear; v < base + p->numparams; v++)
        *v = NL_NIL;
    L->top = ci->top;
    if (p->builtin_args)
        nl_builtin_checkargs(L, p->builtin_args);
    return NL_PRE_LUA;
}

/* The function a pcall/xpcall frame calls. */
static nl_Value *pcall_func(nl_CallInfo *ci) { return ci->base + 1; }

/* pcall(f, ...) and xpcall(f, handler, ...) push a frame that catches errors,
 * for f to be called with the rest of the arguments. Layout: pcall's frame
 * has base = func (where `true` goes) and f at func + 1; xpcall's has the
 * handler at func + 1 = base and f at func + 2. */
static void precall_pcall(lua_State *L, nl_Value *func, int nresults, bool with_handler,
                         FrameKind kind)
{
    /* Until f is called this is pcall's own C frame, for argument errors;
     * only then does it catch errors. */
    nl_CallInfo *ci = new_frame(L, func, func + 1, L->top + NL_C_MINSTACK, nresults, kind);
    if (L->g->hookmask & LUA_MASKCALL)
        nl_debug_hookcall_c(L);
    luaL_checkany(L, 1);
    if (with_handler)
        luaL_checktype(L, 2, LUA_TFUNCTION);
    ci->flags |= with_handler ? NL_CI_XPCALL : NL_CI_PCALL;
    ci->old_errfunc = L->errfunc;
    if (with_handler) {
        nl_Value f = func[1];
        func[1] = func[2];
        func[2] = f;
        L->errfunc = nl_savestack(L, func + 1);
    } else {
        ci->base = func;
        L->errfunc = 0;
    }
}

/* The running C function ended in a tail call (nl_lib.h): its whole stack,
 * a function and its arguments, replaces its frame, so the callee returns to
 * the C function's caller as a Lua tail call's does. */
int nl_call_tailcall_from_c(lua_State *L)
{
    nl_CallInfo *ci = L->ci;
    FrameKind kind = {(uint16_t)((ci->flags & NL_CI_FRESH) | NL_CI_TAIL), ci->cont, ci->contarg};
    int nresults = ci->nresults;
    nl_Value *func = ci->func;
    int n = (int)(L->top - ci->base);
    for (int i = 0; i < n; i++)
        func[i] = ci->base[i];
    L->top = func + n;
    L->ci = ci->previous;
    return nl_call_precall_k(L, func, nresults, kind.flags, kind.cont, kind.contarg);
}

static int precall_c(lua_State *L, nl_Value *func, int nresults, FrameKind kind)
{
    ptrdiff_t at = nl_savestack(L, func);
    nl_state_checkstack(L, NL_C_MINSTACK);
    func = nl_restorestack(L, at);
    nl_CFunction f = nl_func(*func)->c.f;
    if (f == nl_lib_pcall || f == nl_lib_xpcall) {
        precall_pcall(L, func, nresults, f == nl_lib_xpcall, kind);
        return nl_call_precall(L, pcall_func(L->ci), -1);
    }
    /* A yield inside f leaves the frame, and its continuation, in place. */
    new_frame(L, func, func + 1, L->top + NL_C_MINSTACK, nresults, kind);
    if (L->g->hookmask & LUA_MASKCALL)
        nl_debug_hookcall_c(L);
    int n = f(L);
    if (n == NL_LIB_TAILCALL)
        return nl_call_tailcall_from_c(L);
    if (n < 0)
        return NL_PRE_YIELD;
    nl_call_postcall(L, L->top - n, n);
    return NL_PRE_C;
}

int nl_call_precall_k(lua_State *L, nl_Value *func, int nresults, uint16_t flags, uint8_t cont,
                      uint32_t contarg)
{
    FrameKind kind = {flags, cont, contarg};
    if (!nl_is_func(*func))
        func = call_handler(L, func);
    if (nl_func(*func)->h.is_c)
        return precall_c(L, func, nresults, kind);
    return precall_lua(L, func, nresults, kind);
}

int nl_call_precall(lua_State *L, nl_Value *func, int nresults)
{
    return nl_call_precall_k(L, func, nresults, 0, NL_CONT_NONE, 0);
}

nl_Return nl_call_postcall(lua_State *L, nl_Value *firstres, int nres)
{
    nl_Return r = {false, false, NL_CONT_NONE, 0, 0};
    for (;;) {
        nl_CallInfo *ci = L->ci;
        nl_Value *res = ci->func;
        int wanted = ci->nresults;
        r.leave |= (ci->flags & NL_CI_FRESH) != 0;
        r.multres = wanted < 0;
        r.cont = ci->cont;
        r.contarg = ci->contarg;
        r.result = nl_savestack(L, res);
        L->ci = ci->previous;
        int n = wanted < 0 ? nres : wanted;
        int i = 0;
        for (; i < n && i < nres; i++)
            res[i] = firstres[i];
        for (; i < n; i++)
            res[i] = NL_NIL;
        L->top = res + n;
        nl_CallInfo *up = L->ci;
        if (!(up->flags & (NL_CI_PCALL | NL_CI_XPCALL)))
            return r;
        /* The function of a pcall returned: the pcall succeeds. */
        L->errfunc = up->old_errfunc;
        *up->base = NL_TRUE;
        firstres = up->base;
        nres = n + 1;
    }
}

/* ---- Running frames and recovering from errors ------------------------------ */

/* The innermost pcall frame above caller, or NULL. */
static nl_CallInfo *find_pcall(lua_State *L, nl_CallInfo *caller)
{
    for (nl_CallInfo *ci = L->ci; ci != caller; ci = ci->previous)
        if (ci->flags & (NL_CI_PCALL | NL_CI_XPCALL))
            return ci;
    return NULL;
}

/* Unwinds to pcall frame pc, which then returns false and the error value. */
static nl_Return recover(lua_State *L, nl_CallInfo *pc)
{
    nl_Value err = L->top[-1];
    nl_Value *f = pcall_func(pc);
    nl_debug_hookunwound(L, pc->depth);
    nl_func_close(L, f);
    L->ci = pc;
    L->errfunc = pc->old_errfunc; /* the enclosing handler is in force again */
    *pc->base = NL_FALSE;
    f[0] = err;
    L->top = f + 1;
    nl_Return r = nl_call_postcall(L, pc->base, 2);
    nl_state_shrinkstack(L);
    return r;
}

typedef void (*Body)(lua_State *L, void *ud);

/* Runs body(L, ud) and the Lua frames it leaves. An error caught by a pcall
 * frame above caller is recovered from there and the VM runs on; any other
 * error propagates. */
static void run_frames(lua_State *L, nl_CallInfo *caller, Body body, void *ud)
{
    uint16_t nccalls = L->nCcalls;
    nl_ErrJmp ej;
    ej.status = NL_OK;
    ej.prev = L->errjmp;
    L->errjmp = &ej;
    if (setjmp(ej.buf) == 0)
        body(L, ud);
    while (ej.status != NL_OK) {
        nl_CallInfo *pc = find_pcall(L, caller);
        if (!pc) {
            L->errjmp = ej.prev;
            nl_err_rethrow(L, ej.status);
        }
        L->nCcalls = nccalls;
        bool out_of_memory = ej.status == NL_ERRMEM;
        ej.status = NL_OK;
        nl_Return r = recover(L, pc);
        if (setjmp(ej.buf) == 0) {
            /* What ran out of memory is likely garbage now: reclaim it at
             * this safe point, before the program allocates again. */
            if (out_of_memory)
                nl_gc_full(L);
            if (!r.leave && L->ci != caller)
                nl_vm_execute(L, &r);
        }
    }
    L->errjmp = ej.prev;
}

typedef struct CallArgs {
    ptrdiff_t func;
    int nresults;
} CallArgs;

static void call_body(lua_State *L, void *ud)
{
    CallArgs *a = ud;
    nl_CallInfo *caller = L->ci;
    if (nl_call_precall(L, nl_restorestack(L, a->func), a->nresults) == NL_PRE_LUA) {
        caller->next->flags |= NL_CI_FRESH;
        nl_vm_execute(L, NULL);
    }
}

void nl_call(lua_State *L, nl_Value *func, int nresults)
{
    if (++L->nCcalls >= NL_MAX_CCALLS) {
        if (L->nCcalls == NL_MAX_CCALLS)
            nl_err_runf(L, "C stack overflow");
        else if (L->nCcalls >= NL_MAX_CCALLS + NL_MAX_CCALLS / 8)
            nl_err_throw(L, NL_ERRERR);
    }
    CallArgs a = {nl_savestack(L, func), nresults};
    run_frames(L, L->ci, call_body, &a);
    L->nCcalls--;
}

int nl_call_protected(lua_State *L, nl_ProtectedFn f, void *ud, ptrdiff_t errfunc)
{
    ptrdiff_t old_errfunc = L->errfunc;
    L->errfunc = errfunc;
    int status = nl_err_protect(L, f, ud);
    L->errfunc = old_errfunc;
    return status;
}

_Noreturn void nl_call_error(lua_State *L)
{
    if (L->errfunc != 0) {
        nl_Value h = *nl_restorestack(L, L->errfunc);
        if (!nl_is_func(h))
            nl_err_throw(L, NL_ERRERR);
        nl_state_checkstack(L, 2);
        L->top[0] = L->top[-1];
        L->top[-1] = h;
        L->top++;
        nl_call(L, L->top - 2, 1);
    }
    nl_err_rethrow(L, NL_ERRRUN);
}

/* ---- Coroutines ---------------------------------------------------------- */

typedef struct ResumeArgs {
    int nargs;
} ResumeArgs;

static void resume_body(lua_State *L, void *ud)
{
    ResumeArgs *a = ud;
    nl_Value *first = L->top - a->nargs;
    if (L->status == NL_OK) { /* the first resume: call the body */
        if (nl_call_precall(L, first - 1, -1) == NL_PRE_LUA) {
            L->base_ci.next->flags |= NL_CI_FRESH;
            nl_vm_execute(L, NULL);
        }
        return;
    }
    /* The C function that yielded returns the values passed to resume. */
    L->status = NL_OK;
    nl_Return r = nl_call_postcall(L, first, a->nargs);
    if (!r.leave && L->ci != &L->base_ci)
        nl_vm_execute(L, &r);
}

int nl_call_resume(lua_State *co, int nargs)
{
    ResumeArgs a = {nargs};
    co->baseCcalls = ++co->nCcalls;
    nl_ErrJmp ej;
    ej.status = NL_OK;
    ej.prev = co->errjmp;
    co->errjmp = &ej;
    if (setjmp(ej.buf) == 0)
        run_frames(co, &co->base_ci, resume_body, &a);
    co->errjmp = ej.prev;
    co->nCcalls--;
    if (ej.status != NL_OK) {
        co->status = (uint8_t)ej.status; /* dead; its frames stay for tracebacks */
        nl_debug_hookunwound(co, 0);
        nl_state_shrinkstack(co);
        return ej.status;
    }
    return co->status;
}
