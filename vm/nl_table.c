/*
 * nl_table.c -- Lua tables (see nl_table.h for the design).
 */
#include "nl_table.h"

#include <string.h>

#include "nl_err.h"
#include "nl_gc.h"
#include "nl_hash.h"
#include "nl_mem.h"

/* The array part holds keys up to 2^MAXABITS, the hash part up to 2^MAXHBITS
 * nodes: far beyond memory, and small enough that sizes fit a uint32_t. */
#define MAXABITS 30
#define MAXHBITS 30
/* A table created with an array part of at most this many slots gets them in
 * the same block as itself: one allocation instead of two. */
#define MAXCOLO 16

const nl_Value nl_tab_nilval = NL_NIL;

/* Const so that a stray write faults. Nothing writes to it: new_key never
 * takes it over and free_node never finds it free. */
const nl_Node nl_tab_dummynode[1] = {{NL_NIL, NL_NIL, NULL}};
#define DUMMY ((nl_Node *)nl_tab_dummynode)

/* ---- Keys ------------------------------------------------------------------ */

/* The integer d holds, if any. The range test also rejects NaN. */
static bool num_as_int(double d, int64_t *k)
{
    if (!(d >= -0x1p63 && d < 0x1p63))
        return false;
    *k = (int64_t)d;
    return (double)*k == d;
}

/* Integer keys are stored as the double (double)k, so 0 is +0 however the
 * key was written and equal numbers have equal bits. */
static nl_Value int_key(int64_t k) { return nl_box_number((double)k); }

/* k when key is a number with an integer value in 1..2^MAXABITS, else 0:
 * the keys that may go to the array part. */
static uint32_t array_candidate(nl_Value key)
{
    int64_t k;
    if (nl_is_number(key) && num_as_int(nl_number(key), &k) && k >= 1 &&
        k <= (INT64_C(1) << MAXABITS))
        return (uint32_t)k;
    return 0;
}

/* Smallest b with 2^b >= x, for x >= 1. */
static unsigned ceil_log2(uint64_t x)
{
    return x <= 1 ? 0 : 64 - (unsigned)__builtin_clzll(x - 1);
}

/* ---- Hash part ------------------------------------------------------------- */

/* Keys are compared by bits (integers normalised by int_key), so any value
 * hashes its bits, except strings whose hash was computed at interning. Only
 * live keys are hashed: a dead key may name an object already collected. */
static nl_Node *main_position(const nl_Table *t, nl_Value key)
{
    uint32_t h = nl_is_string(key) ? nl_string(key)->hash : nl_hash_u64(key);
    return &t->node[h & ((UINT32_C(1) << t->lsizenode) - 1)];
}

/* The node holding key (never nil), dead or alive, or NULL. Compares bits
 * only, so dead keys are never dereferenced. */
static nl_Node *find_node(const nl_Table *t, nl_Value key)
{
    nl_Node *n = main_position(t, key);
    do {
        if (n->key == key)
            return n;
        n = n->next;
    } while (n);
    return NULL;
}

static nl_Node *free_node(nl_Table *t)
{
    while (t->lastfree > 0) {
        nl_Node *n = &t->node[--t->lastfree];
        if (nl_is_nil(n->key))
            return n;
    }
    return NULL;
}

/* Gives t a fresh hash part with room for n keys; the old one is the
 * caller's. Allocates before touching t, so an error leaves t as it was. */
static void new_hash_part(lua_State *L, nl_Table *t, uint32_t n)
{
    if (n == 0) {
        t->node = DUMMY;
        t->lastfree = 0;
        t->lsizenode = 0;
        return;
    }
    unsigned lsize = n < 2 ? 1 : ceil_log2(n); /* LuaJIT: at least two nodes */
    if (lsize > MAXHBITS)
        nl_err_runf(L, "table overflow");
    size_t size = (size_t)1 << lsize;
    nl_Node *node = nl_mem_newvec(L, size, nl_Node);
    for (size_t i = 0; i < size; i++)
        node[i] = nl_tab_dummynode[0];
    t->node = node;
    t->lastfree = (uint32_t)size;
    t->lsizenode = (uint8_t)lsize;
}

static void free_hash_part(lua_State *L, nl_Node *node, uint8_t lsize)
{
    if (node != DUMMY)
        nl_mem_freevec(L, node, (size_t)1 << lsize, nl_Node);
}

/* ---- Rehash ------------------------------------------------------------------ */

/* The sizes follow LuaJIT's policy, so that `#` finds the same border and
 * next() visits integer keys in the same order as there. LuaJIT's array part
 * also has a slot for key 0, which lives in the hash part here: it still
 * counts when the array part is sized, as there, and next() visits it where
 * LuaJIT's slot would be (nl_tab_next).
 *
 * bins[b] counts the live integer keys k with 2^b < k <= 2^(b+1); bins[0]
 * counts 0, 1 and 2. */
typedef uint32_t KeyBins[MAXABITS];

static unsigned bin_of(uint32_t k)
{
    return k > 2 ? 31 - (unsigned)__builtin_clz(k - 1) : 0;
}

/* k when key is a number with an integer value in 0..2^MAXABITS - 1, else
 * -1: the keys that count for the array part's size. */
static int64_t size_candidate(nl_Value key)
{
    int64_t k;
    if (nl_is_number(key) && num_as_int(nl_number(key), &k) && k >= 0 &&
        k < (INT64_C(1) << MAXABITS))
        return k;
    return -1;
}

static uint32_t count_array(const nl_Table *t, KeyBins bins)
{
    uint32_t total = 0;
    for (uint32_t i = 1; i <= t->asize; i++)
        if (!nl_is_nil(t->array[i - 1])) {
            bins[bin_of(i)]++;
            total++;
        }
    return total;
}

/* Returns the live keys in the hash part; adds its integer candidates to
 * bins and *nint, and tells whether key 0 is among them. */
static uint32_t count_hash(const nl_Table *t, KeyBins bins, uint32_t *nint, bool *zero)
{
    uint32_t total = 0;
    for (size_t i = 0; i < nl_tab_hashsize(t); i++) {
        const nl_Node *n = &t->node[i];
        if (nl_is_nil(n->val))
            continue;
        total++;
        int64_t k = size_candidate(n->key);
        if (k >= 0) {
            bins[bin_of((uint32_t)k)]++;
            (*nint)++;
            *zero |= k == 0;
        }
    }
    return total;
}

/* The array part for nint integer keys: keys 1..2^(b+1) for the largest b
 * at which more than 2^b / 2 of the keys up to 2^(b+1) are in use (0 if
 * none); *na gets how many keys (0 included) fall in it. */
static uint32_t best_asize(const KeyBins bins, uint32_t nint, uint32_t *na)
{
    uint32_t sum = 0, size = 0;
    *na = 0;
    for (unsigned b = 0; b < MAXABITS && 2 * (uint64_t)nint > (UINT64_C(1) << b) && sum != nint;
         b++) {
        sum += bins[b];
        if (bins[b] > 0 && 2 * (uint64_t)sum > (UINT64_C(1) << b)) {
            size = UINT32_C(2) << b;
            *na = sum;
        }
    }
    return size;
}

static nl_Value *new_key(lua_State *L, nl_Table *t, nl_Value key);

static nl_Value *colocated_slots(nl_Table *t) { return (nl_Value *)(t + 1); }

/* Is the array part in the table's own block? (It stays there while it fits.) */
static bool array_is_colocated(nl_Table *t) { return t->colo > 0 && t->array == colocated_slots(t); }

/* Makes the array part nasize slots, keeping the first min(asize, nasize). */
static void resize_array_block(lua_State *L, nl_Table *t, uint32_t nasize)
{
    if (!array_is_colocated(t)) {
        t->array = nl_mem_resizevec(L, t->array, t->asize, nasize, nl_Value);
    } else if (nasize > t->colo) { /* outgrown: move to a block of its own */
        nl_Value *array = nl_mem_newvec(L, nasize, nl_Value);
        memcpy(array, t->array, t->asize * sizeof(nl_Value));
        t->array = array;
    }
}

/* Grows the array part to nasize and moves the integer keys now in its range
 * out of the hash part (they stay there as dead keys until the next rehash). */
static void grow_array(lua_State *L, nl_Table *t, uint32_t nasize)
{
    if (nasize > (UINT32_C(1) << MAXABITS))
        nl_err_runf(L, "table overflow");
    uint32_t oasize = t->asize;
    resize_array_block(L, t, nasize);
    memset(t->array + oasize, 0xff, (size_t)(nasize - oasize) * sizeof(nl_Value));
    t->asize = nasize;
    for (size_t i = 0; i < nl_tab_hashsize(t); i++) {
        nl_Node *n = &t->node[i];
        uint32_t k = array_candidate(n->key);
        if (k > oasize && k <= nasize && !nl_is_nil(n->val)) {
            t->array[k - 1] = n->val;
            n->val = NL_NIL;
        }
    }
}

/* Gives t an array part of nasize slots and a fresh hash part for nhkeys
 * keys, and moves every live entry to where it belongs. nhkeys must cover all
 * live keys that will not be in the array part, so that the reinsertions
 * below never rehash. */
static void resize(lua_State *L, nl_Table *t, uint32_t nasize, uint32_t nhkeys)
{
    if (nasize > t->asize)
        grow_array(L, t, nasize);
    nl_Node *onode = t->node;
    uint8_t olsize = t->lsizenode;
    new_hash_part(L, t, nhkeys);
    if (nasize < t->asize) {
        /* Straight into the (fresh) hash part, so that asize and the array
         * stay in step whatever the shrinking allocation does. */
        for (uint32_t i = nasize; i < t->asize; i++)
            if (!nl_is_nil(t->array[i]))
                *new_key(L, t, int_key((int64_t)i + 1)) = t->array[i];
        resize_array_block(L, t, nasize);
        t->asize = nasize;
    }
    if (onode != DUMMY)
        for (uint32_t i = UINT32_C(1) << olsize; i-- > 0;)
            if (!nl_is_nil(onode[i].val))
                *nl_tab_set(L, t, onode[i].key) = onode[i].val;
    free_hash_part(L, onode, olsize);
}

/* Resizes t for its live keys plus extra, which is about to be inserted. */
static void rehash(lua_State *L, nl_Table *t, nl_Value extra)
{
    KeyBins bins = {0};
    uint32_t nint = count_array(t, bins);
    bool zero = false;
    uint32_t total = nint + 1;
    total += count_hash(t, bins, &nint, &zero);
    int64_t k = size_candidate(extra);
    if (k >= 0) {
        bins[bin_of((uint32_t)k)]++;
        nint++;
        zero |= k == 0;
    }
    uint32_t na;
    uint32_t nasize = best_asize(bins, nint, &na);
    if (nasize > 0 && zero)
        na--; /* 0 stays in the hash part */
    resize(L, t, nasize, total - na);
}

/* Inserts key, known to be absent and valid, with a nil value. */
static nl_Value *new_key(lua_State *L, nl_Table *t, nl_Value key)
{
    nl_Node *mp = main_position(t, key);
    /* A main position with a nil value (free, or a dead key) is simply
     * taken over: whatever chain passes through it stays intact. */
    if (mp == DUMMY || !nl_is_nil(mp->val)) {
        nl_Node *f = free_node(t);
        if (!f) {
            rehash(L, t, key);
            return nl_tab_set(L, t, key);
        }
        nl_Node *other = main_position(t, mp->key);
        if (other != mp) {
            /* mp's key lives away from its own main position: move it to f
             * and give mp to the new key, whose chain starts here. */
            while (other->next != mp)
                other = other->next;
            other->next = f;
            *f = *mp;
            mp->next = NULL;
            mp->val = NL_NIL;
        } else {
            f->next = mp->next;
            mp->next = f;
            mp = f;
        }
    }
    mp->key = key;
    /* The key is stored now, the value by the caller: a black table must
     * see a white key, or the sweep frees a string it still holds. */
    nl_gc_barrier_back(L, t, key);
    return &mp->val;
}

/* ---- Public API -------------------------------------------------------------- */

nl_Table *nl_tab_new(lua_State *L, uint32_t narray, uint32_t nhash)
{
    uint32_t colo = narray <= MAXCOLO ? narray : 0;
    nl_Table *t = nl_mem_alloc(L, sizeof *t + colo * sizeof(nl_Value));
    t->nomm = 0;
    t->lsizenode = 0;
    t->asize = colo;
    t->colo = colo;
    t->array = NULL;
    if (colo) {
        t->array = colocated_slots(t);
        for (uint32_t i = 0; i < colo; i++) /* a few slots: cheaper than memset's call */
            t->array[i] = NL_NIL;
    }
    t->node = DUMMY;
    t->lastfree = 0;
    t->metatable = NULL;
    t->gclist = NULL;
    /* Linked first: if a part cannot be allocated, t is still a valid table. */
    nl_gc_link(L, (nl_GCObj *)t, NL_ITYPE_TABLE);
    if (narray > colo)
        grow_array(L, t, narray);
    if (nhash)
        new_hash_part(L, t, nhash);
    return t;
}

void nl_tab_free(lua_State *L, nl_Table *t)
{
    if (t->array && !array_is_colocated(t))
        nl_mem_freevec(L, t->array, t->asize, nl_Value);
    free_hash_part(L, t->node, t->lsizenode);
    nl_mem_free(L, t, sizeof *t + t->colo * sizeof(nl_Value));
}

const nl_Value *nl_tab_getint_hash(const nl_Table *t, int64_t k)
{
    const nl_Node *n = find_node(t, int_key(k));
    return n ? &n->val : &nl_tab_nilval;
}

const nl_Value *nl_tab_get(const nl_Table *t, nl_Value key)
{
    if (nl_is_string(key))
        return nl_tab_getstr(t, nl_string(key));
    if (nl_is_number(key)) {
        int64_t k;
        if (num_as_int(nl_number(key), &k))
            return nl_tab_getint(t, k);
        /* Other numbers are looked up by their bits; NaN is never stored. */
    } else if (nl_is_nil(key)) {
        return &nl_tab_nilval;
    }
    const nl_Node *n = find_node(t, key);
    return n ? &n->val : &nl_tab_nilval;
}

nl_Value *nl_tab_setint(lua_State *L, nl_Table *t, int64_t k)
{
    t->nomm = 0;
    if ((uint64_t)k - 1 < t->asize)
        return &t->array[k - 1];
    nl_Value key = int_key(k);
    nl_Node *n = find_node(t, key);
    return n ? &n->val : new_key(L, t, key);
}

nl_Value *nl_tab_setstr(lua_State *L, nl_Table *t, const nl_String *s)
{
    nl_Value key = nl_box_string(s);
    t->nomm = 0;
    nl_Node *n = find_node(t, key);
    return n ? &n->val : new_key(L, t, key);
}

nl_Value *nl_tab_set(lua_State *L, nl_Table *t, nl_Value key)
{
    if (nl_is_number(key)) {
        int64_t k;
        if (num_as_int(nl_number(key), &k))
            return nl_tab_setint(L, t, k);
        if (nl_number(key) != nl_number(key))
            nl_err_opf(L, "table index is NaN");
    } else if (nl_is_nil(key)) {
        nl_err_opf(L, "table index is nil");
    }
    t->nomm = 0;
    nl_Node *n = find_node(t, key);
    return n ? &n->val : new_key(L, t, key);
}

void nl_tab_resize_array(lua_State *L, nl_Table *t, uint32_t nasize)
{
    if (nasize > t->asize) {
        grow_array(L, t, nasize);
    } else if (nasize < t->asize) {
        /* The hash part is rebuilt for its own live keys and those leaving
         * the array. */
        uint32_t nhkeys = 0;
        for (size_t i = 0; i < nl_tab_hashsize(t); i++)
            nhkeys += !nl_is_nil(t->node[i].val);
        for (uint32_t i = nasize; i < t->asize; i++)
            nhkeys += !nl_is_nil(t->array[i]);
        resize(L, t, nasize, nhkeys);
    }
}

/* A border above j, where t[j] is non-nil (or j is 0). */
static uint64_t unbound_search(const nl_Table *t, uint64_t j)
{
    uint64_t i = j;
    j++;
    /* Double j until t[j] is nil; then t[i] ~= nil and t[j] == nil. */
    while (!nl_is_nil(*nl_tab_getint(t, (int64_t)j))) {
        i = j;
        if (j > (UINT64_C(1) << 52)) {
            /* Beyond exact doubles: a pathological table, scan it. */
            uint64_t n = 1;
            while (!nl_is_nil(*nl_tab_getint(t, (int64_t)n)))
                n++;
            return n - 1;
        }
        j *= 2;
    }
    while (j - i > 1) {
        uint64_t m = i + (j - i) / 2;
        if (nl_is_nil(*nl_tab_getint(t, (int64_t)m)))
            j = m;
        else
            i = m;
    }
    return i;
}

uint64_t nl_tab_len(const nl_Table *t)
{
    uint32_t j = t->asize;
    if (j > 0 && nl_is_nil(t->array[j - 1])) {
        /* A border inside the array: t[i] ~= nil (or i == 0), t[j] == nil. */
        uint32_t i = 0;
        while (j - i > 1) {
            uint32_t m = i + (j - i) / 2;
            if (nl_is_nil(t->array[m - 1]))
                j = m;
            else
                i = m;
        }
        return i;
    }
    if (t->node == DUMMY)
        return j;
    return unbound_search(t, j);
}

/* Traversal follows LuaJIT's layout, whose array part has a slot for key 0
 * in front of key 1 whenever it has one at all: with an array part, key 0
 * (kept in the hash part here) comes first and the walk over the nodes skips
 * it, and next(t, 0) is valid even when 0 is absent. Positions count that
 * slot as 0, key k of the array part as k, and node i as asize + 1 + i. */
static bool zero_in_array(const nl_Table *t) { return t->asize > 0; }

/* The position after key. */
static uint64_t next_position(lua_State *L, const nl_Table *t, nl_Value key)
{
    if (nl_is_nil(key))
        return 0;
    if (nl_is_number(key)) {
        int64_t k;
        if (num_as_int(nl_number(key), &k)) {
            if ((uint64_t)k <= t->asize && (k > 0 || zero_in_array(t)))
                return (uint64_t)k + 1;
            key = int_key(k);
        }
    }
    const nl_Node *n = find_node(t, key);
    if (!n)
        nl_err_opf(L, "invalid key to 'next'");
    return t->asize + 1 + (uint64_t)(n - t->node) + 1;
}

int nl_tab_next(lua_State *L, nl_Table *t, nl_Value *key, nl_Value *val)
{
    uint64_t i = next_position(L, t, *key);
    nl_Value zero = int_key(0);
    if (i == 0 && zero_in_array(t)) {
        const nl_Node *n = find_node(t, zero);
        if (n && !nl_is_nil(n->val)) {
            *key = zero;
            *val = n->val;
            return 1;
        }
    }
    for (i = i > 0 ? i - 1 : 0; i < t->asize; i++)
        if (!nl_is_nil(t->array[i])) {
            *key = int_key((int64_t)i + 1);
            *val = t->array[i];
            return 1;
        }
    for (i -= t->asize; i < nl_tab_hashsize(t); i++) {
        const nl_Node *n = &t->node[i];
        if (!nl_is_nil(n->val) && !(n->key == zero && zero_in_array(t))) {
            *key = n->key;
            *val = n->val;
            return 1;
        }
    }
    return 0;
}

nl_Table *nl_tab_dup(lua_State *L, const nl_Table *src)
{
    nl_Table *t = nl_tab_new(L, src->asize, (uint32_t)nl_tab_hashsize(src));
    if (src->asize > 0) /* an empty array part may be NULL, which memcpy must not see */
        memcpy(t->array, src->array, src->asize * sizeof(nl_Value));
    for (size_t i = 0, n = nl_tab_hashsize(src); i < n; i++) {
        const nl_Node *node = &src->node[i];
        if (!nl_is_nil(node->val))
            *nl_tab_set(L, t, node->key) = node->val;
    }
    return t;
}
