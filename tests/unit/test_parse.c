/* test_parse.c -- the parser and code generator (vm/nl_parse.c, nl_code.c)
 * and the bytecode listing (vm/nl_dump.c).
 *
 * Listings are nanlua's own format (nl_dump.h); each was checked by hand
 * against the semantics in docs/vm.md. Expected syntax error messages are
 * what LuaJIT 2.1.0-beta3 returned for loadstring(src, "=src"). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "nl_bc.h"
#include "nl_dump.h"
#include "nl_err.h"
#include "nl_parse.h"
#include "nl_string.h"
#include "nl_table.h"
#include "suites.h"
#include "support.h"

/* ---- Driving the parser -------------------------------------------------- */

typedef struct Job {
    const char *src;
    size_t len;
    bool done;
    const char *chunkname;
    nl_Proto *p;
} Job;

static const char *job_reader(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    Job *j = ud;
    *size = j->done ? 0 : j->len;
    j->done = true;
    return j->src;
}

static void job_run(lua_State *L, void *ud)
{
    Job *j = ud;
    j->p = nl_parse(L, job_reader, j, j->chunkname);
}

/* Parses src; returns the status, *p the main prototype (on success) and
 * *msg the error message (on failure, valid while L lives). */
static int parse(lua_State *L, const char *src, size_t len, nl_Proto **p, const char **msg)
{
    Job j = {src, len, false, "=src", NULL};
    int status = nl_err_protect(L, job_run, &j);
    *p = j.p;
    *msg = status ? nl_string(L->top[-1])->data : NULL;
    return status;
}

static nl_Proto *parse_ok(lua_State *L, const char *src)
{
    nl_Proto *p;
    const char *msg;
    int status = parse(L, src, strlen(src), &p, &msg);
    ck_assert_msg(status == NL_OK, "%s: %s", src, msg ? msg : "");
    return p;
}

typedef struct Text {
    char *s;
    size_t len, size;
} Text;

static void text_writer(void *ud, const char *s, size_t len)
{
    Text *t = ud;
    if (t->len + len + 1 > t->size) {
        t->size = (t->len + len + 1) * 2;
        t->s = realloc(t->s, t->size);
        ck_assert_ptr_nonnull(t->s);
    }
    memcpy(t->s + t->len, s, len);
    t->len += len;
    t->s[t->len] = '\0';
}

/* ---- (a) listings --------------------------------------------------------- */

static const struct {
    const char *name, *src, *listing;
} listings[] = {
    {"locals_and_arith",
     "local a, b = 1, 2\nprint(a + b * 2, -x^2)",
        "-- BYTECODE -- src:0-2\n"
        "0001    KSHORT   0    1\n"
        "0002    KSHORT   1    2\n"
        "0003    GGET     2    0  ; \"print\"\n"
        "0004    MULVN    3    1    1  ; 2\n"
        "0005    ADDVV    3    0    3\n"
        "0006    GGET     4    2  ; \"x\"\n"
        "0007    KSHORT   5    2\n"
        "0008    POW      4    4    5\n"
        "0009    UNM      4    4\n"
        "0010    CALL     2    1    3\n"
        "0011    RET0     0    1\n"
        "\n"},
    {"and_or_values",
     "local a, b, c; local x = a and b or c",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    2\n"
        "0002    ISF           0\n"
        "0003    JMP      3 => 0006\n"
        "0004    ISTC     3    1\n"
        "0005    JMP      3 => 0007\n"
        "0006    MOV      3    2\n"
        "0007    RET0     0    1\n"
        "\n"},
    {"comparison_value",
     "local a, b; local x = a < b; local y = a >= b",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    1\n"
        "0002    ISLT     0    1\n"
        "0003    JMP      2 => 0006\n"
        "0004    KPRI     2    1  ; false\n"
        "0005    JMP      3 => 0007\n"
        "0006    KPRI     2    2  ; true\n"
        "0007    ISLE     1    0\n"
        "0008    JMP      3 => 0011\n"
        "0009    KPRI     3    1  ; false\n"
        "0010    JMP      4 => 0012\n"
        "0011    KPRI     3    2  ; true\n"
        "0012    RET0     0    1\n"
        "\n"},
    {"if_else_nan_safe",
     "local a, b; if a < b and not (a > 1) then a = 1 else b = 2 end",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    1\n"
        "0002    ISGE     0    1\n"
        "0003    JMP      2 => 0009\n"
        "0004    KSHORT   2    1\n"
        "0005    ISLT     2    0\n"
        "0006    JMP      2 => 0009\n"
        "0007    KSHORT   0    1\n"
        "0008    JMP      2 => 0010\n"
        "0009    KSHORT   1    2\n"
        "0010    RET0     0    1\n"
        "\n"},
    {"not_and_eq_constants",
     "local a; local x = not a; local z = a == nil; local w = \"s\" ~= a",
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    NOT      1    0\n"
        "0003    ISEQP    0    0  ; nil\n"
        "0004    JMP      2 => 0007\n"
        "0005    KPRI     2    1  ; false\n"
        "0006    JMP      3 => 0008\n"
        "0007    KPRI     2    2  ; true\n"
        "0008    ISNES    0    0  ; \"s\"\n"
        "0009    JMP      3 => 0012\n"
        "0010    KPRI     3    1  ; false\n"
        "0011    JMP      4 => 0013\n"
        "0012    KPRI     3    2  ; true\n"
        "0013    RET0     0    1\n"
        "\n"},
    {"table_constructor",
     "local t = {1, 2, x = 3, [f()] = g(), h()}",
        "-- BYTECODE -- src:0-1\n"
        "0001    TDUP     0    0\n"
        "0002    GGET     1    1  ; \"f\"\n"
        "0003    CALL     1    2    1\n"
        "0004    GGET     2    2  ; \"g\"\n"
        "0005    CALL     2    2    1\n"
        "0006    TSETV    2    0    1\n"
        "0007    GGET     1    3  ; \"h\"\n"
        "0008    CALL     1    0    1\n"
        "0009    TSETM    1    4  ; 3\n"
        "0010    RET0     0    1\n"
        "\n"},
    /* as LuaJIT: a constant string key gets its place in a template */
    {"table_empty_and_sizes",
     "local t = {} local u = {a, b, c; k = v, [1] = w}",
        "-- BYTECODE -- src:0-1\n"
        "0001    TNEW     0    0\n"
        "0002    TDUP     1    3\n"
        "0003    GGET     2    0  ; \"a\"\n"
        "0004    TSETB    2    1    1\n"
        "0005    GGET     2    1  ; \"b\"\n"
        "0006    TSETB    2    1    2\n"
        "0007    GGET     2    2  ; \"c\"\n"
        "0008    TSETB    2    1    3\n"
        "0009    GGET     2    5  ; \"v\"\n"
        "0010    TSETS    2    1    4  ; \"k\"\n"
        "0011    GGET     2    6  ; \"w\"\n"
        "0012    TSETB    2    1    1\n"
        "0013    RET0     0    1\n"
        "\n"},
    /* LuaJIT's sizes: array items + 1 slots there (at least 3), one
     * less here where there is no slot for key 0; a hash of 2^k >= n nodes */
    {"table_sizes_as_luajit",
     "local u = {a, b, c; [k] = v} local e = {x} local h = {[k] = 1, [j] = 2, [l] = 3}",
        "-- BYTECODE -- src:0-1\n"
        "0001    TNEW     0 2051\n"
        "0002    GGET     1    0  ; \"a\"\n"
        "0003    TSETB    1    0    1\n"
        "0004    GGET     1    1  ; \"b\"\n"
        "0005    TSETB    1    0    2\n"
        "0006    GGET     1    2  ; \"c\"\n"
        "0007    TSETB    1    0    3\n"
        "0008    GGET     1    3  ; \"k\"\n"
        "0009    GGET     2    4  ; \"v\"\n"
        "0010    TSETV    2    0    1\n"
        "0011    TNEW     1    2\n"
        "0012    GGET     2    5  ; \"x\"\n"
        "0013    TSETB    2    1    1\n"
        "0014    TNEW     2 6144\n"
        "0015    GGET     3    3  ; \"k\"\n"
        "0016    KSHORT   4    1\n"
        "0017    TSETV    4    2    3\n"
        "0018    GGET     3    6  ; \"j\"\n"
        "0019    KSHORT   4    2\n"
        "0020    TSETV    4    2    3\n"
        "0021    GGET     3    7  ; \"l\"\n"
        "0022    KSHORT   4    3\n"
        "0023    TSETV    4    2    3\n"
        "0024    RET0     0    1\n"
        "\n"},
    {"assignment_conflict",
     "local a, i = {}, 1; a[i], i = i + 1, 20",
        "-- BYTECODE -- src:0-1\n"
        "0001    TNEW     0    0\n"
        "0002    KSHORT   1    1\n"
        "0003    MOV      2    1\n"
        "0004    ADDVN    3    1    0  ; 1\n"
        "0005    KSHORT   1   20\n"
        "0006    TSETV    3    0    2\n"
        "0007    RET0     0    1\n"
        "\n"},
    {"numeric_for_closure",
     "for i = 1, 10 do local f = function() return i end end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; i\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    1\n"
        "0002    KSHORT   1   10\n"
        "0003    KSHORT   2    1\n"
        "0004    FORI     0 => 0009\n"
        "0005    FNEW     4    0  ; src:1\n"
        "0006    .local     3  ; i\n"
        "0007    UCLO     3 => 0008\n"
        "0008    FORL     0 => 0005\n"
        "0009    RET0     0    1\n"
        "\n"},
    {"generic_for",
     "for k, v in pairs(t) do print(k, v) end",
        "-- BYTECODE -- src:0-1\n"
        "0001    GGET     0    0  ; \"pairs\"\n"
        "0002    GGET     1    1  ; \"t\"\n"
        "0003    CALL     0    4    2\n"
        "0004    JMP      3 => 0009\n"
        "0005    GGET     5    2  ; \"print\"\n"
        "0006    MOV      6    3\n"
        "0007    MOV      7    4\n"
        "0008    CALL     5    1    3\n"
        "0009    ITERC    3    3    3\n"
        "0010    ITERL    3 => 0005\n"
        "0011    RET0     0    1\n"
        "\n"},
    {"while_break_upvalue",
     "local x = 0 while x < 10 do local y = x; g = function() return y end; if y then break end x = x + 1 end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; y\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    0\n"
        "0002    KSHORT   1   10\n"
        "0003    ISGE     0    1\n"
        "0004    JMP      1 => 0015\n"
        "0005    MOV      1    0\n"
        "0006    FNEW     2    0  ; src:1\n"
        "0007    .local     1  ; y\n"
        "0008    GSET     2    0  ; \"g\"\n"
        "0009    ISF           1\n"
        "0010    JMP      2 => 0012\n"
        "0011    UCLO     1 => 0015\n"
        "0012    ADDVN    0    0    1  ; 1\n"
        "0013    UCLO     1 => 0002\n"
        "0014    JMP      1 => 0002\n"
        "0015    RET0     0    1\n"
        "\n"},
    {"repeat_upvalue",
     "repeat local z = f(); h = function() return z end until z",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; z\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    GGET     0    0  ; \"f\"\n"
        "0002    CALL     0    2    1\n"
        "0003    FNEW     1    0  ; src:1\n"
        "0004    .local     0  ; z\n"
        "0005    GSET     1    1  ; \"h\"\n"
        "0006    ISF           0\n"
        "0007    JMP      1 => 0009\n"
        "0008    UCLO     0 => 0010\n"
        "0009    UCLO     0 => 0001\n"
        "0010    RET0     0    1\n"
        "\n"},
    {"repeat_plain",
     "local i = 0 repeat i = i + 1 until i > 3",
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    0\n"
        "0002    ADDVN    0    0    0  ; 1\n"
        "0003    KSHORT   1    3\n"
        "0004    ISGE     1    0\n"
        "0005    JMP      1 => 0002\n"
        "0006    RET0     0    1\n"
        "\n"},
    {"varargs_tailcall",
     "local function f(...) local a, b = ...; return f(a, ...) end",
        "-- BYTECODE -- src:1-1\n"
        "0001    VARG     0    3    0\n"
        "0002    UGET     2    0  ; f\n"
        "0003    MOV      3    0\n"
        "0004    VARG     4    0    0\n"
        "0005    CALLMT   2    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    FNEW     0    0  ; src:1\n"
        "0002    .local     0  ; f\n"
        "0003    RET0     0    1\n"
        "\n"},
    {"method_and_retm",
     "local t = {} function t.a.b:m(x) return self, x end return t:m(1, 2), ...",
        "-- BYTECODE -- src:1-1\n"
        "0001    MOV      2    0\n"
        "0002    MOV      3    1\n"
        "0003    RET      2    3\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    TNEW     0    0\n"
        "0002    TGETS    1    0    0  ; \"a\"\n"
        "0003    TGETS    1    1    1  ; \"b\"\n"
        "0004    FNEW     2    0  ; src:1\n"
        "0005    TSETS    2    1    2  ; \"m\"\n"
        "0006    MOV      2    0\n"
        "0007    TGETS    1    2    2  ; \"m\"\n"
        "0008    KSHORT   3    1\n"
        "0009    KSHORT   4    2\n"
        "0010    CALL     1    2    4\n"
        "0011    VARG     2    0    0\n"
        "0012    RETM     1    1\n"
        "\n"},
    {"goto_continue",
     "for i = 1, 3 do local x = i; if x then goto continue end; f = function() return x end ::continue:: end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; x\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    1\n"
        "0002    KSHORT   1    3\n"
        "0003    KSHORT   2    1\n"
        "0004    FORI     0 => 0014\n"
        "0005    MOV      4    3\n"
        "0006    ISF           4\n"
        "0007    JMP      5 => 0009\n"
        "0008    JMP      5 => 0012\n"
        "0009    FNEW     5    0  ; src:1\n"
        "0010    .local     4  ; x\n"
        "0011    GSET     5    0  ; \"f\"\n"
        "0012    UCLO     3 => 0013\n"
        "0013    FORL     0 => 0005\n"
        "0014    RET0     0    1\n"
        "\n"},
    {"goto_backward_closes",
     "::top:: local x = 1; g = function() return x end; if x then goto top end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; x\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    1\n"
        "0002    FNEW     1    0  ; src:1\n"
        "0003    .local     0  ; x\n"
        "0004    GSET     1    0  ; \"g\"\n"
        "0005    ISF           0\n"
        "0006    JMP      1 => 0008\n"
        "0007    UCLO     0 => 0001\n"
        "0008    RET0     0    1\n"
        "\n"},
    {"nested_upvalues",
     "local a; function f() local b; return function() return a, b end end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; a\n"
        "0002    UGET     1    1  ; b\n"
        "0003    RET      0    3\n"
        "\n"
        "-- BYTECODE -- src:1-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    FNEW     1    0  ; src:1\n"
        "0003    .upval     0  ; a\n"
        "0004    .local     0  ; b\n"
        "0005    RET1     1    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    FNEW     1    0  ; src:1\n"
        "0003    .local     0  ; a\n"
        "0004    GSET     1    0  ; \"f\"\n"
        "0005    RET0     0    1\n"
        "\n"},
    {"multiple_results_adjust",
     "local a, b, c = f(), 2\nx, y = ...",
        "-- BYTECODE -- src:0-2\n"
        "0001    GGET     0    0  ; \"f\"\n"
        "0002    CALL     0    2    1\n"
        "0003    KSHORT   1    2\n"
        "0004    KPRI     2    0  ; nil\n"
        "0005    VARG     3    3    0\n"
        "0006    GSET     4    1  ; \"y\"\n"
        "0007    GSET     3    2  ; \"x\"\n"
        "0008    RET0     0    1\n"
        "\n"},
    {"paren_truncates",
     "return (f())",
        "-- BYTECODE -- src:0-1\n"
        "0001    GGET     0    0  ; \"f\"\n"
        "0002    CALL     0    2    1\n"
        "0003    RET1     0    2\n"
        "\n"},
    {"folding",
     "local a = -0; local b = 1/0; local c = 0/0; local d = 2^3; local e = 7 % 0; local f = -(1); local g = 10 / 4 .. \"x\" .. 1",
        "-- BYTECODE -- src:0-1\n"
        "0001    KSHORT   0    0\n"
        "0002    UNM      0    0\n"
        "0003    KSHORT   1    1\n"
        "0004    DIVVN    1    1    0  ; 0\n"
        "0005    KSHORT   2    0\n"
        "0006    DIVVN    2    2    0  ; 0\n"
        "0007    KSHORT   3    8\n"
        "0008    KSHORT   4    7\n"
        "0009    MODVN    4    4    0  ; 0\n"
        "0010    KSHORT   5   -1\n"
        "0011    KNUM     6    1  ; 2.5\n"
        "0012    KSTR     7    2  ; \"x\"\n"
        "0013    KSHORT   8    1\n"
        "0014    CAT      6    6    8\n"
        "0015    RET0     0    1\n"
        "\n"},
    {"concat_chain",
     "local a, b, c; return a .. b .. c",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    2\n"
        "0002    MOV      3    0\n"
        "0003    MOV      4    1\n"
        "0004    MOV      5    2\n"
        "0005    CAT      3    3    5\n"
        "0006    RET1     3    2\n"
        "\n"},
    {"upvalue_stores",
     "local u; function f() u = 1; u = \"s\"; u = true; u = g end",
        "-- BYTECODE -- src:1-1\n"
        "0001    USETN    0    0  ; 1\n"
        "0002    USETS    0    1  ; \"s\"\n"
        "0003    USETP    0    2  ; true\n"
        "0004    GGET     0    2  ; \"g\"\n"
        "0005    USETV    0    0  ; u\n"
        "0006    RET0     0    1\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    FNEW     1    0  ; src:1\n"
        "0003    .local     0  ; u\n"
        "0004    GSET     1    0  ; \"f\"\n"
        "0005    RET0     0    1\n"
        "\n"},
    {"index_kinds",
     "local t, k; t.x = t[1]; t[k] = t[300]; t[\"y z\"] = t[k]",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    1\n"
        "0002    TGETB    2    0    1\n"
        "0003    TSETS    2    0    0  ; \"x\"\n"
        "0004    KSHORT   2  300\n"
        "0005    TGETV    2    0    2\n"
        "0006    TSETV    2    0    1\n"
        "0007    TGETV    2    0    1\n"
        "0008    TSETS    2    0    1  ; \"y z\"\n"
        "0009    RET0     0    1\n"
        "\n"},
    {"do_block_close",
     "do local x; f = function() return x end end",
        "-- BYTECODE -- src:1-1\n"
        "0001    UGET     0    0  ; x\n"
        "0002    RET1     0    2\n"
        "\n"
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    FNEW     1    0  ; src:1\n"
        "0003    .local     0  ; x\n"
        "0004    GSET     1    0  ; \"f\"\n"
        "0005    UCLO     0 => 0006\n"
        "0006    RET0     0    1\n"
        "\n"},
    {"call_args_multi",
     "f(1, g())\nf(...)",
        "-- BYTECODE -- src:0-2\n"
        "0001    GGET     0    0  ; \"f\"\n"
        "0002    KSHORT   1    1\n"
        "0003    GGET     2    1  ; \"g\"\n"
        "0004    CALL     2    0    1\n"
        "0005    CALLM    0    1    2\n"
        "0006    GGET     0    0  ; \"f\"\n"
        "0007    VARG     1    0    0\n"
        "0008    CALLM    0    1    1\n"
        "0009    RET0     0    1\n"
        "\n"},
    {"return_forms",
     "local a; if a then return end if a then return a end if a then return a, 1 end return 1, 2",
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    ISF           0\n"
        "0003    JMP      1 => 0005\n"
        "0004    RET0     0    1\n"
        "0005    ISF           0\n"
        "0006    JMP      1 => 0008\n"
        "0007    RET1     0    2\n"
        "0008    ISF           0\n"
        "0009    JMP      1 => 0013\n"
        "0010    MOV      1    0\n"
        "0011    KSHORT   2    1\n"
        "0012    RET      1    3\n"
        "0013    KSHORT   1    1\n"
        "0014    KSHORT   2    2\n"
        "0015    RET      1    3\n"
        "\n"},
    {"tail_call_multi",
     "return f(g())",
        "-- BYTECODE -- src:0-1\n"
        "0001    GGET     0    0  ; \"f\"\n"
        "0002    GGET     1    1  ; \"g\"\n"
        "0003    CALL     1    0    1\n"
        "0004    CALLMT   0    1\n"
        "\n"},
    {"unary_ops",
     "local a; return -a, #a, not a",
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    UNM      1    0\n"
        "0003    LEN      2    0\n"
        "0004    NOT      3    0\n"
        "0005    RET      1    4\n"
        "\n"},
    {"not_of_and",
     "local a, b; local x = not (a and b)",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    1\n"
        "0002    ISF           0\n"
        "0003    JMP      2 => 0008\n"
        "0004    NOT      2    1\n"
        "0005    JMP      3 => 0009\n"
        "0006    KPRI     2    1  ; false\n"
        "0007    JMP      3 => 0009\n"
        "0008    KPRI     2    2  ; true\n"
        "0009    RET0     0    1\n"
        "\n"},
    {"or_of_comparison",
     "local a, b; local x = (a < b) or c",
        "-- BYTECODE -- src:0-1\n"
        "0001    KNIL     0    1\n"
        "0002    ISLT     0    1\n"
        "0003    JMP      2 => 0008\n"
        "0004    GGET     2    0  ; \"c\"\n"
        "0005    JMP      3 => 0009\n"
        "0006    KPRI     2    1  ; false\n"
        "0007    JMP      3 => 0009\n"
        "0008    KPRI     2    2  ; true\n"
        "0009    RET0     0    1\n"
        "\n"},
    {"while_or_condition",
     "while a or b do f() end",
        "-- BYTECODE -- src:0-1\n"
        "0001    GGET     0    0  ; \"a\"\n"
        "0002    IST           0\n"
        "0003    JMP      0 => 0007\n"
        "0004    GGET     0    1  ; \"b\"\n"
        "0005    ISF           0\n"
        "0006    JMP      0 => 0010\n"
        "0007    GGET     0    2  ; \"f\"\n"
        "0008    CALL     0    1    1\n"
        "0009    JMP      0 => 0001\n"
        "0010    RET0     0    1\n"
        "\n"},
    {"eq_constant_left",
     "local a; if nil == a then a = 1 end if 1 == 1 then end",
        "-- BYTECODE -- src:0-1\n"
        "0001    KPRI     0    0  ; nil\n"
        "0002    ISNEP    0    0  ; nil\n"
        "0003    JMP      1 => 0005\n"
        "0004    KSHORT   0    1\n"
        "0005    KSHORT   1    1\n"
        "0006    ISNEN    1    0  ; 1\n"
        "0007    JMP      1 => 0008\n"
        "0008    RET0     0    1\n"
        "\n"},
    {"nil_merge",
     "local a; local b; local c, d = 1\nlocal e",
        "-- BYTECODE -- src:0-2\n"
        "0001    KNIL     0    1\n"
        "0002    KSHORT   2    1\n"
        "0003    KNIL     3    4\n"
        "0004    RET0     0    1\n"
        "\n"},
    {"nil_assign_globals",
     "x, y, z = nil\nlocal a, b, c",
        "-- BYTECODE -- src:0-2\n"
        "0001    KNIL     0    2\n"
        "0002    GSET     2    0  ; \"z\"\n"
        "0003    GSET     1    1  ; \"y\"\n"
        "0004    GSET     0    2  ; \"x\"\n"
        "0005    KNIL     0    2\n"
        "0006    RET0     0    1\n"
        "\n"},
};

START_TEST(listing_matches)
{
    lua_State *L = nl_test_open();
    nl_Proto *p = parse_ok(L, listings[_i].src);
    Text t = {NULL, 0, 0};
    nl_dump_proto(p, text_writer, &t);
    ck_assert_msg(strcmp(t.s, listings[_i].listing) == 0, "%s:\n%s\nwanted:\n%s", listings[_i].name,
                  t.s, listings[_i].listing);
    free(t.s);
    nanlua_close(L);
}
END_TEST

/* ---- (b) structure -------------------------------------------------------- */

START_TEST(main_function_shape)
{
    lua_State *L = nl_test_open();
    nl_Value *top = L->top;
    nl_Proto *p = parse_ok(L, "local a = 'k'\nlocal b = 'k' .. 1.5\nreturn a, b, 1.5");
    /* left anchored on the stack */
    ck_assert_ptr_eq(L->top, top + 1);
    ck_assert(top[0] == nl_box_gcref(NL_ITYPE_PROTO, p));
    ck_assert_uint_eq(p->numparams, 0);
    ck_assert_uint_eq(p->is_vararg, 1);
    ck_assert_uint_eq(p->nupvalues, 0);
    ck_assert_int_eq(p->linedefined, 0);
    ck_assert_int_eq(p->lastlinedefined, 3);
    ck_assert_uint_eq(p->framesize, 5); /* a, b, and three return values */
    /* "k" and 1.5 are shared: two constants */
    ck_assert_uint_eq(p->sizek, 2);
    ck_assert(nl_is_string(p->k[0]) && strcmp(nl_string(p->k[0])->data, "k") == 0);
    ck_assert(nl_is_number(p->k[1]) && nl_number(p->k[1]) == 1.5);
    ck_assert_str_eq(p->source->data, "=src");
    /* a line per instruction */
    ck_assert_int_eq(p->lineinfo[0], 1);
    ck_assert_int_eq(p->lineinfo[1], 2);
    ck_assert_int_eq(p->lineinfo[p->sizecode - 1], 3);
    /* it ends with its return: no final RET0 after it, as in LuaJIT */
    ck_assert_uint_eq(nl_bc_op(p->code[p->sizecode - 1]), NL_BC_RET);
    nanlua_close(L);
}
END_TEST

START_TEST(nested_prototypes_and_upvalues)
{
    lua_State *L = nl_test_open();
    nl_Proto *p = parse_ok(L, "local x, y\n"
                              "local function f(a, b, ...)\n"
                              "  return function(c) return x, a, c, y end\n"
                              "end\n"
                              "function g(self) end");
    ck_assert_uint_eq(p->sizep, 2);
    nl_Proto *f = p->p[0], *g = p->p[1];
    ck_assert_uint_eq(f->numparams, 2);
    ck_assert_uint_eq(f->is_vararg, 1);
    ck_assert_int_eq(f->linedefined, 2);
    ck_assert_int_eq(f->lastlinedefined, 4);
    ck_assert_uint_eq(f->nupvalues, 2); /* x and y, through f to the inner function */
    ck_assert_str_eq(f->upvalnames[0]->data, "x");
    ck_assert_str_eq(f->upvalnames[1]->data, "y");
    ck_assert_uint_eq(f->sizep, 1);
    nl_Proto *inner = f->p[0];
    ck_assert_uint_eq(inner->numparams, 1);
    ck_assert_uint_eq(inner->is_vararg, 0);
    ck_assert_uint_eq(inner->nupvalues, 3);
    ck_assert_str_eq(inner->upvalnames[0]->data, "x");
    ck_assert_str_eq(inner->upvalnames[1]->data, "a");
    ck_assert_str_eq(inner->upvalnames[2]->data, "y");
    ck_assert_uint_eq(g->numparams, 1);
    ck_assert_int_eq(g->linedefined, 5);
    /* The FNEW of f is followed by its upvalue words: x is register 0, y is 1. */
    uint32_t pc = 0;
    while (nl_bc_op(p->code[pc]) != NL_BC_FNEW)
        pc++;
    ck_assert_uint_eq(nl_bc_op(p->code[pc + 1]), NL_BC_MOV);
    ck_assert_uint_eq(nl_bc_d(p->code[pc + 1]), 0);
    ck_assert_uint_eq(nl_bc_d(p->code[pc + 2]), 1);
    nanlua_close(L);
}
END_TEST

START_TEST(local_debug_info)
{
    lua_State *L = nl_test_open();
    nl_Proto *p = parse_ok(L, "local a = 1\ndo local b = 2 end\nfor i = 1, 2 do end\nlocal c");
    const char *names[] = {"a", "b", "(for index)", "(for limit)", "(for step)", "i", "c"};
    ck_assert_uint_eq(p->sizelocvars, 7);
    for (int i = 0; i < 7; i++) {
        ck_assert_str_eq(p->locvars[i].name->data, names[i]);
        ck_assert_uint_le(p->locvars[i].startpc, p->locvars[i].endpc);
        ck_assert_uint_le(p->locvars[i].endpc, p->sizecode);
    }
    ck_assert_uint_eq(p->locvars[0].startpc, 1); /* after its KSHORT */
    ck_assert_uint_eq(p->locvars[0].endpc, p->sizecode - 1);
    ck_assert_uint_eq(p->locvars[1].endpc, 2);   /* b dies at the end of do */
    nanlua_close(L);
}
END_TEST

START_TEST(template_table_constant)
{
    lua_State *L = nl_test_open();
    nl_Proto *p = parse_ok(L, "return {1, 'two', x = true, [4] = 4}");
    ck_assert_uint_eq(nl_bc_op(p->code[0]), NL_BC_TDUP);
    nl_Value t = p->k[nl_bc_d(p->code[0])];
    ck_assert(nl_is_table(t));
    ck_assert(nl_number(*nl_tab_getint(nl_table(t), 1)) == 1);
    ck_assert(nl_is_string(*nl_tab_getint(nl_table(t), 2)));
    ck_assert(*nl_tab_getstr(nl_table(t), nl_str_newz(L, "x")) == NL_TRUE);
    ck_assert(nl_number(*nl_tab_getint(nl_table(t), 4)) == 4);
    nanlua_close(L);
}
END_TEST

START_TEST(big_code_and_constants)
{
    /* Growth of every array, constants past the 8-bit operand range. */
    lua_State *L = nl_test_open();
    Text t = {NULL, 0, 0};
    char line[64];
    for (int i = 0; i < 600; i++) {
        int n = snprintf(line, sizeof line, "x%d = %d.5 + y * %d.25\n", i, i, i);
        text_writer(&t, line, (size_t)n);
    }
    nl_Proto *p = parse_ok(L, t.s);
    ck_assert_uint_eq(p->sizek, 600 * 3 + 1);
    ck_assert_uint_gt(p->sizecode, 600 * 4);
    ck_assert_int_eq(p->lineinfo[p->sizecode - 2], 600);
    free(t.s);
    nanlua_close(L);
}
END_TEST

/* ---- (c) syntax errors ---------------------------------------------------- */

static const struct {
    const char *src, *msg;
} errors[] = {
    {"goto x; local a; ::x:: print(a)", "src:1: <goto x> jumps into the scope of local 'a'"},
    {"goto y", "src:1: undefined label 'y'"},
    {"::a:: ::a::", "src:1: duplicate label 'a'"},
    {"break", "src:1: no loop to break"},
    {"x", "src:1: '=' expected near '<eof>'"},
    {"x = ", "src:1: unexpected symbol near '<eof>'"},
    {"if x then", "src:1: 'end' expected near '<eof>'"},
    {"if x then\nfoo()", "src:2: 'end' expected (to close 'if' at line 1) near '<eof>'"},
    {"return 1 x", "src:1: '<eof>' expected near 'x'"},
    {"function f() return ... end", "src:1: cannot use '...' outside a vararg function near '...'"},
    {"f\n(g)", "src:2: ambiguous syntax (function call x new statement) near '('"},
    {"local t = {} t.x, t.y", "src:1: '=' expected near '<eof>'"},
    {"for i=1 do end", "src:1: ',' expected near 'do'"},
    {"for a,b = 1,2 do end", "src:1: 'in' expected near '='"},
    {"a.b:c = 1", "src:1: function arguments expected near '='"},
    {"(a) = 1", "src:1: syntax error near '='"},
    {"(a)", "src:1: syntax error near '<eof>'"},
    {"f() = 1", "src:1: unexpected symbol near '='"},
    {"repeat goto l local x ::l:: until x", "src:1: <goto l> jumps into the scope of local 'x'"},
    {"x = 1 +", "src:1: unexpected symbol near '<eof>'"},
    {"f(", "src:1: unexpected symbol near '<eof>'"},
    {"local function 1", "src:1: '<name>' expected near '1'"},
    {"a , b", "src:1: '=' expected near '<eof>'"},
    {"goto continue", "src:1: undefined label 'continue'"},
    {"local x <const> = 1", "src:1: unexpected symbol near '<'"},
    {"return return", "src:1: unexpected symbol near 'return'"},
    {"while true do end end", "src:1: '<eof>' expected near 'end'"},
    {"function f(a,1) end", "src:1: <name> or '...' expected near '1'"},
    {"break x", "src:1: '<eof>' expected near 'x'"},
    {"for i=1,2 do end break", "src:1: no loop to break"},
    {"x = function() goto l end", "src:1: undefined label 'l'"},
    {"while 1 do\n goto l\n local x\n ::l:: \n print(x) end", "src:2: <goto l> jumps into the scope of local 'x'"},
    {"do goto a; local x; ::a:: ; end", "src:1: <goto a> jumps into the scope of local 'x'"},
    {"x=1; ; y=2", "src:1: unexpected symbol near ';'"},
    {";", "src:1: unexpected symbol near ';'"},
    {"x = {1,2", "src:1: '}' expected near '<eof>'"},
    {"x = {1,2\n\n", "src:3: '}' expected (to close '{' at line 1) near '<eof>'"},
    {"x = (1", "src:1: ')' expected near '<eof>'"},
    {"x = a[1", "src:1: ']' expected near '<eof>'"},
    {"x = a.", "src:1: '<name>' expected near '<eof>'"},
    {"x = a:b", "src:1: function arguments expected near '<eof>'"},
    {"x = a:b.c", "src:1: function arguments expected near '.'"},
    {"function a.b:c.d() end", "src:1: '(' expected near '.'"},
    {"function 1() end", "src:1: '<name>' expected near '1'"},
    {"local 1 = 2", "src:1: '<name>' expected near '1'"},
    {"for 1 = 1, 2 do end", "src:1: '<name>' expected near '1'"},
    {"for i in do end", "src:1: unexpected symbol near 'do'"},
    {"for i = 1, 2 end", "src:1: 'do' expected near 'end'"},
    {"while true end", "src:1: 'do' expected near 'end'"},
    {"repeat x = 1", "src:1: 'until' expected near '<eof>'"},
    {"repeat x = 1 until", "src:1: unexpected symbol near '<eof>'"},
    {"if x end", "src:1: 'then' expected near 'end'"},
    {"if x then else", "src:1: 'end' expected near '<eof>'"},
    {"if x then elseif end", "src:1: unexpected symbol near 'end'"},
    {"elseif", "src:1: '<eof>' expected near 'elseif'"},
    {"else", "src:1: '<eof>' expected near 'else'"},
    {"end", "src:1: '<eof>' expected near 'end'"},
    {"until x", "src:1: '<eof>' expected near 'until'"},
    {"then", "src:1: unexpected symbol near 'then'"},
    {"x = not", "src:1: unexpected symbol near '<eof>'"},
    {"x = #", "src:1: unexpected symbol near '<eof>'"},
    {"function f() x = ... end", "src:1: cannot use '...' outside a vararg function near '...'"},
    {"x = }", "src:1: unexpected symbol near '}'"},
    {"x = {[1] 2}", "src:1: '=' expected near '2'"},
    {"x = {a = }", "src:1: unexpected symbol near '}'"},
    {"x = {a b}", "src:1: '}' expected near 'b'"},
    {"::a", "src:1: '::' expected near '<eof>'"},
    {"goto", "src:1: '=' expected near '<eof>'"},
    {"goto 1", "src:1: '=' expected near '1'"},
    {"goto goto", "src:1: '=' expected near 'goto'"},
    {"::goto:: goto goto", "src:1: '=' expected near 'goto'"},
    {"do ::a:: end goto a", "src:1: undefined label 'a'"},
    {"x = 1 .. ", "src:1: unexpected symbol near '<eof>'"},
    {"a.b.c", "src:1: '=' expected near '<eof>'"},
    {"a[b]", "src:1: '=' expected near '<eof>'"},
    {"a:b", "src:1: function arguments expected near '<eof>'"},
    {"x.y = ", "src:1: unexpected symbol near '<eof>'"},
    {"local a, = 1", "src:1: '<name>' expected near '='"},
    {"local function f(", "src:1: <name> or '...' expected near '<eof>'"},
    {"function f(a, b", "src:1: ')' expected near '<eof>'"},
    {"function f() end end", "src:1: '<eof>' expected near 'end'"},
    {"return\nreturn", "src:2: unexpected symbol near 'return'"},
    {"x = function", "src:1: '(' expected near '<eof>'"},
    {"x = function(", "src:1: <name> or '...' expected near '<eof>'"},
    {"x = 1 == == 2", "src:1: unexpected symbol near '=='"},
    {"x = 'abc", "src:1: unfinished string near '<eof>'"},
    {"x = [[abc", "src:1: unfinished long string near '<eof>'"},
    {"--[[ abc", "src:1: unfinished long comment near '<eof>'"},
    {"x = 0x", "src:1: malformed number near '0x'"},
    {"x = 1e", "src:1: malformed number near '1e'"},
    {"x = 3 3", "src:1: unexpected symbol near '3'"},
    {"f 1", "src:1: '=' expected near '1'"},
    {"a.b[c]:d'e' = 1", "src:1: unexpected symbol near '='"},
    {"x = a and", "src:1: unexpected symbol near '<eof>'"},
    {"x = (a or b", "src:1: ')' expected near '<eof>'"},
    {"while x do break break end", "src:1: 'end' expected near 'break'"},
    {"goto l; do ::l:: end", "src:1: undefined label 'l'"},
    {"goto f; local a; ::f:: ;", "src:1: <goto f> jumps into the scope of local 'a'"},
    {"local a = 1 local function f() goto a end ::a::", "src:1: undefined label 'a'"},
    {"x = \"\\q\"", "src:1: invalid escape sequence near '\"'"},
    {"x = '\\300'", "src:1: invalid escape sequence near '''"},
    {"return 1,", "src:1: unexpected symbol near '<eof>'"},
    {"return 1;;", "src:1: '<eof>' expected near ';'"},
    {"return 1 2", "src:1: '<eof>' expected near '2'"},
    {"for a b", "src:1: '=' or 'in' expected near 'b'"},
    {"for a.b = 1, 2 do end", "src:1: '=' or 'in' expected near '.'"},
    {"local function a.b() end", "src:1: '(' expected near '.'"},
    {"function a:b:c() end", "src:1: '(' expected near ':'"},
    {"x = 1 = 2", "src:1: unexpected symbol near '='"},
    {"local a <close>", "src:1: unexpected symbol near '<'"},
    {"if a then elseif b then else elseif c then end", "src:1: 'end' expected near 'elseif'"},
    {"return 1 end", "src:1: '<eof>' expected near 'end'"},
    {"for i = 1, 2, 3, 4 do end", "src:1: 'do' expected near ','"},
    {"a = b = c", "src:1: unexpected symbol near '='"},
    {"x = function(...) local function g() return ... end end", "src:1: cannot use '...' outside a vararg function near '...'"},
    {"while true do local x = 1 end goto x", "src:1: undefined label 'x'"},
    {"::x:: ::y:: ::x::", "src:1: duplicate label 'x'"},
    {"goto x; do ::x:: end", "src:1: undefined label 'x'"},
    {"repeat until", "src:1: unexpected symbol near '<eof>'"},
    {"x = a..", "src:1: unexpected symbol near '<eof>'"},
    {"f(a,)", "src:1: unexpected symbol near ')'"},
    {"f(,a)", "src:1: unexpected symbol near ','"},
    {"x = {,}", "src:1: unexpected symbol near ','"},
    {"x = {a,,b}", "src:1: unexpected symbol near ','"},
    {"x = {;}", "src:1: unexpected symbol near ';'"},
    {"local a, b.c = 1", "src:1: unexpected symbol near '.'"},
    {"return 1; x = 2", "src:1: '<eof>' expected near 'x'"},
    {"for i = 1, 10 do\n goto skip\n local y\n ::skip::\n y = 1\nend", "src:2: <goto skip> jumps into the scope of local 'y'"},
    {"local x\ngoto done\nlocal y\n::done::\nprint(y)", "src:2: <goto done> jumps into the scope of local 'y'"},
};

static void check_error(lua_State *L, const char *src, size_t len, const char *want)
{
    nl_Proto *p;
    const char *msg;
    int status = parse(L, src, len, &p, &msg);
    ck_assert_msg(status == NL_ERRSYNTAX, "no error for %.60s", src);
    ck_assert_str_eq(msg, want);
}

START_TEST(syntax_error_matches_luajit)
{
    lua_State *L = nl_test_open();
    check_error(L, errors[_i].src, strlen(errors[_i].src), errors[_i].msg);
    nanlua_close(L);
}
END_TEST

/* src = prefix, then n times rep, then suffix, then n times close. */
static char *repeated(const char *prefix, const char *rep, int n, const char *suffix,
                      const char *close)
{
    Text t = {NULL, 0, 0};
    text_writer(&t, prefix, strlen(prefix));
    for (int i = 0; i < n; i++)
        text_writer(&t, rep, strlen(rep));
    text_writer(&t, suffix, strlen(suffix));
    for (int i = 0; close && i < n; i++)
        text_writer(&t, close, strlen(close));
    return t.s;
}

static void check_limit(const char *src, const char *want)
{
    lua_State *L = nl_test_open();
    nl_Proto *p;
    const char *msg;
    int status = parse(L, src, strlen(src), &p, &msg);
    if (want) {
        ck_assert_int_eq(status, NL_ERRSYNTAX);
        ck_assert_str_eq(msg, want);
    } else {
        ck_assert_msg(status == NL_OK, "%s", msg ? msg : "");
    }
    nanlua_close(L);
}

START_TEST(limits_match_luajit)
{
    /* Thresholds found with luajit: 197 parentheses and 198 nested do
     * blocks still parse, one more does not; the same for 200 locals,
     * 60 upvalues and 199 assignment targets. */
    static const char *levels = "src:1: chunk has too many syntax levels";
    char *s;
    check_limit(s = repeated("x=", "(", 197, "1", ")"), NULL), free(s);
    check_limit(s = repeated("x=", "(", 198, "1", ")"), levels), free(s);
    check_limit(s = repeated("", "do ", 198, "", "end "), NULL), free(s);
    check_limit(s = repeated("", "do ", 199, "", "end "), levels), free(s);
    check_limit(s = repeated("x = 1", " .. 1", 198, "", NULL), levels), free(s);
    check_limit(s = repeated("x = ", "{", 198, "", "}"), NULL), free(s);
    check_limit(s = repeated("x = ", "{", 199, "", "}"), levels), free(s);
    check_limit(s = repeated("local a0", ",a", 199, "", NULL), NULL), free(s);
    check_limit(s = repeated("local a0", ",a", 200, "", NULL),
                "src:1: main function has more than 200 local variables"), free(s);
    check_limit(s = repeated("function f() local a0", ",a", 200, "", " end"),
                "src:1: function at line 1 has more than 200 local variables"), free(s);
    check_limit(s = repeated("", "a,", 198, "a = 1", NULL), NULL), free(s);
    check_limit(s = repeated("", "a,", 199, "a = 1", NULL),
                "src:1: main function has more than 200 variable names"), free(s);
    check_limit(s = repeated("return ", "x,", 248, "x", NULL), NULL), free(s);
    check_limit(s = repeated("return ", "x,", 250, "x", NULL),
                "src:1: function or expression too complex near 'x'"), free(s);
    /* upvalues: locals u1..u61 each referenced from f */
    Text t = {NULL, 0, 0};
    char buf[32];
    for (int i = 1; i <= 61; i++)
        text_writer(&t, buf, (size_t)snprintf(buf, sizeof buf, "local u%d ", i));
    text_writer(&t, "function f() return ", 20);
    for (int i = 1; i <= 60; i++)
        text_writer(&t, buf, (size_t)snprintf(buf, sizeof buf, "u%d,", i));
    char *sixty = strdup(t.s);
    text_writer(&t, "u61 end", 7);
    size_t n = strlen(sixty);
    sixty = realloc(sixty, n + 7);
    memcpy(sixty + n, "1 end", 6);
    check_limit(sixty, NULL);
    check_limit(t.s, "src:1: function at line 1 has more than 60 upvalues");
    free(sixty);
    free(t.s);
}
END_TEST

START_TEST(errors_free_everything)
{
    /* A long chunk that fails at its end: the lexer buffer and the goto and
     * label lists have grown; LeakSanitizer (SANITIZE=1) checks they go. */
    char *s = repeated("local t = {", "'a long string constant to grow the lexer buffer', ", 200,
                       "} ::a:: goto b ::a::", NULL);
    check_limit(s, "src:1: duplicate label 'a'");
    free(s);
}
END_TEST

/* ---- (d) the script corpus ------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Text t = {NULL, 0, 0};
    char buf[2000];
    size_t n;
    text_writer(&t, "", 0);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        text_writer(&t, buf, n);
    fclose(f);
    *len = t.len;
    return t.s;
}

/* Is the first line of the script's expected output a syntax error? */
static bool expects_syntax_error(const char *luapath)
{
    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%.*s.expected", (int)(strlen(luapath) - 4), luapath);
    char *s = read_file(path, &len);
    if (!s)
        return false;
    char *nl = strchr(s, '\n');
    if (nl)
        *nl = '\0';
    bool yes = strstr(s, " near '") || strstr(s, "syntax levels") || strstr(s, "has more than");
    free(s);
    return yes;
}

static int parse_tree(lua_State *L, const char *dir)
{
    DIR *d = opendir(dir);
    int count = 0;
    if (!d)
        return 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            count += parse_tree(L, path);
            continue;
        }
        size_t n = strlen(path), len;
        if (n < 4 || strcmp(path + n - 4, ".lua") != 0 || expects_syntax_error(path))
            continue;
        char *src = read_file(path, &len);
        nl_Proto *p;
        const char *msg;
        int status = parse(L, src, len, &p, &msg);
        ck_assert_msg(status == NL_OK, "%s: %s", path, msg ? msg : "");
        L->top = L->stack; /* drop the anchored prototype */
        free(src);
        count++;
    }
    closedir(d);
    return count;
}

START_TEST(script_corpus_parses)
{
    struct stat st;
    if (stat("tests/scripts", &st) != 0)
        return; /* not run from the repository root */
    lua_State *L = nl_test_open();
    ck_assert_int_gt(parse_tree(L, "tests/scripts"), 100);
    nanlua_close(L);
}
END_TEST

Suite *suite_parse(void)
{
    Suite *s = suite_create("parse");
    TCase *tc = tcase_create("listings");
    tcase_add_loop_test(tc, listing_matches, 0, (int)(sizeof listings / sizeof listings[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("structure");
    tcase_add_test(tc, main_function_shape);
    tcase_add_test(tc, nested_prototypes_and_upvalues);
    tcase_add_test(tc, local_debug_info);
    tcase_add_test(tc, template_table_constant);
    tcase_add_test(tc, big_code_and_constants);
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_loop_test(tc, syntax_error_matches_luajit, 0, (int)(sizeof errors / sizeof errors[0]));
    tcase_add_test(tc, limits_match_luajit);
    tcase_add_test(tc, errors_free_everything);
    suite_add_tcase(s, tc);
    tc = tcase_create("corpus");
    tcase_add_test(tc, script_corpus_parses);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
