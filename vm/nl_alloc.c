/*
 * nl_alloc.c -- the C library's allocator under the nl_Alloc contract.
 */
#include "nl_alloc.h"

#include <stdlib.h>

void *nl_alloc_system(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    if (!ptr) /* the common case: skip realloc's own dispatch */
        return malloc(nsize);
    return realloc(ptr, nsize);
}
