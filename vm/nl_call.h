/*
 * nl_call.h -- calls and returns: frames, argument and result moves, pcall
 * and xpcall frames, the C-side entry into the VM, error recovery and the
 * coroutine resume/yield protocol (docs/vm.md, "Frames and the stack").
 */
#ifndef NL_CALL_H
#define NL_CALL_H

#include "nl_err.h"
#include "nl_func.h"
#include "nl_state.h"

/* Slots every Lua frame has beyond its registers, for metamethod calls. */
#define NL_FRAME_EXTRA 8
/* Slots a C function may use without lua_checkstack (LUA_MINSTACK). */
#define NL_C_MINSTACK 20

/* What nl_call_precall did. */
enum {
    NL_PRE_LUA,   /* pushed a Lua frame: the VM runs it */
    NL_PRE_C,     /* ran a C function; its results are in place */
    NL_PRE_YIELD  /* a C function yielded */
};

/* A metamethod's continuation: what the VM does with the result when the
 * metamethod's Lua frame returns (nl_CallInfo.cont). */
enum {
    NL_CONT_NONE,  /* no continuation: an ordinary call */
    NL_CONT_STORE, /* store the result in register contarg */
    NL_CONT_DROP,  /* discard the result (__newindex) */
    NL_CONT_COND,  /* a comparison: take the next JMP if the result is truthy,
                      or falsy when contarg is 1 */
    NL_CONT_CAT    /* a concatenation step: contarg = A | B << 8 | top << 16 */
};

/* Prepares a call of the value at func with the arguments func+1 .. L->top-1.
 * A non-function is called through its __call metamethod; pcall and xpcall
 * push their frame and go on to call their function the same way. */
int nl_call_precall(lua_State *L, nl_Value *func, int nresults);
/* Finishes a C function that returned NL_LIB_TAILCALL: its frame (L->ci) is
 * replaced by a call of the function and arguments it left on its stack.
 * Returns what nl_call_precall does. */
int nl_call_tailcall_from_c(lua_State *L);
/* The same, with flags added to the new frame's (NL_CI_FRESH, NL_CI_TAIL for
 * a tail call) and, for a metamethod called by the VM, the continuation the
 * VM applies to its result. */
int nl_call_precall_k(lua_State *L, nl_Value *func, int nresults, uint16_t flags, uint8_t cont,
                      uint32_t contarg);

/* After a frame returned. */
typedef struct nl_Return {
    bool leave;       /* a frame entered from C returned: leave the dispatch loop */
    bool multres;     /* the caller wanted all results: L->top marks their end */
    uint8_t cont;     /* the returned frame's continuation (NL_CONT_*) */
    uint32_t contarg;
    ptrdiff_t result; /* stack offset of the first result */
} nl_Return;

/* Returns from the running frame with nres results at firstres: moves them to
 * the frame's function slot (padding or truncating to what the caller
 * wanted), pops the frame and finishes the pcall frames it uncovers. */
nl_Return nl_call_postcall(lua_State *L, nl_Value *firstres, int nres);

/* Calls the value at func from C, with the arguments above it, leaving
 * nresults results (-1: all) at func. Errors propagate. */
void nl_call(lua_State *L, nl_Value *func, int nresults);

/* Runs f(L, ud) with errors caught: returns NL_OK or the error status, with
 * the error value (after the handler at stack offset errfunc, 0 for none)
 * at the height the stack had at entry. */
int nl_call_protected(lua_State *L, nl_ProtectedFn f, void *ud, ptrdiff_t errfunc);

/* Resumes coroutine co with nargs values on its stack; on return its stack
 * holds what it yielded or returned (status NL_YIELD or NL_OK) or the error
 * value. */
int nl_call_resume(lua_State *co, int nargs);

/* Stack offsets survive reallocation; pointers do not. */
static inline ptrdiff_t nl_savestack(lua_State *L, const nl_Value *p) { return p - L->stack; }
static inline nl_Value *nl_restorestack(lua_State *L, ptrdiff_t n) { return L->stack + n; }

/* Raises the runtime error whose value is on top of the stack, after giving
 * it to the current error handler (xpcall or lua_pcall's errfunc). */
_Noreturn void nl_call_error(lua_State *L);

/* Frees the frame records above L->base_ci. */
void nl_call_freeframes(lua_State *L);
/* After an error was caught below NL_MAX_CALLS frames: frees the frames lent
 * to the handling of a "stack overflow", so the limit holds again. */
void nl_call_takeback_frames(lua_State *L);

#endif
