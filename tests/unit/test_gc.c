/* test_gc.c -- the incremental collector (vm/nl_gc.c). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "lua.h"
#include "nl_err.h"
#include "nl_gc.h"
#include "nl_string.h"
#include "nl_table.h"
#include "suites.h"
#include "support.h"

static nl_Table *new_table_on_stack(lua_State *L)
{
    nl_Table *t = nl_tab_new(L, 0, 0);
    nl_test_push(L, nl_box_table(t));
    return t;
}

static void set_int(lua_State *L, nl_Table *t, int64_t k, nl_Value v)
{
    *nl_tab_setint(L, t, k) = v;
    nl_gc_barrier_back(L, t, v);
}

START_TEST(unreachable_objects_are_freed)
{
    lua_State *L = nl_test_open();
    size_t base_bytes = L->g->totalbytes, base_objects = nl_test_count_objects(L);
    for (int i = 0; i < 1000; i++) {
        nl_Table *t = nl_tab_new(L, 4, 4);
        *nl_tab_setint(L, t, 1) = nl_box_number(i);
    }
    ck_assert_uint_eq(nl_test_count_objects(L), base_objects + 1000);
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), base_objects);
    ck_assert_uint_eq(L->g->totalbytes, base_bytes);
    nanlua_close(L);
}
END_TEST

START_TEST(reachable_objects_survive_and_cycles_die)
{
    lua_State *L = nl_test_open();
    nl_Table *root = new_table_on_stack(L);
    nl_Table *child = nl_tab_new(L, 0, 0);
    set_int(L, root, 1, nl_box_table(child));
    set_int(L, child, 1, nl_box_table(root)); /* a cycle through the root */
    nl_Table *a = nl_tab_new(L, 0, 0), *b = nl_tab_new(L, 0, 0);
    set_int(L, a, 1, nl_box_table(b));
    set_int(L, b, 1, nl_box_table(a)); /* an unreachable cycle */
    size_t before = nl_test_count_objects(L);
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), before - 2);
    ck_assert(*nl_tab_getint(root, 1) == nl_box_table(child));
    ck_assert(*nl_tab_getint(child, 1) == nl_box_table(root));
    L->top--; /* drop the root */
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), before - 4);
    nanlua_close(L);
}
END_TEST

START_TEST(registry_is_a_root)
{
    lua_State *L = nl_test_open();
    nl_Table *reg = nl_tab_new(L, 0, 0);
    L->g->registry = nl_box_table(reg);
    nl_String *key = nl_str_newz(L, "kept");
    *nl_tab_setstr(L, reg, key) = nl_box_string(nl_str_newz(L, "a value string"));
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), 0); /* only the (uncounted) registry and globals */
    nl_Value v = *nl_tab_getstr(reg, nl_str_newz(L, "kept"));
    ck_assert(nl_is_string(v));
    ck_assert_str_eq(nl_string(v)->data, "a value string");
    nanlua_close(L);
}
END_TEST

START_TEST(strings_are_collected_unless_reachable_or_fixed)
{
    lua_State *L = nl_test_open();
    size_t base = L->g->strt.count;
    nl_test_push(L, nl_box_string(nl_str_newz(L, "on the stack")));
    for (int i = 0; i < 500; i++)
        nl_str_pushf(L, "garbage %d", i), L->top--;
    ck_assert_uint_eq(L->g->strt.count, base + 501);
    nl_gc_full(L);
    ck_assert_uint_eq(L->g->strt.count, base + 1);
    ck_assert_str_eq(L->g->memerrmsg->data, "not enough memory"); /* fixed */
    ck_assert_str_eq(nl_string(L->top[-1])->data, "on the stack");
    nanlua_close(L);
}
END_TEST

static void set_mode(lua_State *L, nl_Table *t, const char *mode)
{
    nl_Table *mt = nl_tab_new(L, 0, 0);
    t->metatable = mt;
    *nl_tab_setstr(L, mt, nl_str_newz(L, "__mode")) = nl_box_string(nl_str_newz(L, mode));
}

START_TEST(weak_values_are_cleared_but_strings_stay)
{
    lua_State *L = nl_test_open();
    nl_Table *weak = new_table_on_stack(L);
    set_mode(L, weak, "v");
    nl_Table *kept = new_table_on_stack(L);
    set_int(L, weak, 1, nl_box_table(kept));
    set_int(L, weak, 2, nl_box_table(nl_tab_new(L, 0, 0)));
    set_int(L, weak, 3, nl_box_string(nl_str_newz(L, "strings are values")));
    *nl_tab_setstr(L, weak, nl_str_newz(L, "h")) = nl_box_table(nl_tab_new(L, 0, 0));
    nl_gc_full(L);
    ck_assert(*nl_tab_getint(weak, 1) == nl_box_table(kept));
    ck_assert(nl_is_nil(*nl_tab_getint(weak, 2)));
    ck_assert(nl_is_string(*nl_tab_getint(weak, 3)));
    ck_assert(nl_is_nil(*nl_tab_getstr(weak, nl_str_newz(L, "h"))));
    nanlua_close(L);
}
END_TEST

START_TEST(weak_keys_are_cleared)
{
    lua_State *L = nl_test_open();
    nl_Table *weak = new_table_on_stack(L);
    set_mode(L, weak, "k");
    nl_Table *live = new_table_on_stack(L), *dead = nl_tab_new(L, 0, 0);
    *nl_tab_set(L, weak, nl_box_table(live)) = NL_TRUE;
    *nl_tab_set(L, weak, nl_box_table(dead)) = NL_TRUE;
    dead = NULL;
    nl_gc_full(L);
    ck_assert(*nl_tab_get(weak, nl_box_table(live)) == NL_TRUE);
    nl_Value k = NL_NIL, v;
    int n = 0;
    while (nl_tab_next(L, weak, &k, &v))
        n++;
    ck_assert_int_eq(n, 1);
    nanlua_close(L);
}
END_TEST

/* A mutator interleaved with single incremental steps: every table reachable
 * from the root must stay intact (ASan reports any use after free). */
START_TEST(incremental_steps_with_barriers_keep_live_objects)
{
    lua_State *L = nl_test_open();
    L->g->gc.stress = true;
    enum { SLOTS = 64, ROUNDS = 20000 };
    nl_Table *root = new_table_on_stack(L);
    srand(3);
    for (int r = 0; r < ROUNDS; r++) {
        int slot = 1 + rand() % SLOTS;
        switch (rand() % 4) {
        case 0: case 1: { /* a fresh table, tagged with its slot */
            nl_Table *t = nl_tab_new(L, 0, 0);
            set_int(L, root, slot, nl_box_table(t));
            set_int(L, t, 1, nl_box_number(slot));
            break;
        }
        case 2: { /* move a subtree into another slot's table */
            nl_Value from = *nl_tab_getint(root, 1 + rand() % SLOTS);
            nl_Value to = *nl_tab_getint(root, slot);
            if (nl_is_table(from) && nl_is_table(to))
                set_int(L, nl_table(to), 2, from);
            break;
        }
        default:
            set_int(L, root, slot, NL_NIL);
        }
        nl_gc_check(L);
    }
    nl_gc_full(L);
    for (int s = 1; s <= SLOTS; s++) {
        nl_Value v = *nl_tab_getint(root, s);
        if (nl_is_table(v))
            ck_assert(nl_is_number(*nl_tab_getint(nl_table(v), 1)));
    }
    nanlua_close(L);
}
END_TEST

START_TEST(pointer_table_entries_follow_reachability)
{
    setenv("NANLUA_PTRMODE", "table", 1);
    lua_State *L = nl_test_open();
    unsetenv("NANLUA_PTRMODE");
    nl_Table *root = new_table_on_stack(L);
    nl_PtrBox *pb = &L->g->ptrbox;
    for (int i = 0; i < 100; i++) {
        nl_Value v;
        ck_assert(nl_ptrbox_box(pb, 0xffff000000000000u + (uint64_t)i * 16, &v));
        if (i % 2 == 0)
            set_int(L, root, i / 2 + 1, v);
    }
    ck_assert_uint_eq(pb->table.count, 100);
    nl_gc_full(L);
    ck_assert_uint_eq(pb->table.count, 50);
    for (int i = 0; i < 50; i++)
        ck_assert_uint_eq(nl_ptrbox_unbox(pb, *nl_tab_getint(root, i + 1)),
                          0xffff000000000000u + (uint64_t)i * 32);
    nanlua_close(L);
}
END_TEST

/* Grows the plain objects under root (tables and strings, half each, a
 * thousand to a bucket table) from *have to n. */
static void grow_heap(lua_State *L, nl_Table *root, size_t *have, size_t n)
{
    enum { BUCKET = 1000 };
    for (; *have < n; (*have)++) {
        size_t i = *have;
        int64_t b = (int64_t)(i / BUCKET) + 1;
        if (nl_is_nil(*nl_tab_getint(root, b)))
            set_int(L, root, b, nl_box_table(nl_tab_new(L, 0, 0)));
        nl_Value v;
        if (i % 2) {
            v = nl_box_table(nl_tab_new(L, 0, 0));
        } else {
            char name[32];
            int len = snprintf(name, sizeof name, "string %zu", i);
            v = nl_box_string(nl_str_new(L, name, (size_t)len));
        }
        set_int(L, nl_table(*nl_tab_getint(root, b)), (int64_t)(i % BUCKET) + 1, v);
    }
}

/* The atomic step is the collector's one pause that cannot be cut into
 * steps; its work must not depend on how many objects the heap holds. */
START_TEST(atomic_step_work_does_not_grow_with_the_heap)
{
    lua_State *L = nl_test_open();
    nl_Table *root = new_table_on_stack(L);
    size_t have = 0;
    grow_heap(L, root, &have, 10000);
    nl_gc_full(L);
    size_t small_heap = L->g->gc.atomic_visits;
    grow_heap(L, root, &have, 1000000);
    nl_gc_full(L);
    ck_assert_uint_eq(L->g->gc.atomic_visits, small_heap);
    ck_assert_uint_lt(small_heap, 100);
    nanlua_close(L);
}
END_TEST

/* Fills a local table until memory runs out (raises; never returns). */
static int fill_memory(lua_State *L)
{
    lua_newtable(L);
    for (int i = 1; i < INT_MAX; i++) {
        lua_newtable(L);
        lua_rawseti(L, -2, i);
    }
    return 0;
}

static int call_fill_memory(lua_State *L)
{
    lua_pushcfunction(L, fill_memory);
    lua_call(L, 0, 0);
    return 0;
}

/* A C caller of lua_pcall or lua_cpcall gets the memory back at once, as a
 * Lua caller of pcall does: the collector does not wait for its pace. */
START_TEST(protected_calls_from_c_collect_after_a_memory_error)
{
    lua_State *L = nl_test_open();
    size_t base = L->g->totalbytes;
    L->g->memlimit = base + (4u << 20);
    lua_pushcfunction(L, fill_memory);
    ck_assert_int_eq(lua_pcall(L, 0, 0, 0), LUA_ERRMEM);
    ck_assert_str_eq(lua_tostring(L, -1), "not enough memory");
    ck_assert_uint_lt(L->g->totalbytes, base + (64u << 10));
    lua_pop(L, 1);
    ck_assert_int_eq(lua_cpcall(L, call_fill_memory, NULL), LUA_ERRMEM);
    ck_assert_uint_lt(L->g->totalbytes, base + (64u << 10));
    nanlua_close(L);
}
END_TEST

static int finalized;

static int count_finalizer(lua_State *L)
{
    (void)L;
    finalized++;
    return 0;
}

/* A cycle that leaves many userdata to finalize spreads their __gc calls
 * over the automatic steps that follow, a few each. */
START_TEST(automatic_steps_call_few_finalizers_each)
{
    enum { USERDATA = 1000, MAX_PER_STEP = 8 };
    lua_State *L = nl_test_open();
    finalized = 0;
    lua_newtable(L);
    lua_pushcfunction(L, count_finalizer);
    lua_setfield(L, -2, "__gc");
    for (int i = 0; i < USERDATA; i++) {
        lua_newuserdata(L, 8);
        lua_pushvalue(L, -2);
        lua_setmetatable(L, -2);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    for (int steps = 0; finalized < USERDATA && steps < 1000000; steps++) {
        int before = finalized;
        nl_gc_step(L);
        ck_assert_int_le(finalized - before, MAX_PER_STEP);
    }
    ck_assert_int_eq(finalized, USERDATA);
    nanlua_close(L);
}
END_TEST

Suite *suite_gc(void)
{
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("collect");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, unreachable_objects_are_freed);
    tcase_add_test(tc, reachable_objects_survive_and_cycles_die);
    tcase_add_test(tc, registry_is_a_root);
    tcase_add_test(tc, strings_are_collected_unless_reachable_or_fixed);
    tcase_add_test(tc, weak_values_are_cleared_but_strings_stay);
    tcase_add_test(tc, weak_keys_are_cleared);
    tcase_add_test(tc, incremental_steps_with_barriers_keep_live_objects);
    tcase_add_test(tc, pointer_table_entries_follow_reachability);
    tcase_add_test(tc, atomic_step_work_does_not_grow_with_the_heap);
    tcase_add_test(tc, protected_calls_from_c_collect_after_a_memory_error);
    tcase_add_test(tc, automatic_steps_call_few_finalizers_each);
    suite_add_tcase(s, tc);
    return s;
}
