/*
 * nl_dump.h -- a readable listing of a prototype's bytecode, in the spirit of
 * `luajit -bl`: nested prototypes first, then the function itself, each
 * under a "-- BYTECODE -- chunk:first-last" header, one instruction a line:
 *
 *   0001    KSHORT   0    1
 *   0002    GGET     1    0  ; "print"
 *   0003    JMP      2 => 0005
 *
 * pc (1-based), name, then the operands the opcode has (A, then B and C, or
 * D), jumps as their target pc, and a comment naming constants, primitives,
 * upvalues and child prototypes.
 */
#ifndef NL_DUMP_H
#define NL_DUMP_H

#include <stddef.h>
#include <stdint.h>

#include "nl_func.h"

typedef void (*nl_DumpWriter)(void *ud, const char *s, size_t len);

/* The listing of p and all its nested prototypes. */
void nl_dump_proto(const nl_Proto *p, nl_DumpWriter w, void *ud);

/* One instruction's line (no newline) into buf; returns its length. */
size_t nl_dump_ins(const nl_Proto *p, uint32_t pc, char *buf, size_t size);

#endif
