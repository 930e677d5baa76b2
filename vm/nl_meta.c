/*
 * nl_meta.c -- metamethods and the VM's slow paths (see nl_meta.h).
 */
#include "nl_meta.h"

#include <math.h>
#include <string.h>

#include "lua.h"
#include "nl_call.h"
#include "nl_debug.h"
#include "nl_err.h"
#include "nl_func.h"
#include "nl_gc.h"
#include "nl_number.h"
#include "nl_string.h"
#include "nl_table.h"

/* Chains of __index/__newindex tables longer than this are taken for loops. */
#define MAXTAGLOOP 100

/* In the order of the NL_TM_* events. */
static const char *const event_names[NL_TM__N] = {
    "__index", "__newindex", "__gc", "__mode", "__eq", "__len", "__add", "__sub",
    "__mul", "__div", "__mod", "__pow", "__unm", "__lt", "__le", "__concat",
    "__call", "__tostring", "__metatable",
};

void nl_meta_init(lua_State *L)
{
    for (int i = 0; i < NL_TM__N; i++) {
        L->g->tmname[i] = nl_str_newz(L, event_names[i]);
        nl_gc_fix((nl_GCObj *)L->g->tmname[i]);
    }
}

/* ---- Types ------------------------------------------------------------------- */

int nl_meta_type(nl_Value v)
{
    if (nl_is_number(v))
        return LUA_TNUMBER;
    switch (nl_itype(v)) {
    case NL_ITYPE_NIL: return LUA_TNIL;
    case NL_ITYPE_FALSE:
    case NL_ITYPE_TRUE: return LUA_TBOOLEAN;
    case NL_ITYPE_LUD:
    case NL_ITYPE_LUDX: return LUA_TLIGHTUSERDATA;
    case NL_ITYPE_STRING: return LUA_TSTRING;
    case NL_ITYPE_TABLE: return LUA_TTABLE;
    case NL_ITYPE_FUNC: return LUA_TFUNCTION;
    case NL_ITYPE_USERDATA: return LUA_TUSERDATA;
    case NL_ITYPE_THREAD: return LUA_TTHREAD;
    default: return LUA_TNONE; /* internal objects never reach Lua code */
    }
}

const char *nl_meta_typename(nl_Value v)
{
    int t = nl_meta_type(v);
    return t == LUA_TNONE ? "proto" : lua_typename(NULL, t);
}

/* ---- Metatables ------------------------------------------------------------- */

nl_Table *nl_meta_getmt(lua_State *L, nl_Value o)
{
    if (nl_is_table(o))
        return nl_table(o)->metatable;
    if (nl_is_udata(o))
        return nl_udata(o)->metatable;
    int t = nl_meta_type(o);
    return t >= 0 ? L->g->basemt[t] : NULL;
}

nl_Value nl_meta_fast(lua_State *L, nl_Table *mt, int event)
{
    if (!mt)
        return NL_NIL;
    if (event < 8 && (mt->nomm & (1u << event)))
        return NL_NIL;
    nl_Value h = *nl_tab_getstr(mt, L->g->tmname[event]);
    if (nl_is_nil(h) && event < 8)
        mt->nomm |= (uint8_t)(1u << event);
    return h;
}

nl_Value nl_meta_get(lua_State *L, nl_Value o, int event)
{
    return nl_meta_fast(L, nl_meta_getmt(L, o), event);
}

/* ---- Coercions ---------------------------------------------------------------- */

bool nl_meta_tonumber(nl_Value v, double *out)
{
    if (nl_is_number(v)) {
        *out = nl_number(v);
        return true;
    }
    if (nl_is_string(v)) {
        const nl_String *s = nl_string(v);
        return nl_num_parse(s->data, s->len, out);
    }
    return false;
}

bool nl_meta_tostring(lua_State *L, nl_Value v, nl_Value *out)
{
    if (nl_is_string(v)) {
        *out = v;
        return true;
    }
    if (!nl_is_number(v))
        return false;
    char buf[NL_NUM_BUFSZ];
    size_t n = nl_num_format(nl_number(v), buf);
    *out = nl_box_string(nl_str_new(L, buf, n));
    return true;
}

/* A handler that cannot be called, nor has a __call, is an error without a
 * position: LuaJIT calls metamethods from a frame of their own. */
static void check_callable(lua_State *L, nl_Value h)
{
    if (nl_is_func(h) || nl_is_func(nl_meta_get(L, h, NL_TM_CALL)))
        return;
    nl_state_checkstack(L, 1);
    nl_str_pushf(L, "attempt to call a %s value", nl_meta_typename(h));
    nl_call_error(L);
}

/* Pushes a metamethod call: handler and up to three operands. */
static void push_call(lua_State *L, nl_Value h, nl_Value a, nl_Value b, nl_Value c, int nargs)
{
    check_callable(L, h);
    nl_Value *p = L->top;
    p[0] = h;
    p[1] = a;
    p[2] = b;
    if (nargs == 3)
        p[3] = c;
    L->top = p + 1 + nargs;
}

/* ---- Indexing ------------------------------------------------------------------ */

int nl_meta_index(lua_State *L, const nl_Value *tp, nl_Value k, nl_Value *dst)
{
    nl_Value t = *tp;
    for (int loop = 0; loop < MAXTAGLOOP; loop++) {
        nl_Value h;
        if (nl_is_table(t)) {
            nl_Table *tab = nl_table(t);
            const nl_Value *v = nl_tab_get(tab, k);
            if (!nl_is_nil(*v) || nl_is_nil(h = nl_meta_fast(L, tab->metatable, NL_TM_INDEX))) {
                *dst = *v;
                return NL_META_DONE;
            }
        } else if (nl_is_nil(h = nl_meta_get(L, t, NL_TM_INDEX))) {
            nl_debug_typeerror(L, loop == 0 ? tp : &t, "index");
        }
        if (nl_is_func(h)) {
            push_call(L, h, t, k, NL_NIL, 2);
            return NL_META_CALL;
        }
        t = h;
    }
    nl_err_runf(L, "loop in gettable");
}

int nl_meta_newindex(lua_State *L, const nl_Value *tp, nl_Value k, nl_Value v)
{
    nl_Value t = *tp;
    for (int loop = 0; loop < MAXTAGLOOP; loop++) {
        nl_Value h;
        if (nl_is_table(t)) {
            nl_Table *tab = nl_table(t);
            const nl_Value *old = nl_tab_get(tab, k);
            if (!nl_is_nil(*old) ||
                nl_is_nil(h = nl_meta_fast(L, tab->metatable, NL_TM_NEWINDEX))) {
                *nl_tab_set(L, tab, k) = v;
                nl_gc_barrier_back(L, tab, v);
                return NL_META_DONE;
            }
        } else if (nl_is_nil(h = nl_meta_get(L, t, NL_TM_NEWINDEX))) {
            nl_debug_typeerror(L, loop == 0 ? tp : &t, "index");
        }
        if (nl_is_func(h)) {
            push_call(L, h, t, k, v, 3);
            return NL_META_CALL;
        }
        t = h;
    }
    nl_err_runf(L, "loop in settable");
}

/* ---- Arithmetic ---------------------------------------------------------------- */

double nl_meta_arith_num(double x, double y, int event)
{
    switch (event) {
    case NL_TM_ADD: return x + y;
    case NL_TM_SUB: return x - y;
    case NL_TM_MUL: return x * y;
    case NL_TM_DIV: return x / y;
    case NL_TM_MOD: return x - floor(x / y) * y;
    case NL_TM_POW: return pow(x, y);
    default: return -x;
    }
}

int nl_meta_arith(lua_State *L, nl_Value *dst, const nl_Value *a, const nl_Value *b, int event)
{
    double x, y;
    if (nl_meta_tonumber(*a, &x) && nl_meta_tonumber(*b, &y)) {
        *dst = nl_box_number(nl_meta_arith_num(x, y, event));
        return NL_META_DONE;
    }
    nl_Value h = nl_meta_get(L, *a, event);
    if (nl_is_nil(h))
        h = nl_meta_get(L, *b, event);
    if (nl_is_nil(h)) {
        /* Blame the first operand that is not a number. */
        nl_debug_typeerror(L, nl_meta_tonumber(*a, &x) ? b : a, "perform arithmetic on");
    }
    push_call(L, h, *a, *b, NL_NIL, 2);
    return NL_META_CALL;
}

/* ---- Comparison ---------------------------------------------------------------- */

/* Byte-wise order, the shorter string first on a common prefix (LuaJIT's). */
static int str_cmp(const nl_String *a, const nl_String *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c != 0)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* The handler both operands share for event, or nil. */
static nl_Value common_handler(lua_State *L, nl_Value a, nl_Value b, int event)
{
    nl_Value h1 = nl_meta_get(L, a, event);
    if (nl_is_nil(h1))
        return NL_NIL;
    nl_Value h2 = nl_meta_get(L, b, event);
    return nl_raw_equal(h1, h2) ? h1 : NL_NIL;
}

int nl_meta_compare(lua_State *L, const nl_Value *a, const nl_Value *b, int event, bool *res)
{
    nl_Value x = *a, y = *b;
    if (nl_is_number(x) && nl_is_number(y)) {
        *res = event == NL_TM_LT ? nl_number(x) < nl_number(y) : nl_number(x) <= nl_number(y);
        return NL_META_DONE;
    }
    if (nl_is_string(x) && nl_is_string(y)) {
        int c = str_cmp(nl_string(x), nl_string(y));
        *res = event == NL_TM_LT ? c < 0 : c <= 0;
        return NL_META_DONE;
    }
    if (nl_meta_type(x) == nl_meta_type(y)) {
        nl_Value h = common_handler(L, x, y, event);
        if (!nl_is_nil(h)) {
            push_call(L, h, x, y, NL_NIL, 2);
            return NL_META_CALL;
        }
        if (event == NL_TM_LE) { /* a <= b as not (b < a) */
            h = common_handler(L, y, x, NL_TM_LT);
            if (!nl_is_nil(h)) {
                push_call(L, h, y, x, NL_NIL, 2);
                return NL_META_CALLNOT;
            }
        }
    }
    nl_debug_comparerror(L, a, b);
}

int nl_meta_equal(lua_State *L, nl_Value a, nl_Value b, bool *res)
{
    *res = false;
    if (nl_itype(a) != nl_itype(b) || !(nl_is_table(a) || nl_is_udata(a)))
        return NL_META_DONE;
    nl_Table *mt1 = nl_meta_getmt(L, a), *mt2 = nl_meta_getmt(L, b);
    nl_Value h = nl_meta_fast(L, mt1, NL_TM_EQ);
    if (nl_is_nil(h))
        return NL_META_DONE;
    if (mt1 != mt2 && !nl_raw_equal(h, nl_meta_fast(L, mt2, NL_TM_EQ)))
        return NL_META_DONE;
    push_call(L, h, a, b, NL_NIL, 2);
    return NL_META_CALL;
}

/* ---- Length ------------------------------------------------------------------ */

int nl_meta_len(lua_State *L, nl_Value *dst, const nl_Value *o)
{
    if (nl_is_string(*o)) {
        *dst = nl_box_number((double)nl_string(*o)->len);
        return NL_META_DONE;
    }
    if (nl_is_table(*o)) { /* Lua 5.1: __len is not consulted for tables */
        *dst = nl_box_number((double)nl_tab_len(nl_table(*o)));
        return NL_META_DONE;
    }
    nl_Value h = nl_meta_get(L, *o, NL_TM_LEN);
    if (nl_is_nil(h))
        nl_debug_typeerror(L, o, "get length of");
    push_call(L, h, *o, NL_NIL, NL_NIL, 2);
    return NL_META_CALL;
}

/* ---- Concatenation -------------------------------------------------------------- */

static bool is_catable(nl_Value v) { return nl_is_string(v) || nl_is_number(v); }

/* Joins the n string-or-number values at p into one string at p[0]. */
static void join(lua_State *L, nl_Value *p, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        if (nl_is_number(p[i]))
            nl_meta_tostring(L, p[i], &p[i]);
        size_t len = nl_string(p[i])->len;
        if (len > NL_STR_MAXLEN - total)
            nl_err_runf(L, "string length overflow");
        total += len;
    }
    char *buf = nl_state_tmpbuf(L, total);
    size_t at = 0;
    for (int i = 0; i < n; i++) {
        const nl_String *s = nl_string(p[i]);
        memcpy(buf + at, s->data, s->len);
        at += s->len;
    }
    p[0] = nl_box_string(nl_str_new(L, buf, total));
}

int nl_meta_concat(lua_State *L, nl_Value *first, nl_Value *last)
{
    while (last > first) {
        if (is_catable(last[-1]) && is_catable(last[0])) {
            int n = 2;
            while (last - n >= first && is_catable(last[-n]))
                n++;
            join(L, last - n + 1, n);
            last -= n - 1;
            continue;
        }
        nl_Value h = nl_meta_get(L, last[-1], NL_TM_CONCAT);
        if (nl_is_nil(h))
            h = nl_meta_get(L, last[0], NL_TM_CONCAT);
        if (nl_is_nil(h))
            nl_debug_typeerror(L, is_catable(last[-1]) ? last : last - 1, "concatenate");
        push_call(L, h, last[-1], last[0], NL_NIL, 2);
        return (int)(last - 1 - first) + 1;
    }
    return 0;
}
