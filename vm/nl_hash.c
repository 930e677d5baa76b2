/*
 * nl_hash.c -- portable CRC-32C and the choice of implementation.
 */
#include "nl_hash.h"

#include <string.h>

/* 256-entry table for the reflected CRC-32C polynomial, generated at build
 * time by the host tool tools/gen-crc32c-table.c. */
#include "nl_crc32c_table.h"

uint32_t nl_crc32c_bytes_portable(uint32_t crc, const void *p, size_t n)
{
    const unsigned char *s = p;
    while (n--)
        crc = nl_crc32c_table[(crc ^ *s++) & 0xff] ^ (crc >> 8);
    return crc;
}

/* The hardware instructions consume the word's bytes low-order first. */
uint32_t nl_crc32c_u64_portable(uint32_t crc, uint64_t x)
{
    for (int i = 0; i < 8; i++, x >>= 8)
        crc = nl_crc32c_table[(crc ^ x) & 0xff] ^ (crc >> 8);
    return crc;
}

nl_HashImpl nl_hash_impl = {"portable", nl_crc32c_bytes_portable, nl_crc32c_u64_portable};

__attribute__((constructor)) static void nl_hash_select(void)
{
    const nl_HashImpl *fast = nl_hash_fast_impl();
    if (fast)
        nl_hash_impl = *fast;
}
