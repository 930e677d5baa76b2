/*
 * nanlua.c -- the nanlua command, which behaves like `lua` and `luajit`:
 * nanlua [options] [script [args]] with -e, -l, -i, -v, - and --, LUA_INIT,
 * the arg table and an interactive loop. nanlua's own options: -bl file
 * lists bytecode, --layout shows the address-space probe in detail.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"
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

/* ---- Running Lua ----------------------------------------------------------- */

static const char *progname = "nanlua";

static void report_message(const char *msg)
{
    fprintf(stderr, "%s: %s\n", progname, msg);
    fflush(stderr);
}

/* Prints the error on top of the stack, if any, and pops it. */
static int report(lua_State *L, int status)
{
    if (status != 0 && !lua_isnil(L, -1)) {
        const char *msg = lua_tostring(L, -1);
        report_message(msg ? msg : "(error object is not a string)");
        lua_pop(L, 1);
    }
    return status;
}

/* The message handler: a string message gets a traceback; other values are
 * converted by __tostring when they have one. */
static int traceback(lua_State *L)
{
    if (!lua_isstring(L, 1)) {
        if (lua_isnoneornil(L, 1) || !luaL_callmeta(L, 1, "__tostring") || !lua_isstring(L, -1))
            return 1; /* keep the value: report() says it is not a string */
        lua_remove(L, 1);
    }
    luaL_traceback(L, L, lua_tostring(L, 1), 1);
    return 1;
}

/* ---- Ctrl-C ------------------------------------------------------------------------ */

/* The state running Lua code, for the signal handler. */
static lua_State *running_state;

/* The hook Ctrl-C sets: raises "interrupted!" at the position of the Lua
 * code it interrupted. */
static void interrupt_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lua_sethook(L, NULL, 0, 0);
    luaL_where(L, 0);
    lua_pushliteral(L, "interrupted!");
    lua_concat(L, 2);
    lua_error(L);
}

/* SIGINT while Lua code runs: the next hook event raises an error; a second
 * Ctrl-C before that acts as if nanlua had no handler. */
static void on_interrupt(int sig)
{
    signal(sig, SIG_DFL);
    lua_sethook(running_state, interrupt_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

static int docall(lua_State *L, int narg, int nres)
{
    int base = lua_gettop(L) - narg;
    lua_pushcfunction(L, traceback);
    lua_insert(L, base);
    running_state = L;
    signal(SIGINT, on_interrupt);
    int status = lua_pcall(L, narg, nres, base);
    signal(SIGINT, SIG_DFL);
    lua_remove(L, base);
    return status;
}

static int dochunk(lua_State *L, int status)
{
    if (status == 0)
        status = docall(L, 0, 0);
    return report(L, status);
}

static int dostring(lua_State *L, const char *s, const char *name)
{
    return dochunk(L, luaL_loadbuffer(L, s, strlen(s), name));
}

static int dolibrary(lua_State *L, const char *name)
{
    lua_getglobal(L, "require");
    lua_pushstring(L, name);
    return report(L, docall(L, 1, 1));
}

/* arg: the script at 0, what came before it at negative indices. */
static void create_arg_table(lua_State *L, char **argv, int argc, int script)
{
    lua_createtable(L, argc - script - 1, script + 1);
    for (int i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i - script);
    }
    lua_setglobal(L, "arg");
}

static int handle_script(lua_State *L, char **argv, int argc, int script)
{
    const char *fname = argv[script];
    if (strcmp(fname, "-") == 0 && strcmp(argv[script - 1], "--") != 0)
        fname = NULL; /* stdin */
    int status = luaL_loadfile(L, fname);
    if (status == 0) {
        int narg = argc - script - 1;
        luaL_checkstack(L, narg + 3, "too many arguments to script"); /* + docall's handler */
        for (int i = script + 1; i < argc; i++)
            lua_pushstring(L, argv[i]);
        status = docall(L, narg, 0);
    }
    return report(L, status);
}

/* ---- The interactive loop -------------------------------------------------------- */

/* Whether a syntax error means the input is merely unfinished. */
static bool incomplete(lua_State *L, int status)
{
    if (status != LUA_ERRSYNTAX)
        return false;
    size_t len;
    const char *msg = lua_tolstring(L, -1, &len);
    const char *eof = "'<eof>'";
    size_t n = strlen(eof);
    if (len >= n && strcmp(msg + len - n, eof) == 0) {
        lua_pop(L, 1);
        return true;
    }
    return false;
}

static bool read_line(lua_State *L, bool first)
{
    char buf[LUA_MAXINPUT];
    fputs(first ? LUA_PROMPT : LUA_PROMPT2, stdout);
    fflush(stdout);
    if (!fgets(buf, sizeof buf, stdin))
        return false;
    size_t len = strlen(buf);
    if (len > 0 && buf[len - 1] == '\n')
        buf[--len] = '\0';
    if (first && buf[0] == '=')
        lua_pushfstring(L, "return %s", buf + 1);
    else
        lua_pushstring(L, buf);
    return true;
}

static int load_line(lua_State *L)
{
    lua_settop(L, 0);
    if (!read_line(L, true))
        return -1;
    for (;;) {
        size_t len;
        const char *line = lua_tolstring(L, 1, &len);
        int status = luaL_loadbuffer(L, line, len, "=stdin");
        if (!incomplete(L, status))
            return status;
        if (!read_line(L, false))
            return status;
        lua_pushliteral(L, "\n");
        lua_insert(L, -2);
        lua_concat(L, 3);
    }
}

static void repl(lua_State *L)
{
    const char *saved = progname;
    progname = NULL;
    int status;
    while ((status = load_line(L)) != -1) {
        if (status == 0)
            status = docall(L, 0, LUA_MULTRET);
        if (status != 0 && !lua_isnil(L, -1)) {
            const char *msg = lua_tostring(L, -1);
            fprintf(stderr, "%s\n", msg ? msg : "(error object is not a string)");
            lua_pop(L, 1);
        }
        if (status == 0 && lua_gettop(L) > 1) {
            lua_getglobal(L, "print");
            lua_insert(L, 2);
            if (lua_pcall(L, lua_gettop(L) - 2, 0, 0) != 0)
                fprintf(stderr, "error calling 'print' (%s)\n", lua_tostring(L, -1));
        }
    }
    lua_settop(L, 0);
    fputs("\n", stdout);
    fflush(stdout);
    progname = saved;
}

/* ---- Options ---------------------------------------------------------------------- */

static int usage(void)
{
    fprintf(stderr,
            "usage: %s [options] [script [args]].\n"
            "Available options are:\n"
            "  -e chunk  Execute string 'chunk'.\n"
            "  -l name   Require library 'name'.\n"
            "  -i        Enter interactive mode after executing 'script'.\n"
            "  -v        Show version information.\n"
            "  -bl file  List the bytecode of a Lua file.\n"
            "  --layout  Show the address-space layout probe.\n"
            "  --        Stop handling options.\n"
            "  -         Execute stdin and stop handling options.\n",
            progname);
    return 1;
}

typedef struct Options {
    bool interactive, version, layout;
    int script; /* index of the script in argv, or 0 */
    int list;   /* index of the -bl file, or 0 */
} Options;

/* Checks the options; returns false on a bad one. */
static bool parse_options(int argc, char **argv, Options *o)
{
    int i;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "-i") == 0)
            o->interactive = o->version = true;
        else if (strcmp(a, "-v") == 0)
            o->version = true;
        else if (strcmp(a, "--layout") == 0)
            o->layout = true;
        else if ((strcmp(a, "-e") == 0 || strcmp(a, "-l") == 0 || strcmp(a, "-bl") == 0)) {
            if (++i >= argc)
                return false;
            if (a[1] == 'b')
                o->list = i;
        } else if ((a[1] == 'e' || a[1] == 'l') && a[2] != '\0') {
            /* -e'chunk' and -lname */
        } else {
            return false;
        }
    }
    o->script = i < argc ? i : 0;
    return true;
}

/* Runs -e and -l in order. */
static int run_options(lua_State *L, int argc, char **argv)
{
    for (int i = 1; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0)
            break;
        if (a[1] != 'e' && a[1] != 'l')
            continue;
        if (a[1] == 'l' && a[2] == '\0' && strcmp(a, "-l") != 0)
            continue;
        const char *v = a[2] ? a + 2 : argv[++i];
        int status = a[1] == 'e' ? dostring(L, v, "=(command line)") : dolibrary(L, v);
        if (status != 0)
            return status;
    }
    return 0;
}

static int handle_init(lua_State *L)
{
    const char *init = getenv(LUA_INIT);
    if (!init)
        return 0;
    if (init[0] == '@')
        return dochunk(L, luaL_loadfile(L, init + 1));
    return dostring(L, init, "=" LUA_INIT);
}

/* What main hands to pmain, which runs under lua_cpcall (as luajit's does, so
 * tracebacks end in the same C frame). */
static struct {
    int argc;
    char **argv;
    Options o;
    int status;
} run;

static int pmain(lua_State *L)
{
    int argc = run.argc;
    char **argv = run.argv;
    const Options *o = &run.o;
    luaL_openlibs(L);
    create_arg_table(L, argv, argc, o->script ? o->script : argc); /* no script: all negative */
    int status = handle_init(L);
    if (status == 0)
        status = run_options(L, argc, argv);
    if (status == 0 && o->script)
        status = handle_script(L, argv, argc, o->script);
    if (status == 0) {
        bool ran_something = o->script || o->version;
        for (int i = 1; i < argc && !ran_something; i++)
            ran_something = argv[i][0] == '-' && (argv[i][1] == 'e' || argv[i][1] == 'l');
        if (o->interactive || (!ran_something && isatty(0)))
            repl(L);
        else if (!ran_something)
            status = dochunk(L, luaL_loadfile(L, NULL));
    }
    run.status = status;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 0 && argv[0] && argv[0][0])
        progname = argv[0];
    run.argc = argc;
    run.argv = argv;
    if (!parse_options(argc, argv, &run.o)) {
        usage();
        return 1;
    }
    char err[512];
    lua_State *L = nanlua_open(err, sizeof err);
    if (!L) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    nanlua_Layout layout;
    nanlua_layout(L, &layout);
    if (run.o.list) {
        int status = list_bytecode(L, progname, argv[run.o.list]);
        nanlua_close(L);
        return status;
    }
    if (run.o.layout) {
        print_layout(L, &layout);
        nanlua_close(L);
        return 0;
    }
    if (run.o.version)
        print_version(&layout);
    int status = report(L, lua_cpcall(L, pmain, NULL));
    lua_close(L);
    return status == 0 && run.status == 0 ? 0 : 1;
}
