/*
 * nl_assume.c -- start-up checks of what nl_value.h cannot assert statically.
 */
#include "nl_assume.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "nl_value.h"

/* volatile keeps the compiler from folding these at build time: the point
 * is what this CPU produces. */
static volatile double zero = 0.0, one = 1.0, minus_one = -1.0;

int nl_check_assumptions(size_t page_size, char *err, size_t errlen)
{
    nl_Value v = nl_box_number(one);
    if (v != UINT64_C(0x3ff0000000000000)) {
        snprintf(err, errlen,
                 "nanlua: assumed 1.0 is stored as 0x3ff0000000000000 (IEEE-754 binary64), "
                 "found 0x%016" PRIx64 "; this machine's doubles cannot be NaN-boxed",
                 v);
        return -1;
    }
    /* The NaNs this CPU generates must read as numbers, not tagged values. */
    double inf = one / zero;
    const double nans[] = {zero / zero, inf - inf, sqrt(minus_one), -(zero / zero), fmod(one, zero)};
    for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
        if (!nl_is_number(nl_box_number(nans[i]))) {
            snprintf(err, errlen,
                     "nanlua: assumed the CPU's default NaN lies outside the tagged-value "
                     "space, found NaN 0x%016" PRIx64 " that reads as a tag; the value "
                     "encoding in vm/nl_value.h must be adapted to this CPU",
                     nl_box_number(nans[i]));
            return -1;
        }
    }
    if (page_size == 0 || (page_size & (page_size - 1)) != 0) {
        snprintf(err, errlen,
                 "nanlua: assumed sysconf(_SC_PAGESIZE) is a power of two, found %zu; "
                 "check the kernel and C library",
                 page_size);
        return -1;
    }
    return 0;
}
