/* test_mem.c -- the VM's allocation entry point and its block cache (vm/nl_mem.c). */
#include "nl_mem.h"
#include "nl_state.h"
#include "suites.h"
#include "support.h"

/* An allocator in front of the state's own that refuses to hold more than
 * cap bytes, as an embedder's allocator with a budget would. */
typedef struct {
    nl_Alloc inner;
    void *inner_ud;
    size_t used, cap;
} Budget;

static void *budget_alloc(void *ud, void *p, size_t osize, size_t nsize)
{
    Budget *b = ud;
    size_t held = p ? osize : 0;
    if (nsize > held && b->used - held + nsize > b->cap)
        return NULL;
    void *q = b->inner(b->inner_ud, p, osize, nsize);
    if (q || nsize == 0)
        b->used = b->used - held + nsize;
    return q;
}

START_TEST(a_refused_allocation_gets_the_cached_blocks_back)
{
    lua_State *L = nl_test_open();
    nl_Global *g = L->g;
    Budget b = {g->gc_alloc, g->gc_ud, 0, (size_t)-1};
    g->gc_alloc = budget_alloc;
    g->gc_ud = &b;
    enum { NBLOCKS = 1000, SMALL = 64, BIG = 48 << 10 };
    static void *blocks[NBLOCKS];
    for (int i = 0; i < NBLOCKS; i++)
        blocks[i] = nl_mem_alloc(L, SMALL);
    for (int i = 0; i < NBLOCKS; i++)
        nl_mem_free(L, blocks[i], SMALL); /* kept in the cache, not given back */
    /* Room for the big block only once the cache is given back (nothing is
     * cached in sanitized builds: then it simply fits). */
    b.cap = b.used - g->memcache_bytes + BIG;
    void *big = nl_mem_tryrealloc(L, NULL, 0, BIG);
    ck_assert_msg(big != NULL, "%d bytes refused while %zu bytes sat in the cache", BIG,
                  g->memcache_bytes);
    nl_mem_free(L, big, BIG);
    g->gc_alloc = b.inner;
    g->gc_ud = b.inner_ud;
    nanlua_close(L);
}
END_TEST

Suite *suite_mem(void)
{
    Suite *s = suite_create("mem");
    TCase *tc = tcase_create("cache");
    tcase_add_test(tc, a_refused_allocation_gets_the_cached_blocks_back);
    suite_add_tcase(s, tc);
    return s;
}
