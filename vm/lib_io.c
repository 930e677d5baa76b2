/*
 * lib_io.c -- the io library (Lua 5.1 names, LuaJIT 2.1 behaviour), written
 * against the public C API only.
 *
 * A file handle is a full userdata with the "FILE*" metatable (the methods
 * are in the metatable itself, which is its own __index). Its stdio stream is
 * NULL once the handle is closed. The default input and output files live in
 * a private table that every io.* function holds as its upvalue 1.
 *
 * Lines and "*a" are read through a scratch block the size of the file's
 * st_blksize (from fstat, the device's preferred I/O size; the page size when
 * fstat cannot tell), allocated with the state's allocator on first use and
 * freed when the handle is closed or collected. The strings themselves are
 * built with luaL_Buffer.
 *
 * As in LuaJIT 2.1 without its 5.2 extensions: io.open and io.popen pass the
 * mode to the C library unchecked, write/flush/setvbuf return true, closing a
 * pipe returns true whatever the command's status, and io.lines(name) closes
 * the file at end of input only when it was given no formats.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* LuaJIT's limit on the values a lines iterator keeps (file and formats). */
#define LINES_MAX_VALUES 60

/* Slots of the defaults table (upvalue 1 of the io.* functions). */
#define DEFAULT_INPUT 1
#define DEFAULT_OUTPUT 2

enum { KIND_FILE, KIND_PIPE, KIND_STD };

typedef struct IoFile {
    FILE *fp;           /* NULL once closed */
    int kind;           /* KIND_* */
    int close_at_eof;   /* opened by io.lines(name) */
    char *block;        /* scratch for reading, block_size bytes, or NULL */
    size_t block_size;
} IoFile;

/* ---- Results ------------------------------------------------------------ */

/* nil, "[name: ]message", errno: how io and os report a failed call. */
static int push_failure(lua_State *L, int err, const char *name)
{
    lua_pushnil(L);
    if (name != NULL)
        lua_pushfstring(L, "%s: %s", name, strerror(err));
    else
        lua_pushstring(L, strerror(err));
    lua_pushinteger(L, err);
    return 3;
}

static int push_status(lua_State *L, int ok, int err)
{
    if (!ok)
        return push_failure(L, err, NULL);
    lua_pushboolean(L, 1);
    return 1;
}

/* ---- Handles ------------------------------------------------------------ */

/* The handle at idx, or NULL when the value there is not one. */
static IoFile *test_file(lua_State *L, int idx)
{
    IoFile *f = lua_touserdata(L, idx);
    int same;
    if (f == NULL || lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx))
        return NULL;
    luaL_getmetatable(L, LUA_FILEHANDLE);
    same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same ? f : NULL;
}

static IoFile *check_file(lua_State *L, int idx)
{
    IoFile *f = test_file(L, idx);
    if (f == NULL)
        luaL_typerror(L, idx, LUA_FILEHANDLE);
    return f;
}

static IoFile *check_open_file(lua_State *L, int idx)
{
    IoFile *f = check_file(L, idx);
    if (f->fp == NULL)
        luaL_error(L, "attempt to use a closed file");
    return f;
}

/* Pushes a new, closed handle; the caller sets its stream. */
static IoFile *new_file(lua_State *L, int kind)
{
    IoFile *f = lua_newuserdata(L, sizeof(IoFile));
    f->fp = NULL;
    f->kind = kind;
    f->close_at_eof = 0;
    f->block = NULL;
    f->block_size = 0;
    luaL_getmetatable(L, LUA_FILEHANDLE);
    lua_setmetatable(L, -2);
    return f;
}

static void free_block(lua_State *L, IoFile *f)
{
    void *ud;
    lua_Alloc alloc = lua_getallocf(L, &ud);
    if (f->block != NULL)
        alloc(ud, f->block, f->block_size, 0);
    f->block = NULL;
    f->block_size = 0;
}

/* Closes a file or pipe's stream; returns nonzero on success, else sets *err. */
static int close_stream(lua_State *L, IoFile *f, int *err)
{
    int ok;
    if (f->kind == KIND_PIPE)
        ok = pclose(f->fp) != -1;
    else
        ok = fclose(f->fp) == 0;
    *err = errno;
    f->fp = NULL;
    free_block(L, f);
    return ok;
}

/* What file:close() and io.close() return. */
static int close_result(lua_State *L, IoFile *f)
{
    int err, ok;
    if (f->kind == KIND_STD) {
        lua_pushnil(L);
        lua_pushstring(L, "cannot close standard file");
        return 2;
    }
    ok = close_stream(L, f, &err);
    return push_status(L, ok, err);
}

/* Opens the file named at idx into a new handle on the stack, raising an
 * argument error when it cannot be opened (io.lines, io.input, io.output). */
static IoFile *open_or_raise(lua_State *L, int idx, const char *mode)
{
    const char *name = luaL_checkstring(L, idx);
    IoFile *f = new_file(L, KIND_FILE);
    f->fp = fopen(name, mode);
    if (f->fp == NULL) {
        int err = errno;
        luaL_argerror(L, idx, lua_pushfstring(L, "%s: %s", name, strerror(err)));
    }
    return f;
}

/* ---- Reading ------------------------------------------------------------ */

/* The file's st_blksize, the device's preferred I/O size; the page size
 * when fstat cannot tell. Never a fixed number: blocks differ by device. */
static size_t preferred_block_size(FILE *fp)
{
    struct stat st;
    long page;
    if (fstat(fileno(fp), &st) == 0 && st.st_blksize > 0)
        return (size_t)st.st_blksize;
    page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t)page : (size_t)LUAL_BUFFERSIZE;
}

/* The handle's scratch block, allocated on first use. */
static char *scratch_block(lua_State *L, IoFile *f)
{
    if (f->block == NULL) {
        void *ud;
        lua_Alloc alloc = lua_getallocf(L, &ud);
        size_t size = preferred_block_size(f->fp);
        f->block = alloc(ud, NULL, 0, size);
        if (f->block == NULL)
            luaL_error(L, "not enough memory");
        f->block_size = size;
    }
    return f->block;
}

/* Each reader pushes one string (or nil) and returns nonzero on success. */
static int read_line(lua_State *L, IoFile *f, int keep_newline)
{
    char *block = scratch_block(L, f);
    int room = f->block_size > INT_MAX ? INT_MAX : (int)f->block_size;
    int got = 0;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (fgets(block, room, f->fp) != NULL) {
        size_t len = strlen(block);
        if (len == 0)
            continue;
        got = 1;
        if (block[len - 1] == '\n') {
            luaL_addlstring(&b, block, keep_newline ? len : len - 1);
            break;
        }
        luaL_addlstring(&b, block, len);
    }
    luaL_pushresult(&b);
    return got;
}

static void read_all(lua_State *L, IoFile *f)
{
    char *block = scratch_block(L, f);
    size_t n;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    do {
        n = fread(block, 1, f->block_size, f->fp);
        luaL_addlstring(&b, block, n);
    } while (n == f->block_size);
    luaL_pushresult(&b);
}

static int read_chars(lua_State *L, IoFile *f, size_t count)
{
    char *block = scratch_block(L, f);
    size_t total = 0;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while (count > 0) {
        size_t want = count < f->block_size ? count : f->block_size;
        size_t n = fread(block, 1, want, f->fp);
        luaL_addlstring(&b, block, n);
        total += n;
        count -= n;
        if (n < want)
            break;
    }
    luaL_pushresult(&b);
    return total > 0;
}

/* read(0): "" unless at end of file. */
static int read_nothing(lua_State *L, FILE *fp)
{
    int c = getc(fp);
    ungetc(c, fp);
    lua_pushliteral(L, "");
    return c != EOF;
}

static int read_number(lua_State *L, FILE *fp)
{
    lua_Number d;
    if (fscanf(fp, LUA_NUMBER_SCAN, &d) == 1) {
        lua_pushnumber(L, d);
        return 1;
    }
    lua_pushnil(L);
    return 0;
}

/* LuaJIT's largest buffer, in bytes. */
#define READ_COUNT_MAX 0x7fffff00u

/* The count at stack index idx as LuaJIT takes it: truncated to a 32-bit
 * integer (INT32_MIN when out of range), then reserved as an unsigned
 * buffer size before anything is read. So a negative or too large count
 * fails as out of memory, even at end of file. */
static size_t read_count(lua_State *L, int idx)
{
    lua_Number n = lua_tonumber(L, idx);
    int32_t count = n > -2147483649.0 && n < 2147483648.0 ? (int32_t)n : INT32_MIN;
    if ((uint32_t)count > READ_COUNT_MAX) {
        lua_pushliteral(L, "not enough memory");
        lua_error(L);
    }
    return (size_t)count;
}

/* One format at stack index idx: a count, or a string whose first letter
 * after an optional '*' selects the reader. */
static int read_format(lua_State *L, IoFile *f, int idx)
{
    const char *p;
    if (lua_type(L, idx) == LUA_TNUMBER) {
        size_t count = read_count(L, idx);
        return count == 0 ? read_nothing(L, f->fp) : read_chars(L, f, count);
    }
    if (lua_type(L, idx) != LUA_TSTRING)
        return luaL_argerror(L, idx, "invalid option");
    p = lua_tostring(L, idx);
    if (*p == '*')
        p++;
    switch (*p) {
    case 'n': return read_number(L, f->fp);
    case 'l': return read_line(L, f, 0);
    case 'L': return read_line(L, f, 1);
    case 'a': read_all(L, f); return 1;
    default: return luaL_argerror(L, idx, "invalid format");
    }
}

/* Reads with the formats from stack index first to the top (a line when
 * there are none); stops at the first failure, whose result becomes nil. */
static int read_formats(lua_State *L, IoFile *f, int first)
{
    int top = lua_gettop(L);
    int ok = 1, idx = first;
    clearerr(f->fp);
    if (top < first) {
        ok = read_line(L, f, 0);
        idx = first + 1;
    } else {
        luaL_checkstack(L, top - first + 1 + LUA_MINSTACK, "too many arguments");
        for (; idx <= top && ok; idx++)
            ok = read_format(L, f, idx);
    }
    if (ferror(f->fp))
        return push_failure(L, errno, NULL);
    if (!ok) {
        lua_pop(L, 1);
        lua_pushnil(L);
    }
    return idx - first;
}

/* ---- Writing ------------------------------------------------------------ */

/* Writes the strings and numbers from stack index first to the top; numbers
 * are converted by the core, as tostring does. */
static int write_values(lua_State *L, FILE *fp, int first)
{
    int top = lua_gettop(L), ok = 1, err = 0;
    for (int idx = first; idx <= top; idx++) {
        size_t len;
        const char *s = luaL_checklstring(L, idx, &len);
        if (ok && fwrite(s, 1, len, fp) != len) {
            ok = 0;
            err = errno;
        }
    }
    return push_status(L, ok, err);
}

/* ---- Lines iterators ---------------------------------------------------- */

/* Upvalues: the handle, the number of formats, the formats. */
static int lines_step(lua_State *L)
{
    IoFile *f = lua_touserdata(L, lua_upvalueindex(1));
    int nformats = (int)lua_tointeger(L, lua_upvalueindex(2));
    int n;
    if (f->fp == NULL)
        return luaL_error(L, "attempt to use a closed file");
    lua_settop(L, 0);
    luaL_checkstack(L, nformats + LUA_MINSTACK, "too many arguments");
    for (int i = 1; i <= nformats; i++)
        lua_pushvalue(L, lua_upvalueindex(i + 2));
    n = read_formats(L, f, 1);
    if (ferror(f->fp))
        return luaL_error(L, "%s", lua_tostring(L, -2));
    if (nformats == 0 && lua_isnil(L, 1) && f->close_at_eof) {
        int err;
        close_stream(L, f, &err);
        return 0;
    }
    return n;
}

/* Replaces the stack (a handle, then formats) with an iterator over them. */
static int push_lines_iterator(lua_State *L)
{
    int n = lua_gettop(L);
    if (n > LINES_MAX_VALUES)
        return luaL_error(L, "too many results to unpack");
    lua_pushinteger(L, n - 1);
    lua_insert(L, 2);
    lua_pushcclosure(L, lines_step, n + 1);
    return 1;
}

/* ---- File methods ------------------------------------------------------- */

static int f_close(lua_State *L)
{
    return close_result(L, check_open_file(L, 1));
}

static int f_flush(lua_State *L)
{
    IoFile *f = check_open_file(L, 1);
    int ok = fflush(f->fp) == 0;
    return push_status(L, ok, errno);
}

static int f_lines(lua_State *L)
{
    check_open_file(L, 1);
    return push_lines_iterator(L);
}

static int f_read(lua_State *L)
{
    return read_formats(L, check_open_file(L, 1), 2);
}

static int f_seek(lua_State *L)
{
    static const char *const names[] = {"set", "cur", "end", NULL};
    static const int whence[] = {SEEK_SET, SEEK_CUR, SEEK_END};
    IoFile *f = check_open_file(L, 1);
    int opt = luaL_checkoption(L, 2, "cur", names);
    off_t offset = 0;
    if (lua_type(L, 3) == LUA_TNUMBER) {
        lua_Number d = lua_tonumber(L, 3);
        /* Out of range: what fseeko says of any offset it cannot reach. */
        if (!(d >= -0x1p63 && d < 0x1p63))
            return push_failure(L, EINVAL, NULL);
        offset = (off_t)d;
    } else if (!lua_isnoneornil(L, 3)) {
        return luaL_typerror(L, 3, "number");
    }
    if (fseeko(f->fp, offset, whence[opt]) != 0)
        return push_failure(L, errno, NULL);
    lua_pushnumber(L, (lua_Number)ftello(f->fp));
    return 1;
}

static int f_setvbuf(lua_State *L)
{
    static const char *const names[] = {"full", "line", "no", NULL};
    static const int modes[] = {_IOFBF, _IOLBF, _IONBF};
    IoFile *f = check_open_file(L, 1);
    int opt = luaL_checkoption(L, 2, NULL, names);
    lua_Integer size = luaL_optinteger(L, 3, (lua_Integer)preferred_block_size(f->fp));
    int ok = setvbuf(f->fp, NULL, modes[opt], (size_t)size) == 0;
    return push_status(L, ok, errno);
}

static int f_write(lua_State *L)
{
    return write_values(L, check_open_file(L, 1)->fp, 2);
}

static int f_gc(lua_State *L)
{
    IoFile *f = check_file(L, 1);
    if (f->fp != NULL && f->kind != KIND_STD) {
        int err;
        close_stream(L, f, &err);
    }
    free_block(L, f);
    return 0;
}

static int f_tostring(lua_State *L)
{
    IoFile *f = check_file(L, 1);
    if (f->fp != NULL)
        lua_pushfstring(L, "file (%p)", (void *)f->fp);
    else
        lua_pushliteral(L, "file (closed)");
    return 1;
}

/* ---- The io table ------------------------------------------------------- */

/* The default input or output; raises an error when it has been closed. */
static IoFile *default_file(lua_State *L, int slot)
{
    IoFile *f;
    lua_rawgeti(L, lua_upvalueindex(1), slot);
    f = lua_touserdata(L, -1);
    lua_pop(L, 1);  /* the defaults table keeps it alive */
    if (f->fp == NULL)
        luaL_error(L, "standard file is closed");
    return f;
}

/* io.input and io.output: get, or set from a handle or a file name. */
static int get_set_default(lua_State *L, int slot, const char *mode)
{
    if (!lua_isnoneornil(L, 1)) {
        if (lua_type(L, 1) == LUA_TUSERDATA) {
            check_open_file(L, 1);
            lua_settop(L, 1);
        } else {
            open_or_raise(L, 1, mode);
        }
        lua_pushvalue(L, -1);
        lua_rawseti(L, lua_upvalueindex(1), slot);
        return 1;
    }
    lua_rawgeti(L, lua_upvalueindex(1), slot);
    return 1;
}

static int io_close(lua_State *L)
{
    if (lua_isnone(L, 1)) {
        IoFile *f;
        lua_rawgeti(L, lua_upvalueindex(1), DEFAULT_OUTPUT);
        f = lua_touserdata(L, -1);
        if (f->fp == NULL)
            return luaL_error(L, "attempt to use a closed file");
        return close_result(L, f);
    }
    return f_close(L);
}

static int io_flush(lua_State *L)
{
    IoFile *f = default_file(L, DEFAULT_OUTPUT);
    int ok = fflush(f->fp) == 0;
    return push_status(L, ok, errno);
}

static int io_input(lua_State *L)
{
    return get_set_default(L, DEFAULT_INPUT, "r");
}

static int io_output(lua_State *L)
{
    return get_set_default(L, DEFAULT_OUTPUT, "w");
}

static int io_lines(lua_State *L)
{
    if (lua_gettop(L) == 0)
        lua_pushnil(L);
    if (lua_isnil(L, 1)) {
        lua_rawgeti(L, lua_upvalueindex(1), DEFAULT_INPUT);
    } else {
        IoFile *f = open_or_raise(L, 1, "r");
        f->close_at_eof = 1;
    }
    lua_replace(L, 1);
    return push_lines_iterator(L);
}

static int io_open(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    IoFile *f = new_file(L, KIND_FILE);
    f->fp = fopen(name, mode);
    return f->fp != NULL ? 1 : push_failure(L, errno, name);
}

static int io_popen(lua_State *L)
{
    const char *command = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    IoFile *f = new_file(L, KIND_PIPE);
    fflush(NULL);
    f->fp = popen(command, mode);
    return f->fp != NULL ? 1 : push_failure(L, errno, command);
}

static int io_read(lua_State *L)
{
    return read_formats(L, default_file(L, DEFAULT_INPUT), 1);
}

static int io_tmpfile(lua_State *L)
{
    IoFile *f = new_file(L, KIND_FILE);
    f->fp = tmpfile();
    return f->fp != NULL ? 1 : push_failure(L, errno, NULL);
}

static int io_type(lua_State *L)
{
    IoFile *f;
    luaL_checkany(L, 1);
    f = test_file(L, 1);
    if (f == NULL)
        lua_pushnil(L);
    else if (f->fp == NULL)
        lua_pushliteral(L, "closed file");
    else
        lua_pushliteral(L, "file");
    return 1;
}

static int io_write(lua_State *L)
{
    return write_values(L, default_file(L, DEFAULT_OUTPUT)->fp, 1);
}

static const luaL_Reg file_methods[] = {
    {"close", f_close},
    {"flush", f_flush},
    {"lines", f_lines},
    {"read", f_read},
    {"seek", f_seek},
    {"setvbuf", f_setvbuf},
    {"write", f_write},
    {"__gc", f_gc},
    {"__tostring", f_tostring},
    {NULL, NULL},
};

static const luaL_Reg io_functions[] = {
    {"close", io_close},
    {"flush", io_flush},
    {"input", io_input},
    {"lines", io_lines},
    {"open", io_open},
    {"output", io_output},
    {"popen", io_popen},
    {"read", io_read},
    {"tmpfile", io_tmpfile},
    {"type", io_type},
    {"write", io_write},
    {NULL, NULL},
};

/* Adds io[name], a handle for a standard stream, with the io table at -1;
 * with slot nonzero it also becomes that default, the defaults at -2. */
static void add_std_file(lua_State *L, FILE *fp, const char *name, int slot)
{
    IoFile *f = new_file(L, KIND_STD);
    f->fp = fp;
    if (slot != 0) {
        lua_pushvalue(L, -1);
        lua_rawseti(L, -4, slot);
    }
    lua_setfield(L, -2, name);
}

LUALIB_API int luaopen_io(lua_State *L)
{
    luaL_newmetatable(L, LUA_FILEHANDLE);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
    luaL_register(L, NULL, file_methods);
    lua_pop(L, 1);

    lua_newtable(L);           /* the defaults */
    lua_pushvalue(L, -1);      /* ... and its copy, the functions' upvalue */
    luaL_openlib(L, LUA_IOLIBNAME, io_functions, 1);
    add_std_file(L, stdin, "stdin", DEFAULT_INPUT);
    add_std_file(L, stdout, "stdout", DEFAULT_OUTPUT);
    add_std_file(L, stderr, "stderr", 0);
    return 1;
}
