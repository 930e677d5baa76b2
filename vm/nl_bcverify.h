/*
 * nl_bcverify.h -- checks that a loaded prototype's code keeps every
 * assumption the VM makes about compiler-generated code, before any of it
 * runs. docs/bytecode.md lists those assumptions.
 */
#ifndef NL_BCVERIFY_H
#define NL_BCVERIFY_H

#include <stddef.h>

#include "nl_func.h"

/* Checks p and its nested prototypes. Returns NULL when the code is safe to
 * run, else writes why not (function, instruction and rule) to why and
 * returns it. Raises only a memory error. */
const char *nl_bcverify(lua_State *L, const nl_Proto *p, char *why, size_t whylen);

#endif
