/*
 * nl_bcwrite.h -- writes a prototype as a binary chunk (string.dump,
 * lua_dump); the format is in nl_bcformat.h.
 */
#ifndef NL_BCWRITE_H
#define NL_BCWRITE_H

#include <stdbool.h>

#include "lua.h"
#include "nl_func.h"

/* Writes p and its nested prototypes through writer, without debug
 * information when strip is set. Returns 0, or the first non-zero status the
 * writer returned (nothing more is written after it). */
int nl_bcwrite(lua_State *L, const nl_Proto *p, lua_Writer writer, void *data, bool strip);

/* lua_dump with strip: writes the function on top of the stack, which stays
 * there. Returns 1 when it is not a Lua function. */
int nl_bcdump(lua_State *L, lua_Writer writer, void *data, bool strip);

#endif
