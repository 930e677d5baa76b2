/*
 * nl_bcformat.h -- the layout of a binary chunk (string.dump), shared by the
 * writer (nl_bcwrite.c) and the reader (nl_bcread.c). docs/bytecode.md
 * describes it field by field.
 *
 * Every integer is an unsigned LEB128 of at most 32 bits, instructions are 4
 * bytes and numbers 8 bytes (IEEE-754 binary64), both least significant byte
 * first, so a chunk reads the same on every byte order. What cannot be
 * written portably is recorded and checked: the format version, the number
 * format and a fingerprint of the instruction set (opcode numbers, operand
 * kinds and the jump bias), which changes whenever nl_bc.h does.
 */
#ifndef NL_BCFORMAT_H
#define NL_BCFORMAT_H

#include <stdint.h>

#include "nl_bc.h"

/* ESC 'N' 'L': ESC marks a binary chunk for every Lua loader; PUC Lua
 * follows it with "Lua", LuaJIT with "LJ". */
#define NL_BCF_MAGIC "\33NL"
#define NL_BCF_MAGICLEN 3
#define NL_BCF_VERSION 1
/* The numbers' format: IEEE-754 binary64, least significant byte first. */
#define NL_BCF_NUMFMT 1

/* Header flags. */
#define NL_BCF_STRIP 0x01u /* no debug information */
/* Prototype flags. */
#define NL_BCF_VARARG 0x01u

/* Constant tags (and template table keys and values). */
enum { NL_BCF_KNUM, NL_BCF_KSTR, NL_BCF_KTAB, NL_BCF_KFALSE, NL_BCF_KTRUE };

/* Nesting of prototypes a chunk may have: the compiler's own limit (200
 * syntax levels) is lower. */
#define NL_BCF_MAXDEPTH 200

/* FNV-1a over the opcode list: names, operand kinds and the jump bias. */
static inline uint32_t nl_bcf_isa_fingerprint(void)
{
    uint32_t h = 2166136261u;
#define NL_BCF_MIX(byte) (h = (h ^ (uint8_t)(byte)) * 16777619u)
    for (int op = 0; op < NL_BC__MAX; op++) {
        for (const char *s = nl_bc_names[op]; *s; s++)
            NL_BCF_MIX(*s);
        for (int i = 0; i < 3; i++)
            NL_BCF_MIX(nl_bc_modes[op][i]);
    }
    NL_BCF_MIX(NL_BC_BIAS & 0xff);
    NL_BCF_MIX(NL_BC_BIAS >> 8);
#undef NL_BCF_MIX
    return h;
}

#endif
