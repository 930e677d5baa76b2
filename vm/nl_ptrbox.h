/*
 * nl_ptrbox.h -- how a state boxes foreign pointers (lightuserdata).
 *
 * Two pointer modes, chosen once per state from the layout probe and the
 * NANLUA_PTRMODE setting (auto, direct or table):
 *
 *   direct  The layout keeps every address below 2^47. A pointer that fits the
 *           payload is stored in it (tag LUD): boxing is a compare and an OR.
 *           Values that do not fit (integers cast to pointers, tagged
 *           pointers) still round-trip, through the pointer table (tag LUDX).
 *   table   Addresses of 48 bits or more can occur. Every lightuserdata goes
 *           through the out-of-band pointer table, and the GC heap lives in an
 *           address range nanlua owns below 2^47 (nl_heap), so GC references
 *           stay direct in both modes.
 *
 * Either way, the same pointer always boxes to the same value within a state.
 */
#ifndef NL_PTRBOX_H
#define NL_PTRBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_layout.h"
#include "nl_ptrtab.h"
#include "nl_value.h"

typedef enum nl_PtrMode { NL_PTRMODE_DIRECT, NL_PTRMODE_TABLE } nl_PtrMode;

typedef struct nl_PtrBox {
    nl_PtrMode mode;
    nl_PtrTab table;
} nl_PtrBox;

/* Chooses the mode for a layout and a NANLUA_PTRMODE setting (NULL: auto).
 * Returns -1 with a message in err when the setting is invalid or asks for
 * direct mode on a layout that cannot support it. */
int nl_ptrmode_choose(const nl_Layout *layout, const char *setting, nl_PtrMode *mode,
                      char *err, size_t errlen);
const char *nl_ptrmode_name(nl_PtrMode mode);

void nl_ptrbox_init(nl_PtrBox *b, nl_PtrMode mode, nl_Alloc alloc, void *ud);
void nl_ptrbox_destroy(nl_PtrBox *b);

/* Boxes ptr; false only when the pointer table needs memory it cannot get. */
static inline bool nl_ptrbox_box(nl_PtrBox *b, uint64_t ptr, nl_Value *out)
{
    if (b->mode == NL_PTRMODE_DIRECT && nl_fits_payload(ptr)) {
        *out = nl_box_lud_direct(ptr);
        return true;
    }
    uint64_t index;
    if (!nl_ptrtab_intern(&b->table, ptr, &index))
        return false;
    *out = nl_box_lud_index(index);
    return true;
}

static inline uint64_t nl_ptrbox_unbox(const nl_PtrBox *b, nl_Value v)
{
    return nl_has_itype(v, NL_ITYPE_LUD) ? nl_payload(v) : nl_ptrtab_get(&b->table, nl_payload(v));
}

/* For the GC: keeps the table entry of a live lightuserdata. */
static inline void nl_ptrbox_mark(nl_PtrBox *b, nl_Value v)
{
    if (nl_has_itype(v, NL_ITYPE_LUDX))
        nl_ptrtab_mark(&b->table, nl_payload(v));
}

#endif
