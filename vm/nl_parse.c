/*
 * nl_parse.c -- recursive-descent parser (see nl_parse.h). Scopes, locals,
 * upvalues and goto/labels live here; instructions come from nl_code.c.
 */
#include "nl_parse.h"

#include <stdio.h>
#include <string.h>

#include "nl_code.h"
#include "nl_err.h"
#include "nl_mem.h"
#include "nl_string.h"
#include "nl_table.h"

/* Nesting of blocks and subexpressions beyond this is an error (LuaJIT's). */
#define MAX_LEVEL 200

typedef struct GotoLabel {
    nl_String *name; /* "break" (a reserved word) for break */
    int pc;
    int line;
    uint8_t nactvar;
    int backjumps; /* a label's backward gotos, patched when its block ends */
} GotoLabel;

typedef struct GotoList {
    GotoLabel *arr;
    int n, size;
} GotoList;

typedef struct nl_ParseState {
    nl_LexState ls;
    nl_FuncState *fs;
    GotoList gt; /* pending gotos of the open blocks */
    GotoList lb; /* labels of the open blocks */
    int level;
    nl_String *breakname;
    nl_LexReader reader;
    void *ud;
    const char *chunkname;
    nl_Proto *result;
} nl_ParseState;

typedef nl_ParseState ParseState;

static void expr(ParseState *ps, nl_ExpDesc *v);
static void chunk(ParseState *ps);
static void constructor(ParseState *ps, nl_ExpDesc *t);

/* ---- Errors and token helpers ---------------------------------------------- */

static _Noreturn void error_expected(ParseState *ps, int token)
{
    nl_LexState *ls = &ps->ls;
    const char *msg = nl_str_pushf(ls->L, "'%s' expected", nl_lex_token2str(ls, token));
    nl_lex_syntaxerror(ls, msg);
}

static void enterlevel(ParseState *ps)
{
    if (++ps->level >= MAX_LEVEL)
        nl_lex_error(&ps->ls, "chunk has too many syntax levels", 0);
}

static bool testnext(ParseState *ps, int token)
{
    if (ps->ls.t.token != token)
        return false;
    nl_lex_next(&ps->ls);
    return true;
}

static void check(ParseState *ps, int token)
{
    if (ps->ls.t.token != token)
        error_expected(ps, token);
}

static void checknext(ParseState *ps, int token)
{
    check(ps, token);
    nl_lex_next(&ps->ls);
}

static void checkmatch(ParseState *ps, int what, int who, int line)
{
    if (testnext(ps, what))
        return;
    nl_LexState *ls = &ps->ls;
    if (line == ls->linenumber)
        error_expected(ps, what);
    char whatstr[32];
    snprintf(whatstr, sizeof whatstr, "%s", nl_lex_token2str(ls, what));
    const char *msg = nl_str_pushf(ls->L, "'%s' expected (to close '%s' at line %d)", whatstr,
                                   nl_lex_token2str(ls, who), line);
    nl_lex_syntaxerror(ls, msg);
}

static nl_String *checkname(ParseState *ps)
{
    check(ps, NL_TK_NAME);
    nl_String *s = nl_string(ps->ls.t.sem);
    nl_lex_next(&ps->ls);
    return s;
}

static void initexp(nl_ExpDesc *e, nl_ExpKind k, int info)
{
    nl_code_init(e, k);
    e->u.reg = info;
}

static void strexp(nl_ExpDesc *e, nl_String *s)
{
    nl_code_init(e, NL_VKSTR);
    e->u.s = s;
}

/* ---- Locals and upvalues ------------------------------------------------- */

static void new_localvar(ParseState *ps, nl_String *name, int n)
{
    nl_FuncState *fs = ps->fs;
    if (fs->nactvar + n + 1 > NL_CODE_MAXLOCALS)
        nl_code_errorlimit(fs, NL_CODE_MAXLOCALS, "local variables");
    nl_Proto *p = fs->p;
    if (fs->nlocvars == p->sizelocvars) {
        uint32_t sz = p->sizelocvars ? p->sizelocvars * 2 : 8;
        p->locvars = nl_mem_resizevec(fs->L, p->locvars, p->sizelocvars, sz, nl_LocVar);
        memset(p->locvars + p->sizelocvars, 0, (sz - p->sizelocvars) * sizeof(nl_LocVar));
        p->sizelocvars = sz;
    }
    p->locvars[fs->nlocvars].name = name;
    fs->actvar[fs->nactvar + n] = (uint16_t)fs->nlocvars++;
}

static nl_LocVar *getlocvar(nl_FuncState *fs, int i) { return &fs->p->locvars[fs->actvar[i]]; }

static void adjustlocalvars(nl_FuncState *fs, int n)
{
    for (; n > 0; n--)
        getlocvar(fs, fs->nactvar++)->startpc = fs->pc;
}

static void removevars(nl_FuncState *fs, int tolevel)
{
    while (fs->nactvar > tolevel)
        getlocvar(fs, --fs->nactvar)->endpc = fs->pc;
}

static int searchvar(nl_FuncState *fs, nl_String *name)
{
    for (int i = fs->nactvar - 1; i >= 0; i--)
        if (getlocvar(fs, i)->name == name)
            return i;
    return -1;
}

/* The block declaring local `level` has a captured local. */
static void markupval(nl_FuncState *fs, int level)
{
    nl_BlockScope *bl = fs->bl;
    while (bl && bl->nactvar > level)
        bl = bl->prev;
    if (bl)
        bl->upval = true;
}

static int indexupvalue(nl_FuncState *fs, nl_String *name, const nl_ExpDesc *v)
{
    uint8_t instack = v->k == NL_VLOCAL;
    uint8_t idx = (uint8_t)(instack ? v->u.reg : v->u.uv);
    for (int i = 0; i < fs->nuv; i++)
        if (fs->uv[i].instack == instack && fs->uv[i].idx == idx)
            return i;
    if (fs->nuv >= NL_CODE_MAXUPVALS)
        nl_code_errorlimit(fs, NL_CODE_MAXUPVALS, "upvalues");
    fs->uv[fs->nuv] = (nl_UvDesc){name, instack, idx};
    return fs->nuv++;
}

static void singlevaraux(nl_FuncState *fs, nl_String *name, nl_ExpDesc *v, bool base)
{
    if (!fs) {
        nl_code_init(v, NL_VGLOBAL);
        v->u.s = name;
        return;
    }
    int reg = searchvar(fs, name);
    if (reg >= 0) {
        initexp(v, NL_VLOCAL, reg);
        if (!base)
            markupval(fs, reg);
        return;
    }
    singlevaraux(fs->prev, name, v, false);
    if (v->k == NL_VGLOBAL)
        return;
    int uv = indexupvalue(fs, name, v);
    nl_code_init(v, NL_VUPVAL);
    v->u.uv = uv;
}

static void singlevar(ParseState *ps, nl_ExpDesc *v)
{
    singlevaraux(ps->fs, checkname(ps), v, true);
}

/* ---- Blocks, gotos and labels -------------------------------------------- */

static int addgoto(ParseState *ps, GotoList *l, nl_String *name, int pc, int line)
{
    if (l->n == l->size) {
        int sz = l->size ? l->size * 2 : 8;
        l->arr = nl_mem_resizevec(ps->ls.L, l->arr, (size_t)l->size, (size_t)sz, GotoLabel);
        l->size = sz;
    }
    l->arr[l->n] = (GotoLabel){name, pc, line, ps->fs->nactvar, NL_CODE_NOJMP};
    return l->n++;
}

static void enterblock(nl_FuncState *fs, nl_BlockScope *bl, bool isloop)
{
    bl->isloop = isloop;
    bl->nactvar = fs->nactvar;
    bl->upval = false;
    bl->firstlabel = fs->ps->lb.n;
    bl->firstgoto = fs->ps->gt.n;
    bl->prev = fs->bl;
    fs->bl = bl;
}

static void removegoto(GotoList *l, int i)
{
    memmove(&l->arr[i], &l->arr[i + 1], (size_t)(l->n - i - 1) * sizeof(GotoLabel));
    l->n--;
}

static _Noreturn void undefgoto(ParseState *ps, const GotoLabel *g)
{
    ps->ls.linenumber = g->line;
    const char *msg = g->name == ps->breakname
                          ? "no loop to break"
                          : nl_str_pushf(ps->ls.L, "undefined label '%s'", g->name->data);
    nl_lex_error(&ps->ls, msg, 0);
}

/* Turns the jump at pc into UCLO level, keeping the lowest level. */
static void closejump(nl_FuncState *fs, int pc, int level)
{
    nl_Ins *ip = &fs->p->code[pc];
    if (nl_bc_op(*ip) == NL_BC_UCLO && (int)nl_bc_a(*ip) < level)
        return;
    *ip = nl_bc_ad(NL_BC_UCLO, (unsigned)level, nl_bc_d(*ip));
}

static void leaveblock(nl_FuncState *fs)
{
    ParseState *ps = fs->ps;
    nl_BlockScope *bl = fs->bl;
    fs->bl = bl->prev;
    removevars(fs, bl->nactvar);
    for (int i = bl->firstlabel; i < ps->lb.n; i++)
        nl_code_patch(fs, ps->lb.arr[i].backjumps, ps->lb.arr[i].pc);
    ps->lb.n = bl->firstlabel;
    for (int i = bl->firstgoto; i < ps->gt.n;) {
        GotoLabel *g = &ps->gt.arr[i];
        if (bl->upval)
            closejump(fs, g->pc, bl->nactvar);
        if (bl->isloop && g->name == ps->breakname) {
            nl_code_fixjump(fs, g->pc, nl_code_label(fs));
            removegoto(&ps->gt, i);
            continue;
        }
        if (!bl->prev)
            undefgoto(ps, g);
        if (g->nactvar > bl->nactvar)
            g->nactvar = bl->nactvar;
        i++;
    }
    fs->freereg = fs->nactvar;
}

static bool blockfollow(ParseState *ps, bool withuntil)
{
    switch (ps->ls.t.token) {
    case NL_TK_ELSE:
    case NL_TK_ELSEIF:
    case NL_TK_END:
    case NL_TK_EOF:
        return true;
    case NL_TK_UNTIL:
        return withuntil;
    default:
        return false;
    }
}

/* A scoped block; upvalues of its locals are closed when it falls through. */
static void block(ParseState *ps)
{
    nl_FuncState *fs = ps->fs;
    nl_BlockScope bl;
    enterblock(fs, &bl, false);
    chunk(ps);
    if (bl.upval)
        nl_code_emit(fs, nl_bc_ad(NL_BC_UCLO, bl.nactvar, NL_BC_BIAS));
    leaveblock(fs);
}

static void gotostat(ParseState *ps, nl_String *name, int line)
{
    nl_FuncState *fs = ps->fs;
    int pc = nl_code_emit(fs, nl_bc_ad(NL_BC_JMP, fs->freereg, 0));
    for (int i = ps->lb.n - 1; i >= fs->firstlabel; i--) {
        GotoLabel *lb = &ps->lb.arr[i];
        if (lb->name == name) { /* backward: leave the locals declared since */
            if (fs->nactvar > lb->nactvar)
                closejump(fs, pc, lb->nactvar);
            /* Patched when the label's block ends, as in LuaJIT: that is
             * where a jump too long is reported. */
            nl_code_concat(fs, &lb->backjumps, pc);
            return;
        }
    }
    addgoto(ps, &ps->gt, name, pc, line);
}

/* Checked when the function ends, as LuaJIT does: "no loop to break". */
static void breakstat(ParseState *ps, int line)
{
    nl_FuncState *fs = ps->fs;
    int pc = nl_code_emit(fs, nl_bc_ad(NL_BC_JMP, fs->freereg, 0));
    addgoto(ps, &ps->gt, ps->breakname, pc, line);
}

/* Resolves the pending gotos of the current block that target label li. */
static void resolvegotos(ParseState *ps, int li)
{
    nl_FuncState *fs = ps->fs;
    GotoLabel lb = ps->lb.arr[li];
    for (int i = fs->bl->firstgoto; i < ps->gt.n;) {
        GotoLabel *g = &ps->gt.arr[i];
        if (g->name != lb.name) {
            i++;
            continue;
        }
        if (g->nactvar < lb.nactvar) {
            ps->ls.linenumber = g->line;
            const char *msg = nl_str_pushf(ps->ls.L, "<goto %s> jumps into the scope of local '%s'",
                                           g->name->data, getlocvar(fs, g->nactvar)->name->data);
            nl_lex_error(&ps->ls, msg, 0);
        }
        nl_code_patch(fs, g->pc, lb.pc); /* to the label here: when the next instruction comes */
        removegoto(&ps->gt, i);
    }
}

/* ::name:: and any labels right after it. Labels followed only by
 * the end of their block count as outside the block's locals (LuaJIT's
 * rule), so `goto continue` may skip local declarations. */
static void labelstat(ParseState *ps, nl_String *name, int line)
{
    nl_FuncState *fs = ps->fs;
    int first = ps->lb.n;
    for (;;) {
        for (int i = fs->bl->firstlabel; i < ps->lb.n; i++)
            if (ps->lb.arr[i].name == name) {
                ps->ls.linenumber = line;
                const char *msg = nl_str_pushf(ps->ls.L, "duplicate label '%s'", name->data);
                nl_lex_error(&ps->ls, msg, 0);
            }
        checknext(ps, NL_TK_DBCOLON);
        addgoto(ps, &ps->lb, name, nl_code_label(fs), line);
        if (ps->ls.t.token != NL_TK_DBCOLON)
            break;
        nl_lex_next(&ps->ls);
        line = ps->ls.linenumber;
        name = checkname(ps);
    }
    if (blockfollow(ps, false))
        for (int i = first; i < ps->lb.n; i++)
            ps->lb.arr[i].nactvar = fs->bl->nactvar;
    for (int i = first; i < ps->lb.n; i++)
        resolvegotos(ps, i);
}

/* ---- Functions ----------------------------------------------------------- */

static void open_func(ParseState *ps, nl_FuncState *fs)
{
    lua_State *L = ps->ls.L;
    memset(fs, 0, sizeof *fs);
    fs->L = L;
    fs->ls = &ps->ls;
    fs->ps = ps;
    fs->prev = ps->fs;
    fs->jpc = NL_CODE_NOJMP;
    fs->firstlabel = ps->lb.n;
    /* Anchor the prototype and the constant map while they are built. */
    nl_state_checkstack(L, 2);
    fs->p = nl_func_newproto(L);
    nl_state_push(L, nl_box_gcref(NL_ITYPE_PROTO, fs->p));
    fs->kt = nl_tab_new(L, 0, 0);
    nl_state_push(L, nl_box_table(fs->kt));
    fs->p->source = ps->ls.chunkname;
    ps->fs = fs;
}

/* Whether control can reach the end of the function: LuaJIT adds its final
 * return only then, so the line of 'end' is not active after a return. */
static bool needsfinalreturn(const nl_FuncState *fs)
{
    if (fs->pc == 0 || fs->pc <= fs->lasttarget)
        return true;
    switch (nl_bc_op(fs->p->code[fs->pc - 1])) {
    case NL_BC_RET: case NL_BC_RET0: case NL_BC_RET1: case NL_BC_RETM:
    case NL_BC_CALLT: case NL_BC_CALLMT:
        return false;
    default:
        return true;
    }
}

static void close_func(ParseState *ps)
{
    nl_FuncState *fs = ps->fs;
    lua_State *L = fs->L;
    nl_Proto *p = fs->p;
    /* D operands address 65536 constants and prototypes; like LuaJIT, the
     * limit is checked once the function is complete (its last line). */
    if (fs->nk > 0x10000 || fs->np > 0x10000)
        nl_code_errorlimit(fs, 0x10000, "constants");
    removevars(fs, 0);
    if (needsfinalreturn(fs))
        nl_code_emit(fs, nl_bc_ad(NL_BC_RET0, 0, 1));
    nl_code_shortenjumps(fs);
    p->code = nl_mem_resizevec(L, p->code, p->sizecode, fs->pc, nl_Ins);
    p->lineinfo = nl_mem_resizevec(L, p->lineinfo, p->sizecode, fs->pc, int32_t);
    p->sizecode = fs->pc;
    p->k = nl_mem_resizevec(L, p->k, p->sizek, fs->nk, nl_Value);
    p->sizek = fs->nk;
    p->p = nl_mem_resizevec(L, p->p, p->sizep, fs->np, nl_Proto *);
    p->sizep = fs->np;
    p->locvars = nl_mem_resizevec(L, p->locvars, p->sizelocvars, fs->nlocvars, nl_LocVar);
    p->sizelocvars = fs->nlocvars;
    p->upvalnames = nl_mem_newvec(L, fs->nuv, nl_String *);
    for (int i = 0; i < fs->nuv; i++)
        p->upvalnames[i] = fs->uv[i].name;
    p->nupvalues = fs->nuv;
    L->top -= 2;
    ps->fs = fs->prev;
}

/* Adds child to the enclosing function and emits its FNEW with one word per
 * upvalue: MOV 0 r (capture register r) or UGET 0 u (share upvalue u). */
static void codeclosure(ParseState *ps, nl_FuncState *child, nl_ExpDesc *e)
{
    nl_FuncState *fs = ps->fs;
    nl_Proto *p = fs->p;
    if (fs->np == p->sizep) {
        uint32_t sz = p->sizep ? p->sizep * 2 : 4;
        p->p = nl_mem_resizevec(fs->L, p->p, p->sizep, sz, nl_Proto *);
        memset(p->p + p->sizep, 0, (sz - p->sizep) * sizeof(nl_Proto *));
        p->sizep = sz;
    }
    p->p[fs->np] = child->p;
    initexp(e, NL_VRELOC, nl_code_emit(fs, nl_bc_ad(NL_BC_FNEW, 0, fs->np++)));
    for (int i = 0; i < child->nuv; i++)
        nl_code_emit(fs, nl_bc_ad(child->uv[i].instack ? NL_BC_MOV : NL_BC_UGET, 0,
                                  child->uv[i].idx));
}

static void body(ParseState *ps, nl_ExpDesc *e, bool ismethod, int line)
{
    nl_FuncState nfs;
    nl_BlockScope bl;
    open_func(ps, &nfs);
    nfs.p->linedefined = line;
    enterblock(&nfs, &bl, false);
    checknext(ps, '(');
    int nparams = 0;
    if (ismethod)
        new_localvar(ps, nl_str_newz(ps->ls.L, "self"), nparams++);
    if (ps->ls.t.token != ')') {
        do {
            if (ps->ls.t.token == NL_TK_NAME) {
                new_localvar(ps, checkname(ps), nparams++);
            } else if (ps->ls.t.token == NL_TK_DOTS) {
                nl_lex_next(&ps->ls);
                nfs.p->is_vararg = 1;
                break;
            } else {
                nl_lex_syntaxerror(&ps->ls, "<name> or '...' expected");
            }
        } while (testnext(ps, ','));
    }
    adjustlocalvars(&nfs, nparams);
    nfs.p->numparams = nfs.nactvar;
    nl_code_reserve(&nfs, nfs.nactvar);
    checknext(ps, ')');
    chunk(ps);
    nfs.p->lastlinedefined = ps->ls.linenumber;
    if (ps->ls.t.token != NL_TK_END)
        checkmatch(ps, NL_TK_END, NL_TK_FUNCTION, line);
    /* Finished before 'end' is skipped, as in LuaJIT: an error while
     * finishing (a jump too long) is reported near 'end', and the final
     * return has the line of 'end'. */
    ps->ls.lastline = ps->ls.linenumber;
    leaveblock(&nfs);
    close_func(ps);
    codeclosure(ps, &nfs, e);
    nl_lex_next(&ps->ls);
}

/* ---- Expressions --------------------------------------------------------- */

static int explist(ParseState *ps, nl_ExpDesc *v)
{
    int n = 1;
    expr(ps, v);
    while (testnext(ps, ',')) {
        nl_code_tonextreg(ps->fs, v);
        expr(ps, v);
        n++;
    }
    return n;
}

static void funcargs(ParseState *ps, nl_ExpDesc *f)
{
    nl_FuncState *fs = ps->fs;
    nl_LexState *ls = &ps->ls;
    int line = ls->linenumber;
    nl_ExpDesc args;
    fs->opencalls++;
    nl_code_reserve(fs, 0); /* LuaJIT's extra frame slot must fit */
    switch (ls->t.token) {
    case '(':
        if (line != ls->lastline)
            nl_lex_syntaxerror(ls, "ambiguous syntax (function call x new statement)");
        nl_lex_next(ls);
        if (ls->t.token == ')')
            nl_code_init(&args, NL_VVOID);
        else
            explist(ps, &args);
        checkmatch(ps, ')', '(', line);
        break;
    case '{':
        constructor(ps, &args);
        break;
    case NL_TK_STRING:
        strexp(&args, nl_string(ls->t.sem));
        nl_lex_next(ls);
        break;
    default:
        nl_lex_syntaxerror(ls, "function arguments expected");
    }
    int base = f->u.reg;
    nl_Ins ins;
    if (nl_code_ismulti(&args)) {
        nl_code_setreturns(fs, &args, -1);
        ins = nl_bc_abc(NL_BC_CALLM, base, 2, fs->freereg - base - 1);
    } else {
        if (args.k != NL_VVOID)
            nl_code_tonextreg(fs, &args);
        ins = nl_bc_abc(NL_BC_CALL, base, 2, fs->freereg - base);
    }
    initexp(f, NL_VCALL, nl_code_emit(fs, ins));
    nl_code_fixline(fs, line);
    fs->freereg = (uint8_t)(base + 1);
    fs->opencalls--;
}

static void primaryexp(ParseState *ps, nl_ExpDesc *v)
{
    nl_LexState *ls = &ps->ls;
    if (ls->t.token == NL_TK_NAME) {
        singlevar(ps, v);
    } else if (ls->t.token == '(') {
        int line = ls->linenumber;
        nl_lex_next(ls);
        expr(ps, v);
        checkmatch(ps, ')', '(', line);
        nl_code_dischargevars(ps->fs, v); /* truncates calls and ... to one value */
    } else {
        nl_lex_syntaxerror(ls, "unexpected symbol");
    }
}

static void field(ParseState *ps, nl_ExpDesc *v)
{
    nl_ExpDesc key;
    nl_code_toanyreg(ps->fs, v);
    nl_lex_next(&ps->ls); /* '.' or ':' */
    strexp(&key, checkname(ps));
    nl_code_indexed(ps->fs, v, &key);
}

static void suffixedexp(ParseState *ps, nl_ExpDesc *v)
{
    nl_FuncState *fs = ps->fs;
    nl_LexState *ls = &ps->ls;
    primaryexp(ps, v);
    for (;;) {
        switch (ls->t.token) {
        case '.':
            field(ps, v);
            break;
        case '[': {
            nl_ExpDesc key;
            nl_code_toanyreg(fs, v);
            nl_lex_next(ls);
            expr(ps, &key);
            nl_code_toval(fs, &key);
            checknext(ps, ']');
            nl_code_indexed(fs, v, &key);
            break;
        }
        case ':':
            nl_lex_next(ls);
            fs->opencalls++; /* the object goes above LuaJIT's frame slot */
            nl_code_self(fs, v, checkname(ps));
            fs->opencalls--;
            funcargs(ps, v);
            break;
        case '(':
        case NL_TK_STRING:
        case '{':
            nl_code_tonextreg(fs, v);
            funcargs(ps, v);
            break;
        default:
            return;
        }
    }
}

/* Template values: constants, nil included. */
static bool templatevalue(const nl_ExpDesc *e, nl_Value *out)
{
    if (nl_code_hasjumps(e))
        return false;
    switch (e->k) {
    case NL_VNIL: *out = NL_NIL; return true;
    case NL_VFALSE: *out = NL_FALSE; return true;
    case NL_VTRUE: *out = NL_TRUE; return true;
    case NL_VKSTR: *out = nl_box_string(e->u.s); return true;
    case NL_VKNUM: *out = nl_box_number(e->u.n); return true;
    default: return false;
    }
}

/* A constructor in progress. The table's sizes are LuaJIT's, so that `#`
 * and the order of next() come out the same: na and nh count the array
 * items and the other entries parsed so far, as LuaJIT's parser does. */
typedef struct Cons {
    nl_ExpDesc t;     /* the table, in a register */
    nl_Table *tpl;    /* template for TDUP, made on the first constant entry */
    uint32_t tk;      /* its constant index */
    uint32_t na, nh;  /* array items and hash entries ([0] = is neither) */
    bool needarr;     /* an array part: array items or a [0] key */
    bool placeholder; /* the template holds keys waiting for run-time values */
} Cons;

static void settemplate(ParseState *ps, Cons *c, nl_Value key, nl_Value val)
{
    if (!c->tpl) {
        c->tpl = nl_tab_new(ps->ls.L, c->needarr ? c->na : 0, c->nh);
        c->tk = nl_code_tabk(ps->fs, c->tpl);
    }
    *nl_tab_set(ps->ls.L, c->tpl, key) = val;
}

/* t[key] = val, key and val parsed: into the template when both are
 * constant. A constant string key with a value computed at run time still
 * gets its place in the template (holding the template itself until the
 * constructor ends), as in LuaJIT. */
static void consstore(ParseState *ps, Cons *c, nl_ExpDesc *key, nl_ExpDesc *val)
{
    nl_FuncState *fs = ps->fs;
    nl_Value kv, vv;
    if (key->k != NL_VNIL && templatevalue(key, &kv)) {
        if (templatevalue(val, &vv)) {
            settemplate(ps, c, kv, vv);
            return;
        }
        if (key->k == NL_VKSTR) {
            settemplate(ps, c, kv, NL_NIL);
            *nl_tab_set(ps->ls.L, c->tpl, kv) = nl_box_table(c->tpl);
            c->placeholder = true;
        }
    }
    nl_ExpDesc tab = c->t;
    nl_code_indexed(fs, &tab, key);
    nl_code_store(fs, &tab, val);
    fs->freereg = (uint8_t)(c->t.u.reg + 1);
}

static void arrayitem(ParseState *ps, Cons *c, nl_ExpDesc *val, uint32_t idx)
{
    nl_ExpDesc key;
    nl_code_init(&key, NL_VKNUM);
    key.u.n = idx;
    consstore(ps, c, &key, val);
}

/* Turns the template's placeholders into dead keys. */
static void clearplaceholders(nl_Table *tpl)
{
    for (size_t i = 0; i < nl_tab_hashsize(tpl); i++)
        if (nl_is_table(tpl->node[i].val) && nl_table(tpl->node[i].val) == tpl)
            tpl->node[i].val = NL_NIL;
}

static void constructor(ParseState *ps, nl_ExpDesc *t)
{
    nl_FuncState *fs = ps->fs;
    nl_LexState *ls = &ps->ls;
    int line = ls->linenumber;
    int pc = nl_code_emit(fs, nl_bc_ad(NL_BC_TNEW, fs->freereg, 0));
    Cons c = {.tpl = NULL, .tk = 0, .na = 0, .nh = 0, .needarr = false, .placeholder = false};
    initexp(&c.t, NL_VNONRELOC, fs->freereg);
    nl_code_reserve(fs, 1);
    checknext(ps, '{');
    nl_ExpDesc pend; /* last array item, kept back: it may be multi-valued */
    bool haspend = false;
    while (ls->t.token != '}') {
        if (haspend) {
            arrayitem(ps, &c, &pend, c.na);
            haspend = false;
        }
        if (ls->t.token == NL_TK_NAME && nl_lex_lookahead(ls) == '=') {
            nl_ExpDesc key, val;
            strexp(&key, checkname(ps));
            checknext(ps, '=');
            c.nh++;
            expr(ps, &val);
            consstore(ps, &c, &key, &val);
        } else if (ls->t.token == '[') {
            nl_ExpDesc key, val;
            nl_lex_next(ls);
            expr(ps, &key);
            nl_code_toval(fs, &key);
            checknext(ps, ']');
            checknext(ps, '=');
            if (!nl_code_isconst(&key))
                nl_code_toanyreg(fs, &key); /* evaluated before the value */
            if (key.k == NL_VKNUM && key.u.n == 0)
                c.needarr = true; /* LuaJIT's array part has a slot for 0 */
            else
                c.nh++;
            expr(ps, &val);
            consstore(ps, &c, &key, &val);
        } else {
            c.na++;
            c.needarr = true;
            expr(ps, &pend);
            haspend = true;
        }
        if (!testnext(ps, ',') && !testnext(ps, ';'))
            break;
    }
    checkmatch(ps, '}', '{', line);
    if (haspend) {
        if (nl_code_ismulti(&pend)) {
            nl_code_setreturns(fs, &pend, -1);
            unsigned base = nl_bc_a(fs->p->code[pend.u.pc]);
            nl_code_emit(fs, nl_bc_ad(NL_BC_TSETM, base, nl_code_numk(fs, c.na)));
            fs->freereg = (uint8_t)(c.t.u.reg + 1);
        } else {
            arrayitem(ps, &c, &pend, c.na);
        }
    }
    nl_Ins *ip = &fs->p->code[pc];
    if (c.tpl) {
        /* LuaJIT sizes the template's array part for the array items and
         * slot 0. With a [0] key but no items that is slot 0 alone, which
         * has no counterpart here: a slot for key 1 comes closest (0 is then
         * visited first, as there; only next(t, 1) with 1 absent differs). */
        uint32_t asize = c.na > 0 ? c.na : 1;
        if (c.needarr && c.tpl->asize < asize)
            nl_tab_resize_array(ls->L, c.tpl, asize);
        if (c.placeholder)
            clearplaceholders(c.tpl);
        *ip = nl_bc_ad(NL_BC_TDUP, nl_bc_a(*ip), c.tk);
    } else {
        /* LuaJIT: at least two array slots when there is an array part */
        unsigned asz = !c.needarr ? 0 : c.na < 2 ? 2 : c.na;
        if (asz > NL_BC_TNEW_AMAX - 1)
            asz = NL_BC_TNEW_AMAX - 1;
        unsigned hbits = 0;
        while (c.nh > 0 && (1u << hbits) < c.nh)
            hbits++;
        unsigned h = c.nh ? hbits + 1 : 0;
        *ip = nl_bc_ad(NL_BC_TNEW, nl_bc_a(*ip), asz | (h > NL_BC_TNEW_HMAX ? NL_BC_TNEW_HMAX : h) << 11);
    }
    *t = c.t;
}

static void simpleexp(ParseState *ps, nl_ExpDesc *v)
{
    nl_LexState *ls = &ps->ls;
    nl_FuncState *fs = ps->fs;
    switch (ls->t.token) {
    case NL_TK_NUMBER:
        nl_code_init(v, NL_VKNUM);
        v->u.n = nl_number(ls->t.sem);
        break;
    case NL_TK_STRING:
        strexp(v, nl_string(ls->t.sem));
        break;
    case NL_TK_NIL:
        nl_code_init(v, NL_VNIL);
        break;
    case NL_TK_TRUE:
        nl_code_init(v, NL_VTRUE);
        break;
    case NL_TK_FALSE:
        nl_code_init(v, NL_VFALSE);
        break;
    case NL_TK_DOTS:
        if (!fs->p->is_vararg)
            nl_lex_syntaxerror(ls, "cannot use '...' outside a vararg function");
        initexp(v, NL_VVARARG,
                nl_code_emit(fs, nl_bc_abc(NL_BC_VARG, 0, 2, fs->p->numparams)));
        break;
    case '{':
        constructor(ps, v);
        return;
    case NL_TK_FUNCTION: {
        int line = ls->linenumber;
        nl_lex_next(ls);
        body(ps, v, false, line);
        return;
    }
    default:
        suffixedexp(ps, v);
        return;
    }
    nl_lex_next(ls);
}

static nl_UnOpr unopr(int token)
{
    switch (token) {
    case NL_TK_NOT: return NL_OPR_NOT;
    case '-': return NL_OPR_MINUS;
    case '#': return NL_OPR_LEN;
    default: return NL_OPR_NOUNOPR;
    }
}

static nl_BinOpr binopr(int token)
{
    switch (token) {
    case '+': return NL_OPR_ADD;
    case '-': return NL_OPR_SUB;
    case '*': return NL_OPR_MUL;
    case '/': return NL_OPR_DIV;
    case '%': return NL_OPR_MOD;
    case '^': return NL_OPR_POW;
    case NL_TK_CONCAT: return NL_OPR_CONCAT;
    case NL_TK_NE: return NL_OPR_NE;
    case NL_TK_EQ: return NL_OPR_EQ;
    case '<': return NL_OPR_LT;
    case NL_TK_LE: return NL_OPR_LE;
    case '>': return NL_OPR_GT;
    case NL_TK_GE: return NL_OPR_GE;
    case NL_TK_AND: return NL_OPR_AND;
    case NL_TK_OR: return NL_OPR_OR;
    default: return NL_OPR_NONE;
    }
}

/* Left and right priorities; right < left makes an operator right-associative. */
static const struct { uint8_t left, right; } priority[] = {
    {6, 6}, {6, 6}, {7, 7}, {7, 7}, {7, 7}, /* + - * / % */
    {10, 9}, {5, 4},                        /* ^ .. */
    {3, 3}, {3, 3}, {3, 3}, {3, 3}, {3, 3}, {3, 3}, /* comparisons */
    {2, 2}, {1, 1}                          /* and or */
};
#define UNARY_PRIORITY 8

/* Parses operators binding tighter than limit; returns the first operator
 * that does not. */
static nl_BinOpr subexpr(ParseState *ps, nl_ExpDesc *v, int limit)
{
    enterlevel(ps);
    nl_UnOpr uop = unopr(ps->ls.t.token);
    if (uop != NL_OPR_NOUNOPR) {
        nl_lex_next(&ps->ls);
        subexpr(ps, v, UNARY_PRIORITY);
        nl_code_prefix(ps->fs, uop, v);
    } else {
        simpleexp(ps, v);
    }
    nl_BinOpr op = binopr(ps->ls.t.token);
    while (op != NL_OPR_NONE && priority[op].left > limit) {
        nl_ExpDesc v2;
        nl_lex_next(&ps->ls);
        nl_code_infix(ps->fs, op, v);
        nl_BinOpr next = subexpr(ps, &v2, priority[op].right);
        nl_code_posfix(ps->fs, op, v, &v2);
        op = next;
    }
    ps->level--;
    return op;
}

static void expr(ParseState *ps, nl_ExpDesc *v) { subexpr(ps, v, 0); }

/* ---- Statements ---------------------------------------------------------- */

/* Evaluates a condition; returns the jumps taken when it is false. */
static int cond(ParseState *ps)
{
    nl_ExpDesc v;
    expr(ps, &v);
    if (v.k == NL_VNIL)
        v.k = NL_VFALSE;
    nl_code_goiftrue(ps->fs, &v);
    return v.f;
}

static void adjust_assign(nl_FuncState *fs, int nvars, int nexps, nl_ExpDesc *e)
{
    int extra = nvars - nexps;
    if (nl_code_ismulti(e)) {
        extra++;
        if (extra < 0)
            extra = 0;
        nl_code_setreturns(fs, e, extra);
        if (extra > 1)
            nl_code_reserve(fs, extra - 1);
    } else {
        if (e->k != NL_VVOID)
            nl_code_tonextreg(fs, e);
        if (extra > 0) {
            int reg = fs->freereg;
            nl_code_reserve(fs, extra);
            nl_code_nil(fs, reg, extra);
        }
    }
}

typedef struct LHS {
    struct LHS *prev;
    nl_ExpDesc v;
} LHS;

/* In `a[i], i = ...` the local i is assigned before a[i] is stored (stores
 * run right to left): make the earlier targets index through a copy. */
static void checkconflict(ParseState *ps, LHS *lh, const nl_ExpDesc *v)
{
    nl_FuncState *fs = ps->fs;
    int extra = fs->freereg;
    bool conflict = false;
    for (; lh; lh = lh->prev) {
        if (lh->v.k != NL_VINDEXED)
            continue;
        if (lh->v.u.ix.t == v->u.reg) {
            conflict = true;
            lh->v.u.ix.t = (uint8_t)extra;
        }
        if (lh->v.u.ix.kind == NL_KEY_VAR && lh->v.u.ix.key == v->u.reg) {
            conflict = true;
            lh->v.u.ix.key = (uint8_t)extra;
        }
    }
    if (conflict) {
        nl_code_emit(fs, nl_bc_ad(NL_BC_MOV, extra, (unsigned)v->u.reg));
        nl_code_reserve(fs, 1);
    }
}

static void assignment(ParseState *ps, LHS *lh, int nvars)
{
    nl_FuncState *fs = ps->fs;
    nl_ExpDesc e;
    if (!(lh->v.k >= NL_VLOCAL && lh->v.k <= NL_VINDEXED))
        nl_lex_syntaxerror(&ps->ls, "syntax error");
    if (testnext(ps, ',')) {
        LHS nv;
        nv.prev = lh;
        suffixedexp(ps, &nv.v);
        if (nv.v.k == NL_VLOCAL)
            checkconflict(ps, lh, &nv.v);
        if (ps->level + nvars >= MAX_LEVEL)
            nl_code_errorlimit(fs, MAX_LEVEL, "variable names");
        assignment(ps, &nv, nvars + 1);
    } else {
        checknext(ps, '=');
        int nexps = explist(ps, &e);
        if (nexps == nvars) {
            nl_code_dischargevars(fs, &e); /* calls and ... give one value */
            nl_code_store(fs, &lh->v, &e);
            return;
        }
        adjust_assign(fs, nvars, nexps, &e);
        if (nexps > nvars)
            fs->freereg -= (uint8_t)(nexps - nvars);
    }
    initexp(&e, NL_VNONRELOC, fs->freereg - 1);
    nl_code_store(fs, &lh->v, &e);
}

static void exprstat(ParseState *ps)
{
    LHS v;
    suffixedexp(ps, &v.v);
    if (v.v.k == NL_VCALL) {
        nl_Ins *ip = &ps->fs->p->code[v.v.u.pc];
        *ip = nl_bc_setb(*ip, 1); /* no results */
    } else {
        v.prev = NULL;
        assignment(ps, &v, 1);
    }
}

static void localfunc(ParseState *ps, int line)
{
    nl_FuncState *fs = ps->fs;
    nl_ExpDesc v, b;
    new_localvar(ps, checkname(ps), 0);
    initexp(&v, NL_VLOCAL, fs->freereg);
    nl_code_reserve(fs, 1);
    adjustlocalvars(fs, 1);
    body(ps, &b, false, line);
    nl_code_store(fs, &v, &b);
}

static void localstat(ParseState *ps)
{
    nl_FuncState *fs = ps->fs;
    int nvars = 0, nexps;
    nl_ExpDesc e;
    do {
        new_localvar(ps, checkname(ps), nvars++);
    } while (testnext(ps, ','));
    if (testnext(ps, '=')) {
        nexps = explist(ps, &e);
    } else {
        nl_code_init(&e, NL_VVOID);
        nexps = 0;
    }
    adjust_assign(fs, nvars, nexps, &e);
    adjustlocalvars(fs, nvars);
}

static void funcstat(ParseState *ps, int line)
{
    nl_ExpDesc v, b;
    bool ismethod = false;
    nl_lex_next(&ps->ls);
    singlevar(ps, &v);
    while (ps->ls.t.token == '.')
        field(ps, &v);
    if (ps->ls.t.token == ':') {
        ismethod = true;
        field(ps, &v);
    }
    body(ps, &b, ismethod, line);
    nl_code_store(ps->fs, &v, &b);
    nl_code_fixline(ps->fs, line);
}

static void retstat(ParseState *ps)
{
    nl_FuncState *fs = ps->fs;
    nl_ExpDesc e;
    if (blockfollow(ps, true) || ps->ls.t.token == ';') {
        nl_code_emit(fs, nl_bc_ad(NL_BC_RET0, 0, 1));
    } else {
        int base = fs->freereg;
        int nret = explist(ps, &e);
        if (nl_code_ismulti(&e)) {
            nl_code_setreturns(fs, &e, -1);
            nl_Ins *ip = &fs->p->code[e.u.pc];
            if (e.k == NL_VCALL && nret == 1) {
                bool multi = nl_bc_op(*ip) == NL_BC_CALLM;
                *ip = nl_bc_ad(multi ? NL_BC_CALLMT : NL_BC_CALLT, nl_bc_a(*ip), nl_bc_c(*ip));
            } else {
                nl_code_emit(fs, nl_bc_ad(NL_BC_RETM, base, (unsigned)(nret - 1)));
            }
        } else if (nret == 1) {
            int r = nl_code_toanyreg(fs, &e);
            nl_code_emit(fs, nl_bc_ad(NL_BC_RET1, r, 2));
        } else {
            nl_code_tonextreg(fs, &e);
            nl_code_emit(fs, nl_bc_ad(NL_BC_RET, base, (unsigned)(nret + 1)));
        }
    }
}

static void whilestat(ParseState *ps, int line)
{
    nl_FuncState *fs = ps->fs;
    nl_BlockScope bl;
    nl_lex_next(&ps->ls);
    int start = nl_code_label(fs);
    int exit = cond(ps);
    enterblock(fs, &bl, true);
    checknext(ps, NL_TK_DO);
    block(ps);
    nl_code_patch(fs, nl_code_jump(fs), start);
    checkmatch(ps, NL_TK_END, NL_TK_WHILE, line);
    leaveblock(fs);
    nl_code_patchhere(fs, exit);
}

static void repeatstat(ParseState *ps, int line)
{
    nl_FuncState *fs = ps->fs;
    nl_BlockScope loop, scope;
    int start = nl_code_label(fs);
    enterblock(fs, &loop, true);
    enterblock(fs, &scope, false);
    nl_lex_next(&ps->ls);
    chunk(ps);
    checkmatch(ps, NL_TK_UNTIL, NL_TK_REPEAT, line);
    int again = cond(ps); /* the condition sees the body's locals */
    if (!scope.upval) {
        leaveblock(fs);
        nl_code_patch(fs, again, start);
    } else {
        /* Both ways out close the body's upvalues: UCLO jumps. */
        int exit = nl_code_emit(fs, nl_bc_ad(NL_BC_UCLO, scope.nactvar, 0));
        nl_code_patchhere(fs, again);
        int back = nl_code_emit(fs, nl_bc_ad(NL_BC_UCLO, scope.nactvar, 0));
        nl_code_fixjump(fs, back, start);
        leaveblock(fs);
        nl_code_patchhere(fs, exit);
    }
    leaveblock(fs);
}

/* Loop body of both for statements: base holds the 3 control registers. */
static void forbody(ParseState *ps, int base, int line, int nvars, bool isnum)
{
    nl_FuncState *fs = ps->fs;
    nl_BlockScope bl;
    adjustlocalvars(fs, 3);
    checknext(ps, NL_TK_DO);
    int prep = isnum ? nl_code_emit(fs, nl_bc_ad(NL_BC_FORI, base, 0))
                     : nl_code_emit(fs, nl_bc_ad(NL_BC_JMP, fs->freereg, 0));
    enterblock(fs, &bl, false);
    adjustlocalvars(fs, nvars);
    nl_code_reserve(fs, nvars);
    chunk(ps);
    if (bl.upval)
        nl_code_emit(fs, nl_bc_ad(NL_BC_UCLO, bl.nactvar, NL_BC_BIAS));
    leaveblock(fs);
    if (isnum) {
        int endfor = nl_code_emit(fs, nl_bc_ad(NL_BC_FORL, base, 0));
        nl_code_fixjump(fs, endfor, prep + 1);
        nl_code_fixjump(fs, prep, endfor + 1);
    } else {
        nl_code_fixjump(fs, prep, nl_code_label(fs));
        nl_code_emit(fs, nl_bc_abc(NL_BC_ITERC, base + 3, nvars + 1, 3));
        nl_code_fixline(fs, line);
        int endfor = nl_code_emit(fs, nl_bc_ad(NL_BC_ITERL, base + 3, 0));
        nl_code_fixjump(fs, endfor, prep + 1);
    }
    nl_code_fixline(fs, line);
}

static void exp1(ParseState *ps)
{
    nl_ExpDesc e;
    expr(ps, &e);
    nl_code_tonextreg(ps->fs, &e);
}

static void fornum(ParseState *ps, nl_String *varname, int line)
{
    nl_FuncState *fs = ps->fs;
    int base = fs->freereg;
    lua_State *L = ps->ls.L;
    new_localvar(ps, nl_str_newz(L, "(for index)"), 0);
    new_localvar(ps, nl_str_newz(L, "(for limit)"), 1);
    new_localvar(ps, nl_str_newz(L, "(for step)"), 2);
    new_localvar(ps, varname, 3);
    checknext(ps, '=');
    exp1(ps);
    checknext(ps, ',');
    exp1(ps);
    if (testnext(ps, ',')) {
        exp1(ps);
    } else {
        nl_code_emit(fs, nl_bc_ad(NL_BC_KSHORT, fs->freereg, 1 + NL_BC_BIAS));
        nl_code_reserve(fs, 1);
    }
    forbody(ps, base, line, 1, true);
}

static void forlist(ParseState *ps, nl_String *first)
{
    nl_FuncState *fs = ps->fs;
    lua_State *L = ps->ls.L;
    int base = fs->freereg;
    int nvars = 0;
    nl_ExpDesc e;
    new_localvar(ps, nl_str_newz(L, "(for generator)"), nvars++);
    new_localvar(ps, nl_str_newz(L, "(for state)"), nvars++);
    new_localvar(ps, nl_str_newz(L, "(for control)"), nvars++);
    new_localvar(ps, first, nvars++);
    while (testnext(ps, ','))
        new_localvar(ps, checkname(ps), nvars++);
    checknext(ps, NL_TK_IN);
    /* A failing iterator call reports where the expressions start, as LuaJIT does. */
    int exprline = ps->ls.linenumber;
    adjust_assign(fs, 3, explist(ps, &e), &e);
    /* ITERC needs three registers for its call above the control slots. */
    nl_code_reserve(fs, 3);
    fs->freereg -= 3;
    forbody(ps, base, exprline, nvars - 3, false);
}

static void forstat(ParseState *ps, int line)
{
    nl_FuncState *fs = ps->fs;
    nl_BlockScope bl;
    enterblock(fs, &bl, true);
    nl_lex_next(&ps->ls);
    nl_String *name = checkname(ps);
    switch (ps->ls.t.token) {
    case '=':
        fornum(ps, name, line);
        break;
    case ',':
    case NL_TK_IN:
        forlist(ps, name);
        break;
    default:
        nl_lex_syntaxerror(&ps->ls, "'=' or 'in' expected");
    }
    checkmatch(ps, NL_TK_END, NL_TK_FOR, line);
    leaveblock(fs);
}

static void test_then_block(ParseState *ps, int *escapelist)
{
    nl_FuncState *fs = ps->fs;
    nl_lex_next(&ps->ls); /* if or elseif */
    int condexit = cond(ps);
    checknext(ps, NL_TK_THEN);
    block(ps);
    if (ps->ls.t.token == NL_TK_ELSE || ps->ls.t.token == NL_TK_ELSEIF)
        nl_code_concat(fs, escapelist, nl_code_jump(fs));
    nl_code_patchhere(fs, condexit);
}

static void ifstat(ParseState *ps, int line)
{
    int escapelist = NL_CODE_NOJMP;
    test_then_block(ps, &escapelist);
    while (ps->ls.t.token == NL_TK_ELSEIF)
        test_then_block(ps, &escapelist);
    if (testnext(ps, NL_TK_ELSE))
        block(ps);
    checkmatch(ps, NL_TK_END, NL_TK_IF, line);
    nl_code_patchhere(ps->fs, escapelist);
}

/* Returns true for statements that must end their block (return, break). */
static bool statement(ParseState *ps)
{
    nl_LexState *ls = &ps->ls;
    int line = ls->linenumber;
    switch (ls->t.token) {
    case NL_TK_IF:
        ifstat(ps, line);
        break;
    case NL_TK_WHILE:
        whilestat(ps, line);
        break;
    case NL_TK_DO:
        nl_lex_next(ls);
        block(ps);
        checkmatch(ps, NL_TK_END, NL_TK_DO, line);
        break;
    case NL_TK_FOR:
        forstat(ps, line);
        break;
    case NL_TK_REPEAT:
        repeatstat(ps, line);
        break;
    case NL_TK_FUNCTION:
        funcstat(ps, line);
        break;
    case NL_TK_LOCAL:
        nl_lex_next(ls);
        if (testnext(ps, NL_TK_FUNCTION))
            localfunc(ps, line);
        else
            localstat(ps);
        break;
    case NL_TK_DBCOLON:
        nl_lex_next(ls);
        labelstat(ps, checkname(ps), line);
        break;
    case NL_TK_RETURN:
        nl_lex_next(ls);
        retstat(ps);
        return true;
    case NL_TK_BREAK:
        nl_lex_next(ls);
        breakstat(ps, line);
        return true;
    case NL_TK_NAME:
        if (nl_lex_isgoto(ls->t.sem) && nl_lex_lookahead(ls) == NL_TK_NAME &&
            !nl_lex_isgoto(ls->la.sem)) {
            nl_lex_next(ls);
            gotostat(ps, checkname(ps), line);
            break;
        }
        exprstat(ps);
        break;
    default:
        exprstat(ps);
        break;
    }
    return false;
}

static void chunk(ParseState *ps)
{
    enterlevel(ps);
    while (!blockfollow(ps, true)) {
        bool last = statement(ps);
        testnext(ps, ';');
        ps->fs->freereg = ps->fs->nactvar;
        if (last)
            break;
    }
    ps->level--;
}

/* ---- Entry --------------------------------------------------------------- */

static void parse_main(lua_State *L, void *ud)
{
    ParseState *ps = ud;
    nl_FuncState fs;
    nl_BlockScope bl;
    nl_lex_init(L, &ps->ls, ps->reader, ps->ud, nl_str_newz(L, ps->chunkname));
    ps->breakname = nl_str_newz(L, "break");
    nl_lex_next(&ps->ls);
    open_func(ps, &fs);
    fs.p->is_vararg = 1;
    enterblock(&fs, &bl, false);
    chunk(ps);
    check(ps, NL_TK_EOF);
    fs.p->lastlinedefined = ps->ls.linenumber;
    leaveblock(&fs);
    close_func(ps);
    ps->result = fs.p;
    nl_state_checkstack(L, 1);
    nl_state_push(L, nl_box_gcref(NL_ITYPE_PROTO, fs.p));
}

nl_Proto *nl_parse(lua_State *L, nl_LexReader reader, void *ud, const char *chunkname)
{
    ParseState ps;
    memset(&ps, 0, sizeof ps);
    ps.ls.L = L;
    ps.reader = reader;
    ps.ud = ud;
    ps.chunkname = chunkname;
    int status = nl_err_protect(L, parse_main, &ps);
    nl_lex_free(&ps.ls);
    nl_mem_freevec(L, ps.gt.arr, (size_t)ps.gt.size, GotoLabel);
    nl_mem_freevec(L, ps.lb.arr, (size_t)ps.lb.size, GotoLabel);
    if (status != NL_OK)
        nl_err_throw(L, status);
    return ps.result;
}
