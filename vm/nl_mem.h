/*
 * nl_mem.h -- all of the VM's memory goes through the state's allocator,
 * which keeps GC objects below 2^47 (nl_state.c) and is accounted for the
 * collector. Failure raises a Lua memory error; these never return NULL for a
 * non-zero size.
 */
#ifndef NL_MEM_H
#define NL_MEM_H

#include <stddef.h>

#include "nl_state.h"

void *nl_mem_realloc(lua_State *L, void *p, size_t osize, size_t nsize);
/* The same, returning NULL on failure (p is then left as it was), for callers
 * that must let go of something before raising. */
void *nl_mem_tryrealloc(lua_State *L, void *p, size_t osize, size_t nsize);

/* Reads a memory limit such as NANLUA_MEMLIMIT's: bytes, or a number with a
 * K, M or G suffix (powers of 1024). Returns false when setting is not one. */
bool nl_mem_parse_limit(const char *setting, size_t *limit);

/* nl_mem_realloc(L, NULL, 0, n) and nl_mem_realloc(L, p, n, 0), the two
 * calls that allocation-heavy code makes most, without its other cases. */
void *nl_mem_alloc(lua_State *L, size_t n);
void nl_mem_free(lua_State *L, void *p, size_t n);
/* Gives the small blocks nl_mem_free keeps back to the allocator (state close). */
void nl_mem_release_cache(nl_Global *g);

/* Arrays of n elements of type T; overflow of n * sizeof(T) is a memory error. */
#define nl_mem_newvec(L, n, T) ((T *)nl_mem_vec((L), NULL, 0, (n), sizeof(T)))
#define nl_mem_resizevec(L, p, on, nn, T) ((T *)nl_mem_vec((L), (p), (on), (nn), sizeof(T)))
#define nl_mem_freevec(L, p, n, T) nl_mem_realloc((L), (p), (n) * sizeof(T), 0)
void *nl_mem_vec(lua_State *L, void *p, size_t on, size_t nn, size_t elem);

#endif
