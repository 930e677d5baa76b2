/*
 * nl_parse.h -- the parser: one pass from source to prototypes, driving
 * nl_code for the instructions. Grammar, limits and error messages are
 * LuaJIT 2.1's (Lua 5.1 plus goto and labels).
 */
#ifndef NL_PARSE_H
#define NL_PARSE_H

#include "nl_func.h"
#include "nl_lex.h"

/* Parses a whole chunk (read through reader) into the prototype of its main
 * function, a vararg function without parameters. chunkname is the chunk's
 * name as in lua_load ("=stdin", "@file.lua", or source text).
 *
 * On success the prototype is returned and also left pushed on L's stack
 * (anchored for the collector); the caller pops it once it is referenced
 * elsewhere. On a syntax error raises NL_ERRSYNTAX with LuaJIT's message
 * ("chunkid:line: msg near 'tok'"), after freeing the lexer's buffer;
 * prototypes made so far are left to the collector. Never runs the collector.
 */
nl_Proto *nl_parse(lua_State *L, nl_LexReader reader, void *ud, const char *chunkname);

#endif
