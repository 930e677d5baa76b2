/*
 * nl_lib.h -- what the standard libraries share with the core beyond the
 * public C API.
 */
#ifndef NL_LIB_H
#define NL_LIB_H

#include "lua.h"

/* The C functions the VM turns into pcall and xpcall frames (nl_call.c). */
int nl_lib_pcall(lua_State *L);
int nl_lib_xpcall(lua_State *L);

/* What a C function of the libraries returns to end in a tail call: its
 * whole stack, a function and then its arguments, is called in place of
 * its frame (LuaJIT's tostring calls __tostring so: the metamethod runs
 * without a C frame below it and may yield). Plain C modules never see it. */
#define NL_LIB_TAILCALL (-2)

/* The coroutine table; Lua 5.1's luaopen_base opens it too. */
int nl_lib_open_coroutine(lua_State *L);

/* The parameter count of the function at stack index idx and whether it
 * takes varargs (a C function: 0 and true), for debug.getinfo's 'u'. */
void nl_lib_funcparams(lua_State *L, int idx, int *nparams, int *isvararg);

#endif
