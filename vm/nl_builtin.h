/*
 * nl_builtin.h -- library functions written in Lua, presented as LuaJIT
 * presents its own (docs/vm.md, "Builtins written in Lua").
 *
 * LuaJIT writes a few library functions in Lua (table.foreach, foreachi,
 * math.deg, rad, ...), so what they call may yield. nanlua compiles the same
 * kind of function from source when a library opens and flags its
 * prototype: its source reads "[builtin:NAME]" at line 0, it has no local
 * or upvalue names and shows no upvalues, it indexes tables raw, and the VM
 * checks its arguments on entry with the library's argument errors.
 */
#ifndef NL_BUILTIN_H
#define NL_BUILTIN_H

#include <stdbool.h>

#include "lua.h"
#include "nl_func.h"

/* Compiles source, a chunk that returns the builtin's function, calls it
 * with the nup values on top of the stack (they become its upvalues) and
 * leaves the builtin in their place. args has a letter per parameter the
 * VM checks on entry: 't' a table, 'f' a function. */
void nl_builtin_push(lua_State *L, const char *name, const char *args, const char *source, int nup);

static inline bool nl_builtin_is(const nl_Proto *p) { return p->builtin_args != NULL; }

/* Raises the argument error for the first argument of the builtin frame
 * just entered that its letters reject (nl_call.c). */
void nl_builtin_checkargs(lua_State *L, const char *args);

#endif
