/*
 * nl_hash.h -- hashing for the VM's hash tables (pointer table, later strings
 * and table keys). The hash is CRC-32C: every input bit reaches every output
 * bit, and x86-64 (SSE4.2) and AArch64 (CRC extension) compute it in one
 * instruction per 8 bytes. The portable table-driven version computes the same
 * numbers; which one runs is chosen once, at load time, from the CPU's
 * features (GENERIC=1 builds only the portable one).
 */
#ifndef NL_HASH_H
#define NL_HASH_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t (*nl_Crc32cBytesFn)(uint32_t crc, const void *p, size_t n);
typedef uint32_t (*nl_Crc32cU64Fn)(uint32_t crc, uint64_t x);

typedef struct nl_HashImpl {
    const char *name; /* "sse4.2", "armv8-crc" or "portable" */
    nl_Crc32cBytesFn bytes;
    nl_Crc32cU64Fn u64;
} nl_HashImpl;

/* The implementation in use; set before main() runs. */
extern nl_HashImpl nl_hash_impl;

/* The portable implementation, always present. */
uint32_t nl_crc32c_bytes_portable(uint32_t crc, const void *p, size_t n);
uint32_t nl_crc32c_u64_portable(uint32_t crc, uint64_t x);

/* The architecture's fast path, when built and supported by this CPU. */
const nl_HashImpl *nl_hash_fast_impl(void);

/* Hash of a 64-bit word, all 64 bits mixed in. */
static inline uint32_t nl_hash_u64(uint64_t x) { return nl_hash_impl.u64(~UINT32_C(0), x); }

static inline uint32_t nl_hash_bytes(const void *p, size_t n, uint32_t seed)
{
    return nl_hash_impl.bytes(seed, p, n);
}

#endif
