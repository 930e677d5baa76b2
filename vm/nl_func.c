/*
 * nl_func.c -- prototypes, closures and upvalues (see nl_func.h).
 */
#include "nl_func.h"

#include <string.h>

#include "nl_gc.h"
#include "nl_mem.h"

nl_Proto *nl_func_newproto(lua_State *L)
{
    nl_Proto *p = nl_mem_alloc(L, sizeof *p);
    memset(p, 0, sizeof *p);
    nl_gc_link(L, (nl_GCObj *)p, NL_ITYPE_PROTO);
    return p;
}

size_t nl_func_protosize(const nl_Proto *p)
{
    return sizeof *p + p->sizecode * (sizeof(nl_Ins) + sizeof(int32_t)) +
           p->sizek * sizeof(nl_Value) + p->sizep * sizeof(nl_Proto *) +
           p->sizelocvars * sizeof(nl_LocVar) + p->nupvalues * sizeof(nl_String *);
}

void nl_func_freeproto(lua_State *L, nl_Proto *p)
{
    nl_mem_freevec(L, p->code, p->sizecode, nl_Ins);
    nl_mem_freevec(L, p->lineinfo, p->sizecode, int32_t);
    nl_mem_freevec(L, p->k, p->sizek, nl_Value);
    nl_mem_freevec(L, p->p, p->sizep, nl_Proto *);
    nl_mem_freevec(L, p->locvars, p->sizelocvars, nl_LocVar);
    nl_mem_freevec(L, p->upvalnames, p->nupvalues, nl_String *);
    nl_mem_free(L, p, sizeof *p);
}

nl_LClosure *nl_func_newlua(lua_State *L, nl_Proto *p, nl_Table *env)
{
    nl_LClosure *f = nl_mem_alloc(L, sizeof *f + p->nupvalues * sizeof(nl_UpVal *));
    f->is_c = 0;
    f->nupvalues = p->nupvalues;
    f->gclist = NULL;
    f->env = env;
    f->p = p;
    memset(f->upvals, 0, p->nupvalues * sizeof(nl_UpVal *));
    nl_gc_link(L, (nl_GCObj *)f, NL_ITYPE_FUNC);
    return f;
}

nl_CClosure *nl_func_newc(lua_State *L, nl_CFunction fn, uint8_t nupvalues, nl_Table *env)
{
    nl_CClosure *f = nl_mem_alloc(L, sizeof *f + nupvalues * sizeof(nl_Value));
    f->is_c = 1;
    f->nupvalues = nupvalues;
    f->gclist = NULL;
    f->env = env;
    f->f = fn;
    for (uint8_t i = 0; i < nupvalues; i++)
        f->upvalue[i] = NL_NIL;
    nl_gc_link(L, (nl_GCObj *)f, NL_ITYPE_FUNC);
    return f;
}

size_t nl_func_closuresize(const nl_Closure *f)
{
    return f->h.is_c ? sizeof f->c + f->c.nupvalues * sizeof(nl_Value)
                     : sizeof f->l + f->l.nupvalues * sizeof(nl_UpVal *);
}

void nl_func_freeclosure(lua_State *L, nl_Closure *f)
{
    nl_mem_free(L, f, nl_func_closuresize(f));
}

nl_UpVal *nl_func_findupval(lua_State *L, nl_Value *slot)
{
    nl_UpVal **link = &L->openupval;
    while (*link && (*link)->v > slot)
        link = &(*link)->open_next;
    if (*link && (*link)->v == slot)
        return *link;
    nl_UpVal *uv = nl_mem_alloc(L, sizeof *uv);
    uv->v = slot;
    uv->closed = NL_NIL;
    uv->open_next = *link;
    uv->gclist = NULL;
    *link = uv;
    nl_gc_init_unlinked(L, (nl_GCObj *)uv, NL_ITYPE_UPVAL);
    return uv;
}

nl_UpVal *nl_func_newupval(lua_State *L)
{
    nl_UpVal *uv = nl_mem_alloc(L, sizeof *uv);
    uv->closed = NL_NIL;
    uv->v = &uv->closed;
    uv->open_next = NULL;
    nl_gc_link(L, (nl_GCObj *)uv, NL_ITYPE_UPVAL);
    return uv;
}

void nl_func_close(lua_State *L, nl_Value *level)
{
    while (L->openupval && L->openupval->v >= level) {
        nl_UpVal *uv = L->openupval;
        L->openupval = uv->open_next;
        uv->closed = *uv->v;
        uv->v = &uv->closed;
        nl_gc_link_closed_upval(L, uv);
    }
}

void nl_func_release_open(lua_State *L, lua_State *th)
{
    while (th->openupval) {
        nl_UpVal *uv = th->openupval;
        th->openupval = uv->open_next;
        if (nl_gc_isdead(L->g, (nl_GCObj *)uv)) {
            nl_func_freeupval(L, uv);
        } else {
            uv->closed = *uv->v;
            uv->v = &uv->closed;
            nl_gc_link_closed_upval(L, uv);
        }
    }
}

void nl_func_freeupval(lua_State *L, nl_UpVal *uv) { nl_mem_free(L, uv, sizeof *uv); }
