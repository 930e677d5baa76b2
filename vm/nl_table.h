/*
 * nl_table.h -- Lua tables: an array part for the keys 1..asize and a hash
 * part of 2^lsizenode nodes.
 *
 * The hash part is a chained scatter table: each key has a main position
 * (hash & (size - 1)); keys that collide are linked from it through `next`
 * into free nodes, taken from the top down via `lastfree`. A node squatting
 * in another key's main position is moved out when that key arrives, so a
 * lookup only ever walks the chain of its own main position. When no free
 * node is left the table is rehashed with LuaJIT's sizes (see rehash in
 * nl_table.c), so that `#` and the order of next() over integer keys are
 * LuaJIT's; the hash part holds the rest and has at least two nodes.
 *
 * Keys: a number with an integer value is the same key however it was
 * written (1 and 1.0, and 0 and -0.0, share a slot; -0.0 is stored as 0). nil
 * and NaN are never keys. Storing nil into an existing key keeps the key with
 * a nil value (a dead key), so that next() stays valid while a traversal
 * assigns or clears fields it has visited; rehashing drops dead keys.
 *
 * Lookups return a pointer to the value slot, or to nl_tab_nilval when the key
 * is absent; never write through the latter. Slots move when the table is
 * rehashed, so a pointer from nl_tab_set is good only until the next insertion.
 */
#ifndef NL_TABLE_H
#define NL_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "nl_obj.h"
#include "nl_state.h"

/* What absent keys read as. */
extern const nl_Value nl_tab_nilval;

/* The hash part of every table without one: a single node holding no key.
 * Read-only; t->node == nl_tab_dummynode tells an empty hash part. */
extern const nl_Node nl_tab_dummynode[1];

/* Nodes in the hash part (0 when it is the dummy node). */
static inline size_t nl_tab_hashsize(const nl_Table *t)
{
    return t->node == nl_tab_dummynode ? 0 : (size_t)1 << t->lsizenode;
}

/* A new empty table with room for keys 1..narray and nhash other keys,
 * linked into L->g->allgc as a current-white object (nl_gc_link). */
nl_Table *nl_tab_new(lua_State *L, uint32_t narray, uint32_t nhash);

/* Frees the table and its parts; the caller (the collector) unlinks it. */
void nl_tab_free(lua_State *L, nl_Table *t);
/* A new table with the same contents (TDUP's templates; no metatable). */
nl_Table *nl_tab_dup(lua_State *L, const nl_Table *src);

/* ---- Reading -------------------------------------------------------------- */

const nl_Value *nl_tab_get(const nl_Table *t, nl_Value key);

/* The hash-part half of nl_tab_getint, for keys outside the array part. */
const nl_Value *nl_tab_getint_hash(const nl_Table *t, int64_t k);

static inline const nl_Value *nl_tab_getint(const nl_Table *t, int64_t k)
{
    /* k - 1 < asize as unsigned also rejects k <= 0. */
    if ((uint64_t)k - 1 < t->asize)
        return &t->array[k - 1];
    return nl_tab_getint_hash(t, k);
}

static inline const nl_Value *nl_tab_getstr(const nl_Table *t, const nl_String *s)
{
    nl_Value key = nl_box_string(s);
    const nl_Node *n = &t->node[s->hash & ((UINT32_C(1) << t->lsizenode) - 1)];
    do {
        if (n->key == key)
            return &n->val;
        n = n->next;
    } while (n);
    return &nl_tab_nilval;
}

/* ---- Writing -------------------------------------------------------------- */

/* The slot for key, created with a nil value if absent (which may rehash).
 * Raises "table index is nil" / "table index is NaN", and "table overflow"
 * past 2^30 array slots or hash nodes. Storing nil through it into a key that
 * was absent leaves a dead key. The caller writes the value and applies the
 * collector's barrier (nl_gc_barrier_back). */
nl_Value *nl_tab_set(lua_State *L, nl_Table *t, nl_Value key);
nl_Value *nl_tab_setint(lua_State *L, nl_Table *t, int64_t k);
nl_Value *nl_tab_setstr(lua_State *L, nl_Table *t, const nl_String *s);

/* Makes the array part exactly nasize slots (table constructors, setlist);
 * keys leaving it move to the hash part, keys entering it move out of it. */
void nl_tab_resize_array(lua_State *L, nl_Table *t, uint32_t nasize);

/* ---- Length and traversal --------------------------------------------------- */

/* A border: n with t[n] ~= nil and t[n+1] == nil, or 0 when t[1] is nil. */
uint64_t nl_tab_len(const nl_Table *t);

/* Advances *key to the next key with a non-nil value (nil starts) and stores
 * its value in *val: key 0 first when there is an array part (LuaJIT keeps 0
 * in that part), then the array part in order, then the hash nodes in order.
 * Returns 0, leaving both untouched, past the last key. Raises "invalid key
 * to 'next'" when *key is not in the table. */
int nl_tab_next(lua_State *L, nl_Table *t, nl_Value *key, nl_Value *val);

#endif
