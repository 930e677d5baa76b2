/* test_lex.c -- the lexer (vm/nl_lex.c). Expected error messages are what
 * LuaJIT 2.1.0-beta3 printed for loadstring(src, chunkname); expected string
 * contents were checked against luajit the same way. */
#include <stdio.h>
#include <string.h>

#include "nl_err.h"
#include "nl_lex.h"
#include "nl_number.h"
#include "nl_string.h"
#include "suites.h"
#include "support.h"

/* ---- Driving the lexer -------------------------------------------------- */

/* Hands out the source in pieces of `piece` bytes (0: all at once), so that
 * every token also gets split across reader calls. */
typedef struct Source {
    const char *s;
    size_t len, pos, piece;
} Source;

static const char *source_reader(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    Source *src = ud;
    size_t n = src->len - src->pos;
    if (src->piece && n > src->piece)
        n = src->piece;
    *size = n;
    const char *p = src->s + src->pos;
    src->pos += n;
    return p;
}

typedef struct Run {
    Source src;
    const char *chunkname;
    nl_LexState ls;
    char out[2000]; /* the tokens, rendered by render() */
    size_t outlen;
    int lines[64]; /* ls->linenumber after each token */
    int ntokens;
    bool syntax_at_last; /* raise "unexpected symbol" at the last token */
} Run;

static void put(Run *r, const char *s, size_t n)
{
    ck_assert_uint_lt(r->outlen + n, sizeof r->out);
    memcpy(r->out + r->outlen, s, n);
    r->outlen += n;
    r->out[r->outlen] = '\0';
}

/* A token as text: numbers as #value, names as $name, strings quoted with
 * bytes outside printable ASCII as \ddd, anything else as token2str has it. */
static void render(Run *r, const nl_Token *t)
{
    char buf[NL_NUM_BUFSZ + 1];
    if (r->outlen)
        put(r, " ", 1);
    if (t->token == NL_TK_NUMBER) {
        put(r, "#", 1);
        put(r, buf, nl_num_format(nl_number(t->sem), buf));
    } else if (t->token == NL_TK_NAME) {
        put(r, "$", 1);
        put(r, nl_string(t->sem)->data, nl_string(t->sem)->len);
    } else if (t->token == NL_TK_STRING) {
        nl_String *s = nl_string(t->sem);
        put(r, "\"", 1);
        for (size_t i = 0; i < s->len; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (c >= ' ' && c < 127 && c != '\\')
                put(r, (const char *)&c, 1);
            else
                put(r, buf, (size_t)snprintf(buf, sizeof buf, "\\%03d", c));
        }
        put(r, "\"", 1);
    } else {
        const char *s = nl_lex_token2str(&r->ls, t->token);
        put(r, s, strlen(s));
    }
}

static void lex_all(lua_State *L, void *ud)
{
    Run *r = ud;
    nl_String *name = nl_str_newz(L, r->chunkname ? r->chunkname : "=src");
    nl_lex_init(L, &r->ls, source_reader, &r->src, name);
    for (;;) {
        nl_lex_next(&r->ls);
        if (r->syntax_at_last && nl_lex_lookahead(&r->ls) == NL_TK_EOF)
            nl_lex_syntaxerror(&r->ls, "unexpected symbol");
        if (r->ls.t.token == NL_TK_EOF)
            return;
        render(r, &r->ls.t);
        ck_assert_int_lt(r->ntokens, 64);
        r->lines[r->ntokens++] = r->ls.linenumber;
    }
}

/* Lexes src to the end; returns the status, with the tokens in r->out or the
 * error message there. */
static int run(lua_State *L, Run *r, const char *s, size_t len, size_t piece)
{
    r->src = (Source){.s = s, .len = len, .piece = piece};
    r->outlen = 0;
    r->out[0] = '\0';
    r->ntokens = 0;
    int status = nl_err_protect(L, lex_all, r);
    nl_lex_free(&r->ls);
    if (status != NL_OK) {
        ck_assert(nl_is_string(L->top[-1]));
        r->outlen = 0;
        put(r, nl_string(L->top[-1])->data, strlen(nl_string(L->top[-1])->data));
        L->top--;
    }
    return status;
}

/* Checks the tokens of src, read whole and byte by byte. */
static void check_tokens_len(const char *s, size_t len, const char *want)
{
    lua_State *L = nl_test_open();
    Run r = {.chunkname = NULL};
    for (size_t piece = 0; piece <= 1; piece++) {
        int status = run(L, &r, s, len, piece);
        ck_assert_msg(status == NL_OK, "%s: %s", s, r.out);
        ck_assert_str_eq(r.out, want);
    }
    nanlua_close(L);
}
#define check_tokens(s, want) check_tokens_len((s), sizeof(s) - 1, (want))

/* ---- Tokens --------------------------------------------------------------- */

START_TEST(reserved_words_and_names)
{
    check_tokens("and break do else elseif end false for function if in local nil not "
                 "or repeat return then true until while",
                 "and break do else elseif end false for function if in local nil not "
                 "or repeat return then true until while");
    check_tokens("And _x x1 _ endx end_ __while \200\377 a\300b",
                 "$And $_x $x1 $_ $endx $end_ $__while $\200\377 $a\300b");
}
END_TEST

START_TEST(goto_is_a_name)
{
    check_tokens("goto x goto", "$goto $x $goto");
    lua_State *L = nl_test_open();
    ck_assert(nl_lex_isgoto(nl_box_string(nl_str_newz(L, "goto"))));
    ck_assert(!nl_lex_isgoto(nl_box_string(nl_str_newz(L, "gotox"))));
    ck_assert(!nl_lex_isgoto(nl_box_string(nl_str_newz(L, "while"))));
    nanlua_close(L);
}
END_TEST

START_TEST(symbols)
{
    check_tokens("+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : :: , . .. ...",
                 "+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : :: , . .. ...");
    check_tokens("a..b...c....d", "$a .. $b ... $c ... . $d");
    check_tokens("a===b~~=c<<=d>>=e:::f", "$a == = $b ~ ~= $c < <= $d > >= $e :: : $f");
    check_tokens("! @ $ ` ? & | \\", "! @ $ ` ? & | \\");
    check_tokens("a\0b\1\177", "$a char(0) $b char(1) char(127)");
    check_tokens("", "");
}
END_TEST

START_TEST(comments)
{
    check_tokens("a -- b\nc --[[ d\ne ]] f --[==[ ]] ]=] ]==] g", "$a $c $f $g");
    check_tokens("a --[ b\nc --[=x\nd --\ne ---[[ f\ng -- [[\nh", "$a $c $d $e $g $h");
    check_tokens("a - -b --[[x]]-c", "$a - - $b - $c");
}
END_TEST

START_TEST(shebang_line)
{
    check_tokens("#!/usr/bin/env luajit\nx", "$x");
    check_tokens("# anything\r\nreturn 'y'", "return \"y\"");
    check_tokens("#", "");
    check_tokens("x #", "$x #");
}
END_TEST

START_TEST(lookahead)
{
    lua_State *L = nl_test_open();
    Source src = {.s = "a = 'b' c", .len = 9};
    nl_LexState ls;
    nl_lex_init(L, &ls, source_reader, &src, nl_str_newz(L, "=src"));
    nl_lex_next(&ls);
    ck_assert_int_eq(ls.t.token, NL_TK_NAME);
    ck_assert_int_eq(nl_lex_lookahead(&ls), '=');
    ck_assert_int_eq(ls.t.token, NL_TK_NAME);
    ck_assert_str_eq(nl_string(ls.t.sem)->data, "a");
    nl_lex_next(&ls);
    ck_assert_int_eq(ls.t.token, '=');
    ck_assert_int_eq(nl_lex_lookahead(&ls), NL_TK_STRING);
    nl_lex_next(&ls);
    ck_assert_int_eq(ls.t.token, NL_TK_STRING);
    ck_assert_str_eq(nl_string(ls.t.sem)->data, "b");
    nl_lex_next(&ls);
    ck_assert_str_eq(nl_string(ls.t.sem)->data, "c");
    nl_lex_next(&ls);
    ck_assert_int_eq(ls.t.token, NL_TK_EOF);
    nl_lex_next(&ls); /* the end repeats */
    ck_assert_int_eq(ls.t.token, NL_TK_EOF);
    nl_lex_free(&ls);
    nanlua_close(L);
}
END_TEST

START_TEST(token_names)
{
    nl_LexState ls;
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_ELSEIF), "elseif");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_WHILE), "while");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_CONCAT), "..");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_DBCOLON), "::");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_EOF), "<eof>");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_NUMBER), "<number>");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_NAME), "<name>");
    ck_assert_str_eq(nl_lex_token2str(&ls, NL_TK_STRING), "<string>");
    ck_assert_str_eq(nl_lex_token2str(&ls, '='), "=");
    ck_assert_str_eq(nl_lex_token2str(&ls, '\n'), "char(10)");
}
END_TEST

/* ---- Strings ---------------------------------------------------------------- */

START_TEST(escapes)
{
    /* luajit: "\a\b\f\n\r\t\v\\\"\'" is bytes 7 8 12 10 13 9 11 92 34 39 */
    check_tokens("'\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\''",
                 "\"\\007\\008\\012\\010\\013\\009\\011\\092\"'\"");
    check_tokens("\"it's\" 'say \"hi\"'", "\"it's\" \"say \"hi\"\"");
    check_tokens("'\\0\\1\\12\\123\\255\\0001\\1234'", "\"\\000\\001\\012{\\255\\0001{4\"");
    check_tokens("'\\x41\\x7a\\xfF\\x00'", "\"Az\\255\\000\"");
    check_tokens("'a\\\nb' 'a\\\r\nb' 'a\\\n\rb' 'a\\\rb'",
                 "\"a\\010b\" \"a\\010b\" \"a\\010b\" \"a\\010b\"");
    check_tokens("'a\\z   \n\r\n\t  b' 'a\\zb' 'a\\z'", "\"ab\" \"ab\" \"a\"");
    check_tokens("'\\u{41}\\u{e9}\\u{20AC}\\u{1F600}\\u{10FFFF}\\u{0}\\u{0000000041}'",
                 "\"A\\195\\169\\226\\130\\172\\240\\159\\152\\128\\244\\143\\191\\191\\000A\"");
    check_tokens("'\\u{7F}\\u{80}\\u{7FF}\\u{800}\\u{D7FF}\\u{E000}\\u{FFFF}\\u{10000}'",
                 "\"\\127\\194\\128\\223\\191\\224\\160\\128\\237\\159\\191\\238\\128\\128"
                 "\\239\\191\\191\\240\\144\\128\\128\"");
    check_tokens("'a\0b' \"\0\"", "\"a\\000b\" \"\\000\"");
}
END_TEST

START_TEST(long_strings)
{
    check_tokens("[[abc]] [=[abc]=] [==[abc]==] [===[abc]===]", "\"abc\" \"abc\" \"abc\" \"abc\"");
    check_tokens("[[\nx]] [=[\r\nx]=] [==[\n\rx]==] [[\r\rx]] [[\n\nx]]",
                 "\"x\" \"x\" \"x\" \"\\010x\" \"\\010x\"");
    /* luajit: [[ a [[ b ]] is " a [[ b " (no nesting in 5.1 mode) */
    check_tokens("[[ a [[ b ]] [==[ a ]] ]=] ]===] ]==]", "\" a [[ b \" \" a ]] ]=] ]===] \"");
    check_tokens("[[a\r\nb\n\rc\rd\ne]] [[]] [=[]]=]", "\"a\\010b\\010c\\010d\\010e\" \"\" \"]\"");
    check_tokens("[[\\n\\]] [=[]]]=]", "\"\\092n\\092\" \"]]\"");
    check_tokens("[[a\0b]]", "\"a\\000b\"");
}
END_TEST

/* ---- Numbers --------------------------------------------------------------- */

START_TEST(numbers)
{
    check_tokens("3 3.0 3.1416 314.16e-2 0.31416E1 34e1 0x0.1E 0xA23p-4 0X1.921FB54442D18P+1",
                 "#3 #3 #3.1416 #3.1416 #3.1416 #340 #0.1171875 #162.1875 #3.1415926535898");
    check_tokens("0xff 0x56 .5 5. 0x.8p1 0xA.8 0x1p4 1e+5 1E-2 0b101 0B11 007",
                 "#255 #86 #0.5 #5 #1 #10.5 #16 #100000 #0.01 #5 #3 #7");
    /* luajit: a sign belongs to the number only right after its exponent mark */
    check_tokens("0x1e+5 1e-5-1 a.5 1 .. 2", "#30 + #5 #1e-05 - #1 $a #0.5 #1 .. #2");
    check_tokens("1e500 0x1p-1075 123456789012345678901234567890",
                 "#inf #0 #1.2345678901235e+29");
}
END_TEST

/* ---- Lines ---------------------------------------------------------------- */

START_TEST(line_counting)
{
    static const struct {
        const char *s;
        int lines[4];
    } cases[] = {
        {"a\nb\n\nc", {1, 2, 4}},
        {"a\r\nb\r\n\r\nc", {1, 2, 4}},
        {"a\rb\r\rc", {1, 2, 4}},
        {"a\n\rb\n\r\n\rc", {1, 2, 4}},
        {"a\r\n\n\rb\n\n\r\r\nc", {1, 3, 6}},
        {"a [[\n\n]] b", {1, 3, 3}},
        {"'\\\n' x --[[\r\n]] y", {2, 2, 3}},
        {"a -- c\nb --[==[\n\n]==] c", {1, 2, 4}},
    };
    lua_State *L = nl_test_open();
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        for (size_t piece = 0; piece <= 1; piece++) {
            Run r = {.chunkname = NULL};
            ck_assert_int_eq(run(L, &r, cases[i].s, strlen(cases[i].s), piece), NL_OK);
            ck_assert_int_eq(r.ntokens, 3);
            for (int k = 0; k < 3; k++)
                ck_assert_msg(r.lines[k] == cases[i].lines[k], "case %zu token %d: line %d",
                              i, k, r.lines[k]);
            ck_assert_int_eq(r.ls.lastline, cases[i].lines[2]);
        }
    }
    nanlua_close(L);
}
END_TEST

/* ---- Errors ------------------------------------------------------------------ */

typedef struct ErrorCase {
    const char *s;
    size_t len;
    const char *chunkname;
    const char *message;
} ErrorCase;

/* luajit 2.1: loadstring(s, chunkname) */
static const ErrorCase lex_errors[] = {
    {"x = 'abc", 8, "=src", "src:1: unfinished string near '<eof>'"},
    {"x = \042abc\012y\042", 11, "=src", "src:1: unfinished string near '\042abc'"},
    {"x = \042abc\134", 9, "=src", "src:1: unfinished string near '<eof>'"},
    {"x = 'ab\015cd'", 11, "=src", "src:1: unfinished string near ''ab'"},
    {"\012\012\012\012x = 'open\012", 14, "=src", "src:5: unfinished string near ''open'"},
    {"x = [[abc", 9, "=src", "src:1: unfinished long string near '<eof>'"},
    {"x = [==[abc]=]", 14, "=src", "src:1: unfinished long string near '<eof>'"},
    {"--[[ comment", 12, "=src", "src:1: unfinished long comment near '<eof>'"},
    {"x = [[\012\012\012", 9, "=src", "src:4: unfinished long string near '<eof>'"},
    {"return 1 --[==[ x ]=]\012", 22, "=src", "src:2: unfinished long comment near '<eof>'"},
    {"x = [=abc", 9, "=src", "src:1: invalid long string delimiter near '[='"},
    {"x = [==", 7, "=src", "src:1: invalid long string delimiter near '[=='"},
    {"x = \042\134q\042", 8, "=src", "src:1: invalid escape sequence near '\042'"},
    {"x = \042\134300\042", 10, "=src", "src:1: invalid escape sequence near '\042'"},
    {"x = \042\134xZZ\042", 10, "=src", "src:1: invalid escape sequence near '\042'"},
    {"x = \042\134u{110000}\042", 16, "=src", "src:1: invalid escape sequence near '\042'"},
    {"x = \042\134u{41\042", 11, "=src", "src:1: invalid escape sequence near '\042'"},
    {"x = 'ab\134256'", 12, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = 'ab\134x4'", 11, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = 'ab\134x4Z'", 12, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = 'ab\134x", 9, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = 'ab\134u{12", 12, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = '\134u{}'", 10, "=src", "src:1: invalid escape sequence near '''"},
    {"x = '\134u41'", 10, "=src", "src:1: invalid escape sequence near '''"},
    {"x = '\134u{D800}'", 14, "=src", "src:1: invalid escape sequence near '''"},
    {"x = '\134u{DFFF}'", 14, "=src", "src:1: invalid escape sequence near '''"},
    {"x = '\134u{41 }'", 13, "=src", "src:1: invalid escape sequence near '''"},
    {"x = 'a\134nb\134q'", 12, "=src", "src:1: invalid escape sequence near ''a\012b'"},
    {"x = 'a\134\012b\134q'", 12, "=src", "src:2: invalid escape sequence near ''a\012b'"},
    {"x = 'a\134z \012 b\134q'", 15, "=src", "src:2: invalid escape sequence near ''ab'"},
    {"x = 'a\134x41\134q'", 13, "=src", "src:1: invalid escape sequence near ''aA'"},
    {"x = 'a\134u{41}\134q'", 15, "=src", "src:1: invalid escape sequence near ''aA'"},
    {"x = '\13465\134q'", 11, "=src", "src:1: invalid escape sequence near ''A'"},
    {"x = 'a\134\015\012b\134\012\015\134q'", 16, "=src", "src:3: invalid escape sequence near ''a\012b\012'"},
    {"x = 'a\134\015\015b'", 11, "=src", "src:2: unfinished string near ''a\012'"},
    {"x = 'a\134z\015\012\015\012\134q'", 15, "=src", "src:3: invalid escape sequence near ''a'"},
    {"x = 'ab\134\000'", 10, "=src", "src:1: invalid escape sequence near ''ab'"},
    {"x = 'a\1340b\134q'", 12, "=src", "src:1: invalid escape sequence near ''a'"},
    {"x = 3x", 6, "=src", "src:1: malformed number near '3x'"},
    {"x = 1e", 6, "=src", "src:1: malformed number near '1e'"},
    {"x = 0xg", 7, "=src", "src:1: malformed number near '0xg'"},
    {"x = 1.2.3", 9, "=src", "src:1: malformed number near '1.2.3'"},
    {"x = 08a", 7, "=src", "src:1: malformed number near '08a'"},
    {"x = 0x", 6, "=src", "src:1: malformed number near '0x'"},
    {"x = 1e+", 7, "=src", "src:1: malformed number near '1e+'"},
    {"x = 0b", 6, "=src", "src:1: malformed number near '0b'"},
    {"x = 0b1e+1", 10, "=src", "src:1: malformed number near '0b1e+1'"},
    {"x = 1p+5", 8, "=src", "src:1: malformed number near '1p'"},
    {"x = 1..2", 8, "=src", "src:1: malformed number near '1..2'"},
    {"x = 0xAp1x", 10, "=src", "src:1: malformed number near '0xAp1x'"},
    {"x = 1.5LL", 9, "=src", "src:1: malformed number near '1.5LL'"},
    {"x = 1_000", 9, "=src", "src:1: malformed number near '1_000'"},
    {"x = 12345678901234567890abc", 27, "=src", "src:1: malformed number near '12345678901234567890abc'"},
    {"x = 1e5e5", 9, "=src", "src:1: malformed number near '1e5e5'"},
    {"x = 0x1p-", 9, "=src", "src:1: malformed number near '0x1p-'"},
    {"x = .5x", 7, "=src", "src:1: malformed number near '.5x'"},
    {"#!/bin/lua\012x = 'a", 17, "=src", "src:2: unfinished string near '<eof>'"},
    {"x = 'a", 6, "@path/to/file.lua", "path/to/file.lua:1: unfinished string near '<eof>'"},
    {"x = 'a", 6, "x = 'a", "[string \042x = 'a\042]:1: unfinished string near '<eof>'"},
    /* LuaJIT's FFI reads 1LL, 1ULL and 1i as cdata; nanlua has no FFI literals yet. */
    {"x = 1LL", 7, "=src", "src:1: malformed number near '1LL'"},
    {"x = 1i", 6, "=src", "src:1: malformed number near '1i'"},
};

START_TEST(lexer_errors)
{
    const ErrorCase *c = &lex_errors[_i];
    lua_State *L = nl_test_open();
    for (size_t piece = 0; piece <= 1; piece++) {
        Run r = {.chunkname = c->chunkname};
        ck_assert_int_eq(run(L, &r, c->s, c->len, piece), NL_ERRSYNTAX);
        ck_assert_str_eq(r.out, c->message);
    }
    nanlua_close(L);
}
END_TEST

/* luajit 2.1: loadstring(s, "=src"), where the parser stops at the last token */
static const struct {
    const char *s;
    size_t len;
    const char *message;
} near_forms[] = {
    {"x = 12.5 12.5", 13, "src:1: unexpected symbol near '12.5'"},
    {"x = 'str' 'str2'", 16, "src:1: unexpected symbol near ''str2''"},
    {"x = 1 [[abc]]", 13, "src:1: unexpected symbol near '[[abc]]'"},
    {"x = 1 [==[\012abc]==]", 18, "src:2: unexpected symbol near '[==[abc]==]'"},
    {"x = 1 'a\134tb'", 12, "src:1: unexpected symbol near ''a\011b''"},
    {"x = 1 'a\1340b'", 12, "src:1: unexpected symbol near ''a'"},
    {"x = ... ...", 11, "src:1: unexpected symbol near '...'"},
    {"x = a .. ..", 11, "src:1: unexpected symbol near '..'"},
    {"x = 1 == ==", 11, "src:1: unexpected symbol near '=='"},
    {"x = 1 ~= ~=", 11, "src:1: unexpected symbol near '~='"},
    {"x = 1 <= <=", 11, "src:1: unexpected symbol near '<='"},
    {"x = 1 >= >=", 11, "src:1: unexpected symbol near '>='"},
    {"x = \001", 5, "src:1: unexpected symbol near 'char(1)'"},
    {"x = \177", 5, "src:1: unexpected symbol near 'char(127)'"},
    {"x = \000", 5, "src:1: unexpected symbol"},
    {"x = ::", 6, "src:1: unexpected symbol near '::'"},
    {"x = @", 5, "src:1: unexpected symbol near '@'"},
    {"x = nil nil", 11, "src:1: unexpected symbol near 'nil'"},
    {"x = 0x1F 0x1p4", 14, "src:1: unexpected symbol near '0x1p4'"},
};

START_TEST(syntax_error_near_token)
{
    lua_State *L = nl_test_open();
    Run r = {.chunkname = "=src", .syntax_at_last = true};
    ck_assert_int_eq(run(L, &r, near_forms[_i].s, near_forms[_i].len, 0), NL_ERRSYNTAX);
    ck_assert_str_eq(r.out, near_forms[_i].message);
    nanlua_close(L);
}
END_TEST

/* ---- Chunk ids ------------------------------------------------------------- */

START_TEST(chunk_ids)
{
    /* luajit 2.1: the prefix of loadstring("?", name)'s error message */
    static const struct {
        const char *name, *id;
    } cases[] = {
        {"=exact name", "exact name"},
        {"@path/to/file.lua", "path/to/file.lua"},
        {"?", "[string \"?\"]"},
        {"", "[string \"\"]"},
        {"=", ""},
        {"@", ""},
        {"line one\nline two", "[string \"line one...\"]"},
        {"line one\rline two", "[string \"line one...\"]"},
        {"\nabc", "[string \"...\"]"},
        {"a long chunk name that is longer than the limit for messages of this kind",
         "[string \"a long chunk name that is longer than the lim...\"]"},
        /* 48 characters fit whole, 49 are cut to 45 */
        {"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
         "[string \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]"},
        {"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
         "[string \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...\"]"},
        {"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n",
         "[string \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...\"]"},
        /* = names keep their first 59 bytes, @ names their last 56 */
        {"=abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij",
         "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghi"},
        {"@abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghi",
         "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghi"},
        {"@abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij",
         "...efghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char id[NL_LEX_IDSIZE];
        nl_lex_chunkid(id, sizeof id, cases[i].name, strlen(cases[i].name));
        ck_assert_str_eq(id, cases[i].id);
    }
    /* A zero byte ends the name (luajit: "a\0bbb..." gives [string "a"]). */
    char id[NL_LEX_IDSIZE];
    nl_lex_chunkid(id, sizeof id, "a\0bbb", 5);
    ck_assert_str_eq(id, "[string \"a\"]");
    nl_lex_chunkid(id, sizeof id, "@a\0bbb", 6);
    ck_assert_str_eq(id, "a");
    /* Small buffers truncate safely. */
    nl_lex_chunkid(id, 4, "=abcdef", 7);
    ck_assert_str_eq(id, "abc");
}
END_TEST

#define COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

Suite *suite_lex(void)
{
    Suite *s = suite_create("lex");
    TCase *tc = tcase_create("lex");
    tcase_add_test(tc, reserved_words_and_names);
    tcase_add_test(tc, goto_is_a_name);
    tcase_add_test(tc, symbols);
    tcase_add_test(tc, comments);
    tcase_add_test(tc, shebang_line);
    tcase_add_test(tc, lookahead);
    tcase_add_test(tc, token_names);
    tcase_add_test(tc, escapes);
    tcase_add_test(tc, long_strings);
    tcase_add_test(tc, numbers);
    tcase_add_test(tc, line_counting);
    tcase_add_loop_test(tc, lexer_errors, 0, COUNT(lex_errors));
    tcase_add_loop_test(tc, syntax_error_near_token, 0, COUNT(near_forms));
    tcase_add_test(tc, chunk_ids);
    suite_add_tcase(s, tc);
    return s;
}
