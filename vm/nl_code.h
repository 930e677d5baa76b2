/*
 * nl_code.h -- the code generator the parser drives: expression descriptors,
 * register allocation, jump lists and constant folding.
 *
 * An expression is kept in a descriptor (nl_ExpDesc) for as long as possible
 * and only "discharged" into a register when its consumer needs one, so that
 * constants go straight into the K/N/S/P operands and `x = y` is one MOV.
 *
 * Jump lists: the D field of each jump in a list holds the offset to the next
 * jump of the list, NL_CODE_NOJMP ends it. Conditional jumps are a test (or
 * comparison) followed by JMP; a list of jumps whose tests are IST/ISF can be
 * turned into ISTC/ISFC that also deliver the tested value (for `and`/`or`).
 */
#ifndef NL_CODE_H
#define NL_CODE_H

#include <stdbool.h>
#include <stdint.h>

#include "nl_bc.h"
#include "nl_func.h"
#include "nl_lex.h"

#define NL_CODE_NOJMP (-1)
/* A register number meaning "no register". */
#define NL_CODE_NOREG 0xff
#define NL_CODE_MAXLOCALS 200
#define NL_CODE_MAXUPVALS 60

typedef enum {
    NL_VVOID,     /* no value (empty expression list) */
    NL_VNIL, NL_VFALSE, NL_VTRUE,
    NL_VKSTR,     /* u.s */
    NL_VKNUM,     /* u.n */
    NL_VLOCAL,    /* u.reg: an active local */
    NL_VUPVAL,    /* u.uv */
    NL_VGLOBAL,   /* u.s: the name */
    NL_VINDEXED,  /* u.ix */
    NL_VJMP,      /* u.pc: the JMP of a comparison, taken when it holds */
    NL_VRELOC,    /* u.pc: instruction whose A is still to be chosen */
    NL_VNONRELOC, /* u.reg: value in a fixed register */
    NL_VCALL,     /* u.pc: CALL/CALLM, A its base */
    NL_VVARARG    /* u.pc: VARG */
} nl_ExpKind;

/* How an indexed expression's key is held. */
enum { NL_KEY_VAR, NL_KEY_STR, NL_KEY_BYTE };

typedef struct nl_ExpDesc {
    nl_ExpKind k;
    union {
        nl_String *s;
        double n;
        int reg, uv, pc;
        struct {
            uint8_t t;    /* table register */
            uint8_t kind; /* NL_KEY_* */
            uint8_t key;  /* register, string constant or byte literal */
        } ix;
    } u;
    int t, f; /* jump lists: taken when the value is true / false */
} nl_ExpDesc;

typedef struct nl_BlockScope {
    struct nl_BlockScope *prev;
    int firstlabel, firstgoto; /* in nl_ParseState's lists */
    uint8_t nactvar;           /* active locals outside the block */
    bool upval;                /* a local of the block is captured */
    bool isloop;               /* `break` ends here */
} nl_BlockScope;

typedef struct nl_UvDesc {
    nl_String *name;
    uint8_t instack; /* 1: register idx of the enclosing function */
    uint8_t idx;     /* else its upvalue idx */
} nl_UvDesc;

struct nl_ParseState;

typedef struct nl_FuncState {
    nl_Proto *p; /* code, lineinfo, k, p, locvars grow in place */
    struct nl_FuncState *prev;
    struct nl_ParseState *ps;
    nl_LexState *ls;
    lua_State *L;
    nl_Table *kt; /* constant -> index, to share constants */
    nl_BlockScope *bl;
    uint32_t pc, nk, np, nlocvars;
    uint32_t lasttarget; /* pc of the last jump target */
    int jpc;             /* jumps to the next instruction */
    int firstlabel;      /* this function's labels start here */
    uint8_t freereg, nactvar, nuv;
    /* Calls whose arguments are being parsed: LuaJIT's frames hold one
     * more slot for each, counted against its register limit. */
    int opencalls;
    uint16_t actvar[NL_CODE_MAXLOCALS]; /* locvars index of each active local */
    nl_UvDesc uv[NL_CODE_MAXUPVALS];
} nl_FuncState;

static inline void nl_code_init(nl_ExpDesc *e, nl_ExpKind k)
{
    e->k = k;
    e->t = e->f = NL_CODE_NOJMP;
}

int nl_code_emit(nl_FuncState *fs, nl_Ins ins);
/* Sets the line of the last instruction. */
void nl_code_fixline(nl_FuncState *fs, int line);

/* Constants (deduplicated). */
/* Raises "main function has more than <limit> <what>" (or "function at
 * line N ..."), LuaJIT's message for a per-function limit. */
_Noreturn void nl_code_errorlimit(nl_FuncState *fs, int limit, const char *what);
uint32_t nl_code_numk(nl_FuncState *fs, double n);
uint32_t nl_code_strk(nl_FuncState *fs, nl_String *s);
/* A new template table constant for TDUP. */
uint32_t nl_code_tabk(nl_FuncState *fs, nl_Table *t);

/* Reserves n registers; "function or expression too complex" when the
 * frame would reach LuaJIT's 250 slots, its own slots counted (opencalls). */
void nl_code_reserve(nl_FuncState *fs, int n);
void nl_code_nil(nl_FuncState *fs, int from, int n);

/* Jumps. */
int nl_code_jump(nl_FuncState *fs);
int nl_code_label(nl_FuncState *fs);
void nl_code_patch(nl_FuncState *fs, int list, int target);
void nl_code_patchhere(nl_FuncState *fs, int list);
void nl_code_concat(nl_FuncState *fs, int *l1, int l2);
/* Points a single jump at target; raises "control structure too long". */
void nl_code_fixjump(nl_FuncState *fs, int pc, int target);
/* Once a function's code is complete: jumps to jumps go to the final target. */
void nl_code_shortenjumps(nl_FuncState *fs);

/* Discharging expressions. */
void nl_code_dischargevars(nl_FuncState *fs, nl_ExpDesc *e);
void nl_code_tonextreg(nl_FuncState *fs, nl_ExpDesc *e);
int nl_code_toanyreg(nl_FuncState *fs, nl_ExpDesc *e);
void nl_code_toval(nl_FuncState *fs, nl_ExpDesc *e);
void nl_code_toreg(nl_FuncState *fs, nl_ExpDesc *e, int reg);
void nl_code_freeexp(nl_FuncState *fs, nl_ExpDesc *e);
bool nl_code_hasjumps(const nl_ExpDesc *e);
bool nl_code_isconst(const nl_ExpDesc *e);

/* Multiple results: n >= 0 results, or -1 for all (MULTRES). */
void nl_code_setreturns(nl_FuncState *fs, nl_ExpDesc *e, int n);
static inline bool nl_code_ismulti(const nl_ExpDesc *e) { return e->k == NL_VCALL || e->k == NL_VVARARG; }

void nl_code_indexed(nl_FuncState *fs, nl_ExpDesc *t, nl_ExpDesc *key);
void nl_code_self(nl_FuncState *fs, nl_ExpDesc *e, nl_String *name);
void nl_code_store(nl_FuncState *fs, nl_ExpDesc *var, nl_ExpDesc *val);

/* Conditions: continue when true (false), jump otherwise. */
void nl_code_goiftrue(nl_FuncState *fs, nl_ExpDesc *e);
void nl_code_goiffalse(nl_FuncState *fs, nl_ExpDesc *e);

typedef enum {
    NL_OPR_ADD, NL_OPR_SUB, NL_OPR_MUL, NL_OPR_DIV, NL_OPR_MOD, NL_OPR_POW,
    NL_OPR_CONCAT,
    NL_OPR_NE, NL_OPR_EQ, NL_OPR_LT, NL_OPR_LE, NL_OPR_GT, NL_OPR_GE,
    NL_OPR_AND, NL_OPR_OR,
    NL_OPR_NONE
} nl_BinOpr;

typedef enum { NL_OPR_MINUS, NL_OPR_NOT, NL_OPR_LEN, NL_OPR_NOUNOPR } nl_UnOpr;

void nl_code_prefix(nl_FuncState *fs, nl_UnOpr op, nl_ExpDesc *e);
/* Called between the operands: puts the left one where the operator wants it. */
void nl_code_infix(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *v);
void nl_code_posfix(nl_FuncState *fs, nl_BinOpr op, nl_ExpDesc *e1, nl_ExpDesc *e2);

#endif
