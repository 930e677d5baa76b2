/*
 * nanlua.h -- nanlua's own public API: creating a state and asking it about
 * the address-space layout it found. The Lua 5.1 C API (lua.h, lauxlib.h,
 * lualib.h) sits beside this header.
 */
#ifndef NANLUA_H
#define NANLUA_H

#include <stddef.h>

#define NANLUA_VERSION "nanlua 0.1.0"
#define NANLUA_LUA_VERSION "Lua 5.1"

#if defined(__GNUC__)
#define NANLUA_API __attribute__((visibility("default")))
#else
#define NANLUA_API
#endif

typedef struct lua_State lua_State;

/* What the start-up probe found, and what the state does about it. */
typedef struct nanlua_Layout {
    unsigned addr_bits_seen;     /* widest address the process uses unasked */
    unsigned addr_bits_possible; /* widest address a hinted mmap returned */
    size_t page_size;            /* sysconf(_SC_PAGESIZE) */
    const char *ptr_mode;        /* "direct" or "table" */
    const char *hash_impl;       /* "sse4.2", "armv8-crc" or "portable" */
} nanlua_Layout;

/* Creates a state. On failure returns NULL and, when err is not NULL, writes
 * a message saying what was assumed, what was found and what to do. The
 * pointer mode follows the environment variable NANLUA_PTRMODE (auto, direct
 * or table; auto when unset). */
NANLUA_API lua_State *nanlua_open(char *err, size_t errlen);
NANLUA_API void nanlua_close(lua_State *L);
NANLUA_API void nanlua_layout(lua_State *L, nanlua_Layout *out);

#endif
