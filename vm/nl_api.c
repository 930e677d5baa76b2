/*
 * nl_api.c -- the Lua 5.1 C API (lua.h) over nanlua's internals.
 *
 * A C function sees its frame: index 1 is ci->base, L->top the first free
 * slot. Negative indices count down from the top; the pseudo-indices reach
 * the registry, the thread's globals, the running C function's environment
 * and its upvalues. Values cross the API boundary through nl_Value boxes only:
 * numbers from C are canonicalised, lightuserdata pointers go through the
 * state's pointer boxing (nl_ptrbox.h) so any 64-bit pointer round-trips.
 */
#include <string.h>

#include "lua.h"
#include "nl_alloc.h"
#include "nl_bcread.h"
#include "nl_bcwrite.h"
#include "nl_call.h"
#include "nl_debug.h"
#include "nl_err.h"
#include "nl_func.h"
#include "nl_gc.h"
#include "nl_mem.h"
#include "nl_meta.h"
#include "nl_parse.h"
#include "nl_string.h"
#include "nl_table.h"
#include "nl_vm.h"

_Static_assert(LUA_YIELD == NL_YIELD && LUA_ERRRUN == NL_ERRRUN && LUA_ERRSYNTAX == NL_ERRSYNTAX &&
                   LUA_ERRMEM == NL_ERRMEM && LUA_ERRERR == NL_ERRERR,
               "status codes are part of the Lua 5.1 ABI");

static const nl_Value nilobject = NL_NIL;

/* ---- Indices ------------------------------------------------------------- */

static nl_CClosure *running_cfunc(lua_State *L)
{
    nl_Value f = *L->ci->func;
    return nl_is_func(f) && nl_func(f)->h.is_c ? &nl_func(f)->c : NULL;
}

static nl_Value *pseudo_or_negative(lua_State *L, int idx)
{
    if (idx > LUA_REGISTRYINDEX)
        return L->top + idx;
    switch (idx) {
    case LUA_REGISTRYINDEX:
        return &L->g->registry;
    case LUA_ENVIRONINDEX: {
        nl_CClosure *f = running_cfunc(L);
        L->envslot = f && f->env ? nl_box_table(f->env) : nl_box_table(L->env);
        return &L->envslot;
    }
    case LUA_GLOBALSINDEX:
        L->gtslot = nl_box_table(L->env);
        return &L->gtslot;
    default: {
        nl_CClosure *f = running_cfunc(L);
        int n = LUA_GLOBALSINDEX - idx;
        return f && n <= f->nupvalues ? &f->upvalue[n - 1] : (nl_Value *)&nilobject;
    }
    }
}

/* Positive indices, the common case, inline. */
static inline nl_Value *index2adr(lua_State *L, int idx)
{
    if (idx > 0) {
        nl_Value *o = L->ci->base + (idx - 1);
        return o < L->top ? o : (nl_Value *)&nilobject;
    }
    return pseudo_or_negative(L, idx);
}

static nl_Value value_at(lua_State *L, int idx) { return *index2adr(L, idx); }

static bool is_valid(const nl_Value *o) { return o != &nilobject; }

static void push(lua_State *L, nl_Value v) { *L->top++ = v; }

/* ---- States ---------------------------------------------------------------- */

LUA_API lua_State *lua_newstate(lua_Alloc f, void *ud)
{
    /* nanlua keeps its GC heap in the 47-bit window with its own allocator;
     * custom allocators arrive with the C API work (docs/values.md). */
    (void)f;
    (void)ud;
    return nanlua_open(NULL, 0);
}

LUA_API void lua_close(lua_State *L)
{
    L = L->g->mainthread;
    L->ci = &L->base_ci;
    L->top = L->ci->base;
    L->errfunc = 0;
    nl_func_close(L, L->stack);
    nl_gc_finalize_all(L);
    nanlua_close(L);
}

LUA_API lua_State *lua_newthread(lua_State *L)
{
    nl_gc_check(L);
    lua_State *th = nl_state_newthread(L);
    push(L, nl_box_gcref(NL_ITYPE_THREAD, th));
    return th;
}

LUA_API lua_CFunction lua_atpanic(lua_State *L, lua_CFunction panicf)
{
    lua_CFunction old = L->g->panic;
    L->g->panic = panicf;
    return old;
}

/* ---- The stack -------------------------------------------------------------- */

LUA_API int lua_gettop(lua_State *L) { return (int)(L->top - L->ci->base); }

LUA_API void lua_settop(lua_State *L, int idx)
{
    if (idx >= 0) {
        nl_Value *top = L->ci->base + idx;
        while (L->top < top)
            *L->top++ = NL_NIL;
        L->top = top;
    } else {
        L->top += idx + 1;
    }
}

LUA_API void lua_pushvalue(lua_State *L, int idx) { push(L, value_at(L, idx)); }

LUA_API void lua_remove(lua_State *L, int idx)
{
    nl_Value *p = index2adr(L, idx);
    for (; p + 1 < L->top; p++)
        p[0] = p[1];
    L->top--;
}

LUA_API void lua_insert(lua_State *L, int idx)
{
    nl_Value *p = index2adr(L, idx);
    nl_Value v = L->top[-1];
    for (nl_Value *q = L->top - 1; q > p; q--)
        q[0] = q[-1];
    *p = v;
}

/* Stores v at a (pseudo-)index. */
static void store_at(lua_State *L, int idx, nl_Value v)
{
    if (idx == LUA_ENVIRONINDEX) {
        nl_CClosure *f = running_cfunc(L);
        if (!nl_is_table(v))
            nl_err_runf(L, "environment must be a table");
        if (f) {
            f->env = nl_table(v);
            nl_gc_barrier(L, (nl_GCObj *)f, v);
        }
        return;
    }
    if (idx == LUA_GLOBALSINDEX) {
        if (nl_is_table(v))
            L->env = nl_table(v);
        return;
    }
    nl_Value *o = index2adr(L, idx);
    if (o == &nilobject)
        return;
    *o = v;
    if (idx < LUA_GLOBALSINDEX) /* an upvalue of the running C function */
        nl_gc_barrier(L, (nl_GCObj *)running_cfunc(L), v);
}

LUA_API void lua_replace(lua_State *L, int idx)
{
    store_at(L, idx, L->top[-1]);
    L->top--;
}

LUA_API void lua_copy(lua_State *L, int fromidx, int toidx) { store_at(L, toidx, value_at(L, fromidx)); }

/* LuaJIT's LUAI_MAXCSTACK: lua_checkstack refuses to give a C function's
 * frame (its arguments included) more slots than this. */
#define C_FRAME_MAX 8000

LUA_API int lua_checkstack(lua_State *L, int sz)
{
    if (sz > C_FRAME_MAX || (L->top - L->ci->base) + sz > C_FRAME_MAX)
        return 0;
    if (sz <= 0)
        return 1;
    if ((size_t)(L->top - L->stack) + (size_t)sz > NL_STACK_MAX)
        return 0;
    nl_state_checkstack(L, (size_t)sz);
    if (L->ci->top < L->top + sz)
        L->ci->top = L->top + sz;
    return 1;
}

LUA_API void lua_xmove(lua_State *from, lua_State *to, int n)
{
    if (from == to)
        return;
    from->top -= n;
    for (int i = 0; i < n; i++)
        *to->top++ = from->top[i];
}

LUA_API void lua_setlevel(lua_State *from, lua_State *to) { to->nCcalls = from->nCcalls; }

/* ---- Reading values ------------------------------------------------------------ */

LUA_API int lua_type(lua_State *L, int idx)
{
    const nl_Value *o = index2adr(L, idx);
    return is_valid(o) ? nl_meta_type(*o) : LUA_TNONE;
}

LUA_API const char *lua_typename(lua_State *L, int t)
{
    static const char *const names[] = {"nil", "boolean", "userdata", "number", "string",
                                        "table", "function", "userdata", "thread"};
    (void)L;
    return t >= 0 && t <= LUA_TTHREAD ? names[t] : "no value";
}

LUA_API int lua_isnumber(lua_State *L, int idx)
{
    double d;
    return nl_meta_tonumber(value_at(L, idx), &d);
}

LUA_API int lua_isstring(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    return t == LUA_TSTRING || t == LUA_TNUMBER;
}

LUA_API int lua_iscfunction(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    return nl_is_func(v) && nl_func(v)->h.is_c;
}

LUA_API int lua_isuserdata(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    return nl_is_udata(v) || nl_is_lightud(v);
}

LUA_API int lua_rawequal(lua_State *L, int idx1, int idx2)
{
    const nl_Value *a = index2adr(L, idx1), *b = index2adr(L, idx2);
    return is_valid(a) && is_valid(b) && nl_raw_equal(*a, *b);
}

/* Calls the metamethod call a slow path pushed, synchronously; returns its result. */
static nl_Value call_pushed(lua_State *L, int nargs)
{
    nl_Value *func = L->top - 1 - nargs;
    ptrdiff_t at = nl_savestack(L, func);
    nl_call(L, func, 1);
    nl_Value r = *nl_restorestack(L, at);
    L->top = nl_restorestack(L, at);
    return r;
}

LUA_API int lua_equal(lua_State *L, int idx1, int idx2)
{
    const nl_Value *a = index2adr(L, idx1), *b = index2adr(L, idx2);
    if (!is_valid(a) || !is_valid(b))
        return 0;
    if (nl_raw_equal(*a, *b))
        return 1;
    bool res;
    if (nl_meta_equal(L, *a, *b, &res) == NL_META_DONE)
        return res;
    return nl_is_truthy(call_pushed(L, 2));
}

LUA_API int lua_lessthan(lua_State *L, int idx1, int idx2)
{
    nl_Value a = value_at(L, idx1), b = value_at(L, idx2);
    if (!is_valid(index2adr(L, idx1)) || !is_valid(index2adr(L, idx2)))
        return 0;
    bool res;
    int m = nl_meta_compare(L, &a, &b, NL_TM_LT, &res);
    if (m == NL_META_DONE)
        return res;
    return nl_is_truthy(call_pushed(L, 2));
}

LUA_API lua_Number lua_tonumberx(lua_State *L, int idx, int *isnum)
{
    nl_Value v = value_at(L, idx);
    double d;
    bool ok = nl_is_number(v) ? (d = nl_number(v), true) : nl_meta_tonumber(v, &d);
    if (isnum)
        *isnum = ok;
    return ok ? d : 0;
}

LUA_API lua_Number lua_tonumber(lua_State *L, int idx) { return lua_tonumberx(L, idx, NULL); }

LUA_API lua_Integer lua_tointegerx(lua_State *L, int idx, int *isnum)
{
    double d;
    bool ok = nl_meta_tonumber(value_at(L, idx), &d);
    if (isnum)
        *isnum = ok;
    if (!ok || d != d)
        return 0;
    /* Truncation toward zero. Out of range, C leaves the conversion undefined
     * (arm64 saturates, x86-64 gives INT64_MIN); nanlua saturates on every CPU. */
    if (d >= 0x1p63)
        return PTRDIFF_MAX;
    if (d < -0x1p63)
        return PTRDIFF_MIN;
    return (lua_Integer)d;
}

LUA_API lua_Integer lua_tointeger(lua_State *L, int idx) { return lua_tointegerx(L, idx, NULL); }

LUA_API int lua_toboolean(lua_State *L, int idx) { return nl_is_truthy(value_at(L, idx)); }

LUA_API const char *lua_tolstring(lua_State *L, int idx, size_t *len)
{
    nl_Value *o = index2adr(L, idx);
    if (nl_is_number(*o)) {
        nl_gc_check(L);
        o = index2adr(L, idx); /* a finalizer may have moved the stack */
        nl_meta_tostring(L, *o, o);
    }
    if (!nl_is_string(*o)) {
        if (len)
            *len = 0;
        return NULL;
    }
    const nl_String *s = nl_string(*o);
    if (len)
        *len = s->len;
    return s->data;
}

LUA_API size_t lua_objlen(lua_State *L, int idx)
{
    nl_Value *o = index2adr(L, idx);
    if (nl_is_string(*o))
        return nl_string(*o)->len;
    if (nl_is_udata(*o))
        return nl_udata(*o)->len;
    if (nl_is_table(*o))
        return (size_t)nl_tab_len(nl_table(*o));
    if (nl_is_number(*o)) {
        size_t n;
        lua_tolstring(L, idx, &n);
        return n;
    }
    return 0;
}

LUA_API lua_CFunction lua_tocfunction(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    return nl_is_func(v) && nl_func(v)->h.is_c ? nl_func(v)->c.f : NULL;
}

LUA_API void *lua_touserdata(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    if (nl_is_udata(v))
        return nl_udata_data(nl_udata(v));
    if (nl_is_lightud(v))
        return (void *)(uintptr_t)nl_ptrbox_unbox(&L->g->ptrbox, v);
    return NULL;
}

LUA_API lua_State *lua_tothread(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    return nl_has_itype(v, NL_ITYPE_THREAD) ? (lua_State *)nl_gcref(v) : NULL;
}

LUA_API const void *lua_topointer(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    if (nl_is_udata(v) || nl_is_lightud(v))
        return lua_touserdata(L, idx);
    if (nl_is_gcref(v) && !nl_is_string(v))
        return nl_gcref(v);
    return NULL;
}

/* ---- Pushing values --------------------------------------------------------------- */

LUA_API void lua_pushnil(lua_State *L) { push(L, NL_NIL); }
LUA_API void lua_pushnumber(lua_State *L, lua_Number n) { push(L, nl_number_from_outside(n)); }
LUA_API void lua_pushinteger(lua_State *L, lua_Integer n) { push(L, nl_box_number((double)n)); }
LUA_API void lua_pushboolean(lua_State *L, int b) { push(L, nl_box_bool(b != 0)); }

LUA_API void lua_pushlstring(lua_State *L, const char *s, size_t len)
{
    nl_gc_check(L);
    push(L, nl_box_string(nl_str_new(L, s, len)));
}

LUA_API void lua_pushstring(lua_State *L, const char *s)
{
    if (s)
        lua_pushlstring(L, s, strlen(s));
    else
        lua_pushnil(L);
}

LUA_API const char *lua_pushvfstring(lua_State *L, const char *fmt, va_list argp)
{
    nl_gc_check(L);
    return nl_str_pushvf(L, fmt, argp);
}

LUA_API const char *lua_pushfstring(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *s = lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    return s;
}

LUA_API void lua_pushcclosure(lua_State *L, lua_CFunction fn, int n)
{
    nl_gc_check(L);
    nl_CClosure *f = nl_func_newc(L, fn, (uint8_t)n, L->env);
    nl_CClosure *running = running_cfunc(L);
    if (running && running->env)
        f->env = running->env;
    L->top -= n;
    for (int i = 0; i < n; i++)
        f->upvalue[i] = L->top[i];
    push(L, nl_box_func((nl_Closure *)f));
}

LUA_API void lua_pushlightuserdata(lua_State *L, void *p)
{
    nl_Value v;
    if (!nl_ptrbox_box(&L->g->ptrbox, (uint64_t)(uintptr_t)p, &v))
        nl_err_throw(L, NL_ERRMEM);
    push(L, v);
}

LUA_API int lua_pushthread(lua_State *L)
{
    push(L, nl_box_gcref(NL_ITYPE_THREAD, L));
    return L->g->mainthread == L;
}

/* ---- Tables, metatables, environments ------------------------------------------------- */

LUA_API void lua_gettable(lua_State *L, int idx)
{
    nl_Value tv = value_at(L, idx);
    nl_Value k = L->top[-1];
    nl_Value r;
    if (nl_meta_index(L, &tv, k, &r) == NL_META_CALL)
        r = call_pushed(L, 2);
    L->top[-1] = r;
}

LUA_API void lua_getfield(lua_State *L, int idx, const char *k)
{
    nl_Value tv = value_at(L, idx);
    nl_Value key = nl_box_string(nl_str_newz(L, k));
    nl_Value r;
    push(L, key); /* anchored while __index runs */
    if (nl_meta_index(L, &tv, key, &r) == NL_META_CALL)
        r = call_pushed(L, 2);
    L->top[-1] = r;
}

LUA_API void lua_rawget(lua_State *L, int idx)
{
    nl_Table *t = nl_table(value_at(L, idx));
    L->top[-1] = *nl_tab_get(t, L->top[-1]);
}

LUA_API void lua_rawgeti(lua_State *L, int idx, int n)
{
    nl_Table *t = nl_table(value_at(L, idx));
    push(L, *nl_tab_getint(t, n));
}

LUA_API void lua_createtable(lua_State *L, int narr, int nrec)
{
    nl_gc_check(L);
    push(L, nl_box_table(nl_tab_new(L, (uint32_t)(narr > 0 ? narr : 0),
                                    (uint32_t)(nrec > 0 ? nrec : 0))));
}

LUA_API void *lua_newuserdata(lua_State *L, size_t size)
{
    nl_gc_check(L);
    if (size > SIZE_MAX - sizeof(nl_Udata))
        nl_err_throw(L, NL_ERRMEM);
    nl_Udata *u = nl_mem_alloc(L, sizeof *u + size);
    u->finalized = 0;
    u->metatable = NULL;
    nl_CClosure *running = running_cfunc(L);
    u->env = running && running->env ? running->env : L->env;
    u->len = size;
    u->fnext = NULL;
    nl_gc_link(L, (nl_GCObj *)u, NL_ITYPE_USERDATA);
    push(L, nl_box_udata(u));
    return nl_udata_data(u);
}

LUA_API int lua_getmetatable(lua_State *L, int idx)
{
    nl_Table *mt = nl_meta_getmt(L, value_at(L, idx));
    if (!mt)
        return 0;
    push(L, nl_box_table(mt));
    return 1;
}

LUA_API void lua_getfenv(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    if (nl_is_func(v))
        push(L, nl_box_table(nl_func(v)->h.env));
    else if (nl_is_udata(v))
        push(L, nl_box_table(nl_udata(v)->env));
    else if (nl_has_itype(v, NL_ITYPE_THREAD))
        push(L, nl_box_table(((lua_State *)nl_gcref(v))->env));
    else
        push(L, NL_NIL);
}

LUA_API void lua_settable(lua_State *L, int idx)
{
    nl_Value tv = value_at(L, idx);
    if (nl_meta_newindex(L, &tv, L->top[-2], L->top[-1]) == NL_META_CALL)
        call_pushed(L, 3);
    L->top -= 2;
}

LUA_API void lua_setfield(lua_State *L, int idx, const char *k)
{
    nl_Value tv = value_at(L, idx);
    nl_Value key = nl_box_string(nl_str_newz(L, k));
    push(L, key); /* anchored */
    if (nl_meta_newindex(L, &tv, key, L->top[-2]) == NL_META_CALL)
        call_pushed(L, 3);
    L->top -= 2;
}

LUA_API void lua_rawset(lua_State *L, int idx)
{
    nl_Table *t = nl_table(value_at(L, idx));
    *nl_tab_set(L, t, L->top[-2]) = L->top[-1];
    nl_gc_barrier_back(L, t, L->top[-1]);
    L->top -= 2;
}

LUA_API void lua_rawseti(lua_State *L, int idx, int n)
{
    nl_Table *t = nl_table(value_at(L, idx));
    *nl_tab_setint(L, t, n) = L->top[-1];
    nl_gc_barrier_back(L, t, L->top[-1]);
    L->top--;
}

LUA_API int lua_setmetatable(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    nl_Value mtv = L->top[-1];
    nl_Table *mt = nl_is_nil(mtv) ? NULL : nl_table(mtv);
    if (nl_is_table(v)) {
        nl_table(v)->metatable = mt;
        if (mt)
            nl_gc_barrier_back(L, nl_table(v), mtv);
    } else if (nl_is_udata(v)) {
        nl_udata(v)->metatable = mt;
        if (mt)
            nl_gc_barrier(L, nl_gcref(v), mtv);
    } else {
        L->g->basemt[nl_meta_type(v)] = mt; /* fixed objects: the registry keeps them */
        if (mt) {
            nl_Table *reg = nl_table(L->g->registry);
            *nl_tab_setint(L, reg, -1 - nl_meta_type(v)) = mtv;
            nl_gc_barrier_back(L, reg, mtv);
        }
    }
    L->top--;
    return 1;
}

LUA_API int lua_setfenv(lua_State *L, int idx)
{
    nl_Value v = value_at(L, idx);
    nl_Value e = L->top[-1];
    int ok = 1;
    if (nl_is_func(v)) {
        nl_func(v)->h.env = nl_table(e);
        nl_gc_barrier(L, nl_gcref(v), e);
    } else if (nl_is_udata(v)) {
        nl_udata(v)->env = nl_table(e);
        nl_gc_barrier(L, nl_gcref(v), e);
    } else if (nl_has_itype(v, NL_ITYPE_THREAD)) {
        ((lua_State *)nl_gcref(v))->env = nl_table(e);
    } else {
        ok = 0;
    }
    L->top--;
    return ok;
}

/* ---- Calls, loading -------------------------------------------------------------------- */

LUA_API void lua_call(lua_State *L, int nargs, int nresults)
{
    nl_call(L, L->top - nargs - 1, nresults);
    if (nresults == LUA_MULTRET && L->ci->top < L->top)
        L->ci->top = L->top;
}

typedef struct CallArgs {
    ptrdiff_t func;
    int nresults;
} CallArgs;

static void do_call(lua_State *L, void *ud)
{
    CallArgs *a = ud;
    nl_call(L, nl_restorestack(L, a->func), a->nresults);
}

static void collect_all(lua_State *L, void *ud)
{
    (void)ud;
    nl_gc_full(L);
}

/* After a protected call from C: what ran out of memory is likely garbage
 * now, so a full cycle reclaims it at once, as after Lua's pcall
 * (nl_call.c). A __gc that raises during it turns the result into its
 * error, since lua_pcall itself must not raise. */
static int collect_after_memory_error(lua_State *L, int status)
{
    if (status != NL_ERRMEM)
        return status;
    int gc_status = nl_call_protected(L, collect_all, NULL, 0);
    if (gc_status == NL_OK)
        return status;
    L->top[-2] = L->top[-1]; /* the finalizer's error replaces the memory error */
    L->top--;
    return gc_status;
}

LUA_API int lua_pcall(lua_State *L, int nargs, int nresults, int errfunc)
{
    ptrdiff_t ef = errfunc == 0 ? 0 : nl_savestack(L, index2adr(L, errfunc));
    CallArgs a = {nl_savestack(L, L->top - nargs - 1), nresults};
    int status = collect_after_memory_error(L, nl_call_protected(L, do_call, &a, ef));
    if (status == NL_OK && nresults == LUA_MULTRET && L->ci->top < L->top)
        L->ci->top = L->top;
    return status;
}

typedef struct CpcallArgs {
    lua_CFunction f;
    void *ud;
} CpcallArgs;

static void do_cpcall(lua_State *L, void *ud)
{
    CpcallArgs *a = ud;
    nl_CClosure *f = nl_func_newc(L, a->f, 0, L->env);
    push(L, nl_box_func((nl_Closure *)f));
    lua_pushlightuserdata(L, a->ud);
    nl_call(L, L->top - 2, 0);
}

LUA_API int lua_cpcall(lua_State *L, lua_CFunction func, void *ud)
{
    CpcallArgs a = {func, ud};
    return collect_after_memory_error(L, nl_call_protected(L, do_cpcall, &a, 0));
}

typedef struct LoadArgs {
    lua_Reader reader;
    void *data;
    const char *chunkname;
    const char *mode;
} LoadArgs;

/* Adapts a lua_Reader to the lexer's reader. */
static const char *lex_reader(lua_State *L, void *ud, size_t *size)
{
    LoadArgs *a = ud;
    return a->reader(L, a->data, size);
}

/* The first byte of a chunk, peeked through the reader and given back. */
typedef struct Peek {
    lua_Reader reader;
    void *data;
    const char *buf;
    size_t size;
    bool peeked;
} Peek;

static const char *peek_reader(lua_State *L, void *ud, size_t *size)
{
    Peek *p = ud;
    if (p->peeked) {
        p->peeked = false;
        *size = p->size;
        return p->buf;
    }
    return p->reader(L, p->data, size);
}

/* Runs protected: an error of the reader, like a syntax error, becomes the
 * status lua_loadx returns. */
static void do_load(lua_State *L, void *ud)
{
    LoadArgs *a = ud;
    Peek *peek = a->data;
    do {
        peek->buf = peek->reader(L, peek->data, &peek->size);
    } while (peek->buf && peek->size == 0);
    if (!peek->buf)
        peek->size = 0;
    bool binary = peek->size > 0 && peek->buf[0] == LUA_SIGNATURE[0];
    /* Unlike LuaJIT, binary chunks load only when asked for (docs/bytecode.md). */
    if (!strchr(a->mode ? a->mode : "t", binary ? 'b' : 't')) {
        lua_pushliteral(L, "attempt to load chunk with wrong mode");
        nl_err_throw(L, LUA_ERRSYNTAX);
    }
    if (binary) {
        int status = nl_bcread_load(L, peek_reader, peek, a->chunkname);
        if (status != 0)
            nl_err_throw(L, status); /* the message is on top */
        return;
    }
    nl_Proto *p = nl_parse(L, lex_reader, a, a->chunkname);
    nl_LClosure *f = nl_func_newlua(L, p, L->env);
    L->top[-1] = nl_box_func((nl_Closure *)f); /* replaces the anchored prototype */
}

LUA_API int lua_loadx(lua_State *L, lua_Reader reader, void *data, const char *chunkname,
                      const char *mode)
{
    Peek peek = {reader, data, NULL, 0, true};
    LoadArgs a = {peek_reader, &peek, chunkname ? chunkname : "?", mode};
    /* The parser holds names, constants and prototypes that no root reaches,
     * and a reader may run Lua code: no collection until the chunk is built. */
    L->g->gc.parsing++;
    int status = nl_call_protected(L, do_load, &a, 0);
    L->g->gc.parsing--;
    return status;
}

LUA_API int lua_load(lua_State *L, lua_Reader reader, void *data, const char *chunkname)
{
    return lua_loadx(L, reader, data, chunkname, "t");
}

LUA_API int lua_dump(lua_State *L, lua_Writer writer, void *data)
{
    return nl_bcdump(L, writer, data, false);
}

/* ---- Coroutines ------------------------------------------------------------------------- */

LUA_API int lua_yield(lua_State *L, int nresults)
{
    if (L->nCcalls > L->baseCcalls || L == L->g->mainthread)
        nl_err_runf(L, "attempt to yield across C-call boundary");
    /* The values yielded become the frame's only values. */
    nl_Value *first = L->top - nresults, *base = L->ci->base;
    for (int i = 0; i < nresults; i++)
        base[i] = first[i];
    L->top = base + nresults;
    L->status = NL_YIELD;
    return -1;
}

LUA_API int lua_resume(lua_State *L, int narg)
{
    if (L->status != NL_YIELD && (L->status != NL_OK || L->ci != &L->base_ci)) {
        lua_pushliteral(L, "cannot resume non-suspended coroutine");
        return LUA_ERRRUN;
    }
    if (L->nCcalls >= NL_MAX_CCALLS) {
        lua_pushliteral(L, "C stack overflow");
        return LUA_ERRRUN;
    }
    int status = nl_call_resume(L, narg);
    if (status == NL_OK || status == NL_YIELD) {
        /* Leave only the results above the bottom frame. */
        if (L->ci == &L->base_ci)
            L->ci->base = L->stack + 1;
    }
    return status;
}

LUA_API int lua_status(lua_State *L) { return L->status; }

LUA_API int lua_isyieldable(lua_State *L)
{
    return L != L->g->mainthread && L->nCcalls <= L->baseCcalls;
}

/* ---- The garbage collector ------------------------------------------------------------------ */

LUA_API int lua_gc(lua_State *L, int what, int data)
{
    nl_Global *g = L->g;
    switch (what) {
    case LUA_GCSTOP:
        nl_gc_stop(L);
        return 0;
    case LUA_GCRESTART:
        nl_gc_restart(L);
        return 0;
    case LUA_GCCOLLECT:
        nl_gc_full(L);
        return 0;
    case LUA_GCCOUNT:
        return (int)(g->totalbytes >> 10);
    case LUA_GCCOUNTB:
        return (int)(g->totalbytes & 0x3ff);
    case LUA_GCSTEP:
        return nl_gc_step_kb(L, data);
    case LUA_GCISRUNNING:
        return nl_gc_isrunning(L);
    case LUA_GCSETPAUSE: {
        int old = g->gc.pause;
        g->gc.pause = data;
        return old;
    }
    case LUA_GCSETSTEPMUL: {
        int old = g->gc.stepmul;
        g->gc.stepmul = data;
        return old;
    }
    default:
        return -1;
    }
}

/* ---- Miscellaneous ------------------------------------------------------------------------- */

LUA_API int lua_error(lua_State *L)
{
    nl_call_error(L);
}

LUA_API int lua_next(lua_State *L, int idx)
{
    nl_Table *t = nl_table(value_at(L, idx));
    nl_Value *key = L->top - 1;
    if (nl_tab_next(L, t, key, L->top)) {
        L->top++;
        return 1;
    }
    L->top--;
    return 0;
}

LUA_API void lua_concat(lua_State *L, int n)
{
    if (n == 0) {
        lua_pushliteral(L, "");
        return;
    }
    if (n < 2)
        return;
    nl_gc_check(L);
    nl_Value *first = L->top - n;
    ptrdiff_t at = nl_savestack(L, first);
    for (;;) {
        int r = nl_meta_concat(L, nl_restorestack(L, at), L->top - 1);
        first = nl_restorestack(L, at);
        if (r == 0)
            break;
        nl_Value v = call_pushed(L, 2);
        first = nl_restorestack(L, at);
        first[r - 1] = v;
        L->top = first + r;
    }
    L->top = first + 1;
}

LUA_API lua_Alloc lua_getallocf(lua_State *L, void **ud)
{
    (void)L;
    if (ud)
        *ud = NULL;
    return nl_alloc_system;
}

LUA_API void lua_setallocf(lua_State *L, lua_Alloc f, void *ud)
{
    /* nanlua's heap stays its own until the C API work (docs/values.md). */
    (void)L;
    (void)f;
    (void)ud;
}

LUA_API const lua_Number *lua_version(lua_State *L)
{
    static const lua_Number version = LUA_VERSION_NUM;
    (void)L;
    return &version;
}

/* ---- Upvalues -------------------------------------------------------------------------------- */

static const char *upvalue_at(nl_Value f, int n, nl_Value **slot, nl_GCObj **owner)
{
    if (!nl_is_func(f))
        return NULL;
    nl_Closure *cl = nl_func(f);
    if (n < 1 || n > nl_debug_nups(f))
        return NULL;
    if (cl->h.is_c) {
        *slot = &cl->c.upvalue[n - 1];
        *owner = (nl_GCObj *)cl;
        return "";
    }
    nl_UpVal *uv = cl->l.upvals[n - 1];
    *slot = uv->v;
    *owner = (nl_GCObj *)uv;
    const nl_Proto *p = cl->l.p;
    return p->upvalnames ? p->upvalnames[n - 1]->data : "";
}

LUA_API const char *lua_getupvalue(lua_State *L, int funcindex, int n)
{
    nl_Value *slot;
    nl_GCObj *owner;
    const char *name = upvalue_at(value_at(L, funcindex), n, &slot, &owner);
    if (name)
        push(L, *slot);
    return name;
}

LUA_API const char *lua_setupvalue(lua_State *L, int funcindex, int n)
{
    nl_Value *slot;
    nl_GCObj *owner;
    const char *name = upvalue_at(value_at(L, funcindex), n, &slot, &owner);
    if (name) {
        *slot = L->top[-1];
        nl_gc_barrier(L, owner, *slot);
        L->top--;
    }
    return name;
}

LUA_API void *lua_upvalueid(lua_State *L, int idx, int n)
{
    nl_Value *slot;
    nl_GCObj *owner;
    nl_Value f = value_at(L, idx);
    if (!upvalue_at(f, n, &slot, &owner))
        return NULL;
    return nl_func(f)->h.is_c ? (void *)slot : (void *)owner;
}

LUA_API void lua_upvaluejoin(lua_State *L, int idx1, int n1, int idx2, int n2)
{
    nl_Value f1 = value_at(L, idx1), f2 = value_at(L, idx2);
    nl_LClosure *c1 = &nl_func(f1)->l, *c2 = &nl_func(f2)->l;
    c1->upvals[n1 - 1] = c2->upvals[n2 - 1];
    nl_gc_barrier(L, (nl_GCObj *)c1, nl_box_gcref(NL_ITYPE_UPVAL, c1->upvals[n1 - 1]));
}

/* ---- Hooks ------------------------------------------------------------------------------------ */

/* Safe in a signal handler: plain stores, the mask last set before the
 * dispatch table that makes the VM look at it. */
LUA_API int lua_sethook(lua_State *L, lua_Hook func, int mask, int count)
{
    nl_Global *g = L->g;
    if (!func || mask == 0) {
        mask = 0;
        func = NULL;
    }
    g->hookmask = 0;
    g->hook = func;
    g->basehookcount = count;
    g->hookcount = count;
    g->hookmask = mask;
    nl_vm_sethookdispatch(g);
    return 1;
}

LUA_API lua_Hook lua_gethook(lua_State *L) { return L->g->hook; }
LUA_API int lua_gethookmask(lua_State *L) { return L->g->hookmask; }
LUA_API int lua_gethookcount(lua_State *L) { return L->g->basehookcount; }
