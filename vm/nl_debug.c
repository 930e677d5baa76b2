/*
 * nl_debug.c -- run-time debug information (see nl_debug.h).
 */
#include "nl_debug.h"

#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "nl_bc.h"
#include "nl_builtin.h"
#include "nl_call.h"
#include "nl_err.h"
#include "nl_lex.h"
#include "nl_lib.h"
#include "nl_meta.h"
#include "nl_string.h"
#include "nl_table.h"

static bool is_lua(const nl_CallInfo *ci) { return (ci->flags & NL_CI_LUA) != 0; }
static nl_Proto *proto_of(const nl_CallInfo *ci) { return nl_func(*ci->func)->l.p; }

int nl_debug_currentline(const nl_CallInfo *ci)
{
    const nl_Proto *p = proto_of(ci);
    uint32_t pc = nl_debug_pc(ci, p);
    return pc < p->sizecode ? p->lineinfo[pc] : -1;
}

/* ---- Names of registers --------------------------------------------------------- */

/* The name of the n-th local (1-based) live at pc: locals take registers in
 * the order they are declared. */
static const char *local_name(const nl_Proto *p, uint32_t pc, unsigned n)
{
    for (uint32_t i = 0; i < p->sizelocvars && p->locvars[i].startpc <= pc; i++) {
        if (pc < p->locvars[i].endpc && --n == 0)
            return p->locvars[i].name->data;
    }
    return NULL;
}

static const char *const_string(const nl_Proto *p, unsigned k)
{
    return nl_string(p->k[k])->data;
}

/* Whether instruction i is one of the pseudo-instructions after an FNEW
 * that say where the new closure's upvalues come from (docs/vm.md). */
static bool is_upvalue_pseudo(const nl_Proto *p, uint32_t i)
{
    uint32_t k = i;
    while (k > 0) {
        nl_Ins ins = p->code[--k];
        nl_BCOp op = nl_bc_op(ins);
        if (op == NL_BC_FNEW)
            return k + p->p[nl_bc_d(ins)]->nupvalues >= i;
        if ((op != NL_BC_MOV && op != NL_BC_UGET) || nl_bc_a(ins) != 0)
            return false;
    }
    return false;
}

const char *nl_debug_slotname(const nl_Proto *p, uint32_t pc, unsigned slot, const char **name)
{
    for (;;) {
        if ((*name = local_name(p, pc, slot + 1)) != NULL)
            return "local";
        /* The last instruction before pc that wrote slot tells. Control flow
         * is ignored, as LuaJIT does: good enough for messages. */
        uint32_t i = pc;
        nl_Ins ins = 0;
        for (;;) {
            if (i == 0)
                return NULL;
            ins = p->code[--i];
            nl_BCOp op = nl_bc_op(ins);
            unsigned a = nl_bc_a(ins), mode = nl_bc_modes[op][0];
            if (mode == NL_BCM_BASE && slot >= a && (op != NL_BC_KNIL || slot <= nl_bc_d(ins)))
                return NULL;
            if (mode == NL_BCM_DST && a == slot && !is_upvalue_pseudo(p, i))
                break;
        }
        switch (nl_bc_op(ins)) {
        case NL_BC_MOV:
            slot = nl_bc_d(ins);
            pc = i;
            continue;
        case NL_BC_GGET:
            *name = const_string(p, nl_bc_d(ins));
            return "global";
        case NL_BC_TGETS:
            *name = const_string(p, nl_bc_c(ins));
            if (i > 0 && nl_bc_op(p->code[i - 1]) == NL_BC_MOV &&
                nl_bc_a(p->code[i - 1]) == nl_bc_a(ins) + 1)
                return "method";
            return "field";
        case NL_BC_UGET:
            *name = p->upvalnames ? p->upvalnames[nl_bc_d(ins)]->data : "?";
            return "upvalue";
        default:
            return NULL;
        }
    }
}

/* ---- Errors ------------------------------------------------------------------- */

/* The innermost Lua frame for an error's position: the running frame, or the
 * caller of a running C function. */
static const nl_CallInfo *position_frame(const lua_State *L)
{
    const nl_CallInfo *ci = L->ci;
    if (!is_lua(ci) && ci != &L->base_ci)
        ci = ci->previous;
    return is_lua(ci) ? ci : NULL;
}

/* The short source of p for messages: LuaJIT shows a builtin as
 * "[builtin:NAME]". */
static void short_src(char *out, size_t size, const nl_Proto *p)
{
    if (nl_builtin_is(p))
        snprintf(out, size, "[builtin:%s]", p->source->data);
    else
        nl_lex_chunkid(out, size, p->source->data, p->source->len);
}

void nl_debug_pushwhere(lua_State *L)
{
    const nl_CallInfo *ci = position_frame(L);
    if (!ci) {
        nl_str_pushf(L, "");
        return;
    }
    char id[NL_LEX_IDSIZE];
    short_src(id, sizeof id, proto_of(ci));
    nl_str_pushf(L, "%s:%d: ", id, nl_debug_currentline(ci));
}

/* Raises fmt's message after the position of the innermost Lua frame (of
 * the running frame only, when lua_only is set). */
static _Noreturn void raise_at(lua_State *L, bool lua_only, const char *fmt, va_list ap)
{
    nl_state_checkstack(L, 3);
    if (lua_only && !is_lua(L->ci))
        nl_str_pushf(L, "");
    else
        nl_debug_pushwhere(L);
    nl_str_pushvf(L, fmt, ap);
    /* where .. message */
    const nl_String *a = nl_string(L->top[-2]), *b = nl_string(L->top[-1]);
    nl_str_pushf(L, "%s%s", a->data, b->data);
    L->top[-3] = L->top[-1];
    L->top -= 2;
    nl_call_error(L);
}

_Noreturn void nl_err_runf(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(L, false, fmt, ap);
}

_Noreturn void nl_err_opf(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(L, true, fmt, ap);
}

_Noreturn void nl_debug_typeerror(lua_State *L, const nl_Value *o, const char *op)
{
    const char *tname = nl_meta_typename(*o), *name = NULL, *kind = NULL;
    const nl_CallInfo *ci = L->ci;
    if (is_lua(ci) && o >= ci->base && o < ci->top) {
        const nl_Proto *p = proto_of(ci);
        kind = nl_debug_slotname(p, nl_debug_pc(ci, p), (unsigned)(o - ci->base), &name);
    }
    if (kind)
        nl_err_opf(L, "attempt to %s %s '%s' (a %s value)", op, kind, name, tname);
    nl_err_opf(L, "attempt to %s a %s value", op, tname);
}

_Noreturn void nl_debug_comparerror(lua_State *L, const nl_Value *a, const nl_Value *b)
{
    const char *t1 = nl_meta_typename(*a), *t2 = nl_meta_typename(*b);
    if (strcmp(t1, t2) == 0)
        nl_err_opf(L, "attempt to compare two %s values", t1);
    nl_err_opf(L, "attempt to compare %s with %s", t1, t2);
}

/* ---- The lua_Debug interface ---------------------------------------------------- */

static nl_CallInfo *frame_of(lua_State *L, const lua_Debug *ar)
{
    nl_CallInfo *ci = L->ci;
    while (ci && (int)ci->depth != ar->i_ci)
        ci = ci->previous;
    return ci;
}

LUA_API int lua_getstack(lua_State *L, int level, lua_Debug *ar)
{
    nl_CallInfo *ci = L->ci;
    for (; level > 0 && ci != &L->base_ci; level--)
        ci = ci->previous;
    if (level != 0 || ci == &L->base_ci)
        return 0;
    ar->i_ci = (int)ci->depth;
    return 1;
}

/* The metamethod an instruction calls, when it calls one. */
static const char *event_of(nl_BCOp op)
{
    switch (op) {
    case NL_BC_ISLT: case NL_BC_ISGE: return "__lt";
    case NL_BC_ISLE: case NL_BC_ISGT: return "__le";
    case NL_BC_ISEQV: case NL_BC_ISNEV: return "__eq";
    case NL_BC_UNM: return "__unm";
    case NL_BC_LEN: return "__len";
    case NL_BC_ADDVN: case NL_BC_ADDNV: case NL_BC_ADDVV: return "__add";
    case NL_BC_SUBVN: case NL_BC_SUBNV: case NL_BC_SUBVV: return "__sub";
    case NL_BC_MULVN: case NL_BC_MULNV: case NL_BC_MULVV: return "__mul";
    case NL_BC_DIVVN: case NL_BC_DIVNV: case NL_BC_DIVVV: return "__div";
    case NL_BC_MODVN: case NL_BC_MODNV: case NL_BC_MODVV: return "__mod";
    case NL_BC_POW: return "__pow";
    case NL_BC_CAT: return "__concat";
    case NL_BC_GGET: case NL_BC_TGETV: case NL_BC_TGETS: case NL_BC_TGETB: return "__index";
    case NL_BC_GSET: case NL_BC_TSETV: case NL_BC_TSETS: case NL_BC_TSETB: return "__newindex";
    default: return NULL;
    }
}

/* The name the caller used for the function of frame ci. As in LuaJIT, a
 * function that a tail call put in place is named after the call that made
 * the frame, and a metamethod after its event. */
static const char *func_name(const nl_CallInfo *ci, const char **name)
{
    const nl_CallInfo *caller = ci->previous;
    if (!caller || !is_lua(caller))
        return NULL;
    const nl_Proto *p = proto_of(caller);
    uint32_t pc = nl_debug_pc(caller, p);
    nl_Ins ins = p->code[pc];
    nl_BCOp op = nl_bc_op(ins);
    if (ci->cont != NL_CONT_NONE) {
        *name = event_of(op);
        return *name ? "metamethod" : NULL;
    }
    switch (op) {
    case NL_BC_CALL:
    case NL_BC_CALLM:
        return nl_debug_slotname(p, pc, nl_bc_a(ins), name);
    case NL_BC_ITERC:
        return nl_debug_slotname(p, pc, nl_bc_a(ins) - 3, name);
    default:
        return NULL;
    }
}

int nl_debug_nups(nl_Value f)
{
    if (!nl_is_func(f))
        return 0;
    const nl_Closure *cl = nl_func(f);
    return !cl->h.is_c && nl_builtin_is(cl->l.p) ? 0 : cl->h.nupvalues;
}

static void info_source(lua_Debug *ar, nl_Value f)
{
    if (nl_is_func(f) && !nl_func(f)->h.is_c) {
        const nl_Proto *p = nl_func(f)->l.p;
        ar->source = p->source->data;
        ar->linedefined = p->linedefined;
        ar->lastlinedefined = p->lastlinedefined;
        ar->what = p->linedefined == 0 ? "main" : "Lua";
        short_src(ar->short_src, LUA_IDSIZE, p);
    } else {
        ar->source = "=[C]";
        ar->linedefined = ar->lastlinedefined = -1;
        ar->what = "C";
        strcpy(ar->short_src, "[C]");
    }
}

LUA_API int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar)
{
    nl_Value f;
    nl_CallInfo *ci = NULL;
    if (*what == '>') {
        f = *--L->top;
        what++;
    } else {
        ci = frame_of(L, ar);
        if (!ci)
            return 0;
        f = *ci->func;
    }
    int ok = 1;
    for (; *what; what++) {
        switch (*what) {
        case 'S': info_source(ar, f); break;
        case 'l': ar->currentline = ci && is_lua(ci) ? nl_debug_currentline(ci) : -1; break;
        case 'u': ar->nups = nl_debug_nups(f); break;
        case 'n':
            ar->namewhat = ci ? func_name(ci, &ar->name) : NULL;
            if (!ar->namewhat) {
                ar->namewhat = "";
                ar->name = NULL;
            }
            break;
        case 'f':
            nl_state_checkstack(L, 1);
            *L->top++ = f;
            break;
        case 'L': {
            nl_state_checkstack(L, 1);
            if (nl_is_func(f) && !nl_func(f)->h.is_c) {
                const nl_Proto *p = nl_func(f)->l.p;
                nl_Table *t = nl_tab_new(L, 0, 0);
                *L->top++ = nl_box_table(t);
                /* A builtin has no line information: none is active. */
                for (uint32_t i = 0; !nl_builtin_is(p) && i < p->sizecode; i++)
                    *nl_tab_setint(L, t, p->lineinfo[i]) = NL_TRUE;
            } else {
                *L->top++ = NL_NIL;
            }
            break;
        }
        default: ok = 0;
        }
    }
    return ok;
}

/* The n-th local of frame ci (1-based), or NULL; *slot is its register. A
 * negative n is the -n-th vararg of a Lua vararg function. */
static const char *find_local(lua_State *L, nl_CallInfo *ci, int n, nl_Value **slot)
{
    const char *name = NULL;
    if (is_lua(ci)) {
        const nl_Proto *p = proto_of(ci);
        if (n < 0) {
            int nvar = (int)(ci->base - ci->func - 1) - p->numparams;
            if (!p->is_vararg || -n > nvar)
                return NULL;
            *slot = ci->base - nvar - n - 1;
            return "(*vararg)";
        }
        name = local_name(p, nl_debug_pc(ci, p), (unsigned)n);
    }
    nl_Value *limit = ci == L->ci ? L->top : ci->next->func;
    if (!name) {
        if (n <= 0 || limit - ci->base < n)
            return NULL;
        name = "(*temporary)";
    }
    *slot = ci->base + n - 1;
    return name;
}

/* With ar NULL, the name of parameter n of the function on top of the stack
 * (nothing is pushed). */
LUA_API const char *lua_getlocal(lua_State *L, const lua_Debug *ar, int n)
{
    if (!ar) {
        nl_Value f = L->top[-1];
        if (!nl_is_func(f) || nl_func(f)->h.is_c)
            return NULL;
        const nl_Proto *p = nl_func(f)->l.p;
        return n >= 1 && n <= p->numparams ? local_name(p, 0, (unsigned)n) : NULL;
    }
    nl_CallInfo *ci = frame_of(L, ar);
    nl_Value *slot;
    const char *name = ci ? find_local(L, ci, n, &slot) : NULL;
    if (name) {
        nl_state_checkstack(L, 1);
        *L->top++ = *slot;
    }
    return name;
}

void nl_lib_funcparams(lua_State *L, int idx, int *nparams, int *isvararg)
{
    nl_Value f = idx < 0 ? L->top[idx] : L->ci->base[idx - 1];
    if (nl_is_func(f) && !nl_func(f)->h.is_c) {
        *nparams = nl_func(f)->l.p->numparams;
        *isvararg = nl_func(f)->l.p->is_vararg != 0;
    } else {
        *nparams = 0;
        *isvararg = 1;
    }
}

LUA_API const char *lua_setlocal(lua_State *L, const lua_Debug *ar, int n)
{
    nl_CallInfo *ci = frame_of(L, ar);
    nl_Value *slot;
    const char *name = ci ? find_local(L, ci, n, &slot) : NULL;
    if (name)
        *slot = L->top[-1];
    L->top--;
    return name;
}

/* ---- Hooks ------------------------------------------------------------------------ */

/* Calls the hook for event in the running frame, with the frame's registers
 * kept and hooks off until it returns. */
static void run_hook(lua_State *L, int event, int line)
{
    nl_Global *g = L->g;
    nl_Hook hook = g->hook;
    if (!hook || !g->allowhook)
        return;
    nl_CallInfo *ci = L->ci;
    ptrdiff_t top = nl_savestack(L, L->top), citop = nl_savestack(L, ci->top);
    if (L->top < ci->top)
        L->top = ci->top;
    nl_state_checkstack(L, LUA_MINSTACK);
    ci->top = L->top + LUA_MINSTACK;
    lua_Debug ar;
    ar.event = event;
    ar.currentline = line;
    ar.i_ci = (int)ci->depth;
    g->allowhook = false;
    g->hookL = L;
    g->hookdepth = ci->depth;
    hook(L, &ar);
    g->allowhook = true;
    ci->top = nl_restorestack(L, citop);
    L->top = nl_restorestack(L, top);
}

static bool is_return(nl_BCOp op)
{
    return op == NL_BC_RET || op == NL_BC_RETM || op == NL_BC_RET0 || op == NL_BC_RET1;
}

void nl_debug_hookins(lua_State *L, const uint32_t *pc)
{
    nl_Global *g = L->g;
    if (!g->allowhook)
        return;
    int mask = g->hookmask;
    nl_CallInfo *ci = L->ci;
    const nl_Proto *p = proto_of(ci);
    const uint32_t *old = L->hookpc;
    uintptr_t o = (uintptr_t)old, start = (uintptr_t)p->code;
    bool here = o >= start && o < (uintptr_t)(p->code + p->sizecode);
    bool same_frame = here && L->hookci == ci;
    L->hookpc = pc;
    L->hookci = ci;
    /* A frame's first instruction, unless a jump of the same frame led there
     * (a returned frame's record may be reused for the next call). */
    if ((mask & LUA_MASKCALL) && pc == p->code &&
        (!same_frame || is_return(nl_bc_op(*old)) || nl_bc_op(*old) == NL_BC_CALLT ||
         nl_bc_op(*old) == NL_BC_CALLMT))
        run_hook(L, LUA_HOOKCALL, -1);
    if ((mask & LUA_MASKCOUNT) && --g->hookcount <= 0) {
        g->hookcount = g->basehookcount;
        run_hook(L, LUA_HOOKCOUNT, -1);
    }
    if (mask & LUA_MASKLINE) {
        uint32_t i = (uint32_t)(pc - p->code);
        if (!here || old >= pc || p->lineinfo[old - p->code] != p->lineinfo[i])
            run_hook(L, LUA_HOOKLINE, p->lineinfo[i]);
    }
    if ((mask & LUA_MASKRET) && is_return(nl_bc_op(*pc)))
        run_hook(L, LUA_HOOKRET, -1);
}

void nl_debug_hookcall_c(lua_State *L)
{
    if (!L->g->allowhook)
        return;
    /* The caller's next line event comes again, as in LuaJIT. */
    L->hookpc = NULL;
    run_hook(L, LUA_HOOKCALL, -1);
}

void nl_debug_hookunwound(lua_State *L, uint32_t depth)
{
    nl_Global *g = L->g;
    if (!g->allowhook && g->hookL == L && depth < g->hookdepth)
        g->allowhook = true;
}
