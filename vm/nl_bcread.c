/*
 * nl_bcread.c -- loads a binary chunk (see nl_bcread.h and nl_bcformat.h).
 *
 * The whole chunk is read before anything is built, so the reader (which
 * may run Lua code, and with it the collector) is never called while
 * half-built prototypes exist. Building then relies on allocation never
 * collecting (the collector runs only at nl_gc_check, docs/vm.md), as the
 * parser does: nothing built here is anchored until the closure is. Every
 * count and length is checked against the bytes that are left before it
 * sizes an allocation, so a short or lying chunk is an error, never a read
 * past the end or a huge allocation. A prototype is consistent for the
 * collector at every step (arrays are sized as soon as they exist), since a
 * failed load leaves it to be swept.
 */
#include "nl_bcread.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "nl_bcformat.h"
#include "nl_bcverify.h"
#include "nl_call.h"
#include "nl_err.h"
#include "nl_mem.h"
#include "nl_string.h"
#include "nl_table.h"

/* ---- Errors ------------------------------------------------------------------- */

typedef struct Reader {
    lua_State *L;
    const uint8_t *p, *end;
    const char *chunkname;
    nl_String *source;
    bool strip;
    int depth;
} Reader;

/* The chunk's name in load errors, as LuaJIT shows it. */
static const char *shown_name(const char *chunkname)
{
    if (chunkname[0] == '=' || chunkname[0] == '@')
        return chunkname + 1;
    if (chunkname[0] == NL_BCF_MAGIC[0]) /* loadstring's default name: the chunk */
        return "(binary)";
    return chunkname;
}

static _Noreturn void fail(lua_State *L, const char *chunkname, const char *what,
                           const char *detail)
{
    nl_str_pushf(L, "%s: cannot load %s bytecode%s", shown_name(chunkname), what, detail);
    nl_err_throw(L, NL_ERRSYNTAX);
}

static _Noreturn void malformed(Reader *r) { fail(r->L, r->chunkname, "malformed", ""); }

/* ---- Primitive fields ------------------------------------------------------------ */

static size_t left(const Reader *r) { return (size_t)(r->end - r->p); }

static const uint8_t *get_bytes(Reader *r, size_t n)
{
    if (n > left(r))
        malformed(r);
    const uint8_t *s = r->p;
    r->p += n;
    return s;
}

static uint8_t get_byte(Reader *r) { return *get_bytes(r, 1); }

static uint32_t get_uleb(Reader *r)
{
    uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t b = get_byte(r);
        if (shift == 28 && b > 0x0f) /* more than 32 bits */
            malformed(r);
        v |= (uint32_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
}

/* A count of items that take at least min_bytes each: never more than the
 * input that is left can hold. */
static uint32_t get_count(Reader *r, size_t min_bytes)
{
    uint32_t n = get_uleb(r);
    if (n > left(r) / min_bytes)
        malformed(r);
    return n;
}

static int32_t get_int(Reader *r)
{
    uint32_t v = get_uleb(r);
    if (v > INT32_MAX)
        malformed(r);
    return (int32_t)v;
}

static uint32_t get_u32(Reader *r)
{
    const uint8_t *b = get_bytes(r, 4);
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static nl_Value get_number(Reader *r)
{
    const uint8_t *b = get_bytes(r, 8);
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++)
        bits |= (uint64_t)b[i] << (8 * i);
    double d;
    memcpy(&d, &bits, sizeof d);
    /* A NaN's payload could forge a tagged value: only the canonical NaN. */
    return nl_number_from_outside(d);
}

static nl_String *get_string(Reader *r)
{
    uint32_t len = get_uleb(r);
    const uint8_t *s = get_bytes(r, len);
    return nl_str_new(r->L, (const char *)s, len);
}

/* ---- Constants ---------------------------------------------------------------- */

/* A template key (number other than NaN, string or boolean: the compiler
 * puts `{[true] = 1}` in a template too) or, with is_value, a template value
 * (number, string or boolean). */
static nl_Value get_tvalue(Reader *r, bool is_value)
{
    switch (get_byte(r)) {
    case NL_BCF_KNUM: {
        nl_Value v = get_number(r);
        if (!is_value && nl_number(v) != nl_number(v))
            malformed(r);
        return v;
    }
    case NL_BCF_KSTR: return nl_box_string(get_string(r));
    case NL_BCF_KFALSE: return NL_FALSE;
    case NL_BCF_KTRUE: return NL_TRUE;
    default: break;
    }
    malformed(r);
}

static nl_Table *get_template(Reader *r)
{
    uint32_t n = get_count(r, 2);
    nl_Table *t = nl_tab_new(r->L, 0, 0);
    for (uint32_t i = 0; i < n; i++) {
        nl_Value key = get_tvalue(r, false);
        nl_Value val = get_tvalue(r, true);
        *nl_tab_set(r->L, t, key) = val;
    }
    return t;
}

static void get_constants(Reader *r, nl_Proto *p, uint32_t n)
{
    p->k = nl_mem_newvec(r->L, n, nl_Value);
    for (uint32_t i = 0; i < n; i++)
        p->k[i] = NL_NIL;
    p->sizek = n;
    for (uint32_t i = 0; i < n; i++) {
        uint8_t tag = get_byte(r);
        if (tag == NL_BCF_KNUM) {
            p->k[i] = get_number(r);
        } else if (tag == NL_BCF_KSTR) {
            p->k[i] = nl_box_string(get_string(r));
        } else if (tag == NL_BCF_KTAB) {
            p->k[i] = nl_box_table(get_template(r));
        } else {
            malformed(r);
        }
    }
}

/* ---- Prototypes -------------------------------------------------------------------- */

static void get_debug(Reader *r, nl_Proto *p)
{
    lua_State *L = r->L;
    /* Stripped, as in LuaJIT: lines 0, no locals, upvalues named "". */
    nl_String *empty = nl_str_new(L, "", 0);
    p->upvalnames = nl_mem_newvec(L, p->nupvalues, nl_String *);
    for (uint32_t i = 0; i < p->nupvalues; i++)
        p->upvalnames[i] = empty;
    if (r->strip)
        return;
    p->linedefined = get_int(r);
    p->lastlinedefined = get_int(r);
    for (uint32_t i = 0; i < p->sizecode; i++)
        p->lineinfo[i] = get_int(r);
    uint32_t nloc = get_count(r, 3);
    p->locvars = nl_mem_newvec(L, nloc, nl_LocVar);
    for (uint32_t i = 0; i < nloc; i++)
        p->locvars[i] = (nl_LocVar){empty, 0, 0};
    p->sizelocvars = nloc;
    for (uint32_t i = 0; i < nloc; i++) {
        p->locvars[i].name = get_string(r);
        p->locvars[i].startpc = get_uleb(r);
        p->locvars[i].endpc = get_uleb(r);
    }
    for (uint32_t i = 0; i < p->nupvalues; i++)
        p->upvalnames[i] = get_string(r);
}

static nl_Proto *get_proto(Reader *r)
{
    lua_State *L = r->L;
    if (++r->depth > NL_BCF_MAXDEPTH)
        malformed(r);
    uint8_t flags = get_byte(r);
    if (flags & ~NL_BCF_VARARG)
        malformed(r);
    nl_Proto *p = nl_func_newproto(L);
    p->source = r->source;
    p->is_vararg = (flags & NL_BCF_VARARG) != 0;
    p->numparams = get_byte(r);
    p->framesize = get_byte(r);
    p->nupvalues = 0; /* set once upvalnames exists, which is sized by it */
    uint8_t nupvalues = get_byte(r);
    uint32_t sizecode = get_count(r, 4);
    uint32_t sizek = get_count(r, 1);
    uint32_t sizep = get_count(r, 1);

    p->code = nl_mem_newvec(L, sizecode, nl_Ins);
    p->sizecode = sizecode;
    p->lineinfo = nl_mem_newvec(L, sizecode, int32_t);
    for (uint32_t i = 0; i < sizecode; i++) {
        p->lineinfo[i] = 0;
        p->code[i] = get_u32(r);
    }

    get_constants(r, p, sizek);

    p->p = nl_mem_newvec(L, sizep, nl_Proto *);
    for (uint32_t i = 0; i < sizep; i++)
        p->p[i] = NULL;
    p->sizep = sizep;
    for (uint32_t i = 0; i < sizep; i++)
        p->p[i] = get_proto(r);

    p->upvalnames = NULL;
    p->nupvalues = nupvalues;
    get_debug(r, p);
    r->depth--;
    return p;
}

static void get_header(Reader *r)
{
    lua_State *L = r->L;
    size_t n = left(r);
    const char *s = (const char *)r->p;
    if (n >= 4 && memcmp(s, "\33Lua", 4) == 0)
        fail(L, r->chunkname, "incompatible", " (a PUC Lua chunk: nanlua loads only its own)");
    if (n >= 3 && memcmp(s, "\33LJ", 3) == 0)
        fail(L, r->chunkname, "incompatible", " (a LuaJIT chunk: nanlua loads only its own)");
    if (n < NL_BCF_MAGICLEN && memcmp(s, NL_BCF_MAGIC, n) == 0) /* cut short */
        malformed(r);
    if (n < NL_BCF_MAGICLEN || memcmp(s, NL_BCF_MAGIC, NL_BCF_MAGICLEN) != 0)
        fail(L, r->chunkname, "incompatible", " (not a nanlua chunk)");
    r->p += NL_BCF_MAGICLEN;
    uint8_t version = get_byte(r);
    if (version != NL_BCF_VERSION)
        fail(L, r->chunkname, "incompatible",
             version > NL_BCF_VERSION ? " (written by a newer nanlua)" : " (written by an older nanlua)");
    uint8_t flags = get_byte(r);
    if (flags & ~NL_BCF_STRIP)
        malformed(r);
    r->strip = (flags & NL_BCF_STRIP) != 0;
    if (get_byte(r) != NL_BCF_NUMFMT)
        fail(L, r->chunkname, "incompatible", " (another number format)");
    if (get_u32(r) != nl_bcf_isa_fingerprint())
        fail(L, r->chunkname, "incompatible", " (another instruction set: written by another nanlua)");
    /* A stripped chunk takes the name it is loaded under, as in LuaJIT. */
    r->source = r->strip ? nl_str_newz(L, r->chunkname) : get_string(r);
}

nl_Proto *nl_bcread(lua_State *L, const char *buf, size_t len, const char *chunkname)
{
    Reader r = {L, (const uint8_t *)buf, (const uint8_t *)buf + len, chunkname, NULL, false, 0};
    get_header(&r);
    nl_Proto *p = get_proto(&r);
    if (r.p != r.end)
        malformed(&r);
    char why[160];
    if (nl_bcverify(L, p, why, sizeof why))
        malformed(&r);
    return p;
}

/* ---- Loading ------------------------------------------------------------------------ */

typedef struct Load {
    lua_Reader reader;
    void *data;
    const char *chunkname;
    char *buf;
    size_t len, size;
} Load;

static void read_all(lua_State *L, Load *ld)
{
    for (;;) {
        size_t n;
        const char *piece = ld->reader(L, ld->data, &n);
        if (!piece || n == 0)
            return;
        if (n > ld->size - ld->len) {
            size_t size = ld->size ? ld->size : 256;
            while (size - ld->len < n) {
                if (size > SIZE_MAX / 2)
                    nl_err_throw(L, NL_ERRMEM);
                size *= 2;
            }
            ld->buf = nl_mem_realloc(L, ld->buf, ld->size, size);
            ld->size = size;
        }
        memcpy(ld->buf + ld->len, piece, n);
        ld->len += n;
    }
}

static void do_load(lua_State *L, void *ud)
{
    Load *ld = ud;
    read_all(L, ld);
    nl_Proto *p = nl_bcread(L, ld->buf, ld->len, ld->chunkname);
    nl_state_checkstack(L, 1);
    nl_LClosure *f = nl_func_newlua(L, p, L->env);
    for (uint8_t i = 0; i < p->nupvalues; i++)
        f->upvals[i] = nl_func_newupval(L);
    nl_state_push(L, nl_box_func((nl_Closure *)f));
}

int nl_bcread_load(lua_State *L, lua_Reader reader, void *data, const char *chunkname)
{
    Load ld = {reader, data, chunkname, NULL, 0, 0};
    int status = nl_call_protected(L, do_load, &ld, 0);
    nl_mem_free(L, ld.buf, ld.size);
    return status;
}
