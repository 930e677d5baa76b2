/*
 * nl_vm.h -- the bytecode interpreter: the dispatch loop and the
 * instruction bodies (docs/vm.md).
 */
#ifndef NL_VM_H
#define NL_VM_H

#include "nl_call.h"
#include "nl_state.h"

/* Runs the Lua frame L->ci and the frames it calls, until a frame marked
 * NL_CI_FRESH returns or the coroutine yields. When pending is not NULL, a
 * frame has just returned into L->ci (after a resume or an error recovered
 * by a pcall) and its results are settled first. */
void nl_vm_execute(lua_State *L, const nl_Return *pending);

#endif
