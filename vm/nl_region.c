/* nl_region.c - an address range owned by nanlua below the NaN-box window. */
#include "nl_region.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

_Static_assert(sizeof(uintptr_t) >= 8, "nl_region needs 64-bit addresses");

/* ---- the real OS ---- */

static void *nl_region_os_map(void *hint, size_t len)
{
    void *p = mmap(hint, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static int nl_region_os_unmap(void *p, size_t len)
{
    return munmap(p, len);
}

static int nl_region_os_commit(void *p, size_t len)
{
    return mprotect(p, len, PROT_READ | PROT_WRITE);
}

static int nl_region_os_decommit(void *p, size_t len)
{
    /* DONTNEED frees the frames of a private anonymous mapping, so the pages
     * read as zero when committed again. */
    if (madvise(p, len, MADV_DONTNEED) != 0)
        return -1;
    return mprotect(p, len, PROT_NONE);
}

static nl_RegionOps nl_region_os;
static pthread_once_t nl_region_os_once = PTHREAD_ONCE_INIT;

static void nl_region_os_setup(void)
{
    long page = sysconf(_SC_PAGESIZE);

    nl_region_os = (nl_RegionOps){
        .map = nl_region_os_map,
        .unmap = nl_region_os_unmap,
        .commit = nl_region_os_commit,
        .decommit = nl_region_os_decommit,
        .page_size = page > 0 ? (size_t)page : 0, /* 0 makes init fail */
    };
}

const nl_RegionOps *nl_region_os_ops(void)
{
    pthread_once(&nl_region_os_once, nl_region_os_setup);
    return &nl_region_os;
}

/* ---- reserving spans ---- */

#define NL_REGION_A(shift) ((uintptr_t)1 << (shift))

/* Hints spread over the window, low ones first: they are far from the stack
 * and the kernel's top-down mmap area, and one busy neighbourhood (the ASan
 * shadow, say) cannot block them all.  None is 0 or near the window's top. */
static const uintptr_t nl_region_hints[] = {
    NL_REGION_A(33), NL_REGION_A(34), NL_REGION_A(35), NL_REGION_A(36),
    NL_REGION_A(38), NL_REGION_A(40), NL_REGION_A(41), NL_REGION_A(42),
    NL_REGION_A(43), NL_REGION_A(44), 3 * NL_REGION_A(43), NL_REGION_A(45),
    3 * NL_REGION_A(44), NL_REGION_A(46), 3 * NL_REGION_A(45),
};
#define NL_REGION_NHINTS (sizeof nl_region_hints / sizeof nl_region_hints[0])

/* What each map call returned, for init's error message. */
typedef struct nl_RegionTries {
    uintptr_t hint[NL_REGION_NHINTS];
    uintptr_t got[NL_REGION_NHINTS];
    size_t n;
} nl_RegionTries;

/* Bytes rounded up to whole pages; 0 for 0 bytes or on overflow. */
static size_t nl_region_round(const nl_Region *r, size_t bytes)
{
    if (bytes > SIZE_MAX - (r->page - 1))
        return 0;
    return (bytes + r->page - 1) & ~(r->page - 1);
}

/* Page-aligned, not NULL, and wholly below the window limit. */
static int nl_region_fits(const nl_Region *r, uintptr_t addr, size_t len)
{
    return addr != 0 && (addr & (r->page - 1)) == 0 && addr <= r->window_limit &&
           len <= r->window_limit - addr;
}

/* Map at one hint; keep the result only if it lies wholly in the window. */
static char *nl_region_try(nl_Region *r, uintptr_t hint, size_t len, nl_RegionTries *t)
{
    char *p = r->ops->map((void *)hint, len);

    if (t != NULL) {
        t->hint[t->n] = hint;
        t->got[t->n] = (uintptr_t)p;
        t->n++;
    }
    if (p != NULL && nl_region_fits(r, (uintptr_t)p, len))
        return p;
    if (p != NULL)
        r->ops->unmap(p, len);
    return NULL;
}

static char *nl_region_reserve(nl_Region *r, size_t len, nl_RegionTries *t)
{
    char *p = NULL;

    /* Right after the last span first, so growth can extend it; a full
     * span table allows nothing else. */
    if (r->nspans > 0) {
        const nl_RegionSpan *last = &r->spans[r->nspans - 1];
        uintptr_t end = (uintptr_t)last->base + last->len;
        if (nl_region_fits(r, end, len))
            p = nl_region_try(r, end, len, NULL);
    }
    if (r->nspans == NL_REGION_MAX_SPANS)
        return p;
    for (size_t i = 0; p == NULL && i < NL_REGION_NHINTS; i++)
        if (nl_region_fits(r, nl_region_hints[i], len))
            p = nl_region_try(r, nl_region_hints[i], len, t);
    return p;
}

/* ---- init's error message ---- */

static void nl_region_appendf(char *buf, size_t cap, size_t *pos, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (*pos >= cap)
        return;
    va_start(ap, fmt);
    n = vsnprintf(buf + *pos, cap - *pos, fmt, ap);
    va_end(ap);
    if (n > 0)
        *pos += (size_t)n;
}

static void nl_region_fmt_size(char *buf, size_t cap, size_t n)
{
    if (n % ((size_t)1 << 20) == 0)
        snprintf(buf, cap, "%zu MiB", n >> 20);
    else if (n % ((size_t)1 << 10) == 0)
        snprintf(buf, cap, "%zu KiB", n >> 10);
    else
        snprintf(buf, cap, "%zu bytes", n);
}

static void nl_region_fmt_limit(char *buf, size_t cap, uintptr_t limit)
{
    if (limit != 0 && (limit & (limit - 1)) == 0)
        snprintf(buf, cap, "2^%d", __builtin_ctzll(limit));
    else
        snprintf(buf, cap, "%#llx", (unsigned long long)limit);
}

static void nl_region_report(const nl_Region *r, size_t len, const nl_RegionTries *t,
                             char *err, size_t errlen)
{
    char size[32], limit[32];
    size_t pos = 0;

    if (err == NULL || errlen == 0)
        return;
    nl_region_fmt_size(size, sizeof size, len);
    nl_region_fmt_limit(limit, sizeof limit, r->window_limit);
    nl_region_appendf(err, errlen, &pos,
                      "nanlua: cannot reserve %s of address space below %s for the GC heap "
                      "(table pointer mode); ", size, limit);
    if (t->n == 0) {
        nl_region_appendf(err, errlen, &pos, "no hint address leaves room for it");
        return;
    }
    nl_region_appendf(err, errlen, &pos, "the kernel returned ");
    for (size_t i = 0; i < t->n; i++) {
        const char *sep = i > 0 ? ", " : "";
        if (t->got[i] == 0)
            nl_region_appendf(err, errlen, &pos, "%sfailure", sep);
        else
            nl_region_appendf(err, errlen, &pos, "%s%#llx", sep, (unsigned long long)t->got[i]);
    }
    nl_region_appendf(err, errlen, &pos, " for hints ");
    for (size_t i = 0; i < t->n; i++)
        nl_region_appendf(err, errlen, &pos, "%s%#llx", i > 0 ? ", " : "",
                          (unsigned long long)t->hint[i]);
    nl_region_appendf(err, errlen, &pos,
                      "; check ulimit -v and vm.overcommit_memory, or run where addresses "
                      "below %s are available", limit);
}

/* ---- public ---- */

int nl_region_init(nl_Region *r, const nl_RegionOps *ops, uintptr_t window_limit,
                   size_t span_bytes, char *err, size_t errlen)
{
    nl_RegionTries t = {.n = 0};
    char *p;

    memset(r, 0, sizeof *r);
    r->ops = ops;
    r->window_limit = window_limit;
    r->page = ops->page_size;
    if (r->page == 0 || (r->page & (r->page - 1)) != 0) {
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "nanlua: page size %zu is not a power of two", r->page);
        return -1;
    }
    r->span_bytes = nl_region_round(r, span_bytes);
    if (r->span_bytes == 0) {
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "nanlua: bad GC heap span size %zu", span_bytes);
        return -1;
    }
    p = nl_region_reserve(r, r->span_bytes, &t);
    if (p == NULL) {
        nl_region_report(r, r->span_bytes, &t, err, errlen);
        return -1;
    }
    r->spans[0] = (nl_RegionSpan){.base = p, .len = r->span_bytes, .used = 0};
    r->nspans = 1;
    return 0;
}

void nl_region_destroy(nl_Region *r)
{
    for (int i = 0; i < r->nspans; i++)
        r->ops->unmap(r->spans[i].base, r->spans[i].len);
    free(r->runs);
    r->runs = NULL;
    r->nruns = r->runs_cap = 0;
    r->nspans = 0;
}

size_t nl_region_page_size(const nl_Region *r)
{
    return r->page;
}

/* A span with len unused bytes after its bump pointer, reserving (or
 * extending) one if none has. */
static nl_RegionSpan *nl_region_span_for(nl_Region *r, size_t len)
{
    size_t want = len > r->span_bytes ? len : r->span_bytes;
    nl_RegionSpan *last;
    char *p;

    for (int i = r->nspans - 1; i >= 0; i--)
        if (r->spans[i].len - r->spans[i].used >= len)
            return &r->spans[i];
    p = nl_region_reserve(r, want, NULL);
    if (p == NULL)
        return NULL;
    last = &r->spans[r->nspans - 1];
    if (p == last->base + last->len) {
        last->len += want;
        return last;
    }
    if (r->nspans == NL_REGION_MAX_SPANS) {
        r->ops->unmap(p, want);
        return NULL;
    }
    r->spans[r->nspans] = (nl_RegionSpan){.base = p, .len = want, .used = 0};
    return &r->spans[r->nspans++];
}

void *nl_region_alloc_pages(nl_Region *r, size_t bytes)
{
    size_t len = nl_region_round(r, bytes);
    nl_RegionSpan *s;
    char *p;

    if (len == 0)
        return NULL;
    /* First fit among freed runs, lowest address first. */
    for (size_t i = 0; i < r->nruns; i++) {
        nl_RegionRun *run = &r->runs[i];
        if (run->len < len)
            continue;
        p = run->base;
        if (r->ops->commit(p, len) != 0)
            return NULL;
        if (run->len == len) {
            memmove(run, run + 1, (r->nruns - i - 1) * sizeof *run);
            r->nruns--;
        } else {
            run->base += len;
            run->len -= len;
        }
        return p;
    }
    s = nl_region_span_for(r, len);
    if (s == NULL)
        return NULL;
    p = s->base + s->used;
    if (r->ops->commit(p, len) != 0)
        return NULL;
    s->used += len;
    return p;
}

/* Make room for one more free run; 0 on success. */
static int nl_region_runs_room(nl_Region *r)
{
    size_t cap;
    nl_RegionRun *runs;

    if (r->nruns < r->runs_cap)
        return 0;
    cap = r->runs_cap ? 2 * r->runs_cap : 16;
    runs = realloc(r->runs, cap * sizeof *runs);
    if (runs == NULL)
        return -1;
    r->runs = runs;
    r->runs_cap = cap;
    return 0;
}

void nl_region_free_pages(nl_Region *r, void *ptr, size_t bytes)
{
    char *p = ptr;
    size_t len = nl_region_round(r, bytes);
    size_t lo = 0, hi = r->nruns;
    int join_prev, join_next;

    if (p == NULL || len == 0)
        return;
    /* Pages that could not be decommitted may hold data; never reuse them. */
    if (r->ops->decommit(p, len) != 0)
        return;
    while (lo < hi) { /* lo = index of the first run above p */
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)r->runs[mid].base < (uintptr_t)p)
            lo = mid + 1;
        else
            hi = mid;
    }
    join_prev = lo > 0 && r->runs[lo - 1].base + r->runs[lo - 1].len == p;
    join_next = lo < r->nruns && p + len == r->runs[lo].base;
    if (join_prev && join_next) {
        r->runs[lo - 1].len += len + r->runs[lo].len;
        memmove(&r->runs[lo], &r->runs[lo + 1], (r->nruns - lo - 1) * sizeof *r->runs);
        r->nruns--;
    } else if (join_prev) {
        r->runs[lo - 1].len += len;
    } else if (join_next) {
        r->runs[lo].base = p;
        r->runs[lo].len += len;
    } else if (nl_region_runs_room(r) == 0) {
        memmove(&r->runs[lo + 1], &r->runs[lo], (r->nruns - lo) * sizeof *r->runs);
        r->runs[lo] = (nl_RegionRun){.base = p, .len = len};
        r->nruns++;
    }
    /* else: no memory to record the run; it stays reserved and unused. */
}
