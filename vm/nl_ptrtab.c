/*
 * nl_ptrtab.c -- the out-of-band pointer table (see nl_ptrtab.h).
 *
 * Hash slots use linear probing with backward-shift deletion, so there are no
 * tombstones and a lookup stops at the first empty slot.
 */
#include "nl_ptrtab.h"

#include <string.h>

#include "nl_hash.h"
#include "nl_value.h"

#define MIN_SLOTS 64
#define MIN_ENTRIES 32

void nl_ptrtab_init(nl_PtrTab *t, nl_Alloc alloc, void *ud)
{
    memset(t, 0, sizeof *t);
    t->free_head = NL_PTRTAB_NONE;
    t->alloc = alloc;
    t->ud = ud;
}

void nl_ptrtab_destroy(nl_PtrTab *t)
{
    t->alloc(t->ud, t->ptrs, t->cap * sizeof *t->ptrs, 0);
    t->alloc(t->ud, t->flags, t->cap * sizeof *t->flags, 0);
    t->alloc(t->ud, t->slots, t->nslots * sizeof *t->slots, 0);
    nl_ptrtab_init(t, t->alloc, t->ud);
}

static size_t home_slot(const nl_PtrTab *t, uint64_t ptr)
{
    return nl_hash_u64(ptr) & (t->nslots - 1);
}

/* The slot holding ptr, or the empty slot where it would go. */
static size_t find_slot(const nl_PtrTab *t, uint64_t ptr)
{
    size_t mask = t->nslots - 1;
    size_t i = home_slot(t, ptr);
    while (t->slots[i] != 0 && t->ptrs[t->slots[i] - 1] != ptr)
        i = (i + 1) & mask;
    return i;
}

static bool grow_slots(nl_PtrTab *t)
{
    size_t n = t->nslots ? t->nslots * 2 : MIN_SLOTS;
    uint64_t *slots = t->alloc(t->ud, NULL, 0, n * sizeof *slots);
    if (!slots)
        return false;
    memset(slots, 0, n * sizeof *slots);
    uint64_t *old = t->slots;
    size_t nold = t->nslots;
    t->slots = slots;
    t->nslots = n;
    for (size_t i = 0; i < nold; i++)
        if (old[i])
            slots[find_slot(t, t->ptrs[old[i] - 1])] = old[i];
    t->alloc(t->ud, old, nold * sizeof *old, 0);
    return true;
}

static bool grow_entries(nl_PtrTab *t)
{
    size_t n = t->cap ? t->cap * 2 : MIN_ENTRIES;
    if (n - 1 > NL_PAYLOAD_MASK)
        return false; /* indices must fit a value's payload */
    uint64_t *ptrs = t->alloc(t->ud, NULL, 0, n * sizeof *ptrs);
    uint8_t *flags = ptrs ? t->alloc(t->ud, NULL, 0, n) : NULL;
    if (!flags) {
        t->alloc(t->ud, ptrs, n * sizeof *ptrs, 0);
        return false;
    }
    if (t->cap) {
        memcpy(ptrs, t->ptrs, t->cap * sizeof *ptrs);
        memcpy(flags, t->flags, t->cap);
    }
    memset(flags + t->cap, 0, n - t->cap);
    t->alloc(t->ud, t->ptrs, t->cap * sizeof *t->ptrs, 0);
    t->alloc(t->ud, t->flags, t->cap, 0);
    t->ptrs = ptrs;
    t->flags = flags;
    t->cap = n;
    return true;
}

bool nl_ptrtab_intern(nl_PtrTab *t, uint64_t ptr, uint64_t *index)
{
    if (t->nslots) {
        size_t i = find_slot(t, ptr);
        if (t->slots[i]) {
            *index = t->slots[i] - 1;
            return true;
        }
    }
    if ((t->count + 1) * 4 > t->nslots * 3 && !grow_slots(t))
        return false;
    uint64_t idx = t->free_head;
    if (idx == NL_PTRTAB_NONE) {
        if (t->top == t->cap && !grow_entries(t))
            return false;
        idx = t->top++;
    } else {
        t->free_head = t->ptrs[idx];
    }
    t->ptrs[idx] = ptr;
    t->flags[idx] = NL_PTRTAB_LIVE;
    t->slots[find_slot(t, ptr)] = idx + 1;
    t->count++;
    *index = idx;
    return true;
}

static void remove_slot(nl_PtrTab *t, size_t hole)
{
    size_t mask = t->nslots - 1;
    for (size_t j = (hole + 1) & mask; t->slots[j] != 0; j = (j + 1) & mask) {
        size_t home = home_slot(t, t->ptrs[t->slots[j] - 1]);
        /* The entry at j may fill the hole unless its home lies in (hole, j]. */
        bool home_between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (!home_between) {
            t->slots[hole] = t->slots[j];
            hole = j;
        }
    }
    t->slots[hole] = 0;
}

size_t nl_ptrtab_sweep(nl_PtrTab *t)
{
    size_t dropped = 0;
    for (uint64_t idx = 0; idx < t->top; idx++) {
        uint8_t f = t->flags[idx];
        if (f == (NL_PTRTAB_LIVE | NL_PTRTAB_MARKED)) {
            t->flags[idx] = NL_PTRTAB_LIVE;
        } else if (f == NL_PTRTAB_LIVE) {
            remove_slot(t, find_slot(t, t->ptrs[idx]));
            t->flags[idx] = 0;
            t->ptrs[idx] = t->free_head;
            t->free_head = idx;
            t->count--;
            dropped++;
        }
    }
    return dropped;
}
