/* test_table.c -- tables: keys, array and hash parts, rehashing, the length
 * border and traversal (vm/nl_table.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl_err.h"
#include "nl_gc.h"
#include "nl_string.h"
#include "nl_table.h"
#include "suites.h"
#include "support.h"

/* Unlinks t from allgc before freeing it: closing the state frees whatever
 * is still linked there. */
static void drop(lua_State *L, nl_Table *t)
{
    nl_GCObj **p = &L->g->allgc;
    while (*p != (nl_GCObj *)t)
        p = &(*p)->gcnext;
    *p = t->gcnext;
    nl_tab_free(L, t);
}

static nl_Value num(double d) { return nl_box_number(d); }
static nl_Value str(lua_State *L, const char *s) { return nl_box_string(nl_str_newz(L, s)); }
static void put(lua_State *L, nl_Table *t, nl_Value k, nl_Value v) { *nl_tab_set(L, t, k) = v; }
static nl_Value get(const nl_Table *t, nl_Value k) { return *nl_tab_get(t, k); }

static bool is_border(const nl_Table *t, uint64_t n)
{
    return (n == 0 || !nl_is_nil(*nl_tab_getint(t, (int64_t)n))) &&
           nl_is_nil(*nl_tab_getint(t, (int64_t)n + 1));
}

/* Small deterministic PRNG (xorshift64*). */
static uint64_t rng_state;
static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * UINT64_C(2685821657736338717)) >> 32) % n;
}

/* ---- Keys ------------------------------------------------------------------ */

START_TEST(new_table_is_linked_and_empty)
{
    lua_State *L = nl_test_open();
    nl_GCObj *before = L->g->allgc;
    nl_Table *t = nl_tab_new(L, 0, 0), *u = nl_tab_new(L, 3, 5);
    ck_assert_ptr_eq(L->g->allgc, (nl_GCObj *)u);
    ck_assert_ptr_eq(u->gcnext, (nl_GCObj *)t);
    ck_assert_uint_eq(t->gctype, NL_GCTAG(NL_ITYPE_TABLE));
    ck_assert_uint_eq(t->marked, L->g->gc.currentwhite);
    ck_assert_uint_eq(t->nomm, 0);
    ck_assert_ptr_null(t->metatable);
    ck_assert_uint_eq(u->asize, 3);
    ck_assert_uint_eq(u->lsizenode, 3);
    /* Tables without a hash part share one node that nothing writes to. */
    nl_Table *w = nl_tab_new(L, 4, 0);
    ck_assert_ptr_eq(t->node, w->node);
    ck_assert_uint_eq(nl_tab_hashsize(w), 0);
    ck_assert_uint_eq(nl_tab_hashsize(u), 8);
    ck_assert_ptr_eq(nl_tab_get(t, num(1)), &nl_tab_nilval);
    ck_assert_ptr_eq(nl_tab_get(w, num(7)), &nl_tab_nilval);
    ck_assert_ptr_eq(nl_tab_get(t, NL_NIL), &nl_tab_nilval);
    ck_assert_ptr_eq(nl_tab_getstr(t, nl_str_newz(L, "x")), &nl_tab_nilval);
    ck_assert_uint_eq(nl_tab_len(t), 0);
    ck_assert_uint_eq(nl_tab_len(w), 0);
    nl_Value k = NL_NIL, v;
    ck_assert_int_eq(nl_tab_next(L, w, &k, &v), 0);
    drop(L, w);
    drop(L, u);
    drop(L, t);
    ck_assert_ptr_eq(L->g->allgc, before);
    nanlua_close(L);
}
END_TEST

START_TEST(integer_valued_numbers_share_a_slot)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 0, 0);
    put(L, t, num(1.0), num(10));
    ck_assert_uint_eq(*nl_tab_getint(t, 1), num(10));
    *nl_tab_setint(L, t, 2) = num(20);
    ck_assert_uint_eq(get(t, num(2.0)), num(20));
    /* -0.0 is the key 0, and is stored as +0. */
    put(L, t, num(-0.0), num(30));
    ck_assert_uint_eq(*nl_tab_getint(t, 0), num(30));
    ck_assert_uint_eq(get(t, num(0.0)), num(30));
    ck_assert_uint_eq(get(t, num(-0.0)), num(30));
    put(L, t, num(-5), num(40));
    ck_assert_uint_eq(*nl_tab_getint(t, -5), num(40));
    ck_assert_uint_eq(get(t, num(-5.0)), num(40));
    /* Large integers outside int64 and the array range. */
    put(L, t, num(0x1p53), num(50));
    ck_assert_uint_eq(*nl_tab_getint(t, INT64_C(1) << 53), num(50));
    put(L, t, num(0x1p70), num(60));
    ck_assert_uint_eq(get(t, num(0x1p70)), num(60));
    ck_assert_uint_eq(*nl_tab_getint(t, INT64_MIN), NL_NIL);
    put(L, t, num(-0x1p63), num(70));
    ck_assert_uint_eq(*nl_tab_getint(t, INT64_MIN), num(70));
    bool zero_seen = false;
    nl_Value k = NL_NIL, v;
    while (nl_tab_next(L, t, &k, &v))
        if (v == num(30)) {
            ck_assert_uint_eq(k, num(0.0)); /* bits of +0 */
            zero_seen = true;
        }
    ck_assert(zero_seen);
    nanlua_close(L);
}
END_TEST

START_TEST(non_integer_floats_are_hash_keys)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 4, 0);
    put(L, t, num(1.5), num(1));
    put(L, t, num(2.5), num(2));
    put(L, t, num(INFINITY), num(3));
    put(L, t, num(-INFINITY), num(4));
    put(L, t, num(1e-300), num(5));
    ck_assert_uint_eq(get(t, num(1.5)), num(1));
    ck_assert_uint_eq(get(t, num(2.5)), num(2));
    ck_assert_uint_eq(get(t, num(INFINITY)), num(3));
    ck_assert_uint_eq(get(t, num(-INFINITY)), num(4));
    ck_assert_uint_eq(get(t, num(1e-300)), num(5));
    ck_assert_uint_eq(get(t, num(1)), NL_NIL);
    ck_assert_uint_eq(get(t, num(2)), NL_NIL);
    ck_assert_uint_eq(get(t, num(0)), NL_NIL);
    /* 1.5 did not land in the array part. */
    for (int i = 1; i <= 4; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), NL_NIL);
    /* NaN is never found, whatever its bits. */
    ck_assert_ptr_eq(nl_tab_get(t, NL_CANONICAL_NAN), &nl_tab_nilval);
    ck_assert_ptr_eq(nl_tab_get(t, UINT64_C(0xfff8000000000000)), &nl_tab_nilval);
    nanlua_close(L);
}
END_TEST

START_TEST(strings_booleans_tables_and_lightuserdata)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 0, 0), *other = nl_tab_new(L, 0, 0);
    char buf[] = "name";
    put(L, t, str(L, "name"), num(1));
    ck_assert_uint_eq(get(t, nl_box_string(nl_str_new(L, buf, 4))), num(1));
    ck_assert_uint_eq(*nl_tab_getstr(t, nl_str_newz(L, "name")), num(1));
    ck_assert_ptr_eq(nl_tab_setstr(L, t, nl_str_newz(L, "name")), nl_tab_get(t, str(L, "name")));
    *nl_tab_setstr(L, t, nl_str_newz(L, "1")) = num(2);
    ck_assert_uint_eq(*nl_tab_getint(t, 1), NL_NIL); /* "1" is not 1 */
    put(L, t, NL_TRUE, num(3));
    put(L, t, NL_FALSE, num(4));
    put(L, t, nl_box_table(other), num(5));
    put(L, t, nl_box_table(t), num(6));
    put(L, t, nl_box_lud_direct(0x1000), num(7));
    put(L, t, nl_box_lud_direct(0), num(8));
    put(L, t, nl_box_lud_index(0), num(9));
    ck_assert_uint_eq(get(t, str(L, "1")), num(2));
    ck_assert_uint_eq(get(t, NL_TRUE), num(3));
    ck_assert_uint_eq(get(t, NL_FALSE), num(4));
    ck_assert_uint_eq(get(t, nl_box_table(other)), num(5));
    ck_assert_uint_eq(get(t, nl_box_table(t)), num(6));
    ck_assert_uint_eq(get(t, nl_box_lud_direct(0x1000)), num(7));
    ck_assert_uint_eq(get(t, nl_box_lud_direct(0)), num(8));
    ck_assert_uint_eq(get(t, nl_box_lud_index(0)), num(9));
    ck_assert_uint_eq(get(t, nl_box_lud_direct(0x1008)), NL_NIL);
    ck_assert_uint_eq(get(t, num(0)), NL_NIL);
    ck_assert_uint_eq(get(other, NL_TRUE), NL_NIL);
    nanlua_close(L);
}
END_TEST

/* ---- Errors ---------------------------------------------------------------- */

typedef struct {
    nl_Table *t;
    nl_Value key;
} KeyArg;

static void set_key(lua_State *L, void *ud)
{
    KeyArg *a = ud;
    *nl_tab_set(L, a->t, a->key) = NL_TRUE;
}

static void next_key(lua_State *L, void *ud)
{
    KeyArg *a = ud;
    nl_Value v;
    nl_tab_next(L, a->t, &a->key, &v);
}

static void expect_error(lua_State *L, nl_ProtectedFn f, nl_Table *t, nl_Value key, const char *msg)
{
    KeyArg a = {t, key};
    ck_assert_int_eq(nl_err_protect(L, f, &a), NL_ERRRUN);
    ck_assert(nl_is_string(L->top[-1]));
    ck_assert_str_eq(nl_string(L->top[-1])->data, msg);
    L->top--;
}

START_TEST(nil_and_nan_keys_are_errors)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 0, 0);
    put(L, t, num(1.5), num(1));
    expect_error(L, set_key, t, NL_NIL, "table index is nil");
    expect_error(L, set_key, t, NL_CANONICAL_NAN, "table index is NaN");
    expect_error(L, set_key, t, num(0.0 / 0.0), "table index is NaN");
    expect_error(L, set_key, t, num(-NAN), "table index is NaN");
    /* Nothing was inserted. */
    nl_Value k = NL_NIL, v;
    int n = 0;
    while (nl_tab_next(L, t, &k, &v))
        n++;
    ck_assert_int_eq(n, 1);
    nanlua_close(L);
}
END_TEST

START_TEST(next_rejects_unknown_keys)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 2, 1);
    *nl_tab_setint(L, t, 1) = NL_TRUE;
    put(L, t, str(L, "a"), NL_TRUE);
    ck_assert_uint_eq(t->asize, 2);
    expect_error(L, next_key, t, str(L, "nope"), "invalid key to 'next'");
    expect_error(L, next_key, t, num(2.5), "invalid key to 'next'");
    expect_error(L, next_key, t, num(7), "invalid key to 'next'");
    expect_error(L, next_key, t, NL_CANONICAL_NAN, "invalid key to 'next'");
    expect_error(L, next_key, t, NL_FALSE, "invalid key to 'next'");
    /* Array slots are valid keys even when nil, and so are integers
     * written as floats. */
    KeyArg a = {t, num(2.0)};
    ck_assert_int_eq(nl_err_protect(L, next_key, &a), NL_OK);
    ck_assert_uint_eq(a.key, str(L, "a"));
    nanlua_close(L);
}
END_TEST

/* ---- Array part and length ------------------------------------------------- */

START_TEST(sequential_inserts_grow_the_array)
{
    lua_State *L = nl_test_open();
    enum { N = 100000 };
    nl_Table *t = nl_tab_new(L, 0, 0);
    for (int64_t i = 1; i <= N; i++) {
        *nl_tab_setint(L, t, i) = num((double)i * 3);
        ck_assert_uint_eq(nl_tab_len(t), (uint64_t)i);
    }
    ck_assert_uint_ge(t->asize, N / 2);
    for (int64_t i = 1; i <= N; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)i * 3));
    ck_assert_uint_eq(*nl_tab_getint(t, N + 1), NL_NIL);
    drop(L, t);
    nanlua_close(L);
}
END_TEST

START_TEST(reverse_and_mixed_inserts)
{
    lua_State *L = nl_test_open();
    enum { N = 100000 };
    nl_Table *t = nl_tab_new(L, 0, 0);
    for (int64_t i = N; i >= 1; i--)
        put(L, t, num((double)i), num((double)-i));
    for (int64_t i = 1; i <= N; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)-i));
    ck_assert_uint_eq(nl_tab_len(t), N);
    /* The next rehash moves the dense keys to the array part. */
    put(L, t, str(L, "x"), NL_TRUE);
    for (int i = 0; i < 2 * N && t->asize == 0; i++)
        put(L, t, num(i + 0.5), NL_TRUE);
    ck_assert_uint_ge(t->asize, N / 2);
    for (int64_t i = 1; i <= N; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)-i));
    ck_assert_uint_eq(nl_tab_len(t), N);

    /* Odd keys, then even keys, interleaved with strings. */
    nl_Table *u = nl_tab_new(L, 0, 0);
    char buf[32];
    for (int64_t i = 1; i <= 2000; i += 2) {
        *nl_tab_setint(L, u, i) = num((double)i);
        snprintf(buf, sizeof buf, "s%d", (int)i);
        put(L, u, str(L, buf), num((double)i));
    }
    for (int64_t i = 2; i <= 2000; i += 2)
        *nl_tab_setint(L, u, i) = num((double)i);
    for (int64_t i = 1; i <= 2000; i++)
        ck_assert_uint_eq(*nl_tab_getint(u, i), num((double)i));
    for (int64_t i = 1; i <= 2000; i += 2) {
        snprintf(buf, sizeof buf, "s%d", (int)i);
        ck_assert_uint_eq(get(u, str(L, buf)), num((double)i));
    }
    ck_assert_uint_eq(nl_tab_len(u), 2000);
    drop(L, u);
    drop(L, t);
    nanlua_close(L);
}
END_TEST

START_TEST(length_is_a_border)
{
    lua_State *L = nl_test_open();
    /* Holes at the end of the array part: binary search inside it. */
    nl_Table *t = nl_tab_new(L, 8, 0);
    for (int64_t i = 1; i <= 5; i++)
        *nl_tab_setint(L, t, i) = NL_TRUE;
    ck_assert_uint_eq(nl_tab_len(t), 5);
    *nl_tab_setint(L, t, 5) = NL_NIL;
    *nl_tab_setint(L, t, 4) = NL_NIL;
    ck_assert_uint_eq(nl_tab_len(t), 3);
    *nl_tab_setint(L, t, 7) = NL_TRUE;
    ck_assert(is_border(t, nl_tab_len(t)));
    *nl_tab_setint(L, t, 1) = NL_NIL;
    ck_assert(is_border(t, nl_tab_len(t)));
    for (int64_t i = 1; i <= 8; i++)
        *nl_tab_setint(L, t, i) = NL_NIL;
    ck_assert_uint_eq(nl_tab_len(t), 0);

    /* A full array part continues into the hash part. */
    nl_Table *u = nl_tab_new(L, 4, 8);
    for (int64_t i = 1; i <= 7; i++)
        *nl_tab_setint(L, u, i) = NL_TRUE;
    ck_assert_uint_eq(u->asize, 4);
    ck_assert_uint_eq(nl_tab_len(u), 7);
    *nl_tab_setint(L, u, 7) = NL_NIL;
    ck_assert_uint_eq(nl_tab_len(u), 6);
    *nl_tab_setint(L, u, 5) = NL_NIL;
    ck_assert_uint_eq(nl_tab_len(u), 4);

    /* No array part at all. */
    nl_Table *w = nl_tab_new(L, 0, 16);
    ck_assert_uint_eq(nl_tab_len(w), 0);
    for (int64_t i = 1; i <= 3; i++)
        *nl_tab_setint(L, w, i) = NL_TRUE;
    ck_assert_uint_eq(w->asize, 0);
    ck_assert_uint_eq(nl_tab_len(w), 3);
    *nl_tab_setint(L, w, 9) = NL_TRUE;
    ck_assert(is_border(w, nl_tab_len(w)));
    *nl_tab_setint(L, w, 0) = NL_TRUE;
    *nl_tab_setint(L, w, 1) = NL_NIL;
    ck_assert(is_border(w, nl_tab_len(w)));
    nanlua_close(L);
}
END_TEST

START_TEST(resize_array_keeps_every_entry)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 0, 32);
    for (int64_t i = 1; i <= 20; i++)
        *nl_tab_setint(L, t, i) = num((double)i);
    put(L, t, str(L, "k"), num(-1));
    ck_assert_uint_eq(t->asize, 0);
    nl_tab_resize_array(L, t, 50);
    ck_assert_uint_eq(t->asize, 50);
    for (int64_t i = 1; i <= 20; i++)
        ck_assert_uint_eq(t->array[i - 1], num((double)i));
    ck_assert_uint_eq(nl_tab_len(t), 20);
    *nl_tab_setint(L, t, 21) = num(21);
    nl_tab_resize_array(L, t, 3);
    ck_assert_uint_eq(t->asize, 3);
    for (int64_t i = 1; i <= 21; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)i));
    ck_assert_uint_eq(get(t, str(L, "k")), num(-1));
    ck_assert_uint_eq(nl_tab_len(t), 21);
    nl_tab_resize_array(L, t, 0);
    ck_assert_ptr_null(t->array);
    for (int64_t i = 1; i <= 21; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)i));
    drop(L, t);
    nanlua_close(L);
}
END_TEST

START_TEST(odd_array_sizes_and_sparse_powers)
{
    lua_State *L = nl_test_open();
    /* An array part that is not a power of two is counted right on rehash. */
    nl_Table *t = nl_tab_new(L, 5, 0);
    for (int64_t i = 1; i <= 5; i++)
        *nl_tab_setint(L, t, i) = num((double)i);
    char buf[16];
    for (int i = 0; i < 10; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        put(L, t, str(L, buf), num(-i));
    }
    ck_assert_uint_eq(t->asize, 8); /* 5 of 1..8 in use */
    for (int64_t i = 1; i <= 5; i++)
        ck_assert_uint_eq(*nl_tab_getint(t, i), num((double)i));
    ck_assert_uint_eq(nl_tab_len(t), 5);

    /* 1, 2, 4, ... 2^53 in the hash part: the doubling search runs out of
     * exact integers and falls back to a scan. */
    nl_Table *u = nl_tab_new(L, 0, 64);
    for (int b = 0; b <= 53; b++)
        *nl_tab_setint(L, u, INT64_C(1) << b) = NL_TRUE;
    ck_assert_uint_eq(u->asize, 0);
    ck_assert_uint_eq(nl_tab_len(u), 2);
    nanlua_close(L);
}
END_TEST

typedef struct {
    nl_Table *t;
    uint32_t n;
} SizeArg;

static void resize_huge(lua_State *L, void *ud)
{
    SizeArg *a = ud;
    nl_tab_resize_array(L, a->t, a->n);
}

static void new_huge(lua_State *L, void *ud)
{
    SizeArg *a = ud;
    nl_tab_new(L, 0, a->n);
}

START_TEST(oversized_parts_are_errors)
{
    lua_State *L = nl_test_open();
    SizeArg a = {nl_tab_new(L, 0, 0), UINT32_MAX};
    ck_assert_int_eq(nl_err_protect(L, resize_huge, &a), NL_ERRRUN);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "table overflow");
    L->top--;
    ck_assert_int_eq(nl_err_protect(L, new_huge, &a), NL_ERRRUN);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "table overflow");
    L->top--;
    ck_assert_uint_eq(a.t->asize, 0);
    nanlua_close(L);
}
END_TEST

/* ---- Traversal ------------------------------------------------------------- */

/* A table whose values are 0..n-1 and whose keys are of every kind; keys[i]
 * is the key of value i. */
static nl_Table *mixed_table(lua_State *L, nl_Value *keys, int n)
{
    nl_Table *t = nl_tab_new(L, 0, 0);
    char buf[32];
    for (int i = 0; i < n; i++) {
        switch (i % 5) {
        case 0:
        case 1: keys[i] = num(i / 5 * 2 + i % 5 + 1); break; /* 1, 2, 3 ... */
        case 2: keys[i] = num(i + 0.25); break;
        case 3:
            snprintf(buf, sizeof buf, "key%d", i);
            keys[i] = str(L, buf);
            break;
        default: keys[i] = nl_box_lud_direct((uint64_t)i * 8); break;
        }
        put(L, t, keys[i], num(i));
    }
    return t;
}

START_TEST(next_visits_every_key_once)
{
    lua_State *L = nl_test_open();
    enum { N = 3000 };
    static nl_Value keys[N];
    static int seen[N];
    nl_Table *t = mixed_table(L, keys, N);
    put(L, t, NL_TRUE, num(N));
    put(L, t, NL_FALSE, num(N + 1));
    *nl_tab_set(L, t, str(L, "dead")) = NL_NIL; /* a key with no value */
    nl_Value k = NL_NIL, v, last = NL_NIL;
    int count = 0;
    while (nl_tab_next(L, t, &k, &v)) {
        last = k;
        ck_assert(nl_is_number(v));
        int i = (int)nl_number(v);
        count++;
        if (i >= N) {
            ck_assert_uint_eq(k, i == N ? NL_TRUE : NL_FALSE);
            continue;
        }
        ck_assert_int_eq(seen[i]++, 0);
        ck_assert_uint_eq(k, keys[i]);
    }
    ck_assert_int_eq(count, N + 2);
    ck_assert_uint_eq(k, last); /* untouched at the end */
    drop(L, t);
    nanlua_close(L);
}
END_TEST

START_TEST(next_survives_clearing_and_assigning)
{
    lua_State *L = nl_test_open();
    enum { N = 3000 };
    static nl_Value keys[N];
    static int seen[N], order[N];
    nl_Table *t = mixed_table(L, keys, N);
    nl_Value k = NL_NIL, v;
    int count = 0;
    while (nl_tab_next(L, t, &k, &v)) {
        int i = (int)nl_number(v);
        ck_assert_int_eq(seen[i]++, 0);
        order[count++] = i;
        /* Clear the current key and one visited earlier, and assign an
         * unvisited key a new (recognisable) value. */
        *nl_tab_set(L, t, k) = NL_NIL;
        *nl_tab_set(L, t, keys[order[count / 2]]) = NL_NIL;
        int j = (i * 7 + 1) % N;
        if (!seen[j])
            put(L, t, keys[j], num(j + 0.5));
    }
    ck_assert_int_eq(count, N);
    k = NL_NIL;
    ck_assert_int_eq(nl_tab_next(L, t, &k, &v), 0);
    ck_assert_uint_eq(nl_tab_len(t), 0);
    drop(L, t);
    nanlua_close(L);
}
END_TEST

/* ---- Workloads ------------------------------------------------------------- */

START_TEST(random_workload_matches_a_shadow)
{
    lua_State *L = nl_test_open();
    enum { NINT = 3000, NFLT = 500, NSTR = 500, NTAB = 20, NLUD = 50 };
    enum { NK = NINT + NFLT + NSTR + NTAB + NLUD + 2 };
    static nl_Value keys[NK], shadow[NK];
    static bool seen[NK];
    char buf[32];
    int n = 0;
    for (int i = 0; i < NINT; i++)
        keys[n++] = num(i - 20);
    for (int i = 0; i < NFLT; i++)
        keys[n++] = num(i * 0.75 + 0.125);
    for (int i = 0; i < NSTR; i++) {
        snprintf(buf, sizeof buf, "str%d", i);
        keys[n++] = str(L, buf);
    }
    for (int i = 0; i < NTAB; i++)
        keys[n++] = nl_box_table(nl_tab_new(L, 0, 0));
    for (int i = 0; i < NLUD; i++)
        keys[n++] = nl_box_lud_direct((uint64_t)i);
    keys[n++] = NL_TRUE;
    keys[n++] = NL_FALSE;
    for (int i = 0; i < NK; i++)
        shadow[i] = NL_NIL;

    rng_state = UINT64_C(0x9e3779b97f4a7c15);
    nl_Table *t = nl_tab_new(L, 0, 0);
    for (int step = 1; step <= 200000; step++) {
        /* Favour a moving window of integers, so the array part grows and
         * shrinks, and deletions come in bursts. */
        int id = rnd(2) ? (int)(step / 100 % NINT + rnd(200)) % NINT : (int)rnd(NK);
        uint32_t op = rnd(10);
        if (op < 6) {
            /* A value naming its key, to check traversal. */
            shadow[id] = num(id * 1000.0 + step % 1000);
            put(L, t, keys[id], shadow[id]);
        } else if (op < 9) {
            shadow[id] = NL_NIL;
            put(L, t, keys[id], NL_NIL);
        } else {
            ck_assert_uint_eq(get(t, keys[id]), shadow[id]);
        }
        if (step % 20000 != 0)
            continue;
        int live = 0;
        for (int i = 0; i < NK; i++) {
            ck_assert_uint_eq(get(t, keys[i]), shadow[i]);
            live += !nl_is_nil(shadow[i]);
            seen[i] = false;
        }
        nl_Value k = NL_NIL, v;
        int visited = 0;
        while (nl_tab_next(L, t, &k, &v)) {
            int i = (int)(nl_number(v) / 1000);
            ck_assert(!seen[i]);
            seen[i] = true;
            ck_assert(nl_raw_equal(k, keys[i]));
            ck_assert_uint_eq(v, shadow[i]);
            visited++;
        }
        ck_assert_int_eq(visited, live);
        ck_assert(is_border(t, nl_tab_len(t)));
    }
    nanlua_close(L);
}
END_TEST

START_TEST(dead_keys_are_reclaimed)
{
    lua_State *L = nl_test_open();
    nl_Table *t = nl_tab_new(L, 0, 0);
    put(L, t, str(L, "keep"), NL_TRUE);
    char buf[32];
    for (int round = 0; round < 200; round++) {
        /* 500 keys never used before, then all of them deleted. */
        for (int i = 0; i < 500; i++) {
            double k = round * 1000.0 + i + 0.5;
            put(L, t, num(k), num(i));
            if (i % 5 == 0) {
                snprintf(buf, sizeof buf, "r%d_%d", round, i);
                put(L, t, str(L, buf), num(i));
            }
        }
        for (int i = 0; i < 500; i++) {
            double k = round * 1000.0 + i + 0.5;
            ck_assert_uint_eq(get(t, num(k)), num(i));
            put(L, t, num(k), NL_NIL);
            if (i % 5 == 0) {
                snprintf(buf, sizeof buf, "r%d_%d", round, i);
                put(L, t, str(L, buf), NL_NIL);
            }
        }
        /* At most 601 keys are ever live: the hash part must not grow with
         * the dead ones. */
        ck_assert_uint_le(t->lsizenode, 10);
    }
    ck_assert_uint_eq(get(t, str(L, "keep")), NL_TRUE);
    nl_Value k = NL_NIL, v;
    ck_assert_int_eq(nl_tab_next(L, t, &k, &v), 1);
    ck_assert_uint_eq(k, str(L, "keep"));
    ck_assert_int_eq(nl_tab_next(L, t, &k, &v), 0);
    drop(L, t);
    nanlua_close(L);
}
END_TEST

Suite *suite_table(void)
{
    Suite *s = suite_create("table");
    TCase *tc = tcase_create("keys");
    tcase_add_test(tc, new_table_is_linked_and_empty);
    tcase_add_test(tc, integer_valued_numbers_share_a_slot);
    tcase_add_test(tc, non_integer_floats_are_hash_keys);
    tcase_add_test(tc, strings_booleans_tables_and_lightuserdata);
    tcase_add_test(tc, nil_and_nan_keys_are_errors);
    tcase_add_test(tc, next_rejects_unknown_keys);
    suite_add_tcase(s, tc);
    tc = tcase_create("parts");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, sequential_inserts_grow_the_array);
    tcase_add_test(tc, reverse_and_mixed_inserts);
    tcase_add_test(tc, length_is_a_border);
    tcase_add_test(tc, resize_array_keeps_every_entry);
    tcase_add_test(tc, odd_array_sizes_and_sparse_powers);
    tcase_add_test(tc, oversized_parts_are_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("traversal");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, next_visits_every_key_once);
    tcase_add_test(tc, next_survives_clearing_and_assigning);
    tcase_add_test(tc, random_workload_matches_a_shadow);
    tcase_add_test(tc, dead_keys_are_reclaimed);
    suite_add_tcase(s, tc);
    return s;
}
