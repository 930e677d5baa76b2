/* test_bytecode.c -- binary chunks: the writer, the reader and the verifier
 * (vm/nl_bcwrite.c, nl_bcread.c, nl_bcverify.c).
 *
 * Three parts: each rule of the verifier on hand-broken compiler output;
 * the reader on short, foreign, lying and deeply nested chunks; and a fuzz
 * test that loads thousands of mutated dumps (fixed seed) and runs every one
 * the loader accepts in a child process with a time limit, so an endless
 * loop is a pass and a crash or a sanitizer report is a failure (with
 * CK_FORK=no, as under qemu-user, the mutants are only loaded). */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
#include "nl_bc.h"
#include "nl_bcformat.h"
#include "nl_bcread.h"
#include "nl_bcverify.h"
#include "nl_bcwrite.h"
#include "nl_func.h"
#include "suites.h"
#include "support.h"

/* Every opcode appears in it (checked by corpus_covers_every_opcode). */
static const char corpus_src[] =
    "local up, nums, s = 0, {1, 2, 3, k = \"v\", [2.5] = true}, \"str\"\n"
    "local function arith(a, b, ...)\n"
    "    local c = a + 1; c = a - 1; c = a * 2; c = a / 2; c = a % 3\n"
    "    c = 1 + a; c = 1 - a; c = 2 * a; c = 2 / a; c = 3 % a\n"
    "    c = a + b; c = a - b; c = a * b; c = a / b; c = a % b; c = a ^ b\n"
    "    c = -a; c = not a; c = #s; c = s .. a .. b\n"
    "    c = 12; c = 1.5e300; c = nil; c = true; c = false; c = \"k\"\n"
    "    local d, e, f\n"
    "    if a < b then c = 1 end\n"
    "    if a >= b then c = 2 end\n"
    "    if a <= b then c = 3 end\n"
    "    if a > b then c = 4 end\n"
    "    if a == b then c = 5 end\n"
    "    if a ~= b then c = 6 end\n"
    "    if a == \"x\" then c = 7 end\n"
    "    if a ~= \"x\" then c = 8 end\n"
    "    if a == 1 then c = 9 end\n"
    "    if a ~= 1 then c = 10 end\n"
    "    if a == nil then c = 11 end\n"
    "    if a ~= nil then c = 12 end\n"
    "    if a then c = 13 end\n"
    "    if not a then c = 14 end\n"
    "    if not (a < b) then c = 15 end\n"
    "    if not (a <= b) then c = 16 end\n"
    "    local g = a and b\n"
    "    local h = a or b\n"
    "    up = c; up = \"s\"; up = 1; up = true; up = up\n"
    "    return c, g, h, d, e, f, ...\n"
    "end\n"
    "local function tables(t, k)\n"
    "    local x = t[k]; x = t.k; x = t[1]\n"
    "    t[k] = x; t.k = x; t[1] = x; t[k] = 1; t.k = \"s\"\n"
    "    local n = {}\n"
    "    local m = {1, 2, arith(1, 2)}\n"
    "    local o = {k = 1, 2, x}\n"
    "    G = x\n"
    "    return G, n, m, o\n"
    "end\n"
    "local function nothing() end\n"
    "local function loops(n, ...)\n"
    "    local acc = 0\n"
    "    for i = 1, n do acc = acc + i end\n"
    "    for i = n, 1, -1 do\n"
    "        local j = i\n"
    "        local f = function() return j + acc end\n"
    "        if i == 2 then break end\n"
    "        acc = acc + f()\n"
    "    end\n"
    "    for k, v in pairs({a = 1}) do acc = acc + v end\n"
    "    for _, v in ipairs({1, 2}) do acc = acc + v end\n"
    "    local i = 0\n"
    "    while i < 3 do i = i + 1 end\n"
    "    repeat\n"
    "        local r = i\n"
    "        local f = function() return r end\n"
    "        i = i + f() - r + 1\n"
    "    until i > 5\n"
    "    for q = 1, 3 do\n"
    "        if q == 2 then goto skip end\n"
    "        acc = acc + q\n"
    "        ::skip::\n"
    "    end\n"
    "    local a, b = ...\n"
    "    print(acc, a, b, ...)\n"
    "    return select(\"#\", ...), ...\n"
    "end\n"
    "local function tail(n, ...)\n"
    "    if n > 0 then return tail(n - 1, ...) end\n"
    "    return loops(3, ...)\n"
    "end\n"
    "local function tailm(...)\n"
    "    return tail(select(\"#\", ...), ...)\n"
    "end\n"
    "local function calls(...)\n"
    "    local r = {tables(nums, \"k\")}\n"
    "    local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)\n"
    "    co(1); co(2)\n"
    "    local ok, err = pcall(error, \"e\")\n"
    "    local mt = setmetatable({}, {__index = function(_, key) return key end, __add = function() return 0 end})\n"
    "    local z = mt.x .. (mt + 1)\n"
    "    return tailm(...), #r, ok, err, z, arith(2, 3, ...)\n"
    "end\n"
    "return calls(1, 2, 3)\n";

/* ---- Helpers --------------------------------------------------------------- */

static lua_State *open_libs(void)
{
    lua_State *L = nl_test_open();
    luaL_openlibs(L);
    return L;
}

/* Compiles src and leaves the function on the stack; returns its prototype. */
static nl_Proto *compile(lua_State *L, const char *src)
{
    int status = luaL_loadbuffer(L, src, strlen(src), "=src");
    ck_assert_msg(status == 0, "%s", lua_tostring(L, -1));
    return nl_func(L->top[-1])->l.p;
}

typedef struct Buf {
    char *s;
    size_t len, size;
} Buf;

static int buf_writer(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    Buf *b = ud;
    if (b->len + n > b->size) {
        b->size = (b->len + n) * 2;
        b->s = realloc(b->s, b->size);
        ck_assert_ptr_nonnull(b->s);
    }
    memcpy(b->s + b->len, p, n);
    b->len += n;
    return 0;
}

/* The dump of the function on top of the stack (free b.s). */
static Buf dump_top(lua_State *L, bool strip)
{
    Buf b = {NULL, 0, 0};
    ck_assert_int_eq(nl_bcdump(L, buf_writer, &b, strip), 0);
    return b;
}

/* The first instruction of p with opcode op at or after pc. */
static uint32_t find_op(const nl_Proto *p, nl_BCOp op, uint32_t from)
{
    for (uint32_t pc = from; pc < p->sizecode; pc++)
        if (nl_bc_op(p->code[pc]) == op)
            return pc;
    ck_abort_msg("no %s in the prototype", nl_bc_names[op]);
    return 0;
}

/* Verifying p fails with a reason containing want. */
static void assert_rejected(lua_State *L, const nl_Proto *p, const char *want)
{
    char why[200];
    const char *r = nl_bcverify(L, p, why, sizeof why);
    ck_assert_msg(r != NULL, "accepted, wanted \"%s\"", want);
    ck_assert_msg(strstr(r, want) != NULL, "rejected for \"%s\", wanted \"%s\"", r, want);
}

static void assert_accepted(lua_State *L, const nl_Proto *p)
{
    char why[200];
    const char *r = nl_bcverify(L, p, why, sizeof why);
    ck_assert_msg(r == NULL, "rejected: %s", r ? r : "");
}

/* ---- The verifier, rule by rule -------------------------------------------- */

/* Breaks instruction pc of p with f, checks the rejection, restores it. */
#define BREAK_AND_CHECK(L, p, pc, newins, want)  \
    do {                                         \
        nl_Ins saved_ = (p)->code[pc];           \
        (p)->code[pc] = (newins);                \
        assert_rejected(L, p, want);             \
        (p)->code[pc] = saved_;                  \
        assert_accepted(L, p);                   \
    } while (0)

START_TEST(verify_accepts_the_corpus)
{
    lua_State *L = open_libs();
    assert_accepted(L, compile(L, corpus_src));
    nanlua_close(L);
}
END_TEST

START_TEST(corpus_covers_every_opcode)
{
    lua_State *L = open_libs();
    bool seen[NL_BC__MAX] = {false};
    const nl_Proto *stack[64];
    int n = 0;
    stack[n++] = compile(L, corpus_src);
    while (n > 0) {
        const nl_Proto *p = stack[--n];
        for (uint32_t pc = 0; pc < p->sizecode; pc++) {
            seen[nl_bc_op(p->code[pc])] = true;
            if (nl_bc_op(p->code[pc]) == NL_BC_FNEW) /* skip the descriptors */
                pc += p->p[nl_bc_d(p->code[pc])]->nupvalues;
        }
        for (uint32_t i = 0; i < p->sizep && n < 64; i++)
            stack[n++] = p->p[i];
    }
    for (int op = 0; op < NL_BC__MAX; op++)
        ck_assert_msg(seen[op], "the fuzz corpus has no %s", nl_bc_names[op]);
    nanlua_close(L);
}
END_TEST

START_TEST(verify_registers_and_constants)
{
    lua_State *L = open_libs();
    nl_Proto *p = compile(L, "local x, y = 1.5, 2 local a, b, c return z, a .. b, {}");
    uint32_t pc = find_op(p, NL_BC_KNUM, 0);
    nl_Ins i = p->code[pc];
    BREAK_AND_CHECK(L, p, pc, nl_bc_seta(i, p->framesize), "outside the frame");
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(i, p->sizek), "constant D");
    pc = find_op(p, NL_BC_GGET, 0);
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], nl_bc_d(i)), "is not a string");
    pc = find_op(p, NL_BC_KNIL, 0);
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], p->framesize), "range");
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], nl_bc_a(p->code[pc]) - 1), "range");
    pc = find_op(p, NL_BC_CAT, 0);
    i = p->code[pc];
    BREAK_AND_CHECK(L, p, pc, nl_bc_abc(NL_BC_CAT, nl_bc_a(i), nl_bc_c(i), nl_bc_b(i)), "range");
    pc = find_op(p, NL_BC_TNEW, 0);
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], (NL_BC_TNEW_HMAX + 1) << 11), "hash size hint");
    BREAK_AND_CHECK(L, p, pc, nl_bc_ad(NL_BC_KPRI, 0, 3), "primitive");
    BREAK_AND_CHECK(L, p, pc, nl_bc_ad(NL_BC__MAX, 0, 0), "opcode");
    BREAK_AND_CHECK(L, p, pc, nl_bc_ad(NL_BC_TDUP, 0, nl_bc_d(p->code[find_op(p, NL_BC_KNUM, 0)])),
                    "is not a table");
    p->numparams = (uint8_t)(p->framesize + 1);
    assert_rejected(L, p, "parameters in a frame");
    p->numparams = 0;
    nanlua_close(L);
}
END_TEST

START_TEST(verify_control_flow)
{
    lua_State *L = open_libs();
    nl_Proto *p = compile(L, "local a = ... if a then a = 1 end for i = 1, 2 do a = i end return a");
    uint32_t test = find_op(p, NL_BC_ISF, 0), jmp = test + 1;
    nl_Ins j = p->code[jmp];
    ck_assert_int_eq(nl_bc_op(j), NL_BC_JMP);
    BREAK_AND_CHECK(L, p, jmp, nl_bc_ad(NL_BC_MOV, 0, 0), "must be followed by JMP");
    BREAK_AND_CHECK(L, p, jmp, nl_bc_setd(j, NL_BC_BIAS + p->sizecode), "jump out of the code");
    BREAK_AND_CHECK(L, p, jmp, nl_bc_setd(j, NL_BC_BIAS - jmp - 2), "jump out of the code");
    uint32_t fori = find_op(p, NL_BC_FORI, 0), forl = find_op(p, NL_BC_FORL, fori);
    BREAK_AND_CHECK(L, p, forl, nl_bc_setd(p->code[forl], nl_bc_d(p->code[forl]) + 1),
                    "not paired");
    BREAK_AND_CHECK(L, p, fori, nl_bc_setd(p->code[fori], nl_bc_d(p->code[fori]) - 1),
                    "not paired");
    uint32_t last = p->sizecode - 1;
    BREAK_AND_CHECK(L, p, last, nl_bc_ad(NL_BC_KPRI, 0, 0), "falls off the end");
    BREAK_AND_CHECK(L, p, test, nl_bc_abc(NL_BC_VARG, 0, 2, 1), "not a vararg function");
    nanlua_close(L);
}
END_TEST

START_TEST(verify_multres_pairs)
{
    lua_State *L = open_libs();
    nl_Proto *p = compile(L, "local a = ... if a then a = 1 end print(a, f()) return {g()}");
    uint32_t call = find_op(p, NL_BC_CALL, 0);
    while (nl_bc_b(p->code[call]) != 0)
        call = find_op(p, NL_BC_CALL, call + 1);
    uint32_t callm = call + 1;
    ck_assert_int_eq(nl_bc_op(p->code[callm]), NL_BC_CALLM);
    BREAK_AND_CHECK(L, p, call, nl_bc_setb(p->code[call], 2), "no multiple results made");
    BREAK_AND_CHECK(L, p, callm, nl_bc_setop(p->code[callm], NL_BC_CALL),
                    "multiple results not taken");
    BREAK_AND_CHECK(L, p, callm, nl_bc_setc(p->code[callm], nl_bc_c(p->code[callm]) + 1),
                    "multiple results not taken");
    uint32_t jmp = find_op(p, NL_BC_JMP, 0);
    BREAK_AND_CHECK(L, p, jmp, nl_bc_setd(p->code[jmp], (unsigned)(NL_BC_BIAS + callm - jmp - 1)),
                    "takes multiple results");
    uint32_t tsetm = find_op(p, NL_BC_TSETM, 0);
    nl_Value saved = p->k[nl_bc_d(p->code[tsetm])];
    p->k[nl_bc_d(p->code[tsetm])] = nl_box_number(0.5);
    assert_rejected(L, p, "first index");
    p->k[nl_bc_d(p->code[tsetm])] = saved;
    nanlua_close(L);
}
END_TEST

START_TEST(verify_calls_and_returns)
{
    lua_State *L = open_libs();
    nl_Proto *p = compile(L, "local t = {} for k in pairs(t) do end f(1) return 1, 2");
    uint32_t pc = find_op(p, NL_BC_CALL, 0);
    nl_Ins i = p->code[pc];
    BREAK_AND_CHECK(L, p, pc, nl_bc_setc(i, 0), "arguments");
    BREAK_AND_CHECK(L, p, pc, nl_bc_setc(i, p->framesize), "arguments");
    BREAK_AND_CHECK(L, p, pc, nl_bc_setb(i, 250), "results outside the frame");
    pc = find_op(p, NL_BC_ITERC, 0);
    BREAK_AND_CHECK(L, p, pc, nl_bc_setc(p->code[pc], 2), "iterator registers");
    BREAK_AND_CHECK(L, p, pc, nl_bc_seta(p->code[pc], 2), "iterator registers");
    pc = find_op(p, NL_BC_RET, 0);
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], 0), "values outside the frame");
    BREAK_AND_CHECK(L, p, pc, nl_bc_setd(p->code[pc], p->framesize + 2), "values outside the frame");
    nanlua_close(L);
}
END_TEST

START_TEST(verify_closures_and_upvalues)
{
    lua_State *L = open_libs();
    nl_Proto *p = compile(L, "local u, w = 1, 2 local f = function() return u, w end "
                             "if u then u = 3 end return f");
    uint32_t fnew = find_op(p, NL_BC_FNEW, 0);
    nl_Ins d1 = p->code[fnew + 1];
    ck_assert_int_eq(nl_bc_op(d1), NL_BC_MOV);
    BREAK_AND_CHECK(L, p, fnew + 1, nl_bc_setd(d1, p->framesize), "upvalue descriptor");
    BREAK_AND_CHECK(L, p, fnew + 1, nl_bc_ad(NL_BC_UGET, 0, 0), "upvalue descriptor");
    BREAK_AND_CHECK(L, p, fnew + 1, nl_bc_ad(NL_BC_KPRI, 0, 0), "upvalue descriptor");
    BREAK_AND_CHECK(L, p, fnew, nl_bc_setd(p->code[fnew], p->sizep), "prototype");
    uint32_t jmp = find_op(p, NL_BC_JMP, fnew);
    BREAK_AND_CHECK(L, p, jmp, nl_bc_setd(p->code[jmp], (unsigned)(NL_BC_BIAS + fnew + 1 - jmp - 1)),
                    "jump into an upvalue descriptor");
    nl_Proto *child = p->p[0];
    uint32_t uget = find_op(child, NL_BC_UGET, 0);
    nl_Ins saved = child->code[uget];
    child->code[uget] = nl_bc_setd(saved, child->nupvalues);
    assert_rejected(L, p, "upvalue D");
    child->code[uget] = saved;
    p->nupvalues = 61;
    assert_rejected(L, p, "upvalues");
    p->nupvalues = 0;
    assert_accepted(L, p);
    nanlua_close(L);
}
END_TEST

/* ---- The reader ---------------------------------------------------------------- */

static int load_binary(lua_State *L, const char *s, size_t len)
{
    return luaL_loadbufferx(L, s, len, "=bin", "b");
}

START_TEST(read_every_truncation_fails)
{
    lua_State *L = open_libs();
    compile(L, corpus_src);
    for (int strip = 0; strip <= 1; strip++) {
        Buf b = dump_top(L, strip);
        for (size_t n = 1; n < b.len; n++) {
            int top = lua_gettop(L);
            ck_assert_int_eq(load_binary(L, b.s, n), LUA_ERRSYNTAX);
            ck_assert_str_eq(lua_tostring(L, -1), "bin: cannot load malformed bytecode");
            lua_settop(L, top);
        }
        ck_assert_int_eq(load_binary(L, b.s, b.len), 0);
        lua_pop(L, 1);
        free(b.s);
    }
    lua_gc(L, LUA_GCCOLLECT, 0); /* sweeps the half-built prototypes */
    nanlua_close(L);
}
END_TEST

START_TEST(read_default_mode_refuses_binary)
{
    lua_State *L = open_libs();
    compile(L, "return 1");
    Buf b = dump_top(L, false);
    ck_assert_int_eq(luaL_loadbuffer(L, b.s, b.len, "=bin"), LUA_ERRSYNTAX);
    ck_assert_str_eq(lua_tostring(L, -1), "attempt to load chunk with wrong mode");
    ck_assert_int_eq(luaL_loadbufferx(L, b.s, b.len, "=bin", "t"), LUA_ERRSYNTAX);
    ck_assert_int_eq(luaL_loadbufferx(L, b.s, b.len, "=bin", "bt"), 0);
    ck_assert_int_eq(luaL_loadbufferx(L, "return 1", 8, "=txt", "b"), LUA_ERRSYNTAX);
    free(b.s);
    nanlua_close(L);
}
END_TEST

/* A stripped chunk of depth nested prototypes, each only "RET0". */
static Buf nested_chunk(int depth)
{
    Buf b = {NULL, 0, 0};
    uint32_t fp = nl_bcf_isa_fingerprint();
    uint8_t head[] = {0x1b, 'N', 'L', NL_BCF_VERSION, NL_BCF_STRIP, NL_BCF_NUMFMT,
                      (uint8_t)fp, (uint8_t)(fp >> 8), (uint8_t)(fp >> 16), (uint8_t)(fp >> 24)};
    buf_writer(NULL, head, sizeof head, &b);
    nl_Ins ret0 = nl_bc_ad(NL_BC_RET0, 0, 1);
    for (int i = 0; i < depth; i++) {
        /* flags, numparams, framesize, nupvalues, sizecode, sizek, sizep */
        uint8_t proto[] = {0, 0, 1, 0, 1, 0, i + 1 < depth ? 1 : 0,
                           (uint8_t)ret0, (uint8_t)(ret0 >> 8), (uint8_t)(ret0 >> 16),
                           (uint8_t)(ret0 >> 24)};
        buf_writer(NULL, proto, sizeof proto, &b);
    }
    return b;
}

START_TEST(read_nesting_limit)
{
    lua_State *L = open_libs();
    Buf ok = nested_chunk(NL_BCF_MAXDEPTH), deep = nested_chunk(NL_BCF_MAXDEPTH + 1);
    ck_assert_int_eq(load_binary(L, ok.s, ok.len), 0);
    ck_assert_int_eq(lua_pcall(L, 0, 0, 0), 0);
    ck_assert_int_eq(load_binary(L, deep.s, deep.len), LUA_ERRSYNTAX);
    free(ok.s);
    free(deep.s);
    nanlua_close(L);
}
END_TEST

START_TEST(read_lying_counts)
{
    lua_State *L = open_libs();
    Buf b = nested_chunk(1);
    /* sizecode (at 10 + 4) claims 2^28 instructions: refused before any
     * allocation, with the input's few bytes left. */
    uint8_t big[] = {0x80, 0x80, 0x80, 0x80, 0x01};
    Buf lie = {NULL, 0, 0};
    buf_writer(NULL, b.s, 14, &lie);
    buf_writer(NULL, big, sizeof big, &lie);
    buf_writer(NULL, b.s + 15, b.len - 15, &lie);
    ck_assert_int_eq(load_binary(L, lie.s, lie.len), LUA_ERRSYNTAX);
    /* A 33-bit LEB128. */
    uint8_t wide[] = {0xff, 0xff, 0xff, 0xff, 0x7f};
    memcpy(lie.s + 14, wide, sizeof wide);
    ck_assert_int_eq(load_binary(L, lie.s, lie.len), LUA_ERRSYNTAX);
    /* Trailing bytes after the main prototype. */
    buf_writer(NULL, "x", 1, &b);
    ck_assert_int_eq(load_binary(L, b.s, b.len), LUA_ERRSYNTAX);
    free(b.s);
    free(lie.s);
    nanlua_close(L);
}
END_TEST

START_TEST(read_foreign_chunks)
{
    lua_State *L = open_libs();
    static const struct {
        const char *chunk;
        size_t len;
        const char *want;
    } cases[] = {
        {"\33Lua\x51", 5, "bin: cannot load incompatible bytecode (a PUC Lua chunk"},
        {"\33LJ\2", 4, "bin: cannot load incompatible bytecode (a LuaJIT chunk"},
        {"\33XY", 3, "bin: cannot load incompatible bytecode (not a nanlua chunk)"},
        {"\33N", 2, "bin: cannot load malformed bytecode"},
        {"\33NL\2", 4, "bin: cannot load incompatible bytecode (written by a newer nanlua)"},
        {"\33NL\1\0\7", 6, "bin: cannot load incompatible bytecode (another number format)"},
        {"\33NL\1\0\1\0\0\0\0", 10, "bin: cannot load incompatible bytecode (another instruction set"},
        {"\33NL\1\x80", 5, "bin: cannot load malformed bytecode"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(load_binary(L, cases[i].chunk, cases[i].len), LUA_ERRSYNTAX);
        const char *msg = lua_tostring(L, -1);
        ck_assert_msg(strncmp(msg, cases[i].want, strlen(cases[i].want)) == 0, "%s", msg);
        lua_pop(L, 1);
    }
    nanlua_close(L);
}
END_TEST

/* ---- Fuzzing ------------------------------------------------------------------------ */

static uint64_t rng_state;
static uint32_t rnd(uint32_t n) /* uniform enough in 0..n-1 */
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)((rng_state >> 11) % n);
}

typedef struct Seed {
    Buf dump;
    size_t code_at[64]; /* byte offsets of prototypes' code in the dump */
    uint32_t code_len[64];
    int nprotos;
} Seed;

/* Finds each prototype's code in the dump (the first match of its bytes). */
static void locate_code(Seed *s, const nl_Proto *p)
{
    if (s->nprotos < 64 && p->sizecode > 0) {
        size_t n = p->sizecode * 4;
        uint8_t *bytes = malloc(n);
        ck_assert_ptr_nonnull(bytes);
        for (uint32_t i = 0; i < p->sizecode; i++)
            for (int k = 0; k < 4; k++)
                bytes[4 * i + k] = (uint8_t)(p->code[i] >> (8 * k));
        const char *at = memmem(s->dump.s, s->dump.len, bytes, n);
        free(bytes);
        if (at) {
            s->code_at[s->nprotos] = (size_t)(at - s->dump.s);
            s->code_len[s->nprotos++] = p->sizecode;
        }
    }
    for (uint32_t i = 0; i < p->sizep; i++)
        locate_code(s, p->p[i]);
}

static void mutate(const Seed *seed, Buf *m)
{
    m->len = seed->dump.len;
    memcpy(m->s, seed->dump.s, m->len);
    int count = 1 + (int)rnd(3);
    for (int c = 0; c < count && m->len > 0; c++) {
        uint8_t *s = (uint8_t *)m->s;
        switch (rnd(8)) {
        case 0: s[rnd((uint32_t)m->len)] ^= (uint8_t)(1u << rnd(8)); break;
        case 1: s[rnd((uint32_t)m->len)] = (uint8_t)rnd(256); break;
        case 2: m->len = rnd((uint32_t)m->len); break;
        case 3: { /* delete a byte */
            size_t at = rnd((uint32_t)m->len);
            memmove(s + at, s + at + 1, m->len - at - 1);
            m->len--;
            break;
        }
        default: { /* an instruction: its opcode, an operand, or a nudged jump */
            int pi = (int)rnd((uint32_t)seed->nprotos);
            size_t at = seed->code_at[pi] + 4 * rnd(seed->code_len[pi]);
            if (at + 4 > m->len)
                break;
            switch (rnd(4)) {
            case 0: s[at] = (uint8_t)rnd(NL_BC__MAX + 2); break;
            case 1: s[at + 1 + rnd(3)] = (uint8_t)rnd(256); break;
            case 2: s[at + 2] = (uint8_t)(s[at + 2] + rnd(7) - 3); break;
            default: { /* copy another instruction over it */
                size_t from = seed->code_at[pi] + 4 * rnd(seed->code_len[pi]);
                memmove(s + at, s + from, 4);
                break;
            }
            }
            break;
        }
        }
    }
}

static int quiet_print(lua_State *L)
{
    (void)L;
    return 0;
}

/* A table of the harmless globals the corpus uses: no io, os, load or
 * string.rep, so a mutant cannot touch the system or ask for a huge string. */
static void push_fuzz_env(lua_State *L)
{
    static const char *const names[] = {"pairs", "ipairs", "select", "pcall", "error",
                                        "setmetatable", "type", "tostring", "coroutine", NULL};
    lua_newtable(L);
    for (int i = 0; names[i]; i++) {
        lua_getglobal(L, names[i]);
        lua_setfield(L, -2, names[i]);
    }
    lua_pushcfunction(L, quiet_print);
    lua_setfield(L, -2, "print");
}

/* The child's allocator: the state's own, refusing to grow past a budget, so
 * a mutant that doubles a string in a loop gets a memory error instead of
 * the machine's memory. */
#define FUZZ_MEMORY_BUDGET ((size_t)64 << 20)
static nl_Alloc child_alloc_base;
static void *child_alloc_ud;
static const nl_Global *child_global;

static void *child_alloc(void *ud, void *p, size_t osize, size_t nsize)
{
    (void)ud;
    if (nsize > osize && child_global->totalbytes + (nsize - osize) > FUZZ_MEMORY_BUDGET)
        return NULL;
    return child_alloc_base(child_alloc_ud, p, osize, nsize);
}

/* Runs the loaded function on top of the stack in a child process with a
 * CPU-time and memory limit. The child's stderr goes to errfd: a sanitizer
 * report there, or any end but a normal exit or the time limit, fails. The
 * limit counts the child's own CPU time, so waiting for a sanitizer's
 * symbolizer never passes for an endless loop. */
static bool run_in_child(lua_State *L, int envref, int errfd, int *timeouts)
{
    ck_assert_int_eq(ftruncate(errfd, 0), 0);
    ck_assert_int_eq(lseek(errfd, 0, SEEK_SET), 0);
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(errfd, 2);
        struct itimerval limit = {{0, 0}, {0, 200 * 1000}};
        setitimer(ITIMER_VIRTUAL, &limit, NULL);
        child_global = L->g;
        child_alloc_base = L->g->gc_alloc;
        child_alloc_ud = L->g->gc_ud;
        L->g->gc_alloc = child_alloc;
        lua_rawgeti(L, LUA_REGISTRYINDEX, envref);
        lua_setfenv(L, -2);
        lua_pushinteger(L, 3);
        lua_pushstring(L, "x");
        lua_newtable(L);
        lua_pcall(L, 3, 0, 0);
        _exit(0);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    struct stat st;
    ck_assert_int_eq(fstat(errfd, &st), 0);
    if (st.st_size > 0) {
        char report[4096];
        ssize_t n = pread(errfd, report, sizeof report - 1, 0);
        report[n > 0 ? n : 0] = '\0';
        fprintf(stderr, "%s\n", report);
        return false;
    }
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGVTALRM) {
        (*timeouts)++;
        return true;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

#define FUZZ_MUTANTS 3000

START_TEST(fuzz_mutated_chunks)
{
    lua_State *L = open_libs();
    push_fuzz_env(L);
    int envref = luaL_ref(L, LUA_REGISTRYINDEX);
    Seed seeds[2];
    nl_Proto *p = compile(L, corpus_src);
    for (int strip = 0; strip <= 1; strip++) {
        seeds[strip].dump = dump_top(L, strip);
        seeds[strip].nprotos = 0;
        locate_code(&seeds[strip], p);
        ck_assert_int_gt(seeds[strip].nprotos, 5);
    }
    lua_pop(L, 1);
    FILE *childerr = tmpfile();
    ck_assert_ptr_nonnull(childerr);
    Buf m = {malloc(seeds[0].dump.len), 0, seeds[0].dump.len};
    ck_assert_ptr_nonnull(m.s);
    rng_state = 0x9e3779b97f4a7c15u;
    /* Emulated runs (qemu-user) set CK_FORK=no: forking hangs there, so the
     * mutants are only loaded (and verified), not run. */
    const char *ckfork = getenv("CK_FORK");
    bool run = !(ckfork && strcmp(ckfork, "no") == 0);
    int loaded = 0, timeouts = 0, crashed = 0;
    for (int i = 0; i < FUZZ_MUTANTS; i++) {
        mutate(&seeds[i & 1], &m);
        int top = lua_gettop(L);
        if (load_binary(L, m.s, m.len) == 0) {
            loaded++;
            if (run && !run_in_child(L, envref, fileno(childerr), &timeouts)) {
                /* The seed is fixed: mutant i is made again by rerunning. */
                fprintf(stderr, "fuzz: mutant %d (%zu bytes) failed\n", i, m.len);
                if (++crashed == 5)
                    break;
            }
        }
        lua_settop(L, top);
        if (i % 256 == 0)
            lua_gc(L, LUA_GCCOLLECT, 0);
    }
    fprintf(stderr, "fuzz: %d mutants, %d loaded and %s (%d stopped at the time limit), %d crashed\n",
            FUZZ_MUTANTS, loaded, run ? "ran" : "not run (CK_FORK=no)", timeouts, crashed);
    ck_assert_int_eq(crashed, 0);
    ck_assert_int_gt(loaded, FUZZ_MUTANTS / 20); /* the mutations do reach the VM */
    fclose(childerr);
    free(m.s);
    free(seeds[0].dump.s);
    free(seeds[1].dump.s);
    nanlua_close(L);
}
END_TEST

Suite *suite_bytecode(void)
{
    Suite *s = suite_create("bytecode");
    TCase *tc = tcase_create("verify");
    tcase_add_test(tc, verify_accepts_the_corpus);
    tcase_add_test(tc, corpus_covers_every_opcode);
    tcase_add_test(tc, verify_registers_and_constants);
    tcase_add_test(tc, verify_control_flow);
    tcase_add_test(tc, verify_multres_pairs);
    tcase_add_test(tc, verify_calls_and_returns);
    tcase_add_test(tc, verify_closures_and_upvalues);
    suite_add_tcase(s, tc);
    tc = tcase_create("read");
    tcase_add_test(tc, read_every_truncation_fails);
    tcase_add_test(tc, read_default_mode_refuses_binary);
    tcase_add_test(tc, read_nesting_limit);
    tcase_add_test(tc, read_lying_counts);
    tcase_add_test(tc, read_foreign_chunks);
    suite_add_tcase(s, tc);
    tc = tcase_create("fuzz");
    tcase_set_timeout(tc, 300); /* under the sanitizers and a loaded machine */
    tcase_add_test(tc, fuzz_mutated_chunks);
    suite_add_tcase(s, tc);
    return s;
}
