/* test_hash.c -- CRC-32C hashing, portable and architecture fast path. */
#include <stdlib.h>
#include <string.h>

#include "nl_hash.h"
#include "suites.h"

START_TEST(portable_matches_known_vector)
{
    /* The CRC-32C check value of "123456789". */
    ck_assert_uint_eq(~nl_crc32c_bytes_portable(~0u, "123456789", 9), 0xe3069283u);
    ck_assert_uint_eq(~nl_hash_impl.bytes(~0u, "123456789", 9), 0xe3069283u);
}
END_TEST

START_TEST(u64_is_the_bytes_low_first)
{
    uint64_t x = 0x0123456789abcdefu;
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(x >> (8 * i));
    ck_assert_uint_eq(nl_crc32c_u64_portable(~0u, x), nl_crc32c_bytes_portable(~0u, b, 8));
}
END_TEST

START_TEST(fast_path_agrees_with_portable)
{
    const nl_HashImpl *fast = nl_hash_fast_impl();
#ifdef NL_GENERIC
    ck_assert_ptr_null(fast);
    ck_assert_str_eq(nl_hash_impl.name, "portable");
#endif
    if (!fast)
        return;
    ck_assert_str_eq(nl_hash_impl.name, fast->name);
    unsigned char buf[300];
    srand(7);
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)rand();
    for (size_t off = 0; off < 8; off++)
        for (size_t n = 0; n + off <= sizeof buf; n += 7)
            ck_assert_uint_eq(fast->bytes(0x1234u, buf + off, n),
                              nl_crc32c_bytes_portable(0x1234u, buf + off, n));
    for (int i = 0; i < 10000; i++) {
        uint64_t x = ((uint64_t)rand() << 40) ^ ((uint64_t)rand() << 20) ^ (uint64_t)rand();
        ck_assert_uint_eq(fast->u64(~0u, x), nl_crc32c_u64_portable(~0u, x));
    }
}
END_TEST

START_TEST(every_bit_of_a_word_counts)
{
    uint32_t seen[65];
    seen[64] = nl_hash_u64(0);
    for (int i = 0; i < 64; i++) {
        seen[i] = nl_hash_u64(UINT64_C(1) << i);
        for (int j = 0; j < i; j++)
            ck_assert_uint_ne(seen[i], seen[j]);
        ck_assert_uint_ne(seen[i], seen[64]);
    }
}
END_TEST

Suite *suite_hash(void)
{
    Suite *s = suite_create("hash");
    TCase *tc = tcase_create("crc32c");
    tcase_add_test(tc, portable_matches_known_vector);
    tcase_add_test(tc, u64_is_the_bytes_low_first);
    tcase_add_test(tc, fast_path_agrees_with_portable);
    tcase_add_test(tc, every_bit_of_a_word_counts);
    suite_add_tcase(s, tc);
    return s;
}
