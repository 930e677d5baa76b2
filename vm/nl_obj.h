/*
 * nl_obj.h -- the collectable objects' layouts: the header they share, and
 * strings, tables and userdata. (Functions, prototypes and upvalues are in
 * nl_func.h, threads in nl_state.h.)
 *
 * Every collectable object starts with NL_GCHEADER and lives in the state's GC
 * heap, below 2^47, so a value holds its address directly (nl_value.h).
 */
#ifndef NL_OBJ_H
#define NL_OBJ_H

#include <stddef.h>
#include <stdint.h>

#include "nl_value.h"

typedef struct nl_GCObj nl_GCObj;

/* gcnext chains all objects for the sweeper; gctype is the object's itype
 * minus NL_ITYPE_NUMMAX (its tag); marked holds the collector's colour bits. */
#define NL_GCHEADER     \
    nl_GCObj *gcnext;   \
    uint8_t gctype;     \
    uint8_t marked

struct nl_GCObj {
    NL_GCHEADER;
};

#define NL_GCTAG(itype) ((uint8_t)((itype) - NL_ITYPE_NUMMAX))

/* ---- Strings: interned, immutable, 8-bit clean, NUL-terminated ------------ */

typedef struct nl_String {
    NL_GCHEADER;
    uint8_t reserved; /* lexer: 1 + index of the reserved word, or 0 */
    uint32_t hash;
    size_t len;
    struct nl_String *hnext; /* next in the string table's chain */
    char data[];             /* len bytes, then a NUL */
} nl_String;

static inline nl_Value nl_box_string(const nl_String *s) { return nl_box_gcref(NL_ITYPE_STRING, s); }
static inline nl_String *nl_string(nl_Value v) { return (nl_String *)nl_gcref(v); }
static inline bool nl_is_string(nl_Value v) { return nl_has_itype(v, NL_ITYPE_STRING); }

/* ---- Tables: an array part for keys 1..asize and a hash part --------------- */

typedef struct nl_Node {
    nl_Value val;
    nl_Value key;
    struct nl_Node *next; /* chain of keys with the same main position */
} nl_Node;

typedef struct nl_Table {
    NL_GCHEADER;
    uint8_t nomm;      /* cache: bit i set = metamethod i known absent */
    uint8_t lsizenode; /* log2 of the number of hash nodes */
    uint32_t asize;    /* slots in array: keys 1..asize */
    nl_Value *array;   /* the colocated slots, or a block of its own */
    nl_Node *node;
    struct nl_Table *metatable;
    nl_GCObj *gclist;
    uint32_t lastfree; /* free nodes are all below node[lastfree] */
    uint32_t colo;     /* array slots allocated with the table, right after it */
} nl_Table;

_Static_assert(sizeof(nl_Table) % sizeof(nl_Value) == 0, "colocated slots follow the table aligned");

static inline nl_Value nl_box_table(const nl_Table *t) { return nl_box_gcref(NL_ITYPE_TABLE, t); }
static inline nl_Table *nl_table(nl_Value v) { return (nl_Table *)nl_gcref(v); }
static inline bool nl_is_table(nl_Value v) { return nl_has_itype(v, NL_ITYPE_TABLE); }

/* ---- Userdata: a block of C memory with a metatable and an environment ---- */

typedef struct nl_Udata {
    NL_GCHEADER;
    uint8_t finalized; /* __gc has run (or was scheduled) */
    struct nl_Table *metatable;
    struct nl_Table *env;
    size_t len;
    struct nl_Udata *fnext; /* the collector's list of userdata to finalize */
    /* len bytes of data follow, aligned as malloc aligns */
} nl_Udata;

_Static_assert(sizeof(nl_Udata) % 16 == 0, "userdata payloads must be 16-byte aligned");

static inline void *nl_udata_data(nl_Udata *u) { return u + 1; }
static inline nl_Value nl_box_udata(const nl_Udata *u) { return nl_box_gcref(NL_ITYPE_USERDATA, u); }
static inline nl_Udata *nl_udata(nl_Value v) { return (nl_Udata *)nl_gcref(v); }
static inline bool nl_is_udata(nl_Value v) { return nl_has_itype(v, NL_ITYPE_USERDATA); }

#endif
