/*
 * nl_err.h -- raising and catching Lua errors. An error unwinds to the
 * innermost protected call with longjmp; the error value is at L->top - 1.
 */
#ifndef NL_ERR_H
#define NL_ERR_H

#include <setjmp.h>
#include <stdarg.h>

#include "nl_state.h"

/* Status codes, the same numbers as Lua 5.1's. */
enum { NL_OK = 0, NL_YIELD, NL_ERRRUN, NL_ERRSYNTAX, NL_ERRMEM, NL_ERRERR };

typedef struct nl_ErrJmp {
    struct nl_ErrJmp *prev;
    jmp_buf buf;
    volatile int status;
} nl_ErrJmp;

typedef void (*nl_ProtectedFn)(lua_State *L, void *ud);

/* Runs f(L, ud); returns NL_OK, or the status of the error it raised, with the
 * error value pushed and the stack, frames and open upvalues otherwise
 * restored to what they were at entry. */
int nl_err_protect(lua_State *L, nl_ProtectedFn f, void *ud);

/* Unwinds with status; the error value must be on top of the stack (for
 * NL_ERRMEM the fixed "not enough memory" string is pushed here). */
_Noreturn void nl_err_throw(lua_State *L, int status);

/* Unwinds with status and the error value already on top. */
_Noreturn void nl_err_rethrow(lua_State *L, int status);

/* Raises a runtime error: the message formatted like nl_str_pushvf, after
 * "chunk:line: " of the running Lua function or, in a C function, of its
 * Lua caller; the error handler sees it first (defined in nl_debug.c). */
_Noreturn void nl_err_runf(lua_State *L, const char *fmt, ...);

/* Raises an error of the running operation, like nl_err_runf but with the
 * position only when a Lua function is running: what LuaJIT does for errors
 * of the core (a nil table index, a bad key to next) met inside a C function. */
_Noreturn void nl_err_opf(lua_State *L, const char *fmt, ...);

#endif
