/*
 * nl_pattern.h -- Lua 5.1 patterns as LuaJIT 2.1 implements them: the engine
 * under string.find, match, gmatch and gsub. It works on raw bytes, reports
 * the match and its captures as byte offsets, and raises LuaJIT's errors
 * (nl_err_runf) for malformed patterns.
 *
 * As in LuaJIT, a pattern ends at its first '\0' byte (use %z to match a
 * zero); subjects are 8-bit clean. Pattern errors are found lazily, as the
 * matcher reaches them: "a[" against "xyz" is simply no match. Classes (%a,
 * %d, ...) are ASCII only; no byte >= 0x80 is in any of them.
 */
#ifndef NL_PATTERN_H
#define NL_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "nl_state.h"

#define NL_PAT_MAXCAPTURES 32 /* "too many captures" past this */

/* Capture lengths that are not lengths. */
#define NL_PAT_UNFINISHED (-1) /* '(' seen, ')' not yet */
#define NL_PAT_POSITION (-2)   /* "()": its value is the number start + 1 */

typedef struct nl_PatCapture {
    ptrdiff_t start; /* byte offset into the subject */
    ptrdiff_t len;   /* or NL_PAT_UNFINISHED / NL_PAT_POSITION */
} nl_PatCapture;

typedef struct nl_PatMatch {
    ptrdiff_t start, end; /* the whole match, [start, end) */
    int ncaptures;        /* captures opened, finished or not */
    nl_PatCapture cap[NL_PAT_MAXCAPTURES];
} nl_PatMatch;

/* Matches pattern p (plen bytes) against subject s (slen bytes) at offset
 * init <= slen exactly; fills m and returns true on success. A leading '^' is
 * an ordinary character here (string.gmatch's reading); the callers that
 * anchor strip it. An unfinished capture is not an error until it is read
 * (nl_pat_capture): gsub with a replacement string that never reads it
 * succeeds, as in LuaJIT. */
bool nl_pat_match_at(lua_State *L, const char *s, size_t slen, size_t init,
                     const char *p, size_t plen, nl_PatMatch *m);

/* Tries nl_pat_match_at at init, init + 1, ..., slen (the empty tail
 * included); a leading '^' anchors the pattern at init. */
bool nl_pat_find(lua_State *L, const char *s, size_t slen, size_t init,
                 const char *p, size_t plen, nl_PatMatch *m);

/* True when p has none of ^$*+?.([%- (LuaJIT's test): string.find may then
 * search for it as plain bytes, '\0' included. */
bool nl_pat_is_plain(const char *p, size_t plen);

/* Capture i (0-based) of m. With no captures, i == 0 is the whole match (what
 * string.match returns and what %1 means in a replacement). Raises "invalid
 * capture index" for any other i >= m->ncaptures and "unfinished capture" for
 * a capture whose ')' never came. */
nl_PatCapture nl_pat_capture(lua_State *L, const nl_PatMatch *m, int i);

/* Receives output bytes from nl_pat_expand, in order. */
typedef void (*nl_PatSink)(void *ud, const char *bytes, size_t n);

/* Writes gsub's replacement for match m of subject s: repl (rlen bytes, zeros
 * kept) with %0 the whole match, %1-%9 the captures (a position as its
 * decimal number), and % before any other byte that byte; a '%' ending repl
 * writes a '\0' byte, as LuaJIT does. Errors as nl_pat_capture. */
void nl_pat_expand(lua_State *L, const char *repl, size_t rlen, const char *s,
                   const nl_PatMatch *m, nl_PatSink sink, void *ud);

#endif
