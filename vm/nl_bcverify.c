/*
 * nl_bcverify.c -- checks loaded code before it can run (see nl_bcverify.h).
 *
 * The VM trusts its code: register operands index the frame without bounds
 * checks, constants are used as the kind the opcode names, a comparison
 * takes the JMP after it, FNEW reads the words after it, CALLM/RETM/TSETM
 * take L->top from the instruction before them. The compiler guarantees all
 * of it; a loaded chunk gets the same guarantees checked here, one rule per
 * assumption (docs/bytecode.md lists them). The check is linear in the code
 * size: one pass over the instructions, one over the jumps.
 */
#include "nl_bcverify.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "nl_bc.h"
#include "nl_code.h"
#include "nl_mem.h"
#include "nl_string.h"

typedef struct Verify {
    lua_State *L;
    const nl_Proto *p;
    uint8_t *flags; /* per word of code */
    char *why;
    size_t whylen;
} Verify;

enum {
    W_PSEUDO = 1,  /* an FNEW upvalue descriptor, not an instruction */
    W_CONSUMER = 2 /* takes MULTRES from the instruction before it */
};

static bool fail(Verify *v, uint32_t pc, const char *fmt, ...)
{
    const nl_Proto *p = v->p;
    int n = 0;
    if (pc < p->sizecode && nl_bc_op(p->code[pc]) < NL_BC__MAX)
        n = snprintf(v->why, v->whylen, "function at line %d, instruction %u (%s): ",
                     (int)p->linedefined, (unsigned)pc, nl_bc_names[nl_bc_op(p->code[pc])]);
    else
        n = snprintf(v->why, v->whylen, "function at line %d: ", (int)p->linedefined);
    if (n >= 0 && (size_t)n < v->whylen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(v->why + n, v->whylen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return false;
}

/* The base of the values an instruction leaves in MULTRES, or -1. */
static int multres_made(nl_Ins i)
{
    nl_BCOp op = nl_bc_op(i);
    if ((op == NL_BC_CALL || op == NL_BC_CALLM || op == NL_BC_VARG) && nl_bc_b(i) == 0)
        return (int)nl_bc_a(i);
    return -1;
}

/* Where an instruction expects MULTRES values to start, or -1. */
static int multres_taken(nl_Ins i)
{
    switch (nl_bc_op(i)) {
    case NL_BC_TSETM: return (int)nl_bc_a(i);
    case NL_BC_CALLM: return (int)(nl_bc_a(i) + nl_bc_c(i));
    case NL_BC_CALLMT:
    case NL_BC_RETM: return (int)(nl_bc_a(i) + nl_bc_d(i));
    default: return -1;
    }
}

static bool falls_through(nl_BCOp op)
{
    switch (op) {
    case NL_BC_JMP: case NL_BC_UCLO: case NL_BC_RET: case NL_BC_RET0: case NL_BC_RET1:
    case NL_BC_RETM: case NL_BC_CALLT: case NL_BC_CALLMT:
        return false;
    default:
        return true;
    }
}

static bool is_condition(nl_BCOp op)
{
    switch (op) {
    case NL_BC_ISLT: case NL_BC_ISGE: case NL_BC_ISLE: case NL_BC_ISGT: case NL_BC_ISEQV:
    case NL_BC_ISNEV: case NL_BC_ISEQS: case NL_BC_ISNES: case NL_BC_ISEQN: case NL_BC_ISNEN:
    case NL_BC_ISEQP: case NL_BC_ISNEP: case NL_BC_IST: case NL_BC_ISF: case NL_BC_ISTC:
    case NL_BC_ISFC:
        return true;
    default:
        return false;
    }
}

/* The operand checks every opcode of a kind shares (register and range
 * operands are checked per opcode). */
static bool check_operand(Verify *v, uint32_t pc, unsigned mode, unsigned x, char which)
{
    const nl_Proto *p = v->p;
    switch (mode) {
    case NL_BCM_DST:
    case NL_BCM_VAR:
        if (x >= p->framesize)
            return fail(v, pc, "register %c = %u outside the frame (%u slots)", which, x,
                        (unsigned)p->framesize);
        return true;
    case NL_BCM_UV:
        if (x >= p->nupvalues)
            return fail(v, pc, "upvalue %c = %u of %u", which, x, (unsigned)p->nupvalues);
        return true;
    case NL_BCM_PRI:
        if (x > 2)
            return fail(v, pc, "primitive %c = %u", which, x);
        return true;
    case NL_BCM_NUM:
    case NL_BCM_STR:
    case NL_BCM_TAB: {
        static const char *const kinds[] = {"number", "string", "table"};
        int kind = mode == NL_BCM_NUM ? 0 : mode == NL_BCM_STR ? 1 : 2;
        if (x >= p->sizek)
            return fail(v, pc, "constant %c = %u of %u", which, x, (unsigned)p->sizek);
        nl_Value k = p->k[x];
        bool ok = kind == 0 ? nl_is_number(k) : kind == 1 ? nl_is_string(k) : nl_is_table(k);
        if (!ok)
            return fail(v, pc, "constant %u is not a %s", x, kinds[kind]);
        return true;
    }
    case NL_BCM_FUNC:
        if (x >= p->sizep)
            return fail(v, pc, "prototype %u of %u", x, (unsigned)p->sizep);
        return true;
    case NL_BCM_TNEW:
        if ((x >> 11) > NL_BC_TNEW_HMAX)
            return fail(v, pc, "hash size hint %u", x >> 11);
        return true;
    default: /* literals, jumps (checked once every word is known), ranges */
        return true;
    }
}

/* The checks of one opcode's ranges, pairings and neighbours; *skip is set
 * to the number of FNEW descriptor words that follow. */
static bool check_opcode(Verify *v, uint32_t pc, uint32_t *skip)
{
    const nl_Proto *p = v->p;
    const nl_Ins *code = p->code;
    uint32_t n = p->sizecode;
    unsigned fs = p->framesize;
    nl_Ins ins = code[pc];
    nl_BCOp op = nl_bc_op(ins);
    unsigned a = nl_bc_a(ins), b = nl_bc_b(ins), c = nl_bc_c(ins), d = nl_bc_d(ins);
    *skip = 0;

    if (is_condition(op) && !(pc + 2 < n && nl_bc_op(code[pc + 1]) == NL_BC_JMP))
        return fail(v, pc, "a test must be followed by JMP and an instruction");

    int made = multres_made(ins);
    if (made >= 0) {
        if (made >= (int)fs)
            return fail(v, pc, "multiple results at %d outside the frame", made);
        if (!(pc + 1 < n && multres_taken(code[pc + 1]) == made))
            return fail(v, pc, "multiple results not taken by the next instruction");
    }
    int taken = multres_taken(ins);
    if (taken >= 0) {
        if (!(pc > 0 && multres_made(code[pc - 1]) == taken))
            return fail(v, pc, "no multiple results made at %d by the instruction before", taken);
        v->flags[pc] |= W_CONSUMER;
    }

    switch (op) {
    case NL_BC_CAT:
        if (!(b < c && c < fs))
            return fail(v, pc, "range %u..%u", b, c);
        break;
    case NL_BC_KNIL:
        if (!(a <= d && d < fs))
            return fail(v, pc, "range %u..%u", a, d);
        break;
    case NL_BC_UCLO:
    case NL_BC_JMP:
    case NL_BC_RET0:
        if (a > fs)
            return fail(v, pc, "base %u outside the frame", a);
        break;
    case NL_BC_FNEW: {
        const nl_Proto *child = p->p[d];
        if (child->nupvalues >= n - pc)
            return fail(v, pc, "upvalue descriptors past the end");
        for (uint32_t i = 1; i <= child->nupvalues; i++) {
            nl_Ins w = code[pc + i];
            unsigned wd = nl_bc_d(w);
            bool ok = nl_bc_a(w) == 0 && ((nl_bc_op(w) == NL_BC_MOV && wd < fs) ||
                                         (nl_bc_op(w) == NL_BC_UGET && wd < p->nupvalues));
            if (!ok)
                return fail(v, pc, "upvalue descriptor %u", (unsigned)i);
            v->flags[pc + i] |= W_PSEUDO;
        }
        *skip = child->nupvalues;
        break;
    }
    case NL_BC_TSETM: {
        double first = nl_number(p->k[d]);
        if (!(a >= 1 && a < fs))
            return fail(v, pc, "table register %u", a);
        if (!(first >= 1 && first <= INT32_MAX && first == (double)(int32_t)first))
            return fail(v, pc, "first index not an integer in 1..2^31-1");
        break;
    }
    case NL_BC_CALL:
    case NL_BC_CALLM:
        if (!(c >= 1 && a + c <= fs))
            return fail(v, pc, "arguments %u..%u outside the frame", a, a + c);
        if (b > 0 && a + b - 1 > fs)
            return fail(v, pc, "results outside the frame");
        break;
    case NL_BC_CALLT:
        if (!(d >= 1 && a + d <= fs))
            return fail(v, pc, "arguments outside the frame");
        break;
    case NL_BC_CALLMT:
    case NL_BC_RETM:
        if (a + d >= fs)
            return fail(v, pc, "values outside the frame");
        break;
    case NL_BC_ITERC:
        if (!(a >= 3 && c == 3 && a + 3 <= fs && b >= 1 && a + b - 1 <= fs))
            return fail(v, pc, "iterator registers outside the frame");
        break;
    case NL_BC_VARG:
        if (!p->is_vararg || c != p->numparams)
            return fail(v, pc, "not a vararg function of %u parameters", c);
        if (b > 0 && a + b - 1 > fs)
            return fail(v, pc, "values outside the frame");
        break;
    case NL_BC_RET:
        if (!(d >= 1 && a + d - 1 <= fs))
            return fail(v, pc, "values outside the frame");
        break;
    case NL_BC_RET1:
        if (a >= fs)
            return fail(v, pc, "value outside the frame");
        break;
    case NL_BC_FORI:
    case NL_BC_FORL:
        if (a + 3 >= fs)
            return fail(v, pc, "loop registers outside the frame");
        break;
    case NL_BC_ITERL:
        if (!(a >= 1 && a < fs))
            return fail(v, pc, "loop registers outside the frame");
        break;
    default:
        break;
    }

    if (falls_through(op) && pc + 1 + *skip >= n)
        return fail(v, pc, "falls off the end of the code");
    return true;
}

/* The jump target of a JUMP operand, or -1 when it leaves the code. */
static int64_t jump_target(const nl_Proto *p, uint32_t pc)
{
    int64_t t = (int64_t)pc + 1 + nl_bc_j(p->code[pc]);
    return t >= 0 && t < (int64_t)p->sizecode ? t : -1;
}

/* FORI jumps past its FORL, which jumps back to the FORI's successor. */
static bool check_for_pair(Verify *v, uint32_t pc, int64_t t)
{
    const nl_Ins *code = v->p->code;
    nl_BCOp op = nl_bc_op(code[pc]);
    nl_BCOp other = op == NL_BC_FORI ? NL_BC_FORL : NL_BC_FORI;
    int64_t at = t - 1;
    if (at < 0 || (v->flags[at] & W_PSEUDO) || nl_bc_op(code[at]) != other ||
        nl_bc_a(code[at]) != nl_bc_a(code[pc]) || jump_target(v->p, (uint32_t)at) != pc + 1 ||
        (op == NL_BC_FORI) != (at > pc))
        return fail(v, pc, "not paired with a %s", nl_bc_names[other]);
    return true;
}

static bool check_jumps(Verify *v)
{
    const nl_Proto *p = v->p;
    for (uint32_t pc = 0; pc < p->sizecode; pc++) {
        if (v->flags[pc] & W_PSEUDO)
            continue;
        nl_BCOp op = nl_bc_op(p->code[pc]);
        if (nl_bc_modes[op][2] != NL_BCM_JUMP)
            continue;
        int64_t t = jump_target(p, pc);
        if (t < 0)
            return fail(v, pc, "jump out of the code");
        if (v->flags[t] & W_PSEUDO)
            return fail(v, pc, "jump into an upvalue descriptor");
        if (v->flags[t] & W_CONSUMER)
            return fail(v, pc, "jump to an instruction that takes multiple results");
        if ((op == NL_BC_FORI || op == NL_BC_FORL) && !check_for_pair(v, pc, t))
            return false;
    }
    return true;
}

static bool check_code(Verify *v)
{
    const nl_Proto *p = v->p;
    if (p->sizecode == 0)
        return fail(v, 0, "no code");
    if (p->numparams > p->framesize)
        return fail(v, 0, "%u parameters in a frame of %u", (unsigned)p->numparams,
                    (unsigned)p->framesize);
    if (p->nupvalues > NL_CODE_MAXUPVALS)
        return fail(v, 0, "%u upvalues", (unsigned)p->nupvalues);
    for (uint32_t pc = 0; pc < p->sizecode; pc++) {
        nl_Ins ins = p->code[pc];
        nl_BCOp op = nl_bc_op(ins);
        if (op >= NL_BC__MAX)
            return fail(v, pc, "opcode %u", (unsigned)op);
        const uint8_t *m = nl_bc_modes[op];
        bool abc = m[1] != NL_BCM_NONE;
        if (!check_operand(v, pc, m[0], nl_bc_a(ins), 'A') ||
            (abc && !check_operand(v, pc, m[1], nl_bc_b(ins), 'B')) ||
            !check_operand(v, pc, m[2], abc ? nl_bc_c(ins) : nl_bc_d(ins), abc ? 'C' : 'D'))
            return false;
        uint32_t skip;
        if (!check_opcode(v, pc, &skip))
            return false;
        pc += skip;
    }
    return check_jumps(v);
}

static bool verify(lua_State *L, const nl_Proto *p, char *why, size_t whylen)
{
    Verify v = {L, p, NULL, why, whylen};
    v.flags = nl_mem_newvec(L, p->sizecode, uint8_t);
    for (uint32_t i = 0; i < p->sizecode; i++)
        v.flags[i] = 0;
    bool ok = check_code(&v);
    nl_mem_freevec(L, v.flags, p->sizecode, uint8_t);
    for (uint32_t i = 0; ok && i < p->sizep; i++)
        ok = verify(L, p->p[i], why, whylen);
    return ok;
}

const char *nl_bcverify(lua_State *L, const nl_Proto *p, char *why, size_t whylen)
{
    return verify(L, p, why, whylen) ? NULL : why;
}
