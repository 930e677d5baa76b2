/*
 * nl_meta.h -- metatables and the slow paths of the VM's operations:
 * coercions, metamethod lookup, indexing chains, arithmetic, comparison,
 * concatenation and length (Lua 5.1 rules as LuaJIT implements them).
 *
 * A slow path either finishes the operation or, when a metamethod must run,
 * pushes the call (handler and operands) at L->top and returns NL_META_CALL;
 * the VM then calls it with a continuation (nl_call.h) so that the
 * metamethod may yield, and the C API calls it synchronously. Operands are
 * passed by pointer so that errors can name them (nl_debug.h); a pointer
 * may be to a register, a constant or a temporary.
 */
#ifndef NL_META_H
#define NL_META_H

#include "nl_obj.h"
#include "nl_state.h"

/* Results of the slow paths. */
enum {
    NL_META_DONE = 0,  /* finished; any result is stored */
    NL_META_CALL = 1,  /* a metamethod call is pushed: its result is the answer */
    NL_META_CALLNOT = 2 /* as CALL, and the answer is the negated truth of the result */
};

void nl_meta_init(lua_State *L);

/* The metatable of any value, or NULL. */
nl_Table *nl_meta_getmt(lua_State *L, nl_Value o);
/* The handler for event in o's metatable, or nil. */
nl_Value nl_meta_get(lua_State *L, nl_Value o, int event);
/* The handler for event in metatable mt (may be NULL), or nil; caches
 * absence in mt->nomm for the first eight events. */
nl_Value nl_meta_fast(lua_State *L, nl_Table *mt, int event);

/* The type name the API and messages use ("nil", "number", "userdata" ...). */
const char *nl_meta_typename(nl_Value v);
/* LUA_T* number of a value. */
int nl_meta_type(nl_Value v);

/* Coerces a number or a numeric string to a number. */
bool nl_meta_tonumber(nl_Value v, double *out);
/* Coerces a number to its string; strings pass through. False for others. */
bool nl_meta_tostring(lua_State *L, nl_Value v, nl_Value *out);

/* *dst = t[k] (t at *tp, k a value); or the __index call is pushed. */
int nl_meta_index(lua_State *L, const nl_Value *tp, nl_Value k, nl_Value *dst);
/* t[k] = v with __newindex; or the call (3 arguments) is pushed. */
int nl_meta_newindex(lua_State *L, const nl_Value *tp, nl_Value k, nl_Value v);

/* Arithmetic for the events NL_TM_ADD .. NL_TM_UNM. */
int nl_meta_arith(lua_State *L, nl_Value *dst, const nl_Value *a, const nl_Value *b, int event);
double nl_meta_arith_num(double x, double y, int event);

/* a < b (event NL_TM_LT) or a <= b (NL_TM_LE): stores the truth in *res. */
int nl_meta_compare(lua_State *L, const nl_Value *a, const nl_Value *b, int event, bool *res);
/* a == b for values that are not raw-equal: stores the truth in *res or
 * pushes the __eq call. */
int nl_meta_equal(lua_State *L, nl_Value a, nl_Value b, bool *res);

/* #o into *dst. */
int nl_meta_len(lua_State *L, nl_Value *dst, const nl_Value *o);

/* Concatenates first .. last (registers) from the right. Returns 0 when done
 * (the result in *first); otherwise a __concat call is pushed and the value
 * returned is 1 + the index (from first) of the register its result goes to,
 * after which concatenation goes on down to there. */
int nl_meta_concat(lua_State *L, nl_Value *first, nl_Value *last);

#endif
