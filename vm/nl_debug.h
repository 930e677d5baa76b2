/*
 * nl_debug.h -- debug information at run time: the line an instruction came
 * from, the names of the variables behind registers (for messages such as
 * "attempt to index field 'x' (a nil value)"), positions in error messages,
 * and the lua_Debug interface (lua_getstack, lua_getinfo, locals, upvalues).
 */
#ifndef NL_DEBUG_H
#define NL_DEBUG_H

#include "nl_func.h"
#include "nl_state.h"

/* The instruction a Lua frame is executing (savedpc points past it). */
static inline uint32_t nl_debug_pc(const nl_CallInfo *ci, const nl_Proto *p)
{
    return (uint32_t)(ci->savedpc - p->code) - 1;
}

/* The line of the instruction a Lua frame is executing. */
int nl_debug_currentline(const nl_CallInfo *ci);

/* What the value in register slot holds just before instruction pc: "local",
 * "global", "field", "method" or "upvalue" with *name set, or NULL. */
const char *nl_debug_slotname(const nl_Proto *p, uint32_t pc, unsigned slot, const char **name);

/* Raises "attempt to <op> <kind> '<name>' (a <type> value)", naming o when it
 * is a register of the running Lua function. */
_Noreturn void nl_debug_typeerror(lua_State *L, const nl_Value *o, const char *op);
/* Raises "attempt to compare two T values" / "attempt to compare T1 with T2". */
_Noreturn void nl_debug_comparerror(lua_State *L, const nl_Value *a, const nl_Value *b);

/* Pushes "chunk:line: " for the innermost Lua frame that is the running
 * frame or the caller of the running C function, or "" (luaL_where(L, 1)). */
void nl_debug_pushwhere(lua_State *L);

/* ---- Hooks (lua_sethook; Lua 5.1's events as LuaJIT runs them) ---- */

/* Before the instruction at pc of the running Lua frame: the count event
 * every basehookcount instructions, the call event at a new frame's first
 * instruction, the line event at a new line or a jump back, and the return
 * event at a return instruction. */
void nl_debug_hookins(lua_State *L, const uint32_t *pc);
/* The call event of the C function whose frame was just pushed. */
void nl_debug_hookcall_c(lua_State *L);
/* The upvalues the debug interface shows of value f: none for a value
 * that is not a function or for a builtin written in Lua (nl_builtin.h). */
int nl_debug_nups(nl_Value f);
/* After an error was caught at a frame of depth `depth` of L: a hook it
 * unwound has ended, and hooks are allowed again. */
void nl_debug_hookunwound(lua_State *L, uint32_t depth);

#endif
