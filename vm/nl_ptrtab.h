/*
 * nl_ptrtab.h -- the out-of-band pointer table: gives every 64-bit pointer
 * value a small index that fits a value's 47-bit payload, so lightuserdata
 * round-trips exactly whatever the address space looks like.
 *
 * - Interning the same pointer twice gives the same index, so boxed values
 *   compare and hash like the pointers they stand for.
 * - Lookups hash all 64 bits (CRC-32C) into an open-addressing table; boxing
 *   stays O(1) however many pointers there are, and the only limit on their
 *   number is memory.
 * - Entries are reclaimed by the garbage collector: it marks the index of
 *   every lightuserdata it finds alive, then sweeps; unmarked entries are
 *   dropped and their indices reused.
 */
#ifndef NL_PTRTAB_H
#define NL_PTRTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_alloc.h"

typedef struct nl_PtrTab {
    uint64_t *ptrs;     /* index -> pointer; a free entry holds the next free index */
    uint8_t *flags;     /* index -> NL_PTRTAB_LIVE | NL_PTRTAB_MARKED */
    uint64_t *slots;    /* hash slots: index + 1, or 0 when empty */
    size_t cap;         /* entries allocated in ptrs and flags */
    size_t top;         /* indices below top have been handed out at least once */
    size_t count;       /* live entries */
    size_t nslots;      /* a power of two, or 0 */
    uint64_t free_head; /* a free index below top, or NL_PTRTAB_NONE */
    nl_Alloc alloc;
    void *ud;
} nl_PtrTab;

#define NL_PTRTAB_LIVE 1u
#define NL_PTRTAB_MARKED 2u
#define NL_PTRTAB_NONE UINT64_MAX

void nl_ptrtab_init(nl_PtrTab *t, nl_Alloc alloc, void *ud);
void nl_ptrtab_destroy(nl_PtrTab *t);

/* Finds or adds ptr; false only when memory runs out (the table is unchanged). */
bool nl_ptrtab_intern(nl_PtrTab *t, uint64_t ptr, uint64_t *index);

static inline uint64_t nl_ptrtab_get(const nl_PtrTab *t, uint64_t index) { return t->ptrs[index]; }

static inline void nl_ptrtab_mark(nl_PtrTab *t, uint64_t index)
{
    t->flags[index] |= NL_PTRTAB_MARKED;
}

/* Drops every entry not marked since the last sweep, clears the marks and
 * returns the number dropped. */
size_t nl_ptrtab_sweep(nl_PtrTab *t);

#endif
