/*
 * nl_err.c -- raising and catching errors (see nl_err.h).
 */
#include "nl_err.h"

#include <stdio.h>
#include <stdlib.h>

#include "nl_debug.h"
#include "nl_func.h"
#include "nl_obj.h"
#include "nl_string.h"

int nl_err_protect(lua_State *L, nl_ProtectedFn f, void *ud)
{
    size_t height = (size_t)(L->top - L->stack); /* the stack may move */
    nl_CallInfo *ci = L->ci;
    uint16_t nccalls = L->nCcalls;
    nl_ErrJmp ej;
    ej.status = NL_OK;
    ej.prev = L->errjmp;
    L->errjmp = &ej;
    if (setjmp(ej.buf) == 0)
        f(L, ud);
    L->errjmp = ej.prev;
    if (ej.status != NL_OK) {
        nl_Value err = L->top[-1];
        nl_func_close(L, L->stack + height);
        L->ci = ci;
        nl_debug_hookunwound(L, ci->depth);
        L->nCcalls = nccalls;
        L->top = L->stack + height;
        *L->top++ = err;
        nl_state_shrinkstack(L);
    }
    return ej.status;
}

_Noreturn void nl_err_throw(lua_State *L, int status)
{
    /* The slots past stack_last are kept for this push. */
    if (status == NL_ERRMEM)
        *L->top++ = nl_box_string(L->g->memerrmsg);
    else if (status == NL_ERRERR)
        *L->top++ = nl_box_string(L->g->errerrmsg);
    nl_err_rethrow(L, status);
}

_Noreturn void nl_err_rethrow(lua_State *L, int status)
{
    if (L->errjmp) {
        L->errjmp->status = status;
        longjmp(L->errjmp->buf, 1);
    }
    if (L->g->panic)
        L->g->panic(L);
    nl_Value msg = L->top[-1];
    fprintf(stderr, "PANIC: unprotected error in call to Lua API (%s)\n",
            nl_is_string(msg) ? nl_string(msg)->data : "error object is not a string");
    exit(EXIT_FAILURE);
}
