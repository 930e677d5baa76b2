/*
 * nl_func.h -- prototypes, closures and upvalues.
 *
 * A prototype is what the compiler makes of a function's source: code,
 * constants, nested prototypes and debug info. A closure pairs a prototype
 * with its upvalues (a Lua function) or a C function with its upvalue values
 * (a C function); both are the value type "function".
 *
 * An upvalue is open while the variable it captures still lives in a stack
 * slot: v points at the slot, and closures that capture the same slot share
 * the one upvalue (each thread keeps its open upvalues in a list sorted by
 * slot, highest first). When the slot's scope ends, nl_func_close copies the
 * value into the upvalue and points v at that copy.
 *
 * An open upvalue belongs to its thread, not to the collector's object list:
 * the thread's list is the only place that can unlink it, so it joins the
 * object list when it closes, and a thread that dies frees or closes the
 * open upvalues it still has (nl_func_release_open).
 */
#ifndef NL_FUNC_H
#define NL_FUNC_H

#include "nl_obj.h"
#include "nl_state.h"

typedef uint32_t nl_Ins; /* one instruction (docs/vm.md) */
typedef int (*nl_CFunction)(lua_State *L);

typedef struct nl_LocVar {
    nl_String *name;
    uint32_t startpc, endpc; /* where the local is live */
} nl_LocVar;

typedef struct nl_Proto {
    NL_GCHEADER;
    uint8_t numparams;
    uint8_t is_vararg;
    uint8_t framesize; /* registers the function needs */
    uint8_t nupvalues;
    nl_GCObj *gclist;
    nl_Ins *code;
    nl_Value *k;            /* constants */
    struct nl_Proto **p;    /* nested functions */
    int32_t *lineinfo;      /* a line per instruction */
    nl_LocVar *locvars;
    nl_String **upvalnames;
    nl_String *source;
    uint32_t sizecode, sizek, sizep, sizelocvars;
    int32_t linedefined, lastlinedefined;
    /* A library builtin written in Lua: the checks of its arguments
     * (nl_builtin.h); NULL for every other function. */
    const char *builtin_args;
} nl_Proto;

typedef struct nl_UpVal {
    NL_GCHEADER;
    nl_Value *v;                /* the stack slot while open, else &closed */
    nl_Value closed;
    struct nl_UpVal *open_next; /* the thread's next open upvalue, lower slot */
    struct nl_UpVal *gclist;    /* the collector's list of marked open upvalues */
} nl_UpVal;

/* The fields both kinds of closure start with. */
#define NL_CLOSUREHEADER \
    NL_GCHEADER;         \
    uint8_t is_c;        \
    uint8_t nupvalues;   \
    nl_GCObj *gclist;    \
    nl_Table *env

typedef struct nl_LClosure {
    NL_CLOSUREHEADER;
    nl_Proto *p;
    nl_UpVal *upvals[];
} nl_LClosure;

typedef struct nl_CClosure {
    NL_CLOSUREHEADER;
    nl_CFunction f;
    nl_Value upvalue[];
} nl_CClosure;

typedef union nl_Closure {
    struct {
        NL_CLOSUREHEADER;
    } h;
    nl_LClosure l;
    nl_CClosure c;
} nl_Closure;

static inline nl_Value nl_box_func(const nl_Closure *f) { return nl_box_gcref(NL_ITYPE_FUNC, f); }
static inline nl_Closure *nl_func(nl_Value v) { return (nl_Closure *)nl_gcref(v); }
static inline bool nl_is_func(nl_Value v) { return nl_has_itype(v, NL_ITYPE_FUNC); }

nl_Proto *nl_func_newproto(lua_State *L);
nl_LClosure *nl_func_newlua(lua_State *L, nl_Proto *p, nl_Table *env);
nl_CClosure *nl_func_newc(lua_State *L, nl_CFunction f, uint8_t nupvalues, nl_Table *env);

/* The open upvalue for a stack slot of L, made if there is none. */
nl_UpVal *nl_func_findupval(lua_State *L, nl_Value *slot);
/* A closed upvalue holding nil (the upvalues of a loaded binary chunk). */
nl_UpVal *nl_func_newupval(lua_State *L);
/* Closes L's open upvalues at or above level. */
void nl_func_close(lua_State *L, nl_Value *level);
/* th is being freed: frees its open upvalues that are garbage, closes the
 * others. */
void nl_func_release_open(lua_State *L, lua_State *th);

size_t nl_func_protosize(const nl_Proto *p);
size_t nl_func_closuresize(const nl_Closure *f);
void nl_func_freeproto(lua_State *L, nl_Proto *p);
void nl_func_freeclosure(lua_State *L, nl_Closure *f);
void nl_func_freeupval(lua_State *L, nl_UpVal *uv);

#endif
