/*
 * nl_auxlib.c -- the auxiliary library (lauxlib.h): argument checking and
 * the error messages it raises, string buffers, references, loading from
 * files and buffers, tracebacks, library registration, and luaL_newstate.
 *
 * Written only against the public lua_* API, so it has no knowledge of the
 * interpreter's internals. Messages follow LuaJIT 2.1.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "lauxlib.h"
#include "lua.h"

/* A traceback shows this many levels from the top, then "...", then the
 * bottom TB_TAIL levels, when the stack is deeper than both plus one. */
#define TB_HEAD 12
#define TB_TAIL 10

/* Most string pieces a luaL_Buffer keeps on the stack before merging. */
#define BUF_MAXPIECES (LUA_MINSTACK / 2)

/* The registry slot of a reference table that heads its free list. */
#define REF_FREELIST 0

static int abs_index(lua_State *L, int idx)
{
    return idx > 0 || idx <= LUA_REGISTRYINDEX ? idx : lua_gettop(L) + idx + 1;
}

/* ---- Errors -------------------------------------------------------------- */

LUALIB_API void luaL_where(lua_State *L, int lvl)
{
    lua_Debug ar;
    if (lua_getstack(L, lvl, &ar)) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline >= 0) { /* a builtin written in Lua is at line 0 */
            lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}

LUALIB_API int luaL_error(lua_State *L, const char *fmt, ...)
{
    va_list argp;
    va_start(argp, fmt);
    luaL_where(L, 1);
    lua_pushvfstring(L, fmt, argp);
    va_end(argp);
    lua_concat(L, 2);
    return lua_error(L);
}

LUALIB_API int luaL_argerror(lua_State *L, int narg, const char *extramsg)
{
    lua_Debug ar;
    const char *fname;
    if (!lua_getstack(L, 0, &ar))
        return luaL_error(L, "bad argument #%d (%s)", narg, extramsg);
    lua_getinfo(L, "n", &ar);
    fname = ar.name != NULL ? ar.name : "?";
    /* LuaJIT counts a negative stack index from the top. */
    if (narg < 0 && narg > LUA_REGISTRYINDEX)
        narg = lua_gettop(L) + narg + 1;
    if (ar.namewhat != NULL && strcmp(ar.namewhat, "method") == 0) {
        narg--;
        if (narg == 0)
            return luaL_error(L, "calling '%s' on bad self (%s)", fname, extramsg);
    }
    return luaL_error(L, "bad argument #%d to '%s' (%s)", narg, fname, extramsg);
}

LUALIB_API int luaL_typerror(lua_State *L, int narg, const char *tname)
{
    const char *msg = lua_pushfstring(L, "%s expected, got %s", tname, luaL_typename(L, narg));
    return luaL_argerror(L, narg, msg);
}

static void type_error(lua_State *L, int narg, int tag)
{
    luaL_typerror(L, narg, lua_typename(L, tag));
}

/* ---- Argument checks ------------------------------------------------------- */

LUALIB_API void luaL_checkstack(lua_State *L, int sz, const char *msg)
{
    if (!lua_checkstack(L, sz))
        luaL_error(L, "stack overflow (%s)", msg);
}

LUALIB_API void luaL_checktype(lua_State *L, int narg, int t)
{
    if (lua_type(L, narg) != t)
        type_error(L, narg, t);
}

LUALIB_API void luaL_checkany(lua_State *L, int narg)
{
    if (lua_type(L, narg) == LUA_TNONE)
        luaL_argerror(L, narg, "value expected");
}

LUALIB_API const char *luaL_checklstring(lua_State *L, int narg, size_t *len)
{
    const char *s = lua_tolstring(L, narg, len);
    if (s == NULL)
        type_error(L, narg, LUA_TSTRING);
    return s;
}

LUALIB_API const char *luaL_optlstring(lua_State *L, int narg, const char *def, size_t *len)
{
    if (lua_isnoneornil(L, narg)) {
        if (len != NULL)
            *len = def != NULL ? strlen(def) : 0;
        return def;
    }
    return luaL_checklstring(L, narg, len);
}

LUALIB_API lua_Number luaL_checknumber(lua_State *L, int narg)
{
    int isnum;
    lua_Number n = lua_tonumberx(L, narg, &isnum);
    if (!isnum)
        type_error(L, narg, LUA_TNUMBER);
    return n;
}

LUALIB_API lua_Number luaL_optnumber(lua_State *L, int narg, lua_Number def)
{
    return luaL_opt(L, luaL_checknumber, narg, def);
}

LUALIB_API lua_Integer luaL_checkinteger(lua_State *L, int narg)
{
    lua_Integer n = lua_tointeger(L, narg);
    if (n == 0 && !lua_isnumber(L, narg))
        type_error(L, narg, LUA_TNUMBER);
    return n;
}

LUALIB_API lua_Integer luaL_optinteger(lua_State *L, int narg, lua_Integer def)
{
    return luaL_opt(L, luaL_checkinteger, narg, def);
}

LUALIB_API int luaL_checkoption(lua_State *L, int narg, const char *def, const char *const lst[])
{
    const char *name = def != NULL ? luaL_optstring(L, narg, def) : luaL_checkstring(L, narg);
    for (int i = 0; lst[i] != NULL; i++) {
        if (strcmp(lst[i], name) == 0)
            return i;
    }
    return luaL_argerror(L, narg, lua_pushfstring(L, "invalid option '%s'", name));
}

/* ---- Metatables and userdata ------------------------------------------------- */

LUALIB_API int luaL_newmetatable(lua_State *L, const char *tname)
{
    lua_getfield(L, LUA_REGISTRYINDEX, tname);
    if (!lua_isnil(L, -1))
        return 0;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, tname);
    return 1;
}

LUALIB_API void luaL_setmetatable(lua_State *L, const char *tname)
{
    luaL_getmetatable(L, tname);
    lua_setmetatable(L, -2);
}

LUALIB_API void *luaL_testudata(lua_State *L, int ud, const char *tname)
{
    void *p = lua_touserdata(L, ud);
    int same;
    if (p == NULL || lua_type(L, ud) != LUA_TUSERDATA || !lua_getmetatable(L, ud))
        return NULL;
    luaL_getmetatable(L, tname);
    same = lua_istable(L, -1) && lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same ? p : NULL;
}

LUALIB_API void *luaL_checkudata(lua_State *L, int ud, const char *tname)
{
    void *p = luaL_testudata(L, ud, tname);
    if (p == NULL)
        luaL_typerror(L, ud, tname);
    return p;
}

LUALIB_API int luaL_getmetafield(lua_State *L, int obj, const char *e)
{
    if (!lua_getmetatable(L, obj))
        return 0;
    lua_pushstring(L, e);
    lua_rawget(L, -2);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 2);
        return 0;
    }
    lua_remove(L, -2);
    return 1;
}

LUALIB_API int luaL_callmeta(lua_State *L, int obj, const char *e)
{
    obj = abs_index(L, obj);
    if (!luaL_getmetafield(L, obj, e))
        return 0;
    lua_pushvalue(L, obj);
    lua_call(L, 1, 1);
    return 1;
}

/* ---- Tables and modules -------------------------------------------------------- */

LUALIB_API const char *luaL_findtable(lua_State *L, int idx, const char *fname, int szhint)
{
    const char *end;
    lua_pushvalue(L, idx);
    do {
        end = strchr(fname, '.');
        if (end == NULL)
            end = fname + strlen(fname);
        lua_pushlstring(L, fname, (size_t)(end - fname));
        lua_rawget(L, -2);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_createtable(L, 0, *end == '.' ? 1 : szhint);
            lua_pushlstring(L, fname, (size_t)(end - fname));
            lua_pushvalue(L, -2);
            lua_settable(L, -4);
        } else if (!lua_istable(L, -1)) {
            lua_pop(L, 2);
            return fname;
        }
        lua_remove(L, -2);
        fname = end + 1;
    } while (*end == '.');
    return NULL;
}

LUALIB_API void luaL_pushmodule(lua_State *L, const char *modname, int sizehint)
{
    luaL_findtable(L, LUA_REGISTRYINDEX, "_LOADED", 16);
    lua_getfield(L, -1, modname);
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        if (luaL_findtable(L, LUA_GLOBALSINDEX, modname, sizehint) != NULL)
            luaL_error(L, "name conflict for module '%s'", modname);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, modname);
    }
    lua_remove(L, -2);
}

LUALIB_API void luaL_setfuncs(lua_State *L, const luaL_Reg *l, int nup)
{
    luaL_checkstack(L, nup, "too many upvalues");
    for (; l->name != NULL; l++) {
        for (int i = 0; i < nup; i++)
            lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l->func, nup);
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}

LUALIB_API void luaL_openlib(lua_State *L, const char *libname, const luaL_Reg *l, int nup)
{
    if (libname != NULL) {
        int size = 0;
        if (l != NULL) {
            while (l[size].name != NULL)
                size++;
        }
        luaL_pushmodule(L, libname, size);
        lua_insert(L, -(nup + 1));
    }
    if (l != NULL)
        luaL_setfuncs(L, l, nup);
    else
        lua_pop(L, nup);
}

LUALIB_API void luaL_register(lua_State *L, const char *libname, const luaL_Reg *l)
{
    luaL_openlib(L, libname, l, 0);
}

/* ---- References ------------------------------------------------------------------ */

LUALIB_API int luaL_ref(lua_State *L, int t)
{
    int ref;
    t = abs_index(L, t);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return LUA_REFNIL;
    }
    lua_rawgeti(L, t, REF_FREELIST);
    ref = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (ref != 0) {
        lua_rawgeti(L, t, ref);
        lua_rawseti(L, t, REF_FREELIST);
    } else {
        ref = (int)lua_objlen(L, t) + 1;
    }
    lua_rawseti(L, t, ref);
    return ref;
}

LUALIB_API void luaL_unref(lua_State *L, int t, int ref)
{
    if (ref < 0)
        return;
    t = abs_index(L, t);
    lua_rawgeti(L, t, REF_FREELIST);
    lua_rawseti(L, t, ref);
    lua_pushinteger(L, ref);
    lua_rawseti(L, t, REF_FREELIST);
}

/* ---- String buffers ---------------------------------------------------------------- */

static size_t buf_used(const luaL_Buffer *B) { return (size_t)(B->p - B->buffer); }

static size_t buf_room(const luaL_Buffer *B) { return LUAL_BUFFERSIZE - buf_used(B); }

/* Moves the bytes in B's array to a new piece on the stack. */
static int buf_flush(luaL_Buffer *B)
{
    size_t n = buf_used(B);
    if (n == 0)
        return 0;
    lua_pushlstring(B->L, B->buffer, n);
    B->p = B->buffer;
    B->lvl++;
    return 1;
}

/* Concatenates the topmost pieces while the one below is no longer than
 * what is being merged (so piece sizes shrink towards the top and each byte
 * is copied O(log n) times) or while there are too many pieces. */
static void buf_merge(luaL_Buffer *B)
{
    lua_State *L = B->L;
    int n = 1;
    size_t len;
    if (B->lvl <= 1)
        return;
    len = lua_objlen(L, -1);
    while (n < B->lvl) {
        size_t below = lua_objlen(L, -(n + 1));
        if (B->lvl - n + 1 < BUF_MAXPIECES && below > len)
            break;
        len += below;
        n++;
    }
    lua_concat(L, n);
    B->lvl -= n - 1;
}

LUALIB_API void luaL_buffinit(lua_State *L, luaL_Buffer *B)
{
    B->L = L;
    B->p = B->buffer;
    B->lvl = 0;
}

LUALIB_API char *luaL_prepbuffer(luaL_Buffer *B)
{
    if (buf_flush(B))
        buf_merge(B);
    return B->buffer;
}

LUALIB_API void luaL_addlstring(luaL_Buffer *B, const char *s, size_t l)
{
    while (l > 0) {
        size_t n;
        if (buf_room(B) == 0)
            luaL_prepbuffer(B);
        n = buf_room(B);
        if (n > l)
            n = l;
        memcpy(B->p, s, n);
        B->p += n;
        s += n;
        l -= n;
    }
}

LUALIB_API void luaL_addstring(luaL_Buffer *B, const char *s)
{
    luaL_addlstring(B, s, strlen(s));
}

LUALIB_API void luaL_addvalue(luaL_Buffer *B)
{
    lua_State *L = B->L;
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len <= buf_room(B)) {
        memcpy(B->p, s, len);
        B->p += len;
        lua_pop(L, 1);
        return;
    }
    /* Too big for the array: the value becomes a piece of its own, above
     * whatever the array held. */
    if (buf_flush(B))
        lua_insert(L, -2);
    B->lvl++;
    buf_merge(B);
}

LUALIB_API void luaL_pushresult(luaL_Buffer *B)
{
    buf_flush(B);
    lua_concat(B->L, B->lvl);
    B->lvl = 1;
}

LUALIB_API const char *luaL_gsub(lua_State *L, const char *s, const char *p, const char *r)
{
    size_t plen = strlen(p);
    const char *hit;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while ((hit = strstr(s, p)) != NULL) {
        luaL_addlstring(&b, s, (size_t)(hit - s));
        luaL_addstring(&b, r);
        s = hit + plen;
    }
    luaL_addstring(&b, s);
    luaL_pushresult(&b);
    return lua_tostring(L, -1);
}

/* ---- Loading ------------------------------------------------------------------------- */

typedef struct FileReader {
    FILE *f;
    char *buf;
    size_t size;
    int newline; /* a skipped '#' line still owes the parser its '\n' */
} FileReader;

static const char *read_file(lua_State *L, void *ud, size_t *size)
{
    FileReader *fr = ud;
    (void)L;
    if (fr->newline) {
        fr->newline = 0;
        *size = 1;
        return "\n";
    }
    if (feof(fr->f))
        return NULL;
    *size = fread(fr->buf, 1, fr->size, fr->f);
    return *size > 0 ? fr->buf : NULL;
}

/* Skips a first line starting with '#' (a Unix "#!" line). */
static void skip_hash_line(FileReader *fr)
{
    int c = getc(fr->f);
    if (c != '#') {
        if (c != EOF)
            ungetc(c, fr->f);
        return;
    }
    while ((c = getc(fr->f)) != EOF && c != '\n')
        ;
    fr->newline = c == '\n';
}

/* Replaces everything from stack index from up with "cannot <what> <name>:
 * <reason>" and returns LUA_ERRFILE. */
static int file_error(lua_State *L, int from, const char *what, const char *name, int err)
{
    lua_pushfstring(L, "cannot %s %s: %s", what, name, strerror(err));
    lua_replace(L, from);
    lua_settop(L, from);
    return LUA_ERRFILE;
}

LUALIB_API int luaL_loadfilex(lua_State *L, const char *filename, const char *mode)
{
    int base = lua_gettop(L) + 1; /* the chunk name, then the read buffer */
    const char *chunkname;
    FileReader fr = {.newline = 0};
    struct stat st;
    int status, err;
    if (filename != NULL) {
        chunkname = lua_pushfstring(L, "@%s", filename);
        fr.f = fopen(filename, "rb");
        if (fr.f == NULL)
            return file_error(L, base, "open", filename, errno);
    } else {
        chunkname = "=stdin";
        lua_pushstring(L, chunkname);
        fr.f = stdin;
    }
    if (fstat(fileno(fr.f), &st) != 0) {
        err = errno;
        if (filename != NULL)
            fclose(fr.f);
        return file_error(L, base, "read", chunkname + 1, err);
    }
    /* The buffer is a userdata so that an error while loading cannot leak it. */
    fr.size = st.st_blksize > 0 ? (size_t)st.st_blksize : LUAL_BUFFERSIZE;
    fr.buf = lua_newuserdata(L, fr.size);
    skip_hash_line(&fr);
    status = lua_loadx(L, read_file, &fr, chunkname, mode);
    err = ferror(fr.f) ? errno : 0;
    if (filename != NULL)
        fclose(fr.f);
    else
        clearerr(fr.f);
    if (err != 0)
        return file_error(L, base, "read", chunkname + 1, err);
    lua_replace(L, base);
    lua_settop(L, base);
    return status;
}

LUALIB_API int luaL_loadfile(lua_State *L, const char *filename)
{
    return luaL_loadfilex(L, filename, NULL);
}

typedef struct BufferReader {
    const char *s;
    size_t size;
} BufferReader;

static const char *read_buffer(lua_State *L, void *ud, size_t *size)
{
    BufferReader *br = ud;
    (void)L;
    if (br->size == 0)
        return NULL;
    *size = br->size;
    br->size = 0;
    return br->s;
}

LUALIB_API int luaL_loadbufferx(lua_State *L, const char *buff, size_t sz, const char *name,
                                const char *mode)
{
    BufferReader br = {buff, sz};
    return lua_loadx(L, read_buffer, &br, name, mode);
}

LUALIB_API int luaL_loadbuffer(lua_State *L, const char *buff, size_t sz, const char *name)
{
    return luaL_loadbufferx(L, buff, sz, name, NULL);
}

LUALIB_API int luaL_loadstring(lua_State *L, const char *s)
{
    return luaL_loadbuffer(L, s, strlen(s), s);
}

/* ---- Results of C library calls -------------------------------------------------------- */

LUALIB_API int luaL_fileresult(lua_State *L, int stat, const char *fname)
{
    int err = errno; /* before any API call can change it */
    if (stat) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushnil(L);
    if (fname != NULL)
        lua_pushfstring(L, "%s: %s", fname, strerror(err));
    else
        lua_pushstring(L, strerror(err));
    lua_pushinteger(L, err);
    return 3;
}

LUALIB_API int luaL_execresult(lua_State *L, int stat)
{
    if (stat == -1)
        return luaL_fileresult(L, 0, NULL);
    if (WIFSIGNALED(stat)) {
        stat = WTERMSIG(stat);
        lua_pushnil(L);
        lua_pushliteral(L, "signal");
    } else {
        if (WIFEXITED(stat))
            stat = WEXITSTATUS(stat);
        if (stat == 0)
            lua_pushboolean(L, 1);
        else
            lua_pushnil(L);
        lua_pushliteral(L, "exit");
    }
    lua_pushinteger(L, stat);
    return 3;
}

/* ---- Tracebacks ---------------------------------------------------------------------------- */

/* The number of levels on L's stack, given that level known exists. */
static int stack_depth(lua_State *L, int known)
{
    lua_Debug ar;
    int lo = known, hi = known + 1;
    while (lua_getstack(L, hi, &ar)) {
        lo = hi;
        hi += hi;
    }
    while (hi - lo > 1) { /* lo exists, hi does not */
        int mid = lo + (hi - lo) / 2;
        if (lua_getstack(L, mid, &ar))
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

/* Pushes the "\n\t..." line of one level of L1 onto L. */
static void push_level(lua_State *L, lua_State *L1, lua_Debug *ar)
{
    lua_CFunction cf;
    lua_getinfo(L1, "Snlf", ar);
    cf = lua_tocfunction(L1, -1);
    lua_pop(L1, 1);
    if (strcmp(ar->what, "tail") == 0) {
        lua_pushliteral(L, "\n\t(...tail calls...)");
        return;
    }
    lua_pushfstring(L, "\n\t%s:", ar->short_src);
    if (ar->currentline > 0)
        lua_pushfstring(L, "%d:", ar->currentline);
    if (*ar->namewhat != '\0')
        lua_pushfstring(L, " in function '%s'", ar->name);
    else if (*ar->what == 'm')
        lua_pushliteral(L, " in main chunk");
    else if (*ar->what == 'C')
        lua_pushfstring(L, " at %p", (void *)cf);
    else
        lua_pushfstring(L, " in function <%s:%d>", ar->short_src, ar->linedefined);
}

LUALIB_API void luaL_traceback(lua_State *L, lua_State *L1, const char *msg, int level)
{
    int top = lua_gettop(L);
    int elision_checked = 0;
    lua_Debug ar;
    if (msg != NULL)
        lua_pushfstring(L, "%s\n", msg);
    lua_pushliteral(L, "stack traceback:");
    while (lua_getstack(L1, level, &ar)) {
        if (level >= TB_HEAD && !elision_checked) {
            elision_checked = 1;
            if (lua_getstack(L1, level + TB_TAIL + 1, &ar)) {
                lua_pushliteral(L, "\n\t...");
                level = stack_depth(L1, level + TB_TAIL + 1) - TB_TAIL;
                continue;
            }
            lua_getstack(L1, level, &ar);
        }
        push_level(L, L1, &ar);
        if (lua_gettop(L) - top >= 15)
            lua_concat(L, lua_gettop(L) - top);
        level++;
    }
    lua_concat(L, lua_gettop(L) - top);
}

/* ---- States ------------------------------------------------------------------------------------ */

static void *std_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, nsize);
}

static int std_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "PANIC: unprotected error in call to Lua API (%s)\n", msg != NULL ? msg : "?");
    fflush(stderr);
    return 0;
}

LUALIB_API lua_State *luaL_newstate(void)
{
    lua_State *L = lua_newstate(std_alloc, NULL);
    if (L != NULL)
        lua_atpanic(L, std_panic);
    return L;
}
