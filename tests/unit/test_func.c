/* test_func.c -- prototypes, closures and upvalues (vm/nl_func.c) and how the
 * collector treats them. */
#include "nl_func.h"
#include "nl_gc.h"
#include "nl_mem.h"
#include "nl_string.h"
#include "nl_table.h"
#include "suites.h"
#include "support.h"

/* A prototype with one string constant and n upvalues. */
static nl_Proto *make_proto(lua_State *L, uint8_t nupvalues, const char *constant)
{
    nl_Proto *p = nl_func_newproto(L);
    nl_test_push(L, nl_box_gcref(NL_ITYPE_PROTO, p)); /* anchored while built */
    p->k = nl_mem_newvec(L, 1, nl_Value);
    p->k[0] = nl_box_string(nl_str_newz(L, constant));
    p->sizek = 1;
    p->nupvalues = nupvalues;
    p->source = nl_str_newz(L, "@test.lua");
    L->top--;
    return p;
}

START_TEST(closures_sharing_a_slot_share_the_upvalue)
{
    lua_State *L = nl_test_open();
    nl_test_push(L, nl_box_number(1));
    nl_test_push(L, nl_box_number(2));
    nl_UpVal *a = nl_func_findupval(L, &L->ci->base[0]);
    nl_UpVal *b = nl_func_findupval(L, &L->ci->base[1]);
    ck_assert_ptr_eq(nl_func_findupval(L, &L->ci->base[0]), a);
    ck_assert_ptr_ne(a, b);
    ck_assert_ptr_eq(L->openupval, b); /* highest slot first */
    L->ci->base[0] = nl_box_number(10);
    ck_assert(nl_number(*a->v) == 10);
    nl_func_close(L, &L->ci->base[1]);
    ck_assert_ptr_eq(L->openupval, a); /* only b was closed */
    ck_assert_ptr_eq(b->v, &b->closed);
    L->ci->base[1] = nl_box_number(99);
    ck_assert(nl_number(*b->v) == 2); /* a closed upvalue keeps its own copy */
    nl_func_close(L, L->stack);
    ck_assert_ptr_null(L->openupval);
    ck_assert(nl_number(*a->v) == 10);
    nanlua_close(L);
}
END_TEST

START_TEST(open_upvalues_follow_the_stack_when_it_moves)
{
    lua_State *L = nl_test_open();
    nl_test_push(L, nl_box_number(7));
    nl_UpVal *uv = nl_func_findupval(L, &L->ci->base[0]);
    nl_Value *before = L->stack;
    for (int i = 0; i < 10000; i++)
        nl_test_push(L, NL_TRUE);
    ck_assert_ptr_ne(L->stack, before);
    ck_assert_ptr_eq(uv->v, &L->ci->base[0]);
    ck_assert(nl_number(*uv->v) == 7);
    nanlua_close(L);
}
END_TEST

START_TEST(reachable_functions_keep_what_they_use)
{
    lua_State *L = nl_test_open();
    nl_Proto *p = make_proto(L, 1, "a constant");
    nl_Table *env = nl_tab_new(L, 0, 0);
    nl_test_push(L, nl_box_table(env));
    nl_LClosure *f = nl_func_newlua(L, p, env);
    L->top--;
    nl_test_push(L, nl_box_func((nl_Closure *)f));
    nl_test_push(L, nl_box_table(nl_tab_new(L, 0, 0)));          /* the captured variable */
    f->upvals[0] = nl_func_findupval(L, &L->top[-1]);
    nl_func_close(L, &L->top[-1]);
    L->top--;                                              /* only the closure holds it */
    nl_CClosure *c = nl_func_newc(L, NULL, 2, NULL);
    nl_test_push(L, nl_box_func((nl_Closure *)c));
    c->upvalue[0] = nl_box_string(nl_str_newz(L, "c upvalue"));
    c->upvalue[1] = nl_box_func((nl_Closure *)f);
    size_t live = nl_test_count_objects(L);
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), live);
    ck_assert_str_eq(nl_string(p->k[0])->data, "a constant");
    ck_assert_str_eq(p->source->data, "@test.lua");
    ck_assert(nl_is_table(f->upvals[0]->closed));
    ck_assert_str_eq(nl_string(c->upvalue[0])->data, "c upvalue");
    L->top--; /* drop the C closure: everything else hangs from it */
    L->top--;
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), 0);
    nanlua_close(L);
}
END_TEST

START_TEST(open_upvalues_survive_collection)
{
    lua_State *L = nl_test_open();
    nl_test_push(L, nl_box_table(nl_tab_new(L, 0, 0)));
    nl_UpVal *uv = nl_func_findupval(L, &L->ci->base[0]);
    nl_gc_full(L); /* nothing but the thread refers to the upvalue */
    ck_assert_ptr_eq(L->openupval, uv);
    ck_assert(nl_is_table(*uv->v));
    nl_func_close(L, L->stack);
    L->top--;
    nl_gc_full(L);
    ck_assert_uint_eq(nl_test_count_objects(L), 0);
    nanlua_close(L);
}
END_TEST

Suite *suite_func(void)
{
    Suite *s = suite_create("func");
    TCase *tc = tcase_create("closures");
    tcase_add_test(tc, closures_sharing_a_slot_share_the_upvalue);
    tcase_add_test(tc, open_upvalues_follow_the_stack_when_it_moves);
    tcase_add_test(tc, reachable_functions_keep_what_they_use);
    tcase_add_test(tc, open_upvalues_survive_collection);
    suite_add_tcase(s, tc);
    return s;
}
