/*
 * nl_string.h -- interned strings. Equal contents give the same object, so
 * string equality is pointer (value) equality and a string's hash is computed
 * once, at creation.
 */
#ifndef NL_STRING_H
#define NL_STRING_H

#include <stdarg.h>
#include <stddef.h>

#include "nl_obj.h"
#include "nl_state.h"

/* The longest string, LuaJIT's: longer concatenations raise "string length
 * overflow", string.rep "not enough memory". */
#define NL_STR_MAXLEN 0x7fffff00u

/* The interned string with these bytes (any bytes, zeros included). */
nl_String *nl_str_new(lua_State *L, const char *s, size_t len);
nl_String *nl_str_newz(lua_State *L, const char *s);

/* Formats with a small printf -- %s C string, %d int, %c int as a byte,
 * %f a Lua number as Lua prints it, %p pointer, %% -- and pushes the result on
 * L's stack; returns its contents. */
const char *nl_str_pushf(lua_State *L, const char *fmt, ...);
const char *nl_str_pushvf(lua_State *L, const char *fmt, va_list ap);

/* For the collector and state teardown. */
void nl_str_free(lua_State *L, nl_String *s);
void nl_strtab_init(lua_State *L);
void nl_strtab_free(lua_State *L);

#endif
