/*
 * nanlua.c -- the nanlua command. Until the interpreter lands it creates a
 * state and reports what it found: `nanlua -v` prints the version and the
 * layout in one line, `nanlua --layout` prints the layout in detail.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "nanlua.h"
#include "nl_state.h"

static void print_version(const nanlua_Layout *l)
{
    printf("%s (%s) -- %u-bit addresses seen, %u possible, %zu-byte pages, %s pointers, %s hash\n",
           NANLUA_VERSION, NANLUA_LUA_VERSION, l->addr_bits_seen, l->addr_bits_possible,
           l->page_size, l->ptr_mode, l->hash_impl);
}

static void print_layout(lua_State *L, const nanlua_Layout *l)
{
    const nl_Layout *probe = &L->g->layout;
    printf("address bits seen:     %u\n", l->addr_bits_seen);
    printf("address bits possible: %u\n", l->addr_bits_possible);
    printf("page size:             %zu\n", l->page_size);
    printf("pointer mode:          %s\n", l->ptr_mode);
    printf("hash:                  %s\n", l->hash_impl);
    for (int i = 0; i < NL_PROBE_COUNT; i++)
        printf("probe %-16s 0x%016" PRIx64 "\n", nl_layout_probe_name(i), probe->addr[i]);
}

static int usage(const char *prog)
{
    fprintf(stderr,
            "usage: %s [-v | --layout]\n"
            "  -v        print the version and the address-space layout found\n"
            "  --layout  print the layout probe in detail\n"
            "(running Lua scripts arrives with the interpreter)\n",
            prog);
    return 1;
}

int main(int argc, char **argv)
{
    const char *prog = argc > 0 ? argv[0] : "nanlua";
    if (argc != 2 || (strcmp(argv[1], "-v") != 0 && strcmp(argv[1], "--layout") != 0))
        return usage(prog);
    char err[512];
    lua_State *L = nanlua_open(err, sizeof err);
    if (!L) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    nanlua_Layout layout;
    nanlua_layout(L, &layout);
    if (strcmp(argv[1], "-v") == 0)
        print_version(&layout);
    else
        print_layout(L, &layout);
    nanlua_close(L);
    return 0;
}
