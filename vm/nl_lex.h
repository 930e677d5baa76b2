/*
 * nl_lex.h -- the lexer: turns a chunk's bytes, delivered by a reader, into
 * tokens, with LuaJIT 2.1's rules and error messages.
 *
 * Single-character tokens are their byte value (0..255, so a NUL byte in the
 * source is token 0); the others count up from NL_TK_AND. `goto` is lexed as
 * a name: LuaJIT accepts it as a variable name, so the parser decides (a
 * statement is a goto when the name `goto` is followed by another name that
 * is not `goto`; see nl_lex_isgoto).
 */
#ifndef NL_LEX_H
#define NL_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "nl_obj.h"
#include "nl_state.h"

enum {
    /* The reserved words, in the order of their `reserved` byte. */
    NL_TK_AND = 257, NL_TK_BREAK, NL_TK_DO, NL_TK_ELSE, NL_TK_ELSEIF, NL_TK_END,
    NL_TK_FALSE, NL_TK_FOR, NL_TK_FUNCTION, NL_TK_IF, NL_TK_IN, NL_TK_LOCAL,
    NL_TK_NIL, NL_TK_NOT, NL_TK_OR, NL_TK_REPEAT, NL_TK_RETURN, NL_TK_THEN,
    NL_TK_TRUE, NL_TK_UNTIL, NL_TK_WHILE,
    /* Other multi-character tokens. */
    NL_TK_CONCAT, /* .. */
    NL_TK_DOTS,   /* ... */
    NL_TK_EQ,     /* == */
    NL_TK_GE,     /* >= */
    NL_TK_LE,     /* <= */
    NL_TK_NE,     /* ~= */
    NL_TK_DBCOLON, /* :: */
    NL_TK_EOF,
    NL_TK_NUMBER, /* sem: the number */
    NL_TK_NAME,   /* sem: the interned name */
    NL_TK_STRING  /* sem: the interned contents */
};

#define NL_LEX_NRESERVED (NL_TK_WHILE - NL_TK_AND + 1)
/* The `reserved` byte of the string "goto" (which still lexes as a name). */
#define NL_LEX_RESERVED_GOTO (NL_LEX_NRESERVED + 1)

/* Chunk ids (see nl_lex_chunkid) are at most this long, NUL included. */
#define NL_LEX_IDSIZE 60

/* Shaped like lua_Reader: the next piece of the chunk, or NULL or *size == 0
 * at its end (the reader is then not called again). */
typedef const char *(*nl_LexReader)(lua_State *L, void *ud, size_t *size);

typedef struct nl_Token {
    int token;
    nl_Value sem; /* for numbers, names and strings; nil otherwise */
} nl_Token;

typedef struct nl_LexState {
    lua_State *L;
    nl_LexReader reader; /* NULL once the input has ended */
    void *ud;
    const char *p, *pe;  /* unread part of the current piece */
    int c;               /* current byte, or -1 at the end */
    int linenumber;      /* line of the current byte */
    int lastline;        /* line of the last token consumed by nl_lex_next */
    nl_Token t;          /* current token */
    nl_Token la;         /* lookahead, token -1 when none */
    nl_String *chunkname;
    /* Text of the last name, string or number scanned, for error messages
     * (so after a lookahead it is the lookahead's, as in LuaJIT). */
    char *buf;
    size_t buflen, bufsize;
    char tokstr[24]; /* nl_lex_token2str's text for single characters */
} nl_LexState;

/* Interns the reserved words and marks them through their `reserved` byte.
 * Strings made here must never be collected. */
void nl_lex_init_reserved(lua_State *L);

/* Prepares to read a chunk: reads its first byte and skips a UTF-8 byte
 * order mark and a first line that starts with '#'. The first token is read by the first nl_lex_next. */
void nl_lex_init(lua_State *L, nl_LexState *ls, nl_LexReader reader, void *ud,
                 nl_String *chunkname);
/* Frees the token buffer; call it once lexing is over, error or not. */
void nl_lex_free(nl_LexState *ls);

void nl_lex_next(nl_LexState *ls);
/* Reads the token after the current one (at most one ahead) and returns it. */
int nl_lex_lookahead(nl_LexState *ls);

/* The token as error messages name it: "'end'"-style words and symbols,
 * "<name>", "<string>", "<number>", "<eof>", char(N) for control bytes. The
 * result lives until the next call. */
const char *nl_lex_token2str(nl_LexState *ls, int token);

/* Raises NL_ERRSYNTAX with "chunkid:line: msg near 'X'", X the token's text
 * (the scanned text for names, strings and numbers); token 0 omits the near
 * part, as LuaJIT does. */
_Noreturn void nl_lex_error(nl_LexState *ls, const char *msg, int token);
/* The same, near the current token (for the parser). */
_Noreturn void nl_lex_syntaxerror(nl_LexState *ls, const char *msg);

/* Writes the readable form of a chunk name: "=name" gives name, "@file"
 * gives file (its tail behind "..." when long), anything else is source
 * text and gives [string "first line..."]. The name ends at its first zero
 * byte, as in LuaJIT; LuaJIT's lengths come with outlen == NL_LEX_IDSIZE. */
void nl_lex_chunkid(char *out, size_t outlen, const char *chunkname, size_t len);

/* True when a name token's value is the string "goto". */
static inline bool nl_lex_isgoto(nl_Value name)
{
    return nl_string(name)->reserved == NL_LEX_RESERVED_GOTO;
}

#endif
