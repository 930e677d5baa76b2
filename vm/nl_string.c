/*
 * nl_string.c -- the string table and string creation (see nl_string.h).
 */
#include "nl_string.h"

#include <stdio.h>
#include <string.h>

#include "nl_err.h"
#include "nl_gc.h"
#include "nl_hash.h"
#include "nl_mem.h"
#include "nl_number.h"

#define STRTAB_MIN 64
/* Strings hash with a fixed seed: iteration order is the same on every run. */
#define STRING_SEED 0x6e616e6cu

static void strtab_resize(lua_State *L, size_t newsize)
{
    nl_StringTable *tb = &L->g->strt;
    nl_String **hash = nl_mem_newvec(L, newsize, nl_String *);
    memset(hash, 0, newsize * sizeof *hash);
    for (size_t i = 0; i < tb->size; i++) {
        nl_String *s = tb->hash[i];
        while (s) {
            nl_String *next = s->hnext;
            size_t h = s->hash & (newsize - 1);
            s->hnext = hash[h];
            hash[h] = s;
            s = next;
        }
    }
    nl_mem_freevec(L, tb->hash, tb->size, nl_String *);
    tb->hash = hash;
    tb->size = newsize;
}

nl_String *nl_str_new(lua_State *L, const char *s, size_t len)
{
    nl_StringTable *tb = &L->g->strt;
    uint32_t h = nl_hash_bytes(s, len, STRING_SEED ^ (uint32_t)len);
    for (nl_String *e = tb->hash[h & (tb->size - 1)]; e; e = e->hnext) {
        if (e->hash == h && e->len == len && memcmp(e->data, s, len) == 0) {
            if (nl_gc_isdead(L->g, (nl_GCObj *)e)) /* garbage the sweep has not freed yet */
                nl_gc_revive(L->g, (nl_GCObj *)e);
            return e;
        }
    }
    if (len > SIZE_MAX - sizeof(nl_String) - 1)
        nl_err_throw(L, NL_ERRMEM);
    if (tb->count >= tb->size)
        strtab_resize(L, tb->size * 2);
    nl_String *str = nl_mem_alloc(L, sizeof(nl_String) + len + 1);
    str->gcnext = NULL; /* strings are reached through the string table */
    str->gctype = NL_GCTAG(NL_ITYPE_STRING);
    str->marked = L->g->gc.currentwhite;
    str->reserved = 0;
    str->hash = h;
    str->len = len;
    memcpy(str->data, s, len);
    str->data[len] = '\0';
    nl_String **chain = &tb->hash[h & (tb->size - 1)];
    str->hnext = *chain;
    *chain = str;
    tb->count++;
    return str;
}

nl_String *nl_str_newz(lua_State *L, const char *s) { return nl_str_new(L, s, strlen(s)); }

void nl_str_free(lua_State *L, nl_String *s)
{
    L->g->strt.count--;
    nl_mem_free(L, s, sizeof(nl_String) + s->len + 1);
}

void nl_strtab_init(lua_State *L)
{
    strtab_resize(L, STRTAB_MIN);
    L->g->memerrmsg = nl_str_newz(L, "not enough memory");
}

void nl_strtab_free(lua_State *L)
{
    nl_StringTable *tb = &L->g->strt;
    for (size_t i = 0; i < tb->size; i++) {
        nl_String *s = tb->hash[i];
        while (s) {
            nl_String *next = s->hnext;
            nl_str_free(L, s);
            s = next;
        }
    }
    nl_mem_freevec(L, tb->hash, tb->size, nl_String *);
    tb->hash = NULL;
    tb->size = 0;
}

/* ---- Formatting --------------------------------------------------------- */

/* A growable byte buffer on the C stack, spilling to the VM heap. */
typedef struct Buf {
    char *p;
    size_t len, cap;
    char fixed[128];
} Buf;

static void buf_add(lua_State *L, Buf *b, const char *s, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n;
        char *p = nl_mem_alloc(L, cap);
        memcpy(p, b->p, b->len);
        if (b->p != b->fixed)
            nl_mem_free(L, b->p, b->cap);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

const char *nl_str_pushvf(lua_State *L, const char *fmt, va_list ap)
{
    Buf b = {.len = 0, .cap = sizeof b.fixed};
    b.p = b.fixed;
    char tmp[64];
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            buf_add(L, &b, f, 1);
            continue;
        }
        int n = 0;
        switch (*++f) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            s = s ? s : "(null)";
            buf_add(L, &b, s, strlen(s));
            break;
        }
        case 'd': n = snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int)); break;
        case 'c': tmp[0] = (char)va_arg(ap, int); n = 1; break;
        case 'f': n = (int)nl_num_format(va_arg(ap, double), tmp); break;
        case 'p': n = snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *)); break;
        case '%': tmp[0] = '%'; n = 1; break;
        default: /* an unknown directive is kept as written */
            tmp[0] = '%';
            tmp[1] = *f;
            n = *f ? 2 : 1;
            if (!*f)
                f--;
        }
        buf_add(L, &b, tmp, (size_t)n);
    }
    nl_String *s = nl_str_new(L, b.p, b.len);
    if (b.p != b.fixed)
        nl_mem_free(L, b.p, b.cap);
    nl_state_checkstack(L, 1);
    nl_state_push(L, nl_box_string(s));
    return s->data;
}

const char *nl_str_pushf(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *s = nl_str_pushvf(L, fmt, ap);
    va_end(ap);
    return s;
}
