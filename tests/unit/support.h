/* support.h -- helpers the unit-test suites share. */
#ifndef NL_TEST_SUPPORT_H
#define NL_TEST_SUPPORT_H

#include <stddef.h>

#include "nl_state.h"

/* A new state; fails the running test with the reason if there is none. */
lua_State *nl_test_open(void);

/* Pushes v on L's stack, growing it as needed. */
void nl_test_push(lua_State *L, nl_Value v);

/* How many objects the collector could free: those on allgc and the
 * userdata list, except the registry and globals tables every state has. */
size_t nl_test_count_objects(const lua_State *L);

#endif
