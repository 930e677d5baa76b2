/*
 * nanlua.c -- the nanlua command. Until the VM lands it creates a state and
 * reports what it found (`nanlua -v` the version and the layout in one line,
 * `nanlua --layout` the layout in detail), and lists the bytecode of a file
 * (`nanlua -bl file.lua`).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "nanlua.h"
#include "nl_dump.h"
#include "nl_err.h"
#include "nl_parse.h"
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

/* ---- Listing bytecode ------------------------------------------------------ */

/* Reads a file in blocks of its preferred I/O size. */
typedef struct FileReader {
    FILE *f;
    char *buf;
    size_t size;
} FileReader;

static const char *read_file(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    FileReader *r = ud;
    *size = fread(r->buf, 1, r->size, r->f);
    return *size ? r->buf : NULL;
}

typedef struct ListJob {
    FileReader reader;
    const char *chunkname;
} ListJob;

static void write_stdout(void *ud, const char *s, size_t len)
{
    (void)ud;
    fwrite(s, 1, len, stdout);
}

static void list_protected(lua_State *L, void *ud)
{
    ListJob *job = ud;
    nl_dump_proto(nl_parse(L, read_file, &job->reader, job->chunkname), write_stdout, NULL);
    L->top--;
}

static int list_bytecode(lua_State *L, const char *prog, const char *path)
{
    ListJob job = {.reader.f = fopen(path, "rb")};
    struct stat st;
    if (!job.reader.f || fstat(fileno(job.reader.f), &st) != 0) {
        fprintf(stderr, "%s: cannot open %s\n", prog, path);
        return 1;
    }
    job.reader.size = st.st_blksize > 0 ? (size_t)st.st_blksize : 1;
    job.reader.buf = malloc(job.reader.size);
    size_t namelen = strlen(path) + 2;
    char *chunkname = malloc(namelen);
    int status = NL_ERRMEM;
    if (job.reader.buf && chunkname) {
        snprintf(chunkname, namelen, "@%s", path);
        job.chunkname = chunkname;
        status = nl_err_protect(L, list_protected, &job);
    }
    if (status != NL_OK)
        fprintf(stderr, "%s: %s\n", prog,
                status == NL_ERRMEM ? "not enough memory" : nl_string(L->top[-1])->data);
    free(chunkname);
    free(job.reader.buf);
    fclose(job.reader.f);
    return status == NL_OK ? 0 : 1;
}

static int usage(const char *prog)
{
    fprintf(stderr,
            "usage: %s -v | --layout | -bl file.lua\n"
            "  -v            print the version and the address-space layout found\n"
            "  --layout      print the layout probe in detail\n"
            "  -bl file.lua  list the bytecode of a Lua file\n"
            "(running Lua scripts arrives with the VM)\n",
            prog);
    return 1;
}

int main(int argc, char **argv)
{
    const char *prog = argc > 0 ? argv[0] : "nanlua";
    bool list = argc == 3 && strcmp(argv[1], "-bl") == 0;
    if (!list && (argc != 2 || (strcmp(argv[1], "-v") != 0 && strcmp(argv[1], "--layout") != 0)))
        return usage(prog);
    char err[512];
    lua_State *L = nanlua_open(err, sizeof err);
    if (!L) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int status = 0;
    nanlua_Layout layout;
    nanlua_layout(L, &layout);
    if (list)
        status = list_bytecode(L, prog, argv[2]);
    else if (strcmp(argv[1], "-v") == 0)
        print_version(&layout);
    else
        print_layout(L, &layout);
    nanlua_close(L);
    return status;
}
