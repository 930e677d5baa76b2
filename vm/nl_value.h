/*
 * nl_value.h -- the NaN-boxed value. This is the only file that knows the bit
 * layout; everything else boxes, unboxes and tests through the functions here.
 *
 * A value is 64 bits. A double is stored as itself. Every other type is a
 * quiet NaN with the sign bit set, a 4-bit tag and a 47-bit payload:
 *
 *   63  62        52  51  50   47  46                                     0
 *  +---+------------+---+-------+------------------------------------------+
 *  | 1 | 1111111111 1 | 1 |  tag  |             payload (47 bits)          |
 *  +---+------------+---+-------+------------------------------------------+
 *    ^ sign  exponent   ^ quiet
 *
 * Read the top 17 bits as an unsigned number, the "itype" (v >> 47). Any
 * itype up to NL_ITYPE_NUMMAX (0x1fff0) is a double; tags 1..15 above it are
 * the other types. Tag 0 is deliberately left to the doubles: it holds
 * 0xfff8000000000000, the NaN that x86-64 hardware produces for 0/0, so
 * arithmetic on canonical operands can never manufacture a tagged value (see
 * docs/values.md). NaNs from outside the VM (C API, FFI, number parsing) enter
 * through nl_number_from_outside(), which canonicalises them.
 *
 * The tags count down from nil so that the common tests are one compare:
 *   falsy   <=> itype >= FALSE          (nil, false)
 *   number  <=> itype <= NUMMAX
 *   GC ref  <=> USERDATA <= itype <= STRING
 * nil is all ones, so memset(p, 0xff, n) fills an array with nils.
 *
 * Payloads: GC references hold the object's address, which always lies below
 * 2^47 (nl_heap keeps the GC heap there on every layout). A lightuserdata
 * holds either its pointer (LUD, when it fits and the state's pointer mode
 * allows) or an index into the state's out-of-band pointer table (LUDX); see
 * nl_ptrbox.h. Booleans and nil have no payload.
 */
#ifndef NL_VALUE_H
#define NL_VALUE_H

#include <float.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

_Static_assert(sizeof(void *) == 8 && sizeof(uintptr_t) == 8,
               "nanlua needs a 64-bit target: values box 64-bit pointers");
_Static_assert(sizeof(double) == 8 && FLT_RADIX == 2 && DBL_MANT_DIG == 53 &&
                   DBL_MAX_EXP == 1024,
               "nanlua needs IEEE-754 binary64 doubles: values are NaN-boxed");
_Static_assert(CHAR_BIT == 8, "nanlua needs 8-bit bytes");
#if defined(__FLOAT_WORD_ORDER__) && defined(__BYTE_ORDER__)
_Static_assert(__FLOAT_WORD_ORDER__ == __BYTE_ORDER__,
               "nanlua reads a double's bits as a uint64_t; the float word "
               "order must match the integer byte order");
#endif

typedef uint64_t nl_Value;

/* ---- Layout constants ------------------------------------------------- */

#define NL_PAYLOAD_BITS 47
#define NL_PAYLOAD_MASK ((UINT64_C(1) << NL_PAYLOAD_BITS) - 1)
#define NL_ITYPE_NUMMAX 0x1fff0u /* highest itype that is a double */

/* itypes of the tagged types, from the top down (tag = itype - NUMMAX). */
#define NL_ITYPE_NIL 0x1ffffu
#define NL_ITYPE_FALSE 0x1fffeu
#define NL_ITYPE_TRUE 0x1fffdu
#define NL_ITYPE_LUD 0x1fffcu  /* lightuserdata, pointer in the payload */
#define NL_ITYPE_LUDX 0x1fffbu /* lightuserdata, index in the pointer table */
#define NL_ITYPE_STRING 0x1fffau
#define NL_ITYPE_UPVAL 0x1fff9u /* internal: VM upvalue */
#define NL_ITYPE_THREAD 0x1fff8u
#define NL_ITYPE_PROTO 0x1fff7u /* internal: function prototype */
#define NL_ITYPE_FUNC 0x1fff6u  /* Lua and C functions (closures) */
#define NL_ITYPE_CDATA 0x1fff5u /* FFI cdata */
#define NL_ITYPE_TABLE 0x1fff4u
#define NL_ITYPE_USERDATA 0x1fff3u
/* 0x1fff2 and 0x1fff1 are free for future types. */

#define NL_ITYPE_GCMIN NL_ITYPE_USERDATA
#define NL_ITYPE_GCMAX NL_ITYPE_STRING

#define NL_BOXED(itype) ((nl_Value)(itype) << NL_PAYLOAD_BITS)

#define NL_NIL UINT64_MAX
#define NL_FALSE NL_BOXED(NL_ITYPE_FALSE)
#define NL_TRUE NL_BOXED(NL_ITYPE_TRUE)
/* The one NaN the VM stores when a NaN comes from outside. */
#define NL_CANONICAL_NAN UINT64_C(0x7ff8000000000000)

_Static_assert(NL_NIL >> NL_PAYLOAD_BITS == NL_ITYPE_NIL, "nil is all ones");
_Static_assert(NL_ITYPE_NUMMAX == (UINT64_C(0xfff8000000000000) >> NL_PAYLOAD_BITS),
               "tag 0 must be the x86-64 default NaN, so that it stays a number");
_Static_assert((NL_CANONICAL_NAN >> NL_PAYLOAD_BITS) <= NL_ITYPE_NUMMAX,
               "the canonical NaN must read as a number");

/* ---- Type tests ------------------------------------------------------- */

static inline uint32_t nl_itype(nl_Value v) { return (uint32_t)(v >> NL_PAYLOAD_BITS); }
static inline uint64_t nl_payload(nl_Value v) { return v & NL_PAYLOAD_MASK; }

static inline bool nl_is_number(nl_Value v) { return nl_itype(v) <= NL_ITYPE_NUMMAX; }
static inline bool nl_is_nil(nl_Value v) { return v == NL_NIL; }
static inline bool nl_is_bool(nl_Value v) { return v == NL_FALSE || v == NL_TRUE; }
static inline bool nl_is_falsy(nl_Value v) { return v >= NL_FALSE; }
static inline bool nl_is_truthy(nl_Value v) { return v < NL_FALSE; }
static inline bool nl_is_lightud(nl_Value v)
{
    return nl_itype(v) == NL_ITYPE_LUD || nl_itype(v) == NL_ITYPE_LUDX;
}
static inline bool nl_is_gcref(nl_Value v)
{
    return nl_itype(v) - NL_ITYPE_GCMIN <= NL_ITYPE_GCMAX - NL_ITYPE_GCMIN;
}
static inline bool nl_has_itype(nl_Value v, uint32_t itype) { return nl_itype(v) == itype; }

/* ---- Numbers ---------------------------------------------------------- */

static inline double nl_number(nl_Value v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

/* Box a double computed inside the VM: its NaNs are canonical by construction. */
static inline nl_Value nl_box_number(double d)
{
    nl_Value v;
    memcpy(&v, &d, sizeof v);
    return v;
}

/* Box a double from outside (C API, FFI, parsing): any NaN becomes canonical. */
static inline nl_Value nl_number_from_outside(double d)
{
    return d != d ? NL_CANONICAL_NAN : nl_box_number(d);
}

/* ---- Booleans --------------------------------------------------------- */

static inline nl_Value nl_box_bool(bool b) { return b ? NL_TRUE : NL_FALSE; }

/* ---- GC references ---------------------------------------------------- */

/* addr < 2^47 is an invariant of the GC heap (nl_heap checks every block). */
static inline nl_Value nl_box_gcref(uint32_t itype, const void *addr)
{
    return NL_BOXED(itype) | (uint64_t)(uintptr_t)addr;
}
static inline void *nl_gcref(nl_Value v) { return (void *)(uintptr_t)nl_payload(v); }
static inline bool nl_fits_payload(uint64_t bits) { return bits <= NL_PAYLOAD_MASK; }

/* ---- Lightuserdata payloads (nl_ptrbox.h decides which one to use) ----- */

static inline nl_Value nl_box_lud_direct(uint64_t ptr) { return NL_BOXED(NL_ITYPE_LUD) | ptr; }
static inline nl_Value nl_box_lud_index(uint64_t index) { return NL_BOXED(NL_ITYPE_LUDX) | index; }

/* ---- Equality --------------------------------------------------------- */

/* Raw equality: numbers compare as doubles (NaN ~= NaN, -0 == 0); every other
 * value is equal exactly when its bits are, because each object, string and
 * pointer has a single boxed form. */
static inline bool nl_raw_equal(nl_Value a, nl_Value b)
{
    if (nl_is_number(a) && nl_is_number(b))
        return nl_number(a) == nl_number(b);
    return a == b;
}

#endif
