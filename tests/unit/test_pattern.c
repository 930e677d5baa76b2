/* test_pattern.c -- the pattern engine (vm/nl_pattern.c). Every expected
 * result and message in the tables is what LuaJIT 2.1.0-beta3 gave for the
 * same arguments: string.find(s, p, init) for the find table (whose patterns
 * all have a special character, so luajit matched rather than searched
 * plainly), string.match(s, p) for the match table, and
 * string.gsub(s, p, repl, 1) for the replacement table; an error is pcall's
 * message. A throwaway Lua script printed the rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl_err.h"
#include "nl_obj.h"
#include "nl_pattern.h"
#include "suites.h"
#include "support.h"

#define S(x) x, sizeof(x) - 1

/* ---- Rendering results the way the generator printed luajit's ------------ */

typedef struct Text {
    char buf[1024];
    size_t len;
} Text;

static void put(Text *t, const char *s, size_t n)
{
    ck_assert_uint_lt(t->len + n, sizeof t->buf);
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void putf(Text *t, const char *fmt, ptrdiff_t v)
{
    char num[32];
    put(t, num, (size_t)snprintf(num, sizeof num, fmt, v));
}

static void sink(void *ud, const char *bytes, size_t n) { put(ud, bytes, n); }

/* A capture as luajit's value: a position as its number, text quoted with
 * bytes outside a safe printable set as \decimal. */
static void put_capture(Text *t, const char *s, nl_PatCapture c)
{
    if (t->len)
        put(t, " ", 1);
    if (c.len == NL_PAT_POSITION) {
        putf(t, "%td", c.start + 1);
        return;
    }
    put(t, "\"", 1);
    for (ptrdiff_t i = 0; i < c.len; i++) {
        unsigned char b = (unsigned char)s[c.start + i];
        if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
            (b && strchr(" -_.,:;!#&'()*+/<=>@[]^`{|}~$%?", b)))
            put(t, (const char *)&b, 1);
        else
            putf(t, "\\%td", b);
    }
    put(t, "\"", 1);
}

/* ---- Running one call under protection ------------------------------------ */

typedef struct Call {
    const char *s, *p, *repl;
    size_t slen, plen, rlen;
    size_t init;
    Text out;
} Call;

static void run_protected(lua_State *L, nl_ProtectedFn f, Call *c)
{
    c->out.len = 0;
    c->out.buf[0] = '\0';
    if (nl_err_protect(L, f, c) != NL_OK) {
        const char *msg = nl_string(L->top[-1])->data;
        c->out.len = 0;
        put(&c->out, "error: ", 7);
        put(&c->out, msg, strlen(msg));
        L->top--;
    }
}

/* string.find: start and end (1-based), then every capture. */
static void do_find(lua_State *L, void *ud)
{
    Call *c = ud;
    nl_PatMatch m;
    if (!nl_pat_find(L, c->s, c->slen, c->init, c->p, c->plen, &m)) {
        put(&c->out, "nil", 3);
        return;
    }
    putf(&c->out, "%td", m.start + 1);
    putf(&c->out, " %td", m.end);
    for (int i = 0; i < m.ncaptures; i++)
        put_capture(&c->out, c->s, nl_pat_capture(L, &m, i));
}

/* string.match: the captures, or the whole match when there are none. */
static void do_match(lua_State *L, void *ud)
{
    Call *c = ud;
    nl_PatMatch m;
    if (!nl_pat_find(L, c->s, c->slen, 0, c->p, c->plen, &m)) {
        put(&c->out, "nil", 3);
        return;
    }
    for (int i = 0; i < (m.ncaptures ? m.ncaptures : 1); i++)
        put_capture(&c->out, c->s, nl_pat_capture(L, &m, i));
}

/* string.gsub(s, p, repl, 1). */
static void do_gsub(lua_State *L, void *ud)
{
    Call *c = ud;
    nl_PatMatch m;
    if (!nl_pat_find(L, c->s, c->slen, 0, c->p, c->plen, &m)) {
        put(&c->out, c->s, c->slen);
        return;
    }
    put(&c->out, c->s, (size_t)m.start);
    nl_pat_expand(L, c->repl, c->rlen, c->s, &m, sink, &c->out);
    put(&c->out, c->s + m.end, c->slen - (size_t)m.end);
}

/* ---- The tables ------------------------------------------------------------ */

static const struct {
    const char *s;
    size_t slen;
    const char *p;
    size_t plen;
    int init; /* 1-based, as string.find's */
    const char *want;
} find_cases[] = {
    {S("hello"), S("l."), 1, "3 4"},
    {S("hello"), S("."), 1, "1 1"},
    {S(""), S("."), 1, "nil"},
    {S("abc"), S(".c"), 1, "2 3"},
    {S("abc"), S("a.c"), 1, "1 3"},
    {S("abc"), S("x."), 1, "nil"},
    {S("a.c"), S("%."), 1, "2 2"},
    {S("abc"), S("b."), 2, "2 3"},
    {S("abc"), S("c."), 3, "nil"},
    {S("abc"), S("c.\?"), 3, "3 3"},
    {S("ab12cd"), S("%d+"), 1, "3 4"},
    {S("ab12cd"), S("%D+"), 1, "1 2"},
    {S("  x  "), S("%s+"), 1, "1 2"},
    {S("  x  "), S("%S+"), 1, "3 3"},
    {S("abcDEF"), S("%u+"), 1, "4 6"},
    {S("abcDEF"), S("%l+"), 1, "1 3"},
    {S("ABCdef"), S("%U+"), 1, "4 6"},
    {S("ABCdef"), S("%L+"), 1, "1 3"},
    {S("a,b;c!"), S("%p+"), 1, "2 2"},
    {S("a,b;c!"), S("%P+"), 1, "1 1"},
    {S("x\001\002\037y"), S("%c+"), 1, "2 4"},
    {S("\177z"), S("%c"), 1, "1 1"},
    {S("gg0fFx"), S("%x+"), 1, "3 5"},
    {S("0fF"), S("%X"), 1, "nil"},
    {S("a_b1"), S("%w+"), 1, "1 1"},
    {S("a_b1"), S("%W"), 1, "2 2"},
    {S("12ab"), S("%a+"), 1, "3 4"},
    {S("ab12"), S("%A+"), 1, "3 4"},
    {S("a\000b"), S("%z"), 1, "2 2"},
    {S("\000\000a"), S("%Z"), 1, "3 3"},
    {S("a\000b"), S("a%zb"), 1, "1 3"},
    {S("\011\012\013\014\015 "), S("%s*$"), 1, "1 6"},
    {S("\351t\351"), S("%a+"), 1, "2 2"},
    {S("\310\377"), S("%W+"), 1, "1 2"},
    {S("\200x"), S("[%a\200]+"), 1, "1 2"},
    {S("\377"), S("%C"), 1, "1 1"},
    {S("\240 "), S("%s"), 1, "2 2"},
    {S("~"), S("%p"), 1, "1 1"},
    {S("a+b"), S("%+"), 1, "2 2"},
    {S("50%"), S("%d+%%"), 1, "1 3"},
    {S("x(y)"), S("%(y%)"), 1, "2 4"},
    {S("a.b"), S("a%.b"), 1, "1 3"},
    {S("q"), S("%q"), 1, "1 1"},
    {S("Q"), S("%Q"), 1, "1 1"},
    {S("[x]"), S("%[x%]"), 1, "1 3"},
    {S("^a"), S("%^a"), 1, "1 2"},
    {S("hello"), S("[aeiou]+"), 1, "2 2"},
    {S("hello"), S("[^aeiou]+"), 1, "1 1"},
    {S("x-y"), S("[a-z]+"), 1, "1 1"},
    {S("Xy9"), S("[A-Z0-9]+"), 1, "1 1"},
    {S("a]b"), S("[]]"), 1, "2 2"},
    {S("a]b"), S("[]a]+"), 1, "1 2"},
    {S("a]b"), S("[^]]+"), 2, "3 3"},
    {S("-"), S("[a-]"), 1, "1 1"},
    {S("b"), S("[a-]"), 1, "nil"},
    {S("-"), S("[-a]"), 1, "1 1"},
    {S("z-"), S("[%a-]+"), 1, "1 2"},
    {S("a-b"), S("[%a-z]"), 2, "2 2"},
    {S("cba"), S("[b-a]"), 1, "nil"},
    {S("a%b"), S("[%%]"), 1, "2 2"},
    {S("a]b"), S("[%]]"), 1, "2 2"},
    {S("a^b"), S("[%^]"), 1, "2 2"},
    {S("a^b"), S("[b^]"), 1, "2 2"},
    {S("x]]"), S("[a-%]]"), 1, "2 2"},
    {S("]"), S("[a-%%]"), 1, "1 1"},
    {S("%"), S("[a-%%]"), 1, "nil"},
    {S("1q"), S("[%1]"), 1, "1 1"},
    {S("a b\011c"), S("[%s]+"), 2, "2 2"},
    {S("ab1"), S("[^%a]"), 1, "3 3"},
    {S("ab1"), S("[^%d]+"), 1, "1 2"},
    {S("\000a"), S("[%z]"), 1, "1 1"},
    {S("a[b"), S("[[]"), 1, "2 2"},
    {S("\310\311"), S("[\200-\310]+"), 1, "1 1"},
    {S("ab"), S("[^]\000]"), 1, "error: malformed pattern (missing ']')"},
    {S("aaab"), S("a*"), 1, "1 3"},
    {S("aaab"), S("a*b"), 1, "1 4"},
    {S("b"), S("a*b"), 1, "1 1"},
    {S("aaab"), S("a+"), 1, "1 3"},
    {S("b"), S("a+"), 1, "nil"},
    {S("aaab"), S("a-b"), 1, "1 4"},
    {S("aaab"), S("a-"), 1, "1 0"},
    {S("aaab"), S("a\?a\?"), 1, "1 2"},
    {S("ab"), S("a\?b"), 1, "1 2"},
    {S("b"), S("a\?b"), 1, "1 1"},
    {S("<a><b>"), S("<.*>"), 1, "1 6"},
    {S("<a><b>"), S("<.->"), 1, "1 3"},
    {S("xyz"), S("x.*"), 1, "1 3"},
    {S("xyz"), S(".-z"), 1, "1 3"},
    {S("abc"), S(".-"), 1, "1 0"},
    {S("abc"), S(".*"), 4, "4 3"},
    {S("aaa"), S("a-$"), 1, "1 3"},
    {S("aaa"), S("^a-$"), 1, "1 3"},
    {S("123abc"), S("%d*%a*"), 1, "1 6"},
    {S("ab"), S("a**"), 1, "nil"},
    {S("a*"), S("a%*"), 1, "1 2"},
    {S("x+"), S("x++"), 1, "1 2"},
    {S("aXb"), S("a.\?b"), 1, "1 3"},
    {S("ab"), S("a.\?b"), 1, "1 2"},
    {S("a"), S("a\?a\?a\?a"), 1, "1 1"},
    {S("aaa"), S("(a\?)(a\?)(a\?)(a\?)"), 1, "1 3 \"a\" \"a\" \"a\" \"\""},
    {S("hello world"), S("(%w+)%s*(%w+)"), 1, "1 11 \"hello\" \"world\""},
    {S("key = value"), S("(%w+)%s*=%s*(%w+)"), 1, "1 11 \"key\" \"value\""},
    {S("aaa"), S("(a*)(a*)"), 1, "1 3 \"aaa\" \"\""},
    {S("aaa"), S("(a-)(a*)"), 1, "1 3 \"\" \"aaa\""},
    {S("aaa"), S("(a+)(a+)"), 1, "1 3 \"aa\" \"a\""},
    {S("abc"), S("^a"), 1, "1 1"},
    {S("abc"), S("^b"), 1, "nil"},
    {S("abc"), S("^b"), 2, "2 2"},
    {S("abc"), S("c$"), 1, "3 3"},
    {S("abc"), S("b$"), 1, "nil"},
    {S("abc"), S("^abc$"), 1, "1 3"},
    {S(""), S("^$"), 1, "1 0"},
    {S("abc"), S("$"), 1, "4 3"},
    {S("abc"), S("^"), 1, "1 0"},
    {S("a$b"), S("a$b"), 1, "1 3"},
    {S("a^b"), S("a^b"), 1, "1 3"},
    {S("^x"), S("^^x"), 1, "1 2"},
    {S("x$"), S("x$$"), 1, "1 2"},
    {S("abc"), S("()$"), 1, "4 3 4"},
    {S("ab$"), S("%$$"), 1, "3 3"},
    {S("abc"), S("(b)"), 1, "2 2 \"b\""},
    {S("abc"), S("(a)(b)(c)"), 1, "1 3 \"a\" \"b\" \"c\""},
    {S("abc"), S("((a)(b))"), 1, "1 2 \"ab\" \"a\" \"b\""},
    {S("abc"), S("()"), 1, "1 0 1"},
    {S("abc"), S("()b()"), 1, "2 2 2 3"},
    {S("abc"), S("b()"), 2, "2 2 3"},
    {S(""), S("()"), 1, "1 0 1"},
    {S("abc"), S("(a(b(c)))"), 1, "1 3 \"abc\" \"bc\" \"c\""},
    {S("abc"), S("()a()b()c()"), 1, "1 3 1 2 3 4"},
    {S("abc"), S("(x\?)"), 1, "1 0 \"\""},
    {S("abc"), S("(.-)c"), 1, "1 3 \"ab\""},
    {S("abc"), S("(a)()(b)"), 1, "1 2 \"a\" 2 \"b\""},
    {S("aaa"), S("(a)%1"), 1, "1 2 \"a\""},
    {S("abab"), S("(ab)%1"), 1, "1 4 \"ab\""},
    {S("abac"), S("(ab)%1"), 1, "nil"},
    {S("xyxyxy"), S("(x)(y)%1%2"), 1, "1 4 \"x\" \"y\""},
    {S("aa"), S("()a%1"), 1, "nil"},
    {S("a\000a\000"), S("(a%z)%1"), 1, "1 4 \"a\\0\""},
    {S("he said \"hi\" and 'yo'"), S("([\"'])(.-)%1"), 1, "9 12 \"\\34\" \"hi\""},
    {S("abba"), S("(a)(b)%2%1"), 1, "1 4 \"a\" \"b\""},
    {S("()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()"), S("()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()"), 1, "1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"},
    {S("f(a(b)c)d"), S("%b()"), 1, "2 8"},
    {S("f(a(b)c"), S("%b()"), 1, "4 6"},
    {S("((x)"), S("%b()"), 1, "2 4"},
    {S("[]"), S("%b[]"), 1, "1 2"},
    {S("x{a}{b}"), S("%b{}%b{}"), 1, "2 7"},
    {S("aab"), S("%baa"), 1, "1 2"},
    {S("abab"), S("%bab"), 1, "1 2"},
    {S("<<>>"), S("(%b<>)"), 1, "1 4 \"<<>>\""},
    {S("a(b)"), S("a%b()$"), 1, "1 4"},
    {S(")("), S("%b()"), 1, "nil"},
    {S(""), S("%b()"), 1, "nil"},
    {S("THE (quick) fox"), S("%f[%a]%a+"), 1, "1 3"},
    {S("THE (quick) fox"), S("%f[%a]%a+"), 5, "6 10"},
    {S("hello"), S("%f[%l]"), 1, "1 0"},
    {S("hello"), S("%f[%L]"), 1, "6 5"},
    {S("hello world"), S("%f[%w]%w+%f[%W]"), 2, "7 11"},
    {S("aaa"), S("%f[a]a"), 1, "1 1"},
    {S("aaa"), S("%f[a]a"), 2, "nil"},
    {S("ab"), S("%f[^a]"), 1, "2 1"},
    {S(""), S("%f[%z]"), 1, "nil"},
    {S(""), S("%f[^%z]"), 1, "nil"},
    {S("x"), S("%f[%z]"), 1, "2 1"},
    {S("a\000b"), S("%f[%z]"), 2, "2 1"},
    {S("a\000b"), S("%f[^%z]"), 2, "3 2"},
    {S("word"), S("%f[%w]%w+%f[%W]"), 1, "1 4"},
    {S("1234abc"), S("%f[%a]"), 1, "5 4"},
    {S("aaaaab"), S("a*ab"), 1, "1 6"},
    {S("aaaaab"), S("a-ab"), 1, "1 6"},
    {S("ab"), S("a*.-b"), 1, "1 2"},
    {S("xaaaaa"), S("a-$"), 1, "2 6"},
    {S("aaa"), S("a*$"), 1, "1 3"},
    {S("aaa"), S("a+a$"), 1, "1 3"},
    {S("<<a>>"), S("<(.-)>"), 1, "1 4 \"<a\""},
    {S("<<a>>"), S("<(.*)>"), 1, "1 5 \"<a>\""},
    {S("abc"), S("x*"), 1, "1 0"},
    {S("abc"), S("x*"), 4, "4 3"},
    {S("abc"), S("x*"), 3, "3 2"},
    {S(""), S("x*"), 1, "1 0"},
    {S(""), S("x-"), 1, "1 0"},
    {S("abc"), S("()"), 4, "4 3 4"},
    {S("abc"), S(".\?"), 4, "4 3"},
    {S("abc"), S("c()"), 3, "3 3 4"},
    {S("abc"), S("%f[%z]"), 1, "4 3"},
    {S("a\000b"), S("a%zb"), 1, "1 3"},
    {S("a\000b"), S("a.b"), 1, "1 3"},
    {S("a\000b"), S("[%z]"), 1, "2 2"},
    {S("a\000bc"), S("a\000c."), 1, "1 1"},
    {S("xa\000b"), S("a\000z*"), 1, "2 2"},
    {S("\000"), S("^%z$"), 1, "1 1"},
    {S("\000\000\000"), S("%z+"), 1, "1 3"},
    {S("x\000"), S(".\000%"), 1, "1 1"},
    {S("ab"), S("a%b\000()"), 1, "error: unbalanced pattern"},
    {S("a\000\000b"), S("(%z*)b"), 1, "2 4 \"\\0\\0\""},
    {S("a"), S("(a)\000)"), 1, "1 1 \"a\""},
    {S("xyz"), S("a["), 1, "nil"},
    {S("xyz"), S("a%"), 1, "nil"},
    {S("xyz"), S("a%b"), 1, "nil"},
    {S("xyz"), S("a%f"), 1, "nil"},
    {S("xyz"), S("(a"), 1, "nil"},
    {S("xyz"), S("a%1"), 1, "nil"},
    {S("abc"), S("x()%2"), 1, "nil"},
};

static const struct {
    const char *s;
    size_t slen;
    const char *p;
    size_t plen;
    const char *want;
} match_cases[] = {
    {S("hello"), S("l+"), "\"ll\""},
    {S("hello"), S("(h)(e)"), "\"h\" \"e\""},
    {S("hello"), S("()ll()"), "3 5"},
    {S(""), S(""), "\"\""},
    {S("abc"), S("^(a)"), "\"a\""},
    {S("key=val"), S("(%w+)=(%w*)"), "\"key\" \"val\""},
    {S("key="), S("(%w+)=(%w*)"), "\"key\" \"\""},
    {S("abc"), S("[a"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("[a%"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("[^"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("[]"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("[^]"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("%"), "error: malformed pattern (ends with '%')"},
    {S("abc"), S("a%"), "error: malformed pattern (ends with '%')"},
    {S("abc"), S("a%\000"), "error: malformed pattern (ends with '%')"},
    {S("abc"), S("[a\000]"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("%f"), "error: missing '[' after '%f' in pattern"},
    {S("abc"), S("%fa"), "error: missing '[' after '%f' in pattern"},
    {S("abc"), S("%f[a"), "error: malformed pattern (missing ']')"},
    {S("abc"), S("%f\000[a]"), "error: missing '[' after '%f' in pattern"},
    {S("abc"), S("%1"), "error: invalid capture index"},
    {S("abc"), S("%0"), "error: invalid capture index"},
    {S("abc"), S("(a)%2"), "error: invalid capture index"},
    {S("abc"), S("(a%1)"), "error: invalid capture index"},
    {S("abc"), S("%9"), "error: invalid capture index"},
    {S("abc"), S(")"), "error: invalid pattern capture"},
    {S("abc"), S("a)"), "error: invalid pattern capture"},
    {S("abc"), S("(a))"), "error: invalid pattern capture"},
    {S("abc"), S("(a"), "error: unfinished capture"},
    {S("abc"), S("(a)(b"), "error: unfinished capture"},
    {S("abc"), S("()(b"), "error: unfinished capture"},
    {S("abc"), S("%b"), "error: unbalanced pattern"},
    {S("abc"), S("%ba"), "error: unbalanced pattern"},
    {S("abc"), S("%ba\000b"), "error: unbalanced pattern"},
    {S("abc"), S("()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()"), "error: too many captures"},
    {S("abc"), S("(((((((((((((((((((((((((((((((((((((((("), "error: too many captures"},
    {S("abc"), S("(((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))"), "error: too many captures"},
    {S("xyz"), S("a["), "nil"},
    {S("xyz"), S("a%"), "nil"},
    {S("xyz"), S("a%b"), "nil"},
    {S("xyz"), S("a%f"), "nil"},
    {S("xyz"), S("(a"), "nil"},
    {S("xyz"), S("a)"), "nil"},
    {S("xyz"), S("a%1"), "nil"},
    {S("abc"), S("x()%2"), "nil"},
    {S(""), S("a%1"), "nil"},
};

static const struct {
    const char *s;
    size_t slen;
    const char *p;
    size_t plen;
    const char *repl;
    size_t rlen;
    const char *want;
    size_t wlen;
} gsub_cases[] = {
    {S("abc"), S("b"), S("[%0]"), S("a[b]c")},
    {S("abc"), S("(b)"), S("<%1>"), S("a<b>c")},
    {S("abc"), S("b"), S("<%1>"), S("a<b>c")},
    {S("abc"), S("()b"), S("%1"), S("a2c")},
    {S("abc"), S("(a)(b)(c)"), S("%3%2%1"), S("cba")},
    {S("abc"), S("b"), S("%%"), S("a%c")},
    {S("abc"), S("b"), S("%x"), S("axc")},
    {S("abc"), S("b"), S("%"), S("a\000c")},
    {S("abc"), S("b"), S("a%"), S("aa\000c")},
    {S("abc"), S("b"), S("x\000y"), S("ax\000yc")},
    {S("abc"), S("b"), S("%\000"), S("a\000c")},
    {S("abc"), S("(b)"), S("%0%1%%"), S("abb%c")},
    {S("hello world"), S("(o)"), S("[%1%1]"), S("hell[oo] world")},
    {S("abc"), S("(b)"), S("%2"), S("error: invalid capture index")},
    {S("abc"), S("b"), S("%2"), S("error: invalid capture index")},
    {S("abc"), S("(b"), S("x"), S("axc")},
    {S("abc"), S("(b"), S("%0"), S("abc")},
    {S("abc"), S("(b"), S("%1"), S("error: unfinished capture")},
    {S("abc"), S(""), S("-"), S("-abc")},
    {S("abc"), S("%w+"), S("%0 %0"), S("abc abc")},
    {S("x = 1"), S("(%w+) = (%w+)"), S("%2 = %1"), S("1 = x")},
    {S("abc"), S("b"), S(""), S("ac")},
    {S("abc"), S("(a)(b)(c)(a\?)(b\?)(c\?)(a\?)(b\?)(c\?)"), S("%9%8%7%6%5%4%3%2%1"), S("cba")},
    {S("abc"), S("a()()"), S("%2"), S("2bc")},
};

/* ---- Table-driven tests ------------------------------------------------------ */

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(find_agrees_with_luajit)
{
    lua_State *L = nl_test_open();
    for (size_t i = 0; i < COUNT(find_cases); i++) {
        Call c = {.s = find_cases[i].s, .slen = find_cases[i].slen,
                  .p = find_cases[i].p, .plen = find_cases[i].plen,
                  .init = (size_t)find_cases[i].init - 1};
        run_protected(L, do_find, &c);
        ck_assert_msg(strcmp(c.out.buf, find_cases[i].want) == 0,
                      "find case %zu (pattern \"%s\"): got %s, want %s", i,
                      find_cases[i].p, c.out.buf, find_cases[i].want);
    }
    nanlua_close(L);
}
END_TEST

START_TEST(match_and_errors_agree_with_luajit)
{
    lua_State *L = nl_test_open();
    for (size_t i = 0; i < COUNT(match_cases); i++) {
        Call c = {.s = match_cases[i].s, .slen = match_cases[i].slen,
                  .p = match_cases[i].p, .plen = match_cases[i].plen};
        run_protected(L, do_match, &c);
        ck_assert_msg(strcmp(c.out.buf, match_cases[i].want) == 0,
                      "match case %zu (pattern \"%s\"): got %s, want %s", i,
                      match_cases[i].p, c.out.buf, match_cases[i].want);
    }
    nanlua_close(L);
}
END_TEST

START_TEST(replacement_agrees_with_luajit)
{
    lua_State *L = nl_test_open();
    for (size_t i = 0; i < COUNT(gsub_cases); i++) {
        Call c = {.s = gsub_cases[i].s, .slen = gsub_cases[i].slen,
                  .p = gsub_cases[i].p, .plen = gsub_cases[i].plen,
                  .repl = gsub_cases[i].repl, .rlen = gsub_cases[i].rlen};
        run_protected(L, do_gsub, &c);
        ck_assert_msg(c.out.len == gsub_cases[i].wlen &&
                          memcmp(c.out.buf, gsub_cases[i].want, c.out.len) == 0,
                      "gsub case %zu (repl \"%s\"): got %s, want %s", i,
                      gsub_cases[i].repl, c.out.buf, gsub_cases[i].want);
    }
    nanlua_close(L);
}
END_TEST

/* ---- Recursion depth ------------------------------------------------------------ */

static char *repeat(const char *prefix, const char *unit, size_t n, const char *suffix)
{
    size_t ulen = strlen(unit), plen = strlen(prefix), slen = strlen(suffix);
    char *r = malloc(plen + ulen * n + slen + 1);
    ck_assert_ptr_nonnull(r);
    memcpy(r, prefix, plen);
    for (size_t i = 0; i < n; i++)
        memcpy(r + plen + i * ulen, unit, ulen);
    memcpy(r + plen + ulen * n, suffix, slen + 1);
    return r;
}

/* string.match(subject, pattern) through the engine, rendered as above. */
static void check_match(lua_State *L, const char *subject, const char *pattern, const char *want)
{
    Call c = {.s = subject, .slen = strlen(subject), .p = pattern, .plen = strlen(pattern)};
    run_protected(L, do_match, &c);
    ck_assert_msg(strncmp(c.out.buf, want, strlen(want)) == 0, "pattern %.20s...: got %.40s, want %s",
                  pattern, c.out.buf, want);
}

/* The boundaries are luajit's: with n nested optional items the innermost
 * call is n + 1 levels deep, and 200 is the most allowed. */
START_TEST(depth_limit_is_luajits)
{
    lua_State *L = nl_test_open();
    static const struct {
        const char *subject_unit, *prefix, *unit;
        size_t n;
        const char *want;
    } cases[] = {
        {"a", "", "a?", 199, "\"aaa"},
        {"a", "", "a?", 200, "error: pattern too complex"},
        {"a", "", "a*", 199, "\"aaa"},
        {"a", "", "a*", 200, "error: pattern too complex"},
        {"a", "", "a-", 199, "\"\""},
        {"a", "", "a-", 200, "error: pattern too complex"},
        {"a", "()", "a?", 198, "1"},
        {"a", "()", "a?", 199, "error: pattern too complex"},
        {"b", "", "a?", 300, "\"\""}, /* an optional item that fails does not nest */
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        char *subject = repeat("", cases[i].subject_unit, cases[i].n, "");
        char *pattern = repeat(cases[i].prefix, cases[i].unit, cases[i].n, "");
        check_match(L, subject, pattern, cases[i].want);
        free(subject);
        free(pattern);
    }
    nanlua_close(L);
}
END_TEST

/* luajit: string.find(("a"):rep(1e5), ("a?"):rep(1e5) .. ("a"):rep(1e5))
 * fails with "pattern too complex"; the C stack never sees the depth. */
START_TEST(deep_pattern_is_an_error_not_a_crash)
{
    lua_State *L = nl_test_open();
    enum { N = 100000 };
    char *subject = repeat("", "a", N, "");
    char *tail = repeat("", "a", N, "");
    char *pattern = repeat("", "a?", N, tail);
    check_match(L, subject, pattern, "error: pattern too complex");
    free(subject);
    free(tail);
    free(pattern);
    nanlua_close(L);
}
END_TEST

/* A repeated single item iterates: a million-byte run stays far inside the
 * depth limit, greedy or lazy. */
START_TEST(long_runs_do_not_recurse_per_byte)
{
    lua_State *L = nl_test_open();
    enum { N = 1000000 };
    char *subject = repeat("", "a", N, "b");
    nl_PatMatch m;
    static const char *const patterns[] = {"a*b", "a+b", "a-b", ".-b$", "(a*)b", "[^b]*%f[b]b"};
    for (size_t i = 0; i < COUNT(patterns); i++) {
        ck_assert_msg(nl_pat_match_at(L, subject, N + 1, 0, patterns[i], strlen(patterns[i]), &m),
                      "%s", patterns[i]);
        ck_assert_int_eq(m.start, 0);
        ck_assert_int_eq(m.end, N + 1);
    }
    ck_assert(!nl_pat_find(L, subject, N + 1, 0, S("^a*c"), &m));
    free(subject);
    nanlua_close(L);
}
END_TEST

/* ---- The API around the matcher ---------------------------------------------- */

START_TEST(match_at_neither_searches_nor_anchors)
{
    lua_State *L = nl_test_open();
    nl_PatMatch m;
    ck_assert(!nl_pat_match_at(L, S("abc"), 0, S("b"), &m));
    ck_assert(nl_pat_match_at(L, S("abc"), 1, S("b"), &m));
    ck_assert_int_eq(m.start, 1);
    ck_assert_int_eq(m.end, 2);
    /* '^' is a plain byte here, as in string.gmatch("^a^a", "^a") (luajit
     * yields "^a" twice). */
    ck_assert(nl_pat_match_at(L, S("^a^a"), 2, S("^a"), &m));
    ck_assert_int_eq(m.end, 4);
    ck_assert(!nl_pat_match_at(L, S("aaa"), 0, S("^a"), &m));
    /* At the very end only empty matches remain. */
    ck_assert(nl_pat_match_at(L, S("abc"), 3, S("()x*$"), &m));
    ck_assert_int_eq(m.start, 3);
    ck_assert_int_eq(m.end, 3);
    ck_assert_int_eq(m.ncaptures, 1);
    ck_assert_int_eq(m.cap[0].start, 3);
    ck_assert_int_eq(m.cap[0].len, NL_PAT_POSITION);
    ck_assert(!nl_pat_match_at(L, S("abc"), 4, S(""), &m));
    nanlua_close(L);
}
END_TEST

START_TEST(find_anchors_at_init)
{
    lua_State *L = nl_test_open();
    nl_PatMatch m;
    ck_assert(nl_pat_find(L, S("xab"), 1, S("^a"), &m));
    ck_assert_int_eq(m.start, 1);
    ck_assert(!nl_pat_find(L, S("xab"), 0, S("^a"), &m));
    ck_assert(!nl_pat_find(L, S("xab"), 4, S(""), &m));
    ck_assert(nl_pat_find(L, S("xab"), 3, S(""), &m));
    ck_assert_int_eq(m.start, 3);
    nanlua_close(L);
}
END_TEST

static void capture_out_of_range(lua_State *L, void *ud)
{
    nl_pat_capture(L, ud, 1);
}

START_TEST(captures_read_back)
{
    lua_State *L = nl_test_open();
    nl_PatMatch m;
    ck_assert(nl_pat_find(L, S("key=val"), 0, S("(%w+)=()"), &m));
    ck_assert_int_eq(m.ncaptures, 2);
    nl_PatCapture c = nl_pat_capture(L, &m, 0);
    ck_assert_int_eq(c.start, 0);
    ck_assert_int_eq(c.len, 3);
    c = nl_pat_capture(L, &m, 1);
    ck_assert_int_eq(c.start, 4);
    ck_assert_int_eq(c.len, NL_PAT_POSITION);
    /* No captures: index 0 is the whole match, any other is an error. */
    ck_assert(nl_pat_find(L, S("key=val"), 0, S("=%a+"), &m));
    c = nl_pat_capture(L, &m, 0);
    ck_assert_int_eq(c.start, 3);
    ck_assert_int_eq(c.len, 4);
    ck_assert_int_eq(nl_err_protect(L, capture_out_of_range, &m), NL_ERRRUN);
    ck_assert_str_eq(nl_string(L->top[-1])->data, "invalid capture index");
    nanlua_close(L);
}
END_TEST

/* luajit's string.find searches plainly unless one of ^$*+?.([%- occurs:
 * find("a)b", "a)") is 1 2 where a pattern would fail, and
 * find("a\0b", "\0") is 2 2 where a pattern would end at the zero. */
START_TEST(plain_patterns)
{
    ck_assert(nl_pat_is_plain(S("abc")));
    ck_assert(nl_pat_is_plain(S("")));
    ck_assert(nl_pat_is_plain(S("a)b]c")));
    ck_assert(nl_pat_is_plain(S("a\0b")));
    for (const char *c = "^$*+?.([%-"; *c; c++)
        ck_assert_msg(!nl_pat_is_plain(c, 1), "%c", *c);
}
END_TEST

Suite *suite_pattern(void)
{
    Suite *s = suite_create("pattern");
    TCase *tc = tcase_create("luajit");
    tcase_add_test(tc, find_agrees_with_luajit);
    tcase_add_test(tc, match_and_errors_agree_with_luajit);
    tcase_add_test(tc, replacement_agrees_with_luajit);
    suite_add_tcase(s, tc);
    tc = tcase_create("depth");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, depth_limit_is_luajits);
    tcase_add_test(tc, deep_pattern_is_an_error_not_a_crash);
    tcase_add_test(tc, long_runs_do_not_recurse_per_byte);
    suite_add_tcase(s, tc);
    tc = tcase_create("api");
    tcase_add_test(tc, match_at_neither_searches_nor_anchors);
    tcase_add_test(tc, find_anchors_at_init);
    tcase_add_test(tc, captures_read_back);
    tcase_add_test(tc, plain_patterns);
    suite_add_tcase(s, tc);
    return s;
}
