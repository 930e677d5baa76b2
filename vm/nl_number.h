/*
 * nl_number.h -- converting numbers to and from text, shared by the lexer,
 * tonumber and tostring. The accepted syntax and the printed forms are
 * LuaJIT 2.1's; none of this depends on the C locale.
 */
#ifndef NL_NUMBER_H
#define NL_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

/* Room for any number nl_num_format prints, with its NUL. */
#define NL_NUM_BUFSZ 32

/* True when the len bytes at s are one number, optionally signed and
 * surrounded by whitespace: decimal (1, 1., .5, 5e-3), hexadecimal with an
 * optional fraction and binary exponent (0x1F, 0xA.8, 0x.8p1), binary
 * (0b101, at most 64 significant digits), or inf, infinity, nan in any case.
 * Exponents must be below 2^20. The result is correctly rounded; a NaN
 * result is not canonical (box it with nl_number_from_outside). */
bool nl_num_parse(const char *s, size_t len, double *out);

/* tonumber(s, base) for base 2..36: optional whitespace, sign, then digits of
 * the base (a 0x prefix is allowed in base 16), then whitespace. A value past
 * 2^64 - 1 saturates there. The string ends at its first zero byte. Base 10
 * is nl_num_parse, as in LuaJIT. */
bool nl_num_parse_base(const char *s, size_t len, int base, double *out);

/* Writes d as Lua prints it ("%.14g", inf, -inf, nan for every NaN, -0) and
 * returns the length. */
size_t nl_num_format(double d, char buf[NL_NUM_BUFSZ]);
/* The same through printf: the reference nl_num_format is tested against,
 * and its path for values outside the range its integer arithmetic covers. */
size_t nl_num_format_generic(double d, char buf[NL_NUM_BUFSZ]);

#endif
