/*
 * nl_pattern.c -- Lua 5.1 pattern matching (see nl_pattern.h).
 *
 * A backtracking matcher over the pattern text, parsed as it goes. It
 * recurses only where a choice must be undone on failure: after an optional
 * item that matched, for each candidate length of a repeated item, and at
 * each '(' and ')'. Plain items, %b, %f and back-references loop. The
 * recursion is bounded like LuaJIT's (MAX_DEPTH nested calls, then "pattern
 * too complex"), so the C stack stays small whatever the pattern.
 */
#include "nl_pattern.h"

#include <stdio.h>
#include <string.h>

#include "nl_err.h"

typedef unsigned char uchar;

enum { MAX_DEPTH = 200 }; /* LuaJIT's limit on nested matcher calls */

typedef struct Matcher {
    lua_State *L;
    const uchar *src, *src_end; /* the subject */
    const uchar *pat_end;       /* the pattern's first '\0', or its end */
    int depth;
    nl_PatMatch *m; /* m->cap[0 .. m->ncaptures) are the open captures */
} Matcher;

/* ---- Character classes (ASCII, as the C locale has them) ----------------- */

static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(int c) { return is_lower(c) || is_upper(c); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static bool is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_cntrl(int c) { return c < ' ' || c == 0x7f; }
static bool is_graph(int c) { return c > ' ' && c < 0x7f; }
static bool is_punct(int c) { return is_graph(c) && !is_alnum(c); }

static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Whether byte c is in %cl. A letter that names no class, or any other
 * byte, stands for itself. */
static bool class_has(int cl, int c)
{
    bool in;
    switch (is_upper(cl) ? cl - 'A' + 'a' : cl) {
    case 'a': in = is_alpha(c); break;
    case 'c': in = is_cntrl(c); break;
    case 'd': in = is_digit(c); break;
    case 'g': in = is_graph(c); break; /* LuaJIT has %g, as Lua 5.2 does */
    case 'l': in = is_lower(c); break;
    case 'p': in = is_punct(c); break;
    case 's': in = is_space(c); break;
    case 'u': in = is_upper(c); break;
    case 'w': in = is_alnum(c); break;
    case 'x': in = is_xdigit(c); break;
    case 'z': in = c == 0; break;
    default: return cl == c;
    }
    return is_upper(cl) ? !in : in;
}

/* Whether c is in the set [...] that starts at p and whose closing ']' is
 * at close. A '-' makes a range only between two plain bytes. */
static bool set_has(const uchar *p, const uchar *close, int c)
{
    bool in = true;
    p++;
    if (*p == '^') {
        in = false;
        p++;
    }
    for (; p < close; p++) {
        if (*p == '%') {
            p++;
            if (class_has(*p, c))
                return in;
        } else if (p + 2 < close && p[1] == '-') {
            if (p[0] <= c && c <= p[2])
                return in;
            p += 2;
        } else if (*p == c) {
            return in;
        }
    }
    return !in;
}

/* ---- Single-byte items: 'x', '.', %x, [set] ------------------------------ */

/* The end of the item starting at p (p < pat_end). The first byte of a set,
 * after any '^', is a member even if it is ']'. */
static const uchar *item_end(Matcher *ms, const uchar *p)
{
    const uchar *end = ms->pat_end;
    if (*p == '%') {
        if (p + 1 == end)
            nl_err_runf(ms->L, "malformed pattern (ends with '%%')");
        return p + 2;
    }
    if (*p != '[')
        return p + 1;
    p++;
    if (p < end && *p == '^')
        p++;
    for (;;) {
        if (p == end)
            nl_err_runf(ms->L, "malformed pattern (missing ']')");
        if (*p++ == '%' && p < end)
            p++;
        if (p < end && *p == ']')
            return p + 1;
    }
}

static bool item_has(const uchar *p, const uchar *ep, int c)
{
    switch (*p) {
    case '.': return true;
    case '%': return class_has(p[1], c);
    case '[': return set_has(p, ep - 1, c);
    default: return *p == c;
    }
}

/* Whether the item p..ep matches the byte at s (none at the subject's end). */
static bool item_at(const Matcher *ms, const uchar *s, const uchar *p, const uchar *ep)
{
    return s < ms->src_end && item_has(p, ep, *s);
}

/* ---- The matcher ----------------------------------------------------------- */

static const uchar *match(Matcher *ms, const uchar *s, const uchar *p);

static const uchar *open_capture(Matcher *ms, const uchar *s, const uchar *p, ptrdiff_t len)
{
    nl_PatMatch *m = ms->m;
    if (m->ncaptures >= NL_PAT_MAXCAPTURES)
        nl_err_runf(ms->L, "too many captures");
    m->cap[m->ncaptures].start = s - ms->src;
    m->cap[m->ncaptures].len = len;
    m->ncaptures++;
    const uchar *e = match(ms, s, p);
    if (!e)
        m->ncaptures--;
    return e;
}

static const uchar *close_capture(Matcher *ms, const uchar *s, const uchar *p)
{
    nl_PatCapture *cap = ms->m->cap;
    int i = ms->m->ncaptures - 1;
    while (i >= 0 && cap[i].len != NL_PAT_UNFINISHED)
        i--;
    if (i < 0)
        nl_err_runf(ms->L, "invalid pattern capture");
    cap[i].len = (s - ms->src) - cap[i].start;
    const uchar *e = match(ms, s, p);
    if (!e)
        cap[i].len = NL_PAT_UNFINISHED;
    return e;
}

/* %bxy at s: the end of the balanced run, or NULL. */
static const uchar *balance(Matcher *ms, const uchar *s, const uchar *p)
{
    if (p + 3 >= ms->pat_end)
        nl_err_runf(ms->L, "unbalanced pattern");
    int open = p[2], close = p[3];
    if (s >= ms->src_end || *s != open)
        return NULL;
    int depth = 1;
    while (++s < ms->src_end) {
        if (*s == close) {
            if (--depth == 0)
                return s + 1;
        } else if (*s == open) {
            depth++;
        }
    }
    return NULL;
}

/* %f[set] at s: whether the set starts there; sets *next past it. Outside
 * the subject the byte is taken as '\0'. */
static bool frontier(Matcher *ms, const uchar *s, const uchar *p, const uchar **next)
{
    p += 2;
    if (p == ms->pat_end || *p != '[')
        nl_err_runf(ms->L, "missing '[' after '%%f' in pattern");
    const uchar *ep = item_end(ms, p);
    int before = s > ms->src ? s[-1] : 0;
    int here = s < ms->src_end ? *s : 0;
    *next = ep;
    return !set_has(p, ep - 1, before) && set_has(p, ep - 1, here);
}

/* %1-%9 at s: the end of the repeated text, or NULL. A position capture
 * never matches. */
static const uchar *back_ref(Matcher *ms, const uchar *s, int digit)
{
    int i = digit - '1';
    const nl_PatMatch *m = ms->m;
    if (i < 0 || i >= m->ncaptures || m->cap[i].len == NL_PAT_UNFINISHED)
        nl_err_runf(ms->L, "invalid capture index");
    ptrdiff_t len = m->cap[i].len;
    if (len < 0 || ms->src_end - s < len || memcmp(ms->src + m->cap[i].start, s, (size_t)len) != 0)
        return NULL;
    return s + len;
}

/* The item at p repeated as many times as possible from s (at least min),
 * then backing off one at a time until the rest of the pattern matches. */
static const uchar *repeat_greedy(Matcher *ms, const uchar *s, const uchar *p,
                                  const uchar *ep, size_t min)
{
    const uchar *t = s;
    while (item_at(ms, t, p, ep))
        t++;
    if ((size_t)(t - s) < min)
        return NULL;
    for (;; t--) {
        const uchar *e = match(ms, t, ep + 1);
        if (e || t == s + min)
            return e;
    }
}

/* The item at p repeated as few times as possible from s. */
static const uchar *repeat_lazy(Matcher *ms, const uchar *s, const uchar *p, const uchar *ep)
{
    for (;; s++) {
        const uchar *e = match(ms, s, ep + 1);
        if (e || !item_at(ms, s, p, ep))
            return e;
    }
}

/* Matches the pattern from p against the subject from s; returns the end of
 * the match or NULL. */
static const uchar *match_here(Matcher *ms, const uchar *s, const uchar *p)
{
    const uchar *end = ms->pat_end;
    while (p < end) {
        if (*p == '(') {
            if (p + 1 < end && p[1] == ')')
                return open_capture(ms, s, p + 2, NL_PAT_POSITION);
            return open_capture(ms, s, p + 1, NL_PAT_UNFINISHED);
        }
        if (*p == ')')
            return close_capture(ms, s, p + 1);
        if (*p == '$' && p + 1 == end)
            return s == ms->src_end ? s : NULL;
        if (*p == '%' && p + 1 < end) {
            if (p[1] == 'b') {
                if (!(s = balance(ms, s, p)))
                    return NULL;
                p += 4;
                continue;
            }
            if (p[1] == 'f') {
                if (!frontier(ms, s, p, &p))
                    return NULL;
                continue;
            }
            if (is_digit(p[1])) {
                if (!(s = back_ref(ms, s, p[1])))
                    return NULL;
                p += 2;
                continue;
            }
        }
        const uchar *ep = item_end(ms, p);
        switch (ep < end ? *ep : 0) {
        case '?': {
            const uchar *e;
            if (item_at(ms, s, p, ep) && (e = match(ms, s + 1, ep + 1)))
                return e;
            p = ep + 1;
            break;
        }
        case '*': return repeat_greedy(ms, s, p, ep, 0);
        case '+': return repeat_greedy(ms, s, p, ep, 1);
        case '-': return repeat_lazy(ms, s, p, ep);
        default:
            if (!item_at(ms, s, p, ep))
                return NULL;
            s++;
            p = ep;
        }
    }
    return s;
}

/* match_here, as one level of MAX_DEPTH. */
static const uchar *match(Matcher *ms, const uchar *s, const uchar *p)
{
    if (++ms->depth > MAX_DEPTH)
        nl_err_runf(ms->L, "pattern too complex");
    const uchar *e = match_here(ms, s, p);
    ms->depth--;
    return e;
}

/* ---- Entry points ---------------------------------------------------------- */

bool nl_pat_match_at(lua_State *L, const char *s, size_t slen, size_t init,
                     const char *p, size_t plen, nl_PatMatch *m)
{
    const char *nul = memchr(p, '\0', plen);
    Matcher ms = {
        .L = L,
        .src = (const uchar *)s,
        .src_end = (const uchar *)s + slen,
        .pat_end = (const uchar *)(nul ? nul : p + plen),
        .m = m,
    };
    if (init > slen)
        return false;
    m->ncaptures = 0;
    const uchar *e = match(&ms, ms.src + init, (const uchar *)p);
    if (!e)
        return false;
    m->start = (ptrdiff_t)init;
    m->end = e - ms.src;
    return true;
}

bool nl_pat_find(lua_State *L, const char *s, size_t slen, size_t init,
                 const char *p, size_t plen, nl_PatMatch *m)
{
    bool anchored = plen > 0 && p[0] == '^';
    if (anchored) {
        p++;
        plen--;
    }
    for (size_t at = init; at <= slen; at++) {
        if (nl_pat_match_at(L, s, slen, at, p, plen, m))
            return true;
        if (anchored)
            break;
    }
    return false;
}

bool nl_pat_is_plain(const char *p, size_t plen)
{
    for (size_t i = 0; i < plen; i++)
        if (p[i] != '\0' && strchr("^$*+?.([%-", p[i]))
            return false;
    return true;
}

nl_PatCapture nl_pat_capture(lua_State *L, const nl_PatMatch *m, int i)
{
    if (i >= m->ncaptures) {
        if (i != 0)
            nl_err_runf(L, "invalid capture index");
        return (nl_PatCapture){m->start, m->end - m->start};
    }
    if (m->cap[i].len == NL_PAT_UNFINISHED)
        nl_err_runf(L, "unfinished capture");
    return m->cap[i];
}

void nl_pat_expand(lua_State *L, const char *repl, size_t rlen, const char *s,
                   const nl_PatMatch *m, nl_PatSink sink, void *ud)
{
    size_t i = 0;
    while (i < rlen) {
        const char *pct = memchr(repl + i, '%', rlen - i);
        size_t run = pct ? (size_t)(pct - repl) - i : rlen - i;
        if (run)
            sink(ud, repl + i, run);
        i += run;
        if (i == rlen)
            break;
        /* LuaJIT reads the string's terminating '\0' after a final '%'. */
        char c = i + 1 < rlen ? repl[i + 1] : '\0';
        i += 2;
        if (!is_digit((uchar)c)) {
            sink(ud, &c, 1);
        } else if (c == '0') {
            sink(ud, s + m->start, (size_t)(m->end - m->start));
        } else {
            nl_PatCapture cap = nl_pat_capture(L, m, c - '1');
            if (cap.len == NL_PAT_POSITION) {
                char num[32];
                int n = snprintf(num, sizeof num, "%td", cap.start + 1);
                sink(ud, num, (size_t)n);
            } else {
                sink(ud, s + cap.start, (size_t)cap.len);
            }
        }
    }
}
