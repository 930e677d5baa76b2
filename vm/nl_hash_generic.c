/*
 * nl_hash_generic.c -- no architecture fast path: the portable CRC-32C runs.
 * Built for GENERIC=1 and for architectures without a fast path.
 */
#include "nl_hash.h"

const nl_HashImpl *nl_hash_fast_impl(void) { return NULL; }
