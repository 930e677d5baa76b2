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

/* Points every entry of g's dispatch table at the hook check while g has a
 * hook, and at the instruction bodies when it has none, so that without a
 * hook the loop pays nothing for them. Only plain stores: a signal handler
 * may call it (through lua_sethook). */
void nl_vm_sethookdispatch(nl_Global *g);

#endif
