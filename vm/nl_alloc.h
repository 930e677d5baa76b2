/*
 * nl_alloc.h -- the allocator contract, the same as Lua 5.1's lua_Alloc:
 * nsize == 0 frees ptr and returns NULL; ptr == NULL allocates; otherwise the
 * block is resized keeping min(osize, nsize) bytes. Failure returns NULL and
 * leaves the old block intact. Callers always pass the true old size.
 */
#ifndef NL_ALLOC_H
#define NL_ALLOC_H

#include <stddef.h>

typedef void *(*nl_Alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

/* The C library's realloc/free behind the contract. */
void *nl_alloc_system(void *ud, void *ptr, size_t osize, size_t nsize);

#endif
