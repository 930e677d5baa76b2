/*
 * nl_ptrbox.c -- choosing the pointer mode (see nl_ptrbox.h).
 */
#include "nl_ptrbox.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

const char *nl_ptrmode_name(nl_PtrMode mode)
{
    return mode == NL_PTRMODE_DIRECT ? "direct" : "table";
}

/* Appends "name 0x..." for every probe that saw an address above 47 bits. */
static void describe_wide(const nl_Layout *l, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = 0;
    for (int i = 0; i < NL_PROBE_COUNT && used < len; i++) {
        if (l->addr[i] >> 47 == 0)
            continue;
        int n = snprintf(buf + used, len - used, "%s%s 0x%" PRIx64, used ? ", " : "",
                         nl_layout_probe_name(i), l->addr[i]);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

int nl_ptrmode_choose(const nl_Layout *layout, const char *setting, nl_PtrMode *mode,
                      char *err, size_t errlen)
{
    bool wide = nl_layout_is_wide(layout);
    if (!setting || !*setting || strcmp(setting, "auto") == 0) {
        *mode = wide ? NL_PTRMODE_TABLE : NL_PTRMODE_DIRECT;
        return 0;
    }
    if (strcmp(setting, "table") == 0) {
        *mode = NL_PTRMODE_TABLE;
        return 0;
    }
    if (strcmp(setting, "direct") == 0) {
        if (!wide) {
            *mode = NL_PTRMODE_DIRECT;
            return 0;
        }
        char seen[256];
        describe_wide(layout, seen, sizeof seen);
        snprintf(err, errlen,
                 "nanlua: NANLUA_PTRMODE=direct assumes every address fits in 47 bits, "
                 "but this process can meet %u-bit addresses (%s); unset NANLUA_PTRMODE "
                 "or set it to auto or table",
                 layout->bits_possible, seen);
        return -1;
    }
    snprintf(err, errlen,
             "nanlua: NANLUA_PTRMODE='%s' is not a pointer mode; use auto, direct or table",
             setting);
    return -1;
}

void nl_ptrbox_init(nl_PtrBox *b, nl_PtrMode mode, nl_Alloc alloc, void *ud)
{
    b->mode = mode;
    nl_ptrtab_init(&b->table, alloc, ud);
}

void nl_ptrbox_destroy(nl_PtrBox *b) { nl_ptrtab_destroy(&b->table); }
