/*
 * nl_lex.c -- the lexer (see nl_lex.h).
 */
#include "nl_lex.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "nl_ctype.h"
#include "nl_err.h"
#include "nl_gc.h"
#include "nl_mem.h"
#include "nl_number.h"
#include "nl_string.h"

#define EOZ (-1)     /* ls->c at the end of the input */
#define NO_TOKEN (-1) /* ls->la.token when there is no lookahead */

/* The words and symbols of the tokens from NL_TK_AND up, in enum order; the
 * first NL_LEX_NRESERVED are the reserved words. */
static const char *const token_names[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
    "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
    "true", "until", "while",
    "..", "...", "==", ">=", "<=", "~=", "::", "<eof>", "<number>", "<name>", "<string>",
};
_Static_assert(sizeof token_names / sizeof *token_names == NL_TK_STRING - NL_TK_AND + 1,
               "one name per token");

/* The reserved words are fixed: a collected and re-created word would lose its mark. */
static void reserve(lua_State *L, const char *word, int index)
{
    nl_String *s = nl_str_newz(L, word);
    s->reserved = (uint8_t)index;
    nl_gc_fix((nl_GCObj *)s);
}

void nl_lex_init_reserved(lua_State *L)
{
    for (int i = 0; i < NL_LEX_NRESERVED; i++)
        reserve(L, token_names[i], i + 1);
    reserve(L, "goto", NL_LEX_RESERVED_GOTO);
}

/* ---- Characters ------------------------------------------------------- */

/* Bytes from 0x80 up are identifier characters, as in LuaJIT. */
static bool is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_ident(int c) { return is_ident_start(c) || nl_isdigit(c); }
static bool is_newline(int c) { return c == '\n' || c == '\r'; }

static int hex_value(int c)
{
    if (nl_isdigit(c))
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static void advance(nl_LexState *ls)
{
    if (ls->p == ls->pe && ls->reader) {
        size_t size = 0;
        const char *piece = ls->reader(ls->L, ls->ud, &size);
        if (piece == NULL || size == 0) {
            ls->reader = NULL;
        } else {
            ls->p = piece;
            ls->pe = piece + size;
        }
    }
    ls->c = ls->p < ls->pe ? (unsigned char)*ls->p++ : EOZ;
}

/* ---- The token text buffer -------------------------------------------- */

static void save(nl_LexState *ls, int c)
{
    if (ls->buflen + 1 >= ls->bufsize) { /* keep room for a NUL */
        size_t nsize = ls->bufsize ? ls->bufsize * 2 : 64;
        if (nsize <= ls->bufsize)
            nl_err_throw(ls->L, NL_ERRMEM);
        ls->buf = nl_mem_realloc(ls->L, ls->buf, ls->bufsize, nsize);
        ls->bufsize = nsize;
    }
    ls->buf[ls->buflen++] = (char)c;
}

static void save_advance(nl_LexState *ls)
{
    save(ls, ls->c);
    advance(ls);
}

static nl_Value intern(nl_LexState *ls, const char *s, size_t len)
{
    return nl_box_string(nl_str_new(ls->L, s, len));
}

/* ---- Errors ------------------------------------------------------------- */

void nl_lex_chunkid(char *out, size_t outlen, const char *chunkname, size_t len)
{
    if (outlen == 0)
        return;
    len = strnlen(chunkname, len);
    size_t room = outlen - 1;
    if (len > 0 && chunkname[0] == '=') {
        snprintf(out, outlen, "%.*s", (int)(len - 1 < room ? len - 1 : room), chunkname + 1);
    } else if (len > 0 && chunkname[0] == '@') {
        if (len - 1 <= room || room < 3)
            snprintf(out, outlen, "%.*s", (int)(len - 1), chunkname + 1);
        else /* keep the tail: it has the file's name */
            snprintf(out, outlen, "...%s", chunkname + len - (room - 3));
    } else {
        /* [string "..."] around the first line, "..." marking a cut. */
        size_t frame = sizeof "[string \"\"]" - 1, dots = 3;
        size_t line = strcspn(chunkname, "\n\r");
        bool whole = line == len && len + frame <= room;
        size_t keep = room > frame + dots ? room - frame - dots : 0;
        if (!whole && line < keep)
            keep = line;
        snprintf(out, outlen, "[string \"%.*s%s\"]", (int)(whole ? len : keep), chunkname,
                 whole ? "" : "...");
    }
}

const char *nl_lex_token2str(nl_LexState *ls, int token)
{
    if (token >= NL_TK_AND)
        return token_names[token - NL_TK_AND];
    if (token < ' ' || token == 127)
        snprintf(ls->tokstr, sizeof ls->tokstr, "char(%d)", token);
    else
        snprintf(ls->tokstr, sizeof ls->tokstr, "%c", token);
    return ls->tokstr;
}

_Noreturn void nl_lex_error(nl_LexState *ls, const char *msg, int token)
{
    char id[NL_LEX_IDSIZE];
    nl_lex_chunkid(id, sizeof id, ls->chunkname->data, ls->chunkname->len);
    if (token == 0) {
        nl_str_pushf(ls->L, "%s:%d: %s", id, ls->linenumber, msg);
    } else {
        const char *near;
        if (token == NL_TK_NAME || token == NL_TK_STRING || token == NL_TK_NUMBER) {
            save(ls, '\0'); /* text so far; a zero byte in it ends it, as in LuaJIT */
            ls->buflen--;
            near = ls->buf;
        } else {
            near = nl_lex_token2str(ls, token);
        }
        nl_str_pushf(ls->L, "%s:%d: %s near '%s'", id, ls->linenumber, msg, near);
    }
    nl_err_throw(ls->L, NL_ERRSYNTAX);
}

_Noreturn void nl_lex_syntaxerror(nl_LexState *ls, const char *msg)
{
    nl_lex_error(ls, msg, ls->t.token);
}

/* ---- Scanning ----------------------------------------------------------- */

/* Consumes a newline: \n, \r, \r\n or \n\r. */
static void newline(nl_LexState *ls)
{
    int first = ls->c;
    advance(ls);
    if (is_newline(ls->c) && ls->c != first)
        advance(ls);
    if (ls->linenumber == INT_MAX)
        nl_lex_error(ls, "chunk has too many lines", 0);
    ls->linenumber++;
}

/* At '[' or ']': saves it and the '='s after it. Returns the number of '='
 * when the same bracket follows them, else -1 - that number. */
static int skip_sep(nl_LexState *ls)
{
    int bracket = ls->c, level = 0;
    save_advance(ls);
    while (ls->c == '=') {
        save_advance(ls);
        level++;
    }
    return ls->c == bracket ? level : -1 - level;
}

/* The body of a long string or comment, after its opening bracket. Comments
 * (sem == NULL) are not saved. */
static void read_long(nl_LexState *ls, int level, nl_Value *sem)
{
    save_advance(ls); /* the second '[' */
    if (is_newline(ls->c))
        newline(ls); /* a first newline is not part of the string */
    for (;;) {
        switch (ls->c) {
        case EOZ:
            nl_lex_error(ls, sem ? "unfinished long string" : "unfinished long comment",
                         NL_TK_EOF);
        case ']':
            if (skip_sep(ls) == level) {
                save_advance(ls);
                if (sem) {
                    size_t open = (size_t)level + 2;
                    *sem = intern(ls, ls->buf + open, ls->buflen - 2 * open);
                }
                return;
            }
            break;
        case '\n':
        case '\r':
            save(ls, '\n');
            newline(ls);
            break;
        default:
            save_advance(ls);
        }
        if (!sem) /* only the closing bracket matters in a comment */
            ls->buflen = 0;
    }
}

/* After "\u": {hex digits} giving a code point below 0x110000 that is not a
 * surrogate, saved as UTF-8. */
static void read_utf8_escape(nl_LexState *ls)
{
    advance(ls);
    if (ls->c != '{')
        nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
    advance(ls);
    unsigned long cp = 0;
    bool any = false;
    for (int h; (h = hex_value(ls->c)) >= 0; advance(ls)) {
        cp = cp << 4 | (unsigned long)h;
        if (cp >= 0x110000)
            nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
        any = true;
    }
    if (!any || ls->c != '}' || (cp >= 0xd800 && cp < 0xe000))
        nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
    advance(ls);
    if (cp < 0x80) {
        save(ls, (int)cp);
        return;
    }
    int n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    static const int lead[] = {0, 0, 0xc0, 0xe0, 0xf0};
    save(ls, lead[n] | (int)(cp >> (6 * (n - 1))));
    for (int i = n - 2; i >= 0; i--)
        save(ls, 0x80 | (int)((cp >> (6 * i)) & 0x3f));
}

/* At the byte after a backslash. */
static void read_escape(nl_LexState *ls)
{
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\\"\"''";
    int c = ls->c;
    if (c == EOZ)
        nl_lex_error(ls, "unfinished string", NL_TK_EOF);
    for (const char *e = simple; *e; e += 2) {
        if (c == e[0]) {
            save(ls, e[1]);
            advance(ls);
            return;
        }
    }
    if (is_newline(c)) {
        save(ls, '\n');
        newline(ls);
    } else if (c == 'x') {
        advance(ls);
        int hi = hex_value(ls->c);
        if (hi >= 0)
            advance(ls);
        int lo = hex_value(ls->c);
        if (hi < 0 || lo < 0)
            nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
        advance(ls);
        save(ls, hi << 4 | lo);
    } else if (c == 'z') { /* skip the whitespace that follows */
        advance(ls);
        while (nl_isspace(ls->c)) {
            if (is_newline(ls->c))
                newline(ls);
            else
                advance(ls);
        }
    } else if (c == 'u') {
        read_utf8_escape(ls);
    } else if (nl_isdigit(c)) { /* up to three decimal digits */
        int v = 0;
        for (int i = 0; i < 3 && nl_isdigit(ls->c); i++) {
            v = v * 10 + ls->c - '0';
            advance(ls);
        }
        if (v > 255)
            nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
        save(ls, v);
    } else {
        nl_lex_error(ls, "invalid escape sequence", NL_TK_STRING);
    }
}

static void read_string(nl_LexState *ls, nl_Value *sem)
{
    int quote = ls->c;
    save_advance(ls);
    while (ls->c != quote) {
        if (ls->c == EOZ)
            nl_lex_error(ls, "unfinished string", NL_TK_EOF);
        if (is_newline(ls->c))
            nl_lex_error(ls, "unfinished string", NL_TK_STRING);
        if (ls->c == '\\') {
            advance(ls);
            read_escape(ls);
        } else {
            save_advance(ls);
        }
    }
    save_advance(ls);
    *sem = intern(ls, ls->buf + 1, ls->buflen - 2);
}

/* Scans like LuaJIT: identifier characters, dots, and a sign right after the
 * exponent mark ('e', or 'p' for 0x numbers); the text then must be a number.
 * LuaJIT's FFI suffixes (1LL, 1ULL, 1i) are not supported: malformed. */
static void read_number(nl_LexState *ls, nl_Value *sem)
{
    /* The buffer holds the first byte, a digit or '.'. */
    int prev = ls->buf[0];
    int mark = prev == '0' && (ls->c | 0x20) == 'x' ? 'p' : 'e';
    while (is_ident(ls->c) || ls->c == '.' ||
           ((ls->c == '+' || ls->c == '-') && (prev | 0x20) == mark)) {
        prev = ls->c;
        save_advance(ls);
    }
    double d;
    if (!nl_num_parse(ls->buf, ls->buflen, &d))
        nl_lex_error(ls, "malformed number", NL_TK_NUMBER);
    *sem = nl_number_from_outside(d);
}

/* Returns the next token and sets *sem for names, strings and numbers. */
static int scan(nl_LexState *ls, nl_Value *sem)
{
    for (;;) {
        int c = ls->c;
        switch (c) {
        case EOZ:
            return NL_TK_EOF;
        case '\n':
        case '\r':
            newline(ls);
            continue;
        case ' ':
        case '\t':
        case '\v':
        case '\f':
            advance(ls);
            continue;
        case '-':
            advance(ls);
            if (ls->c != '-')
                return '-';
            advance(ls);
            if (ls->c == '[') {
                ls->buflen = 0;
                int level = skip_sep(ls);
                if (level >= 0) {
                    read_long(ls, level, NULL);
                    continue;
                }
            }
            while (!is_newline(ls->c) && ls->c != EOZ)
                advance(ls);
            continue;
        case '[': {
            ls->buflen = 0;
            int level = skip_sep(ls);
            if (level >= 0) {
                read_long(ls, level, sem);
                return NL_TK_STRING;
            }
            if (level != -1)
                nl_lex_error(ls, "invalid long string delimiter", NL_TK_STRING);
            return '[';
        }
        case '=':
        case '<':
        case '>':
        case '~':
            advance(ls);
            if (ls->c != '=')
                return c;
            advance(ls);
            return c == '=' ? NL_TK_EQ : c == '<' ? NL_TK_LE : c == '>' ? NL_TK_GE : NL_TK_NE;
        case ':':
            advance(ls);
            if (ls->c != ':')
                return ':';
            advance(ls);
            return NL_TK_DBCOLON;
        case '"':
        case '\'':
            ls->buflen = 0;
            read_string(ls, sem);
            return NL_TK_STRING;
        case '.':
            advance(ls);
            if (nl_isdigit(ls->c)) {
                ls->buflen = 0;
                save(ls, '.');
                read_number(ls, sem);
                return NL_TK_NUMBER;
            }
            if (ls->c != '.')
                return '.';
            advance(ls);
            if (ls->c != '.')
                return NL_TK_CONCAT;
            advance(ls);
            return NL_TK_DOTS;
        default:
            if (is_ident_start(c)) {
                ls->buflen = 0;
                do
                    save_advance(ls);
                while (is_ident(ls->c));
                nl_String *s = nl_str_new(ls->L, ls->buf, ls->buflen);
                if (s->reserved > 0 && s->reserved <= NL_LEX_NRESERVED)
                    return NL_TK_AND + s->reserved - 1;
                *sem = nl_box_string(s);
                return NL_TK_NAME;
            }
            if (nl_isdigit(c)) {
                ls->buflen = 0;
                save_advance(ls);
                read_number(ls, sem);
                return NL_TK_NUMBER;
            }
            advance(ls);
            return c;
        }
    }
}

/* ---- The token stream --------------------------------------------------- */

void nl_lex_init(lua_State *L, nl_LexState *ls, nl_LexReader reader, void *ud,
                 nl_String *chunkname)
{
    *ls = (nl_LexState){
        .L = L,
        .reader = reader,
        .ud = ud,
        .linenumber = 1,
        .lastline = 1,
        .t = {NL_TK_EOF, NL_NIL},
        .la = {NO_TOKEN, NL_NIL},
        .chunkname = chunkname,
    };
    advance(ls);
    /* A UTF-8 byte order mark in the first piece is skipped, as LuaJIT does. */
    if (ls->c == 0xef && ls->pe - ls->p >= 2 && (unsigned char)ls->p[0] == 0xbb &&
        (unsigned char)ls->p[1] == 0xbf) {
        ls->p += 2;
        advance(ls);
    }
    if (ls->c == '#') /* a shebang line; its newline still counts */
        while (!is_newline(ls->c) && ls->c != EOZ)
            advance(ls);
}

void nl_lex_free(nl_LexState *ls)
{
    if (ls->buf)
        nl_mem_free(ls->L, ls->buf, ls->bufsize);
    ls->buf = NULL;
    ls->buflen = ls->bufsize = 0;
}

void nl_lex_next(nl_LexState *ls)
{
    ls->lastline = ls->linenumber;
    if (ls->la.token != NO_TOKEN) {
        ls->t = ls->la;
        ls->la.token = NO_TOKEN;
    } else {
        ls->t.sem = NL_NIL;
        ls->t.token = scan(ls, &ls->t.sem);
    }
}

int nl_lex_lookahead(nl_LexState *ls)
{
    ls->la.sem = NL_NIL;
    ls->la.token = scan(ls, &ls->la.sem);
    return ls->la.token;
}
