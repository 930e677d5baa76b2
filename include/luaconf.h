/*
 * luaconf.h -- the build-time choices behind nanlua's Lua 5.1 C API. They
 * are fixed: a compiled Lua 5.1 module depends on each of them (the types of
 * numbers and integers, the size of a luaL_Buffer, of lua_Debug's short_src).
 */
#ifndef LUACONF_H
#define LUACONF_H

#include <limits.h>
#include <stddef.h>
#include <stdio.h>

#if defined(__GNUC__)
#define LUA_API __attribute__((visibility("default"))) extern
#else
#define LUA_API extern
#endif
#define LUALIB_API LUA_API

#define LUA_NUMBER double
#define LUA_INTEGER ptrdiff_t
#define LUA_NUMBER_SCAN "%lf"
#define LUA_NUMBER_FMT "%.14g"
#define LUAI_MAXNUMBER2STR 32

/* Size of lua_Debug.short_src. */
#define LUA_IDSIZE 60
/* Size of the buffer inside a luaL_Buffer. */
#define LUAL_BUFFERSIZE BUFSIZ

#define LUA_PATH "LUA_PATH"
#define LUA_CPATH "LUA_CPATH"
#define LUA_INIT "LUA_INIT"
#define LUA_DIRSEP "/"
#define LUA_PATHSEP ";"
#define LUA_PATH_MARK "?"
#define LUA_EXECDIR "!"
#define LUA_IGMARK "-"

#define LUA_PROMPT "> "
#define LUA_PROMPT2 ">> "
#define LUA_MAXINPUT 512

#define LUA_QL(x) "'" x "'"
#define LUA_QS LUA_QL("%s")

#endif
