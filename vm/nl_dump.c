/*
 * nl_dump.c -- the bytecode listing (see nl_dump.h), and the opcode tables.
 */
#include "nl_dump.h"

#include <stdarg.h>
#include <stdio.h>

#include "nl_bc.h"
#include "nl_code.h"
#include "nl_lex.h"
#include "nl_number.h"

const char *const nl_bc_names[NL_BC__MAX] = {
#define NL_BC_NAME(name, ma, mb, mcd, sem) #name,
    NL_BC_LIST(NL_BC_NAME)
#undef NL_BC_NAME
};

const uint8_t nl_bc_modes[NL_BC__MAX][3] = {
#define NL_BC_MODE(name, ma, mb, mcd, sem) {NL_BCM_##ma, NL_BCM_##mb, NL_BCM_##mcd},
    NL_BC_LIST(NL_BC_MODE)
#undef NL_BC_MODE
};

typedef struct Buf {
    char *s;
    size_t size, len;
} Buf;

static void put(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->len, b->size - b->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        b->len += (size_t)n < b->size - b->len ? (size_t)n : b->size - b->len - 1;
}

/* A string constant, quoted, with unprintable bytes escaped, cut at 40. */
static void putstr(Buf *b, const nl_String *s)
{
    put(b, "\"");
    for (size_t i = 0; i < s->len && i < 40; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == '"' || c == '\\')
            put(b, "\\%c", c);
        else if (c >= 32 && c < 127)
            put(b, "%c", c);
        else
            put(b, "\\%u", c);
    }
    put(b, s->len > 40 ? "\"~" : "\"");
}

static void putnum(Buf *b, double n)
{
    char num[NL_NUM_BUFSZ];
    nl_num_format(n, num);
    put(b, "%s", num);
}

/* The comment for an operand of kind mode holding v, if it has one. */
static bool comment(Buf *b, const nl_Proto *p, int mode, unsigned v)
{
    static const char *const pri[] = {"nil", "false", "true"};
    switch (mode) {
    case NL_BCM_STR:
        put(b, "  ; ");
        putstr(b, nl_string(p->k[v]));
        return true;
    case NL_BCM_NUM:
        put(b, "  ; ");
        putnum(b, nl_number(p->k[v]));
        return true;
    case NL_BCM_PRI:
        put(b, "  ; %s", v < 3 ? pri[v] : "?");
        return true;
    case NL_BCM_UV:
        if (p->upvalnames && v < p->nupvalues)
            put(b, "  ; %s", p->upvalnames[v]->data);
        return true;
    case NL_BCM_FUNC: {
        char id[NL_LEX_IDSIZE];
        const nl_Proto *c = p->p[v];
        nl_lex_chunkid(id, sizeof id, c->source->data, c->source->len);
        put(b, "  ; %s:%d", id, (int)c->linedefined);
        return true;
    }
    default:
        return false;
    }
}

/* The FNEW whose upvalue words include pc, or -1. */
static int fnewof(const nl_Proto *p, uint32_t pc)
{
    for (uint32_t i = pc; i-- > 0 && pc - i <= NL_CODE_MAXUPVALS;) {
        if (nl_bc_op(p->code[i]) == NL_BC_FNEW) {
            const nl_Proto *c = p->p[nl_bc_d(p->code[i])];
            return pc - i <= c->nupvalues ? (int)i : -1;
        }
    }
    return -1;
}

size_t nl_dump_ins(const nl_Proto *p, uint32_t pc, char *buf, size_t size)
{
    Buf b = {buf, size, 0};
    buf[0] = '\0';
    nl_Ins ins = p->code[pc];
    nl_BCOp op = nl_bc_op(ins);
    if (op >= NL_BC__MAX) {
        put(&b, "%04u    ??? %08x", pc + 1, (unsigned)ins);
        return b.len;
    }
    int fnew = fnewof(p, pc);
    if (fnew >= 0) { /* an upvalue word of a closure */
        const nl_Proto *c = p->p[nl_bc_d(p->code[fnew])];
        unsigned i = pc - (unsigned)fnew - 1;
        put(&b, "%04u    .%-6s %4u  ; %s", pc + 1, op == NL_BC_MOV ? "local" : "upval",
            nl_bc_d(ins), c->upvalnames[i]->data);
        return b.len;
    }
    const uint8_t *m = nl_bc_modes[op];
    put(&b, "%04u    %-6s", pc + 1, nl_bc_names[op]);
    if (m[0] != NL_BCM_NONE)
        put(&b, " %3u", nl_bc_a(ins));
    else
        put(&b, "    ");
    if (m[1] != NL_BCM_NONE) {
        put(&b, " %4u %4u", nl_bc_b(ins), nl_bc_c(ins));
        if (!comment(&b, p, m[2], nl_bc_c(ins)))
            comment(&b, p, m[1], nl_bc_b(ins));
    } else if (m[2] == NL_BCM_JUMP) {
        put(&b, " => %04d", (int)pc + 2 + nl_bc_j(ins));
    } else if (m[2] == NL_BCM_LITS) {
        put(&b, " %4d", nl_bc_j(ins));
    } else {
        put(&b, " %4u", nl_bc_d(ins));
        if (!comment(&b, p, m[2], nl_bc_d(ins)))
            comment(&b, p, m[0], nl_bc_a(ins));
    }
    return b.len;
}

void nl_dump_proto(const nl_Proto *p, nl_DumpWriter w, void *ud)
{
    char line[160];
    char id[NL_LEX_IDSIZE];
    for (uint32_t i = 0; i < p->sizep; i++)
        nl_dump_proto(p->p[i], w, ud);
    nl_lex_chunkid(id, sizeof id, p->source->data, p->source->len);
    int n = snprintf(line, sizeof line, "-- BYTECODE -- %s:%d-%d\n", id, (int)p->linedefined,
                     (int)p->lastlinedefined);
    w(ud, line, (size_t)n);
    for (uint32_t pc = 0; pc < p->sizecode; pc++) {
        size_t len = nl_dump_ins(p, pc, line, sizeof line - 1);
        line[len++] = '\n';
        w(ud, line, len);
    }
    w(ud, "\n", 1);
}
