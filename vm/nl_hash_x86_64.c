/*
 * nl_hash_x86_64.c -- CRC-32C with the SSE4.2 crc32 instruction. Baseline
 * x86-64 lacks SSE4.2, so the functions are compiled for it alone and used
 * only when the CPU reports it.
 */
#include "nl_hash.h"

#include <nmmintrin.h>
#include <string.h>

__attribute__((target("sse4.2"))) static uint32_t crc32c_u64_sse42(uint32_t crc, uint64_t x)
{
    return (uint32_t)_mm_crc32_u64(crc, x);
}

__attribute__((target("sse4.2"))) static uint32_t crc32c_bytes_sse42(uint32_t crc,
                                                                     const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t c = crc;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        c = _mm_crc32_u64(c, w);
    }
    crc = (uint32_t)c;
    while (n--)
        crc = _mm_crc32_u8(crc, *s++);
    return crc;
}

static const nl_HashImpl sse42 = {"sse4.2", crc32c_bytes_sse42, crc32c_u64_sse42};

const nl_HashImpl *nl_hash_fast_impl(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") ? &sse42 : NULL;
}
