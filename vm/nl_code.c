/*
 * nl_code.c -- emitting instructions for the parser (see nl_code.h).
 */
#include "nl_code.h"

#include <math.h>

#include "nl_mem.h"
#include "nl_string.h"
#include "nl_table.h"

/* ---- Emitting ------------------------------------------------------------ */

static void patchlistaux(nl_FuncState *fs, int list, int vtarget, int reg, int dtarget);

static void growcode(nl_FuncState *fs)
{
    nl_Proto *p = fs->p;
    uint32_t n = p->sizecode ? p->sizecode * 2 : 32;
    p->code = nl_mem_resizevec(fs->L, p->code, p->sizecode, n, nl_Ins);
    p->lineinfo = nl_mem_resizevec(fs->L, p->lineinfo, p->sizecode, n, int32_t);
    p->sizecode = n;
}

int nl_code_emit(nl_FuncState *fs, nl_Ins ins)
{
    /* Jumps pending to "here" now have an instruction to land on. */
    patchlistaux(fs, fs->jpc, (int)fs->pc, NL_CODE_NOREG, (int)fs->pc);
    fs->jpc = NL_CODE_NOJMP;
    if (fs->pc == fs->p->sizecode)
        growcode(fs);
    fs->p->code[fs->pc] = ins;
    fs->p->lineinfo[fs->pc] = fs->ls->lastline;
    return (int)fs->pc++;
}

void nl_code_fixline(nl_FuncState *fs, int line)
{
    fs->p->lineinfo[fs->pc - 1] = line;
}

static nl_Ins *ins_at(nl_FuncState *fs, int pc) { return &fs->p->code[pc]; }

/* ---- Constants ----------------------------------------------------------- */

_Noreturn void nl_code_errorlimit(nl_FuncState *fs, int limit, const char *what)
{
    lua_State *L = fs->L;
    const char *msg = fs->p->linedefined == 0
                          ? nl_str_pushf(L, "main function has more than %d %s", limit, what)
                          : nl_str_pushf(L, "function at line %d has more than %d %s",
                                         (int)fs->p->linedefined, limit, what);
    nl_lex_error(fs->ls, msg, 0);
}

static uint32_t addk(nl_FuncState *fs, nl_Value v)
{
    nl_Proto *p = fs->p;
    if (fs->nk == p->sizek) {
        uint32_t n = p->sizek ? p->sizek * 2 : 8;
        p->k = nl_mem_resizevec(fs->L, p->k, p->sizek, n, nl_Value);
        for (uint32_t i = p->sizek; i < n; i++)
            p->k[i] = NL_NIL;
        p->sizek = n;
    }
    p->k[fs->nk] = v;
    return fs->nk++;
}

/* Constants are shared through fs->kt, which maps each to its index. -0 and
 * NaN never become constants (see fold), so the table's key normalisation
 * cannot merge different constants. */
static uint32_t sharedk(nl_FuncState *fs, nl_Value v)
{
    const nl_Value *slot = nl_tab_get(fs->kt, v);
    if (!nl_is_nil(*slot))
        return (uint32_t)nl_number(*slot);
    uint32_t idx = addk(fs, v);
    *nl_tab_set(fs->L, fs->kt, v) = nl_box_number(idx);
    return idx;
}

uint32_t nl_code_numk(nl_FuncState *fs, double n) { return sharedk(fs, nl_box_number(n)); }
uint32_t nl_code_strk(nl_FuncState *fs, nl_String *s) { return sharedk(fs, nl_box_string(s)); }
uint32_t nl_code_tabk(nl_FuncState *fs, nl_Table *t) { return addk(fs, nl_box_table(t)); }

/* ---- Registers ----------------------------------------------------------- */

void nl_code_reserve(nl_FuncState *fs, int n)
{
    int top = fs->freereg + n;
    /* LuaJIT's 64-bit frames take two slots below a call's arguments where
     * nanlua's take one, so its registers sit one higher per open call. */
    if (top + fs->opencalls >= NL_BC_MAXREG)
        nl_lex_syntaxerror(fs->ls, "function or expression too complex");
    if (top > fs->p->framesize)
        fs->p->framesize = (uint8_t)top;
    fs->freereg = (uint8_t)top;
}

static void freereg(nl_FuncState *fs, int reg)
{
    if (reg >= fs->nactvar && reg < NL_CODE_NOREG)
        fs->freereg--;
}

void nl_code_freeexp(nl_FuncState *fs, nl_ExpDesc *e)
{
    if (e->k == NL_VNONRELOC)
        freereg(fs, e->u.reg);
}

void nl_code_nil(nl_FuncState *fs, int from, int n)
{
    int to = from + n - 1;
    if (fs->pc > fs->lasttarget) { /* no jump lands here: extend a previous nil load */
        nl_Ins *prev = &fs->p->code[fs->pc - 1];
        nl_BCOp op = nl_bc_op(*prev);
        int pfrom = (int)nl_bc_a(*prev), pto = -2;
        if (op == NL_BC_KPRI && nl_bc_d(*prev) == 0)
            pto = pfrom;
        else if (op == NL_BC_KNIL)
            pto = (int)nl_bc_d(*prev);
        if (pfrom <= from && from <= pto + 1) {
            *prev = nl_bc_ad(NL_BC_KNIL, (unsigned)pfrom, (unsigned)(to > pto ? to : pto));
            return;
        }
    }
    if (n == 1)
        nl_code_emit(fs, nl_bc_ad(NL_BC_KPRI, from, 0));
    else
        nl_code_emit(fs, nl_bc_ad(NL_BC_KNIL, from, to));
}

/* ---- Jumps --------------------------------------------------------------- */

static int getjump(nl_FuncState *fs, int pc)
{
    int off = nl_bc_j(*ins_at(fs, pc));
    return off == -NL_BC_BIAS ? NL_CODE_NOJMP : pc + 1 + off;
}

void nl_code_fixjump(nl_FuncState *fs, int pc, int target)
{
    int off = target == NL_CODE_NOJMP ? -NL_BC_BIAS : target - (pc + 1);
    if (target != NL_CODE_NOJMP && (off >= NL_BC_BIAS || off <= -NL_BC_BIAS))
        nl_lex_syntaxerror(fs->ls, "control structure too long");
    *ins_at(fs, pc) = nl_bc_setd(*ins_at(fs, pc), (unsigned)(off + NL_BC_BIAS));
}

void nl_code_concat(nl_FuncState *fs, int *l1, int l2)
{
    if (l2 == NL_CODE_NOJMP)
        return;
    if (*l1 == NL_CODE_NOJMP) {
        *l1 = l2;
        return;
    }
    int list = *l1, next;
    while ((next = getjump(fs, list)) != NL_CODE_NOJMP)
        list = next;
    nl_code_fixjump(fs, list, l2);
}

int nl_code_jump(nl_FuncState *fs)
{
    int pending = fs->jpc;
    fs->jpc = NL_CODE_NOJMP;
    int j = nl_code_emit(fs, nl_bc_ad(NL_BC_JMP, fs->freereg, 0));
    nl_code_concat(fs, &j, pending);
    return j;
}

int nl_code_label(nl_FuncState *fs)
{
    fs->lasttarget = fs->pc;
    return (int)fs->pc;
}

/* The instruction deciding a jump: the test before it, or the jump itself. */
static nl_Ins *jumpcontrol(nl_FuncState *fs, int pc)
{
    if (pc >= 1 && nl_bc_op(*ins_at(fs, pc - 1)) <= NL_BC_ISFC)
        return ins_at(fs, pc - 1);
    return ins_at(fs, pc);
}

/* Truth tests that can deliver the tested value are emitted as ISTC/ISFC
 * with A = NOREG until patched; IST/ISF (from `not x`, or after removevalues)
 * cannot, so their jumps need true/false loaded instead. */
static bool isvaluetest(nl_BCOp op) { return op == NL_BC_ISTC || op == NL_BC_ISFC; }

/* Makes a value test deliver its value into reg (or nothing for NOREG);
 * false when the jump is not controlled by a value test. */
static bool patchtestreg(nl_FuncState *fs, int pc, int reg)
{
    nl_Ins *ip = jumpcontrol(fs, pc);
    nl_BCOp op = nl_bc_op(*ip);
    if (!isvaluetest(op))
        return false;
    if (reg != NL_CODE_NOREG && reg != (int)nl_bc_d(*ip))
        *ip = nl_bc_seta(*ip, (unsigned)reg);
    else
        *ip = nl_bc_ad(op == NL_BC_ISTC ? NL_BC_IST : NL_BC_ISF, 0, nl_bc_d(*ip));
    return true;
}

static void removevalues(nl_FuncState *fs, int list)
{
    for (; list != NL_CODE_NOJMP; list = getjump(fs, list))
        patchtestreg(fs, list, NL_CODE_NOREG);
}

static void patchlistaux(nl_FuncState *fs, int list, int vtarget, int reg, int dtarget)
{
    while (list != NL_CODE_NOJMP) {
        int next = getjump(fs, list);
        if (patchtestreg(fs, list, reg))
            nl_code_fixjump(fs, list, vtarget);
        else
            nl_code_fixjump(fs, list, dtarget);
        list = next;
    }
}

void nl_code_patchhere(nl_FuncState *fs, int list)
{
    nl_code_label(fs);
    nl_code_concat(fs, &fs->jpc, list);
}

void nl_code_patch(nl_FuncState *fs, int list, int target)
{
    if (target == (int)fs->pc)
        nl_code_patchhere(fs, list);
    else
        patchlistaux(fs, list, target, NL_CODE_NOREG, target);
}

/* Does a jump of the list need a true/false value loaded (a comparison)? */
static bool needvalue(nl_FuncState *fs, int list)
{
    for (; list != NL_CODE_NOJMP; list = getjump(fs, list))
        if (!isvaluetest(nl_bc_op(*jumpcontrol(fs, list))))
            return true;
    return false;
}

/* Points jumps that land on a JMP straight at its final target (at most a
 * few hops, so `while true do end` and other cycles stay as they are). */
void nl_code_shortenjumps(nl_FuncState *fs)
{
    nl_Ins *code = fs->p->code;
    for (uint32_t pc = 0; pc < fs->pc; pc++) {
        nl_BCOp op = nl_bc_op(code[pc]);
        if (op != NL_BC_JMP && op != NL_BC_UCLO)
            continue;
        int target = (int)pc + 1 + nl_bc_j(code[pc]);
        for (int hops = 0; hops < 8 && nl_bc_op(code[target]) == NL_BC_JMP; hops++)
            target = target + 1 + nl_bc_j(code[target]);
        int off = target - ((int)pc + 1);
        if (off > -NL_BC_BIAS && off < NL_BC_BIAS)
            code[pc] = nl_bc_setd(code[pc], (unsigned)(off + NL_BC_BIAS));
    }
}

/* ---- Discharging --------------------------------------------------------- */

bool nl_code_hasjumps(const nl_ExpDesc *e) { return e->t != e->f; }

bool nl_code_isconst(const nl_ExpDesc *e)
{
    return e->k >= NL_VNIL && e->k <= NL_VKNUM && !nl_code_hasjumps(e);
}

void nl_code_setreturns(nl_FuncState *fs, nl_ExpDesc *e, int n)
{
    nl_Ins *ip = ins_at(fs, e->u.pc);
    if (e->k == NL_VCALL) {
        *ip = nl_bc_setb(*ip, (unsigned)(n + 1));
    } else if (e->k == NL_VVARARG) {
        *ip = nl_bc_setb(nl_bc_seta(*ip, fs->freereg), (unsigned)(n + 1));
        nl_code_reserve(fs, 1);
    }
}

void nl_code_dischargevars(nl_FuncState *fs, nl_ExpDesc *e)
{
    switch (e->k) {
    case NL_VLOCAL:
        e->k = NL_VNONRELOC;
        break;
    case NL_VUPVAL:
        e->u.pc = nl_code_emit(fs, nl_bc_ad(NL_BC_UGET, 0, (unsigned)e->u.uv));
        e->k = NL_VRELOC;
        break;
    case NL_VGLOBAL:
        e->u.pc = nl_code_emit(fs, nl_bc_ad(NL_BC_GGET, 0, nl_code_strk(fs, e->u.s)));
        e->k = NL_VRELOC;
        break;
    case NL_VINDEXED: {
        unsigned t = e->u.ix.t, key = e->u.ix.key;
        nl_BCOp op = NL_BC_TGETV;
        if (e->u.ix.kind == NL_KEY_VAR) {
            /* free the higher register first */
            if (key > t) {
                freereg(fs, (int)key);
                freereg(fs, (int)t);
            } else {
                freereg(fs, (int)t);
                freereg(fs, (int)key);
            }
        } else {
            freereg(fs, (int)t);
            op = e->u.ix.kind == NL_KEY_STR ? NL_BC_TGETS : NL_BC_TGETB;
        }
        e->u.pc = nl_code_emit(fs, nl_bc_abc(op, 0, t, key));
        e->k = NL_VRELOC;
        break;
    }
    case NL_VCALL:
        e->k = NL_VNONRELOC;
        e->u.reg = (int)nl_bc_a(*ins_at(fs, e->u.pc));
        break;
    case NL_VVARARG:
        *ins_at(fs, e->u.pc) = nl_bc_setb(*ins_at(fs, e->u.pc), 2);
        e->k = NL_VRELOC;
        break;
    default:
        break;
    }
}

static void discharge2reg(nl_FuncState *fs, nl_ExpDesc *e, int reg)
{
    nl_code_dischargevars(fs, e);
    switch (e->k) {
    case NL_VNIL:
        nl_code_nil(fs, reg, 1);
        break;
    case NL_VFALSE:
    case NL_VTRUE:
        nl_code_emit(fs, nl_bc_ad(NL_BC_KPRI, reg, e->k == NL_VFALSE ? 1 : 2));
        break;
    case NL_VKSTR:
        nl_code_emit(fs, nl_bc_ad(NL_BC_KSTR, reg, nl_code_strk(fs, e->u.s)));
        break;
    case NL_VKNUM: {
        double n = e->u.n;
        if (n >= -0x8000 && n <= 0x7fff && n == (int)n && !(n == 0 && signbit(n)))
            nl_code_emit(fs, nl_bc_ad(NL_BC_KSHORT, reg, (unsigned)((int)n + NL_BC_BIAS)));
        else
            nl_code_emit(fs, nl_bc_ad(NL_BC_KNUM, reg, nl_code_numk(fs, n)));
        break;
    }
    case NL_VRELOC:
        *ins_at(fs, e->u.pc) = nl_bc_seta(*ins_at(fs, e->u.pc), (unsigned)reg);
        break;
    case NL_VNONRELOC:
        if (reg != e->u.reg)
            nl_code_emit(fs, nl_bc_ad(NL_BC_MOV, reg, (unsigned)e->u.reg));
        break;
    default:
        return; /* VVOID and VJMP: nothing to do */
    }
    e->u.reg = reg;
    e->k = NL_VNONRELOC;
}

static void discharge2anyreg(nl_FuncState *fs, nl_ExpDesc *e)
{
    if (e->k != NL_VNONRELOC) {
        nl_code_reserve(fs, 1);
        discharge2reg(fs, e, fs->freereg - 1);
    }
}

void nl_code_toreg(nl_FuncState *fs, nl_ExpDesc *e, int reg)
{
    discharge2reg(fs, e, reg);
    if (e->k == NL_VJMP)
        nl_code_concat(fs, &e->t, e->u.pc);
    if (nl_code_hasjumps(e)) {
        int pfalse = NL_CODE_NOJMP, ptrue = NL_CODE_NOJMP;
        if (needvalue(fs, e->t) || needvalue(fs, e->f)) {
            int skip = e->k == NL_VJMP ? NL_CODE_NOJMP : nl_code_jump(fs);
            pfalse = nl_code_label(fs);
            nl_code_emit(fs, nl_bc_ad(NL_BC_KPRI, reg, 1));
            int over = nl_code_jump(fs);
            ptrue = nl_code_label(fs);
            nl_code_emit(fs, nl_bc_ad(NL_BC_KPRI, reg, 2));
            nl_code_patchhere(fs, skip);
            nl_code_patchhere(fs, over);
        }
        int end = nl_code_label(fs);
        patchlistaux(fs, e->f, end, reg, pfalse);
        patchlistaux(fs, e->t, end, reg, ptrue);
    }
    e->t = e->f = NL_CODE_NOJMP;
    e->u.reg = reg;
    e->k = NL_VNONRELOC;
}

void nl_code_tonextreg(nl_FuncState *fs, nl_ExpDesc *e)
{
    nl_code_dischargevars(fs, e);
    nl_code_freeexp(fs, e);
    nl_code_reserve(fs, 1);
    nl_code_toreg(fs, e, fs->freereg - 1);
}

int nl_code_toanyreg(nl_FuncState *fs, nl_ExpDesc *e)
{
    nl_code_dischargevars(fs, e);
    if (e->k == NL_VNONRELOC) {
        if (!nl_code_hasjumps(e))
            return e->u.reg;
        if (e->u.reg >= fs->nactvar) {
            nl_code_toreg(fs, e, e->u.reg);
            return e->u.reg;
        }
    }
    nl_code_tonextreg(fs, e);
    return e->u.reg;
}

void nl_code_toval(nl_FuncState *fs, nl_ExpDesc *e)
{
    if (nl_code_hasjumps(e))
        nl_code_toanyreg(fs, e);
    else
        nl_code_dischargevars(fs, e);
}

/* ---- Tables and stores --------------------------------------------------- */

void nl_code_indexed(nl_FuncState *fs, nl_ExpDesc *t, nl_ExpDesc *key)
{
    uint8_t treg = (uint8_t)t->u.reg;
    uint32_t idx;
    if (key->k == NL_VKSTR && !nl_code_hasjumps(key) &&
        (idx = nl_code_strk(fs, key->u.s)) <= 0xff) {
        t->u.ix.kind = NL_KEY_STR;
        t->u.ix.key = (uint8_t)idx;
    } else if (key->k == NL_VKNUM && !nl_code_hasjumps(key) && key->u.n >= 0 &&
               key->u.n <= 0xff && key->u.n == (int)key->u.n) {
        t->u.ix.kind = NL_KEY_BYTE;
        t->u.ix.key = (uint8_t)key->u.n;
    } else {
        t->u.ix.kind = NL_KEY_VAR;
        t->u.ix.key = (uint8_t)nl_code_toanyreg(fs, key);
    }
    t->u.ix.t = treg;
    t->k = NL_VINDEXED;
}

void nl_code_self(nl_FuncState *fs, nl_ExpDesc *e, nl_String *name)
{
    int obj = nl_code_toanyreg(fs, e);
    nl_code_freeexp(fs, e);
    int func = fs->freereg;
    nl_code_reserve(fs, 2);
    /* Copy the object first: func may be the object's own register. */
    nl_code_emit(fs, nl_bc_ad(NL_BC_MOV, func + 1, (unsigned)obj));
    uint32_t k = nl_code_strk(fs, name);
    if (k <= 0xff) {
        nl_code_emit(fs, nl_bc_abc(NL_BC_TGETS, func, func + 1, k));
    } else {
        nl_code_emit(fs, nl_bc_ad(NL_BC_KSTR, func, k));
        nl_code_emit(fs, nl_bc_abc(NL_BC_TGETV, func, func + 1, func));
    }
    e->u.reg = func;
    e->k = NL_VNONRELOC;
}

void nl_code_store(nl_FuncState *fs, nl_ExpDesc *var, nl_ExpDesc *val)
{
    switch (var->k) {
    case NL_VLOCAL:
        nl_code_freeexp(fs, val);
        nl_code_toreg(fs, val, var->u.reg);
        return;
    case NL_VUPVAL: {
        nl_code_toval(fs, val);
        unsigned uv = (unsigned)var->u.uv;
        switch (val->k) {
        case NL_VNIL: nl_code_emit(fs, nl_bc_ad(NL_BC_USETP, uv, 0)); break;
        case NL_VFALSE: nl_code_emit(fs, nl_bc_ad(NL_BC_USETP, uv, 1)); break;
        case NL_VTRUE: nl_code_emit(fs, nl_bc_ad(NL_BC_USETP, uv, 2)); break;
        case NL_VKSTR: nl_code_emit(fs, nl_bc_ad(NL_BC_USETS, uv, nl_code_strk(fs, val->u.s))); break;
        case NL_VKNUM: nl_code_emit(fs, nl_bc_ad(NL_BC_USETN, uv, nl_code_numk(fs, val->u.n))); break;
        default:
            nl_code_emit(fs, nl_bc_ad(NL_BC_USETV, uv, (unsigned)nl_code_toanyreg(fs, val)));
            break;
        }
        break;
    }
    case NL_VGLOBAL: {
        int r = nl_code_toanyreg(fs, val);
        nl_code_emit(fs, nl_bc_ad(NL_BC_GSET, r, nl_code_strk(fs, var->u.s)));
        break;
    }
    case NL_VINDEXED: {
        static const nl_BCOp ops[] = {NL_BC_TSETV, NL_BC_TSETS, NL_BC_TSETB};
        int r = nl_code_toanyreg(fs, val);
        nl_code_emit(fs, nl_bc_abc(ops[var->u.ix.kind], r, var->u.ix.t, var->u.ix.key));
        break;
    }
    default:
        break;
    }
    nl_code_freeexp(fs, val);
}

/* ---- Conditions ---------------------------------------------------------- */

static void invertjump(nl_FuncState *fs, nl_ExpDesc *e)
{
    nl_Ins *ip = jumpcontrol(fs, e->u.pc);
    *ip = nl_bc_setop(*ip, (nl_BCOp)(nl_bc_op(*ip) ^ 1));
}

static int jumponcond(nl_FuncState *fs, nl_ExpDesc *e, bool cond)
{
    if (e->k == NL_VRELOC && nl_bc_op(*ins_at(fs, e->u.pc)) == NL_BC_NOT) {
        /* `not x` as a condition: test x the other way round. */
        unsigned operand = nl_bc_d(*ins_at(fs, e->u.pc));
        fs->pc--;
        nl_code_emit(fs, nl_bc_ad(cond ? NL_BC_ISF : NL_BC_IST, 0, operand));
        return nl_code_jump(fs);
    }
    discharge2anyreg(fs, e);
    nl_code_freeexp(fs, e);
    nl_code_emit(fs, nl_bc_ad(cond ? NL_BC_ISTC : NL_BC_ISFC, NL_CODE_NOREG, (unsigned)e->u.reg));
    return nl_code_jump(fs);
}

void nl_code_goiftrue(nl_FuncState *fs, nl_ExpDesc *e)
{
    int pc;
    nl_code_dischargevars(fs, e);
    switch (e->k) {
    case NL_VKSTR:
    case NL_VKNUM:
    case NL_VTRUE:
        pc = NL_CODE_NOJMP;
        break;
    case NL_VJMP:
        invertjump(fs, e);
        pc = e->u.pc;
        break;
    default:
        pc = jumponcond(fs, e, false);
        break;
    }
    nl_code_concat(fs, &e->f, pc);
    nl_code_patchhere(fs, e->t);
    e->t = NL_CODE_NOJMP;
}

void nl_code_goiffalse(nl_FuncState *fs, nl_ExpDesc *e)
{
    int pc;
    nl_code_dischargevars(fs, e);
    switch (e->k) {
    case NL_VNIL:
    case NL_VFALSE:
        pc = NL_CODE_NOJMP;
        break;
    case NL_VJMP:
        pc = e->u.pc;
        break;
    default:
        pc = jumponcond(fs, e, true);
        break;
    }
    nl_code_concat(fs, &e->t, pc);
    nl_code_patchhere(fs, e->f);
    e->f = NL_CODE_NOJMP;
}

/* ---- Operators ----------------------------------------------------------- */

static void codenot(nl_FuncState *fs, nl_ExpDesc *e)
{
    nl_code_dischargevars(fs, e);
    switch (e->k) {
    case NL_VNIL:
    case NL_VFALSE:
        e->k = NL_VTRUE;
        break;
    case NL_VKSTR:
    case NL_VKNUM:
    case NL_VTRUE:
        e->k = NL_VFALSE;
        break;
    case NL_VJMP:
        invertjump(fs, e);
        break;
    default:
        discharge2anyreg(fs, e);
        nl_code_freeexp(fs, e);
        e->u.pc = nl_code_emit(fs, nl_bc_ad(NL_BC_NOT, 0, (unsigned)e->u.reg));
        e->k = NL_VRELOC;
        break;
    }
    int tmp = e->f;
    e->f = e->t;
    e->t = tmp;
    removevalues(fs, e->f);
    removevalues(fs, e->t);
}

void nl_code_prefix(nl_FuncState *fs, nl_UnOpr op, nl_ExpDesc *e)
{
    if (op == NL_OPR_NOT) {
        codenot(fs, e);
        return;
    }
    if (op == NL_OPR_MINUS && e->k == NL_VKNUM && !nl_code_hasjumps(e) && e->u.n != 0 &&
        !isnan(e->u.n)) {
        e->u.n = -e->u.n;
        return;
    }
    int r = nl_code_toanyreg(fs, e);
    nl_code_freeexp(fs, e);
    e->u.pc = nl_code_emit(fs, nl_bc_ad(op == NL_OPR_MINUS ? NL_BC_UNM : NL_BC_LEN, 0, (unsigned)r));
    e->k = NL_VRELOC;
}

void nl_code_infix(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *v)
{
    switch (op) {
    case NL_OPR_AND:
        nl_code_goiftrue(fs, v);
        break;
    case NL_OPR_OR:
        nl_code_goiffalse(fs, v);
        break;
    case NL_OPR_CONCAT:
        nl_code_tonextreg(fs, v); /* operands must be consecutive */
        break;
    case NL_OPR_EQ:
    case NL_OPR_NE:
        if (!nl_code_isconst(v))
            nl_code_toanyreg(fs, v);
        break;
    default:
        if (!(op <= NL_OPR_POW && v->k == NL_VKNUM && !nl_code_hasjumps(v)))
            nl_code_toanyreg(fs, v);
        break;
    }
}

/* Folds a op b into *r unless the result would be NaN or -0, or it divides
 * by zero (those keep the runtime's behaviour). */
static bool fold(nl_BinOpr op, double a, double b, double *r)
{
    switch (op) {
    case NL_OPR_ADD: *r = a + b; break;
    case NL_OPR_SUB: *r = a - b; break;
    case NL_OPR_MUL: *r = a * b; break;
    case NL_OPR_DIV:
        if (b == 0)
            return false;
        *r = a / b;
        break;
    case NL_OPR_MOD:
        if (b == 0)
            return false;
        *r = a - floor(a / b) * b;
        break;
    case NL_OPR_POW: *r = pow(a, b); break;
    default: return false;
    }
    return !isnan(*r) && !(*r == 0 && signbit(*r));
}

static void freeboth(nl_FuncState *fs, nl_ExpDesc *e1, nl_ExpDesc *e2)
{
    if (e1->k == NL_VNONRELOC && e2->k == NL_VNONRELOC && e1->u.reg > e2->u.reg) {
        nl_code_freeexp(fs, e1);
        nl_code_freeexp(fs, e2);
    } else {
        nl_code_freeexp(fs, e2);
        nl_code_freeexp(fs, e1);
    }
}

static void codearith(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *e1, nl_ExpDesc *e2)
{
    double r;
    if (e1->k == NL_VKNUM && e2->k == NL_VKNUM && !nl_code_hasjumps(e1) &&
        !nl_code_hasjumps(e2) && fold(op, e1->u.n, e2->u.n, &r)) {
        e1->u.n = r;
        return;
    }
    nl_Ins ins;
    uint32_t k;
    if (op != NL_OPR_POW && e2->k == NL_VKNUM && !nl_code_hasjumps(e2) &&
        (k = nl_code_numk(fs, e2->u.n)) <= 0xff) {
        int b = nl_code_toanyreg(fs, e1);
        nl_code_freeexp(fs, e1);
        ins = nl_bc_abc((nl_BCOp)(NL_BC_ADDVN + op), 0, (unsigned)b, k);
    } else if (op != NL_OPR_POW && e1->k == NL_VKNUM && !nl_code_hasjumps(e1) &&
               (k = nl_code_numk(fs, e1->u.n)) <= 0xff) {
        int b = nl_code_toanyreg(fs, e2);
        nl_code_freeexp(fs, e2);
        ins = nl_bc_abc((nl_BCOp)(NL_BC_ADDNV + op), 0, (unsigned)b, k);
    } else {
        int c = nl_code_toanyreg(fs, e2);
        int b = nl_code_toanyreg(fs, e1);
        freeboth(fs, e1, e2);
        nl_BCOp bop = op == NL_OPR_POW ? NL_BC_POW : (nl_BCOp)(NL_BC_ADDVV + op);
        ins = nl_bc_abc(bop, 0, (unsigned)b, (unsigned)c);
    }
    e1->u.pc = nl_code_emit(fs, ins);
    e1->k = NL_VRELOC;
}

static void codecompare(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *e1, nl_ExpDesc *e2)
{
    nl_Ins ins;
    if (op == NL_OPR_EQ || op == NL_OPR_NE) {
        bool eq = op == NL_OPR_EQ;
        if (nl_code_isconst(e1)) { /* the constant goes to the right */
            nl_ExpDesc tmp = *e1;
            *e1 = *e2;
            *e2 = tmp;
        }
        int a = nl_code_toanyreg(fs, e1);
        if (nl_code_isconst(e2)) {
            nl_code_freeexp(fs, e1);
            switch (e2->k) {
            case NL_VKSTR:
                ins = nl_bc_ad(eq ? NL_BC_ISEQS : NL_BC_ISNES, a, nl_code_strk(fs, e2->u.s));
                break;
            case NL_VKNUM:
                ins = nl_bc_ad(eq ? NL_BC_ISEQN : NL_BC_ISNEN, a, nl_code_numk(fs, e2->u.n));
                break;
            default:
                ins = nl_bc_ad(eq ? NL_BC_ISEQP : NL_BC_ISNEP, a, (unsigned)(e2->k - NL_VNIL));
                break;
            }
        } else {
            int d = nl_code_toanyreg(fs, e2);
            freeboth(fs, e1, e2);
            ins = nl_bc_ad(eq ? NL_BC_ISEQV : NL_BC_ISNEV, a, (unsigned)d);
        }
    } else {
        int d = nl_code_toanyreg(fs, e2);
        int a = nl_code_toanyreg(fs, e1);
        freeboth(fs, e1, e2);
        /* a > b is b < a, a >= b is b <= a. */
        if (op == NL_OPR_LT)
            ins = nl_bc_ad(NL_BC_ISLT, a, (unsigned)d);
        else if (op == NL_OPR_LE)
            ins = nl_bc_ad(NL_BC_ISLE, a, (unsigned)d);
        else if (op == NL_OPR_GT)
            ins = nl_bc_ad(NL_BC_ISLT, d, (unsigned)a);
        else
            ins = nl_bc_ad(NL_BC_ISLE, d, (unsigned)a);
    }
    nl_code_emit(fs, ins);
    e1->u.pc = nl_code_jump(fs);
    e1->k = NL_VJMP;
}

void nl_code_posfix(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *e1, nl_ExpDesc *e2)
{
    switch (op) {
    case NL_OPR_AND:
        nl_code_dischargevars(fs, e2);
        nl_code_concat(fs, &e2->f, e1->f);
        *e1 = *e2;
        break;
    case NL_OPR_OR:
        nl_code_dischargevars(fs, e2);
        nl_code_concat(fs, &e2->t, e1->t);
        *e1 = *e2;
        break;
    case NL_OPR_CONCAT:
        nl_code_toval(fs, e2);
        if (e2->k == NL_VRELOC && nl_bc_op(*ins_at(fs, e2->u.pc)) == NL_BC_CAT &&
            (int)nl_bc_b(*ins_at(fs, e2->u.pc)) == e1->u.reg + 1) {
            /* a .. (b .. c): widen the right CAT to start at a */
            nl_code_freeexp(fs, e1);
            *ins_at(fs, e2->u.pc) = nl_bc_setb(*ins_at(fs, e2->u.pc), (unsigned)e1->u.reg);
            e1->k = NL_VRELOC;
            e1->u.pc = e2->u.pc;
        } else {
            nl_code_tonextreg(fs, e2);
            freeboth(fs, e1, e2);
            e1->u.pc = nl_code_emit(fs, nl_bc_abc(NL_BC_CAT, 0, (unsigned)e1->u.reg,
                                                  (unsigned)e2->u.reg));
            e1->k = NL_VRELOC;
        }
        break;
    case NL_OPR_EQ:
    case NL_OPR_NE:
    case NL_OPR_LT:
    case NL_OPR_LE:
    case NL_OPR_GT:
    case NL_OPR_GE:
        codecompare(fs, op, e1, e2);
        break;
    default:
        codearith(fs, op, e1, e2);
        break;
    }
}
