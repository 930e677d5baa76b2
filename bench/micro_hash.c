/*
 * micro_hash.c -- measures the architecture fast paths of the foundation
 * against their portable twins in one run: CRC-32C hashing of words and of
 * strings, and lightuserdata boxing in each pointer mode. Prints ratios, so
 * the figures compare like with like on whatever machine runs it.
 * Usage: micro-hash [ROUNDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "nl_hash.h"
#include "nl_ptrbox.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile uint32_t sink;

static double time_words(nl_Crc32cU64Fn fn, long rounds)
{
    double t = now();
    uint32_t acc = 0;
    for (long i = 0; i < rounds; i++)
        acc ^= fn(~0u, (uint64_t)i * 0x9e3779b97f4a7c15u);
    sink = acc;
    return now() - t;
}

static double time_bytes(nl_Crc32cBytesFn fn, const char *buf, size_t len, long rounds)
{
    double t = now();
    uint32_t acc = 0;
    for (long i = 0; i < rounds; i++)
        acc ^= fn((uint32_t)i, buf, len);
    sink = acc;
    return now() - t;
}

static double time_boxing(nl_PtrMode mode, uint64_t base, long rounds)
{
    nl_PtrBox b;
    nl_ptrbox_init(&b, mode, nl_alloc_system, NULL);
    double t = now();
    uint64_t acc = 0;
    for (long i = 0; i < rounds; i++) {
        nl_Value v;
        if (!nl_ptrbox_box(&b, base + (uint64_t)(i & 4095) * 16, &v))
            abort();
        acc += nl_ptrbox_unbox(&b, v);
    }
    sink = (uint32_t)acc;
    double dt = now() - t;
    nl_ptrbox_destroy(&b);
    return dt;
}

int main(int argc, char **argv)
{
    long rounds = argc > 1 ? atol(argv[1]) : 20000000;
    const nl_HashImpl *fast = nl_hash_fast_impl();
    printf("hash implementation in use: %s\n", nl_hash_impl.name);
    if (fast) {
        double p = time_words(nl_crc32c_u64_portable, rounds), f = time_words(fast->u64, rounds);
        printf("crc32c 8-byte word:   portable/%s = %.2f\n", fast->name, p / f);
        static char buf[1024];
        for (size_t i = 0; i < sizeof buf; i++)
            buf[i] = (char)i;
        const size_t lens[] = {8, 32, 1024};
        for (size_t k = 0; k < 3; k++) {
            long r = rounds / (long)lens[k] * 8;
            p = time_bytes(nl_crc32c_bytes_portable, buf, lens[k], r);
            f = time_bytes(fast->bytes, buf, lens[k], r);
            printf("crc32c %4zu-byte string: portable/%s = %.2f\n", lens[k], fast->name, p / f);
        }
    } else {
        printf("no fast path on this CPU/build: nothing to compare\n");
    }
    double direct = time_boxing(NL_PTRMODE_DIRECT, 0x7f0000000000u, rounds);
    double table = time_boxing(NL_PTRMODE_TABLE, 0xffff00000000u, rounds);
    printf("lightuserdata box+unbox: table/direct = %.2f\n", table / direct);
    return 0;
}
