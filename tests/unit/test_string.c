/* test_string.c -- interning, errors and the stack (vm/nl_string.c,
 * vm/nl_err.c, vm/nl_mem.c, the stack in vm/nl_state.c). */
#include <stdio.h>
#include <string.h>

#include "nl_err.h"
#include "nl_string.h"
#include "suites.h"
#include "support.h"

START_TEST(equal_contents_same_object)
{
    lua_State *L = nl_test_open();
    nl_String *a = nl_str_new(L, "hello", 5);
    char buf[] = "hello";
    ck_assert_ptr_eq(nl_str_new(L, buf, 5), a);
    ck_assert_ptr_eq(nl_str_newz(L, "hello"), a);
    ck_assert_ptr_ne(nl_str_new(L, "hell", 4), a);
    ck_assert_uint_eq(a->len, 5);
    ck_assert_str_eq(a->data, "hello");
    ck_assert(nl_raw_equal(nl_box_string(a), nl_box_string(nl_str_newz(L, "hello"))));
    nanlua_close(L);
}
END_TEST

START_TEST(embedded_zeros_are_kept)
{
    lua_State *L = nl_test_open();
    nl_String *a = nl_str_new(L, "a\0b", 3), *b = nl_str_new(L, "a\0c", 3);
    ck_assert_ptr_ne(a, b);
    ck_assert_uint_eq(a->len, 3);
    ck_assert_mem_eq(a->data, "a\0b", 4);
    ck_assert_ptr_ne(nl_str_new(L, "a", 1), a);
    ck_assert_ptr_eq(nl_str_new(L, "", 0), nl_str_new(L, "", 0));
    nanlua_close(L);
}
END_TEST

START_TEST(many_strings_grow_the_table)
{
    lua_State *L = nl_test_open();
    enum { N = 50000 };
    static nl_String *made[N];
    char buf[32];
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        made[i] = nl_str_new(L, buf, (size_t)n);
    }
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        ck_assert_ptr_eq(nl_str_new(L, buf, (size_t)n), made[i]);
    }
    ck_assert_uint_ge(L->g->strt.size, N / 2);
    nanlua_close(L);
}
END_TEST

static void raise_formatted(lua_State *L, void *ud)
{
    (void)ud;
    nl_err_runf(L, "attempt to %s a %s value (%d, %c, %f, %%)", "call", "nil", 42, 'x', 0.1);
}

START_TEST(errors_unwind_with_their_message)
{
    lua_State *L = nl_test_open();
    nl_Value *before = L->top;
    ck_assert_int_eq(nl_err_protect(L, raise_formatted, NULL), NL_ERRRUN);
    ck_assert_ptr_eq(L->top, before + 1);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "attempt to call a nil value (42, x, 0.1, %)");
    nanlua_close(L);
}
END_TEST

static void overflow(lua_State *L, void *ud)
{
    (void)ud;
    for (;;) {
        nl_state_checkstack(L, 1000);
        for (int i = 0; i < 1000; i++)
            nl_state_push(L, NL_TRUE);
    }
}

START_TEST(runaway_stack_is_a_stack_overflow_error)
{
    lua_State *L = nl_test_open();
    ck_assert_int_eq(nl_err_protect(L, overflow, NULL), NL_ERRRUN);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "stack overflow");
    /* The state stays usable, and overflows again the same way. */
    ck_assert_int_eq(nl_err_protect(L, raise_formatted, NULL), NL_ERRRUN);
    ck_assert_int_eq(nl_err_protect(L, overflow, NULL), NL_ERRRUN);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "stack overflow");
    ck_assert_uint_le(L->stacksize, NL_STACK_MAX);
    nanlua_close(L);
}
END_TEST

/* Refuses every request (the test makes no frees through it). */
static void *no_memory(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)ptr;
    (void)osize;
    (void)nsize;
    return NULL;
}

static void intern_a_lot(lua_State *L, void *ud)
{
    (void)ud;
    nl_str_newz(L, "this string does not exist yet");
}

START_TEST(out_of_memory_is_an_error)
{
    lua_State *L = nl_test_open();
    nl_Alloc saved = L->g->gc_alloc;
    L->g->gc_alloc = no_memory;
    ck_assert_int_eq(nl_err_protect(L, intern_a_lot, NULL), NL_ERRMEM);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "not enough memory");
    L->g->gc_alloc = saved;
    nanlua_close(L);
}
END_TEST

Suite *suite_string(void)
{
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("interning");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, equal_contents_same_object);
    tcase_add_test(tc, embedded_zeros_are_kept);
    tcase_add_test(tc, many_strings_grow_the_table);
    tcase_add_test(tc, errors_unwind_with_their_message);
    tcase_add_test(tc, runaway_stack_is_a_stack_overflow_error);
    tcase_add_test(tc, out_of_memory_is_an_error);
    suite_add_tcase(s, tc);
    return s;
}
