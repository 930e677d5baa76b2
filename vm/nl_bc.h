/*
 * nl_bc.h -- the instruction set (docs/vm.md): one X-macro list of opcodes,
 * expanded into the enum, the names and the operand kinds, plus encoding and
 * decoding helpers.
 *
 * Formats (opcode in the low byte):
 *   ABC:  | B:8 | C:8 | A:8 | OP:8 |      AD:  | D:16 | A:8 | OP:8 |
 * An opcode whose B kind is NONE uses the AD format.
 *
 * Operand kinds: DST register written, VAR register read, BASE first of a
 * register range, RBASE register range returned, UV upvalue index, LIT
 * unsigned literal, LITS signed 16-bit literal, PRI primitive (0 nil, 1
 * false, 2 true), NUM number constant, STR string constant, TAB template
 * table constant, FUNC child prototype, JUMP offset from the next
 * instruction biased by NL_BC_BIAS, TNEW packed table sizes.
 *
 * Comparisons come in pairs whose opcodes differ only in the lowest bit, so a
 * condition is negated with op ^ 1. ISGE is "not (A < D)" and ISGT "not (A <=
 * D)", which keeps NaN semantics under negation.
 */
#ifndef NL_BC_H
#define NL_BC_H

#include <stdint.h>

#include "nl_func.h"

/* X(name, a-kind, b-kind, c/d-kind, semantics) */
#define NL_BC_LIST(X)                                                                  \
    X(ISLT, VAR, NONE, VAR, "if A < D take the next JMP")                              \
    X(ISGE, VAR, NONE, VAR, "if not (A < D) take the next JMP")                        \
    X(ISLE, VAR, NONE, VAR, "if A <= D take the next JMP")                             \
    X(ISGT, VAR, NONE, VAR, "if not (A <= D) take the next JMP")                       \
    X(ISEQV, VAR, NONE, VAR, "if A == D take the next JMP")                            \
    X(ISNEV, VAR, NONE, VAR, "if A ~= D take the next JMP")                            \
    X(ISEQS, VAR, NONE, STR, "if A == S[D] take the next JMP")                         \
    X(ISNES, VAR, NONE, STR, "if A ~= S[D] take the next JMP")                         \
    X(ISEQN, VAR, NONE, NUM, "if A == N[D] take the next JMP")                         \
    X(ISNEN, VAR, NONE, NUM, "if A ~= N[D] take the next JMP")                         \
    X(ISEQP, VAR, NONE, PRI, "if A == P[D] take the next JMP")                         \
    X(ISNEP, VAR, NONE, PRI, "if A ~= P[D] take the next JMP")                         \
    X(IST, NONE, NONE, VAR, "if D is truthy take the next JMP")                        \
    X(ISF, NONE, NONE, VAR, "if D is falsy take the next JMP")                         \
    X(ISTC, DST, NONE, VAR, "if D is truthy: A = D, take the next JMP")                \
    X(ISFC, DST, NONE, VAR, "if D is falsy: A = D, take the next JMP")                 \
    X(MOV, DST, NONE, VAR, "A = D")                                                    \
    X(NOT, DST, NONE, VAR, "A = not D")                                                \
    X(UNM, DST, NONE, VAR, "A = -D")                                                   \
    X(LEN, DST, NONE, VAR, "A = #D")                                                   \
    X(ADDVN, DST, VAR, NUM, "A = B + N[C]")                                            \
    X(SUBVN, DST, VAR, NUM, "A = B - N[C]")                                            \
    X(MULVN, DST, VAR, NUM, "A = B * N[C]")                                            \
    X(DIVVN, DST, VAR, NUM, "A = B / N[C]")                                            \
    X(MODVN, DST, VAR, NUM, "A = B % N[C]")                                            \
    X(ADDNV, DST, VAR, NUM, "A = N[C] + B")                                            \
    X(SUBNV, DST, VAR, NUM, "A = N[C] - B")                                            \
    X(MULNV, DST, VAR, NUM, "A = N[C] * B")                                            \
    X(DIVNV, DST, VAR, NUM, "A = N[C] / B")                                            \
    X(MODNV, DST, VAR, NUM, "A = N[C] % B")                                            \
    X(ADDVV, DST, VAR, VAR, "A = B + C")                                               \
    X(SUBVV, DST, VAR, VAR, "A = B - C")                                               \
    X(MULVV, DST, VAR, VAR, "A = B * C")                                               \
    X(DIVVV, DST, VAR, VAR, "A = B / C")                                               \
    X(MODVV, DST, VAR, VAR, "A = B % C")                                               \
    X(POW, DST, VAR, VAR, "A = B ^ C")                                                 \
    X(CAT, DST, RBASE, RBASE, "A = B .. ... .. C")                                     \
    X(KSTR, DST, NONE, STR, "A = S[D]")                                                \
    X(KNUM, DST, NONE, NUM, "A = N[D]")                                                \
    X(KSHORT, DST, NONE, LITS, "A = D (signed 16-bit)")                                \
    X(KPRI, DST, NONE, PRI, "A = P[D]")                                                \
    X(KNIL, BASE, NONE, BASE, "A .. D = nil")                                          \
    X(UGET, DST, NONE, UV, "A = U[D]")                                                 \
    X(USETV, UV, NONE, VAR, "U[A] = D")                                                \
    X(USETS, UV, NONE, STR, "U[A] = S[D]")                                             \
    X(USETN, UV, NONE, NUM, "U[A] = N[D]")                                             \
    X(USETP, UV, NONE, PRI, "U[A] = P[D]")                                             \
    X(UCLO, RBASE, NONE, JUMP, "close upvalues of slots >= A, then jump")              \
    X(FNEW, DST, NONE, FUNC, "A = closure of F[D]; one MOV/UGET word per upvalue follows") \
    X(GGET, DST, NONE, STR, "A = env[S[D]]")                                           \
    X(GSET, VAR, NONE, STR, "env[S[D]] = A")                                           \
    X(TNEW, DST, NONE, TNEW, "A = {}; D = asize | h << 11: 2^(h-1) hash slots, h = 0: none")\
    X(TDUP, DST, NONE, TAB, "A = copy of the template table T[D]")                     \
    X(TGETV, DST, VAR, VAR, "A = B[C]")                                                \
    X(TGETS, DST, VAR, STR, "A = B[S[C]]")                                             \
    X(TGETB, DST, VAR, LIT, "A = B[C]")                                                \
    X(TSETV, VAR, VAR, VAR, "B[C] = A")                                                \
    X(TSETS, VAR, VAR, STR, "B[S[C]] = A")                                             \
    X(TSETB, VAR, VAR, LIT, "B[C] = A")                                                \
    X(TSETM, BASE, NONE, NUM, "(A-1)[N[D] + i] = A + i for the MULTRES values")        \
    X(CALL, BASE, LIT, LIT, "A .. A+B-2 = A(A+1 .. A+C-1); B = 0: all, MULTRES")       \
    X(CALLM, BASE, LIT, LIT, "as CALL with C-1 + MULTRES arguments")                   \
    X(CALLT, BASE, NONE, LIT, "return A(A+1 .. A+D-1)")                                \
    X(CALLMT, BASE, NONE, LIT, "return A(A+1 .. A+D-1 + MULTRES)")                     \
    X(ITERC, BASE, LIT, LIT, "A, A+1, A+2 = A-3, A-2, A-1; call as CALL")              \
    X(VARG, BASE, LIT, LIT, "A .. A+B-2 = ...; B = 0: all, MULTRES; C = numparams")    \
    X(RETM, BASE, NONE, LIT, "return A .. A+D-1 + MULTRES")                            \
    X(RET, RBASE, NONE, LIT, "return A .. A+D-2")                                      \
    X(RET0, RBASE, NONE, LIT, "return")                                                \
    X(RET1, RBASE, NONE, LIT, "return A")                                              \
    X(FORI, BASE, NONE, JUMP, "numeric for: prepare A..A+3, skip the loop if empty")   \
    X(FORL, BASE, NONE, JUMP, "numeric for: step A, copy to A+3 and loop back")        \
    X(ITERL, BASE, NONE, JUMP, "generic for: if A ~= nil: A-1 = A, loop back")         \
    X(JMP, RBASE, NONE, JUMP, "jump (A: first free register)")

typedef enum {
#define NL_BC_ENUM(name, ma, mb, mcd, sem) NL_BC_##name,
    NL_BC_LIST(NL_BC_ENUM)
#undef NL_BC_ENUM
    NL_BC__MAX
} nl_BCOp;

typedef enum {
    NL_BCM_NONE, NL_BCM_DST, NL_BCM_VAR, NL_BCM_BASE, NL_BCM_RBASE, NL_BCM_UV,
    NL_BCM_LIT, NL_BCM_LITS, NL_BCM_PRI, NL_BCM_NUM, NL_BCM_STR, NL_BCM_TAB,
    NL_BCM_FUNC, NL_BCM_JUMP, NL_BCM_TNEW
} nl_BCMode;

/* Jump offsets and signed literals in D are stored plus this bias. */
#define NL_BC_BIAS 0x8000
/* A (and B, C) above this is not a register: the register limit. */
#define NL_BC_MAXREG 250
/* Largest TNEW array size hint; bigger hints are stored as this. */
#define NL_BC_TNEW_AMAX 0x7ff
/* Largest TNEW hash hint h (2^(h-1) slots); bigger hints are stored as this,
 * so a loaded chunk cannot ask for a huge table up front. */
#define NL_BC_TNEW_HMAX 16

/* Names, "ISLT" etc., indexed by opcode (defined in nl_dump.c). */
extern const char *const nl_bc_names[NL_BC__MAX];
/* The kinds of A, B and C/D, indexed by opcode (defined in nl_dump.c). */
extern const uint8_t nl_bc_modes[NL_BC__MAX][3];

static inline nl_Ins nl_bc_abc(nl_BCOp op, unsigned a, unsigned b, unsigned c)
{
    return (nl_Ins)op | (nl_Ins)a << 8 | (nl_Ins)c << 16 | (nl_Ins)b << 24;
}
static inline nl_Ins nl_bc_ad(nl_BCOp op, unsigned a, unsigned d)
{
    return (nl_Ins)op | (nl_Ins)a << 8 | (nl_Ins)d << 16;
}

static inline nl_BCOp nl_bc_op(nl_Ins i) { return (nl_BCOp)(i & 0xff); }
static inline unsigned nl_bc_a(nl_Ins i) { return (i >> 8) & 0xff; }
static inline unsigned nl_bc_b(nl_Ins i) { return i >> 24; }
static inline unsigned nl_bc_c(nl_Ins i) { return (i >> 16) & 0xff; }
static inline unsigned nl_bc_d(nl_Ins i) { return i >> 16; }
/* The jump offset (or signed literal) held in D. */
static inline int32_t nl_bc_j(nl_Ins i) { return (int32_t)nl_bc_d(i) - NL_BC_BIAS; }

static inline nl_Ins nl_bc_seta(nl_Ins i, unsigned a) { return (i & ~(nl_Ins)0xff00) | (nl_Ins)a << 8; }
static inline nl_Ins nl_bc_setop(nl_Ins i, nl_BCOp op) { return (i & ~(nl_Ins)0xff) | (nl_Ins)op; }
static inline nl_Ins nl_bc_setd(nl_Ins i, unsigned d) { return (i & 0xffff) | (nl_Ins)d << 16; }
static inline nl_Ins nl_bc_setb(nl_Ins i, unsigned b) { return (i & 0xffffff) | (nl_Ins)b << 24; }
static inline nl_Ins nl_bc_setc(nl_Ins i, unsigned c) { return (i & ~(nl_Ins)0xff0000) | (nl_Ins)c << 16; }

#endif
