// float_format.h — float <-> text, exactly as CPython prints and parses.
//
// repr(float) is the shortest string that round-trips (David Gay's mode 0),
// laid out with CPython's rules: scientific notation when the decimal point
// position is <= -4 or > 16 ('1e+16', '1e-05'), otherwise positional with at
// least one digit after the point ('1.0'). The shortest digit count is found
// by binary search over %.{p}e with a strtod round-trip check: portable (only
// snprintf/strtod, which glibc and newlib both round correctly) at the cost
// of about five conversions per repr. Binary search is valid because if p
// correctly rounded digits round-trip, p+1 digits do too.
//
// The format-spec types e, f, g, n, % and none (and %-formatting) take their
// correctly rounded digits from snprintf and are laid out here with CPython's
// rules, which differ from C's %g for the none type ('.3' switches to
// exponent notation one digit earlier than 'g' and keeps a '.0').
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.h"

namespace mote {

// CPython's repr(v) into buf (NUL-terminated); returns the length. A buffer
// of 32 bytes always suffices.
size_t format_float_repr(double v, char* buf, size_t cap);

// float(text) syntax: surrounding whitespace, sign, digits with single
// underscores between digits if `allow_underscores` (float() allows them,
// as PEP 515), '.', exponent, 'inf'/'infinity'/'nan' in any case. False if
// the text is not a float. Overflow gives +-inf, as CPython. Never
// allocates (any length of text: digits beyond the 780th only matter as a
// sticky bit for rounding).
bool parse_float(std::string_view text, bool allow_underscores, double* out);
// float(str): ValueError "could not convert string to float: 'x'" on failure.
Value float_from_text(Vm& vm, std::string_view text);

// Text of |v| for a format-spec presentation type: 'e' 'E' 'f' 'F' 'g' 'G'
// 'n' '%' (default precision 6 when precision < 0), 'r' (repr digits, the
// none type without a precision) and '\0' (the none type with a precision:
// 'g' that switches to exponent form at precision-1 and keeps a '.0').
// The sign is the caller's (std::signbit). Returns a GC leaf buffer (nullptr
// with MemoryError pending) and sets *len.
char* format_float_abs(Vm& vm, double v, char type, int precision, bool alternate, size_t* len);

// round(x, ndigits), correctly rounded via the decimal string as CPython.
// False with OverflowError "rounded value too large to represent".
bool float_round_digits(Vm& vm, double x, sword ndigits, double* out);

// float methods: is_integer, as_integer_ratio, hex, fromhex (classmethod),
// conjugate, real, imag, __format__, __trunc__ — for float_type.locals.
extern const ConstMap float_locals;

}  // namespace mote
