/*
 * nl_bcread.h -- loads a binary chunk written by nl_bcwrite (the format is
 * in nl_bcformat.h): reads it whole, checks every field against the input
 * that is left, rebuilds the prototypes and has nl_bcverify check their code
 * before any of it can run.
 */
#ifndef NL_BCREAD_H
#define NL_BCREAD_H

#include <stddef.h>

#include "lua.h"
#include "nl_func.h"

/* Reads the chunk through reader (its first piece starts with ESC) and
 * pushes a function of it: its upvalues are fresh and nil, its environment
 * the running one. Returns 0, or LUA_ERRSYNTAX / LUA_ERRMEM (or the status of
 * an error the reader raised) with the message pushed instead, as lua_load. */
int nl_bcread_load(lua_State *L, lua_Reader reader, void *data, const char *chunkname);

/* The prototype of the chunk in buf[0..len), read and verified; raises a
 * syntax error naming chunkname when the chunk is malformed or foreign. */
nl_Proto *nl_bcread(lua_State *L, const char *buf, size_t len, const char *chunkname);

#endif
