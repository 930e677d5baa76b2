/*
 * nl_hash_aarch64.c -- CRC-32C with the ARMv8 CRC32 instructions, optional
 * in ARMv8.0 and so used only when the kernel reports HWCAP_CRC32.
 */
#include "nl_hash.h"

#include <arm_acle.h>
#include <string.h>
#include <sys/auxv.h>

#ifndef HWCAP_CRC32
#define HWCAP_CRC32 (1 << 7) /* arch/arm64/include/uapi/asm/hwcap.h */
#endif

__attribute__((target("+crc"))) static uint32_t crc32c_u64_armv8(uint32_t crc, uint64_t x)
{
    return __crc32cd(crc, x);
}

__attribute__((target("+crc"))) static uint32_t crc32c_bytes_armv8(uint32_t crc,
                                                                   const void *p, size_t n)
{
    const unsigned char *s = p;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        crc = __crc32cd(crc, w);
    }
    while (n--)
        crc = __crc32cb(crc, *s++);
    return crc;
}

static const nl_HashImpl armv8 = {"armv8-crc", crc32c_bytes_armv8, crc32c_u64_armv8};

const nl_HashImpl *nl_hash_fast_impl(void)
{
    return (getauxval(AT_HWCAP) & HWCAP_CRC32) ? &armv8 : NULL;
}
