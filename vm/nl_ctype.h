/*
 * nl_ctype.h -- the character classes Lua's syntax uses, fixed to ASCII
 * whatever the C locale says.
 */
#ifndef NL_CTYPE_H
#define NL_CTYPE_H

#include <stdbool.h>

static inline bool nl_isdigit(int c) { return c >= '0' && c <= '9'; }

/* Space, \t, \n, \v, \f and \r. */
static inline bool nl_isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#endif
