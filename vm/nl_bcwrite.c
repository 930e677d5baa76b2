/*
 * nl_bcwrite.c -- writes a prototype as a binary chunk (see nl_bcwrite.h and
 * nl_bcformat.h).
 *
 * Output goes through a small buffer handed to the writer whenever it fills,
 * so the writer may allocate, move the stack or raise: nothing here points
 * into the stack. The prototypes stay reachable through the function the
 * caller keeps on the stack.
 */
#include "nl_bcwrite.h"

#include <string.h>

#include "nl_bcformat.h"
#include "nl_string.h"
#include "nl_table.h"

typedef struct Writer {
    lua_State *L;
    lua_Writer writer;
    void *data;
    int status; /* the writer's first non-zero status */
    bool strip;
    size_t n;
    uint8_t buf[512];
} Writer;

static void flush(Writer *w)
{
    if (w->n > 0 && w->status == 0)
        w->status = w->writer(w->L, w->buf, w->n, w->data);
    w->n = 0;
}

static void put_bytes(Writer *w, const void *p, size_t len)
{
    const uint8_t *s = p;
    while (len > 0) {
        if (w->n == sizeof w->buf)
            flush(w);
        size_t room = sizeof w->buf - w->n, k = len < room ? len : room;
        memcpy(w->buf + w->n, s, k);
        w->n += k;
        s += k;
        len -= k;
    }
}

static void put_byte(Writer *w, uint8_t b) { put_bytes(w, &b, 1); }

static void put_uleb(Writer *w, uint32_t v)
{
    uint8_t b[5];
    size_t n = 0;
    do {
        b[n] = v & 0x7f;
        v >>= 7;
        if (v)
            b[n] |= 0x80;
        n++;
    } while (v);
    put_bytes(w, b, n);
}

static void put_u32(Writer *w, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put_bytes(w, b, 4);
}

static void put_number(Writer *w, nl_Value v)
{
    uint64_t bits = v; /* a number's value is its IEEE-754 bit pattern */
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(bits >> (8 * i));
    put_bytes(w, b, 8);
}

static void put_string(Writer *w, const nl_String *s)
{
    put_uleb(w, (uint32_t)s->len);
    put_bytes(w, s->data, s->len);
}

/* A template key or value: a number, a string or a boolean. */
static void put_tvalue(Writer *w, nl_Value v)
{
    if (nl_is_string(v)) {
        put_byte(w, NL_BCF_KSTR);
        put_string(w, nl_string(v));
    } else if (nl_is_bool(v)) {
        put_byte(w, v == NL_TRUE ? NL_BCF_KTRUE : NL_BCF_KFALSE);
    } else {
        put_byte(w, NL_BCF_KNUM);
        put_number(w, v);
    }
}

static void put_template(Writer *w, const nl_Table *t)
{
    uint32_t count = 0;
    size_t hsize = nl_tab_hashsize(t);
    for (uint32_t i = 0; i < t->asize; i++)
        count += !nl_is_nil(t->array[i]);
    for (size_t i = 0; i < hsize; i++)
        count += !nl_is_nil(t->node[i].val);
    put_uleb(w, count);
    for (uint32_t i = 0; i < t->asize; i++) {
        if (!nl_is_nil(t->array[i])) {
            put_tvalue(w, nl_box_number((double)i + 1));
            put_tvalue(w, t->array[i]);
        }
    }
    for (size_t i = 0; i < hsize; i++) {
        if (!nl_is_nil(t->node[i].val)) {
            put_tvalue(w, t->node[i].key);
            put_tvalue(w, t->node[i].val);
        }
    }
}

static void put_constant(Writer *w, nl_Value v)
{
    if (nl_is_table(v)) {
        put_byte(w, NL_BCF_KTAB);
        put_template(w, nl_table(v));
    } else {
        put_tvalue(w, v);
    }
}

static void put_proto(Writer *w, const nl_Proto *p)
{
    put_byte(w, p->is_vararg ? NL_BCF_VARARG : 0);
    put_byte(w, p->numparams);
    put_byte(w, p->framesize);
    put_byte(w, p->nupvalues);
    put_uleb(w, p->sizecode);
    put_uleb(w, p->sizek);
    put_uleb(w, p->sizep);
    for (uint32_t i = 0; i < p->sizecode; i++)
        put_u32(w, p->code[i]);
    for (uint32_t i = 0; i < p->sizek; i++)
        put_constant(w, p->k[i]);
    for (uint32_t i = 0; i < p->sizep; i++)
        put_proto(w, p->p[i]);
    if (w->strip)
        return;
    put_uleb(w, (uint32_t)p->linedefined);
    put_uleb(w, (uint32_t)p->lastlinedefined);
    for (uint32_t i = 0; i < p->sizecode; i++)
        put_uleb(w, (uint32_t)p->lineinfo[i]);
    put_uleb(w, p->sizelocvars);
    for (uint32_t i = 0; i < p->sizelocvars; i++) {
        put_string(w, p->locvars[i].name);
        put_uleb(w, p->locvars[i].startpc);
        put_uleb(w, p->locvars[i].endpc);
    }
    for (uint32_t i = 0; i < p->nupvalues; i++) {
        const nl_String *name = p->upvalnames ? p->upvalnames[i] : NULL;
        put_uleb(w, name ? (uint32_t)name->len : 0);
        if (name)
            put_bytes(w, name->data, name->len);
    }
}

int nl_bcwrite(lua_State *L, const nl_Proto *p, lua_Writer writer, void *data, bool strip)
{
    Writer w = {.L = L, .writer = writer, .data = data, .status = 0, .strip = strip, .n = 0};
    put_bytes(&w, NL_BCF_MAGIC, NL_BCF_MAGICLEN);
    put_byte(&w, NL_BCF_VERSION);
    put_byte(&w, strip ? NL_BCF_STRIP : 0);
    put_byte(&w, NL_BCF_NUMFMT);
    put_u32(&w, nl_bcf_isa_fingerprint());
    if (!strip)
        put_string(&w, p->source);
    put_proto(&w, p);
    flush(&w);
    return w.status;
}

int nl_bcdump(lua_State *L, lua_Writer writer, void *data, bool strip)
{
    nl_Value f = L->top[-1];
    if (!nl_is_func(f) || nl_func(f)->h.is_c)
        return 1;
    return nl_bcwrite(L, nl_func(f)->l.p, writer, data, strip);
}
