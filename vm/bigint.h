// bigint.h — arbitrary-precision integers: the heap half of Python's int.
//
// A Python int is a small-int Value while it fits the tagged word (31 bits on
// a 32-bit target, 63 on a 64-bit host) and a BigInt object beyond. Every
// function here accepts either form for an int operand (and bool as 0/1), and
// every result is normalised: a value that fits a small int is returned as
// one, so "is this a BigInt" is a pure function of the value and Python code
// sees identical results on 32- and 64-bit builds.
//
// Representation: sign-magnitude, little-endian array of 32-bit digits
// (16-bit on Cortex-M0+, which has no 32x32->64 multiply) stored inline
// after the header in one leaf GC block (the only pointer, the type, points
// to flash). A BigInt is immutable once returned.
//
// Algorithms (vm/bigint_mag.h): schoolbook add/sub; schoolbook multiply
// (squaring takes half the products) with Karatsuba above a threshold;
// Knuth's algorithm D for division, its quotient digits estimated with a
// precomputed reciprocal instead of a hardware divide; modular powers with
// all work areas allocated once; base-10 conversion by repeated division by
// 10^9 (10^4 with 16-bit digits), quadratic like CPython's; bitwise ops with
// two's-complement semantics for negatives (as Python); float conversion and
// int/int true division correctly rounded.
//
// Errors follow object.h: Value::null() with the exception pending.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.h"

namespace mote {

// The type of heap ints. Its name is 'int'; type(2**100) must behave as int
// (the runtime's type_of/isinstance map it to int_type).
extern const Type bigint_type;

inline bool is_bigint(Value v) { return v.is_object() && v.as_object()->type == &bigint_type; }
// A small int, a BigInt or a bool.
inline bool is_int_value(Value v) { return v.is_small_int() || v.is_bool() || is_bigint(v); }

// --- construction ---------------------------------------------------------------
// Small int if `v` fits, else a BigInt.
Value bigint_from_sword(Vm& vm, sword v);
Value bigint_from_int64(Vm& vm, int64_t v);
Value bigint_from_uint64(Vm& vm, uint64_t v);
// Truncates toward zero, as int(x). OverflowError "cannot convert float
// infinity to integer", ValueError "cannot convert float NaN to integer".
Value bigint_from_double(Vm& vm, double v);

// --- conversion -------------------------------------------------------------------
// True and *out set if the int fits a sword (never raises).
bool bigint_to_sword(Value v, sword* out);
bool bigint_to_int64(Value v, int64_t* out);
// Correctly rounded (round-half-even) value; +-HUGE_VAL if out of range.
double bigint_to_double(Value v);
// As bigint_to_double but raises OverflowError "int too large to convert to float".
bool int_to_double(Vm& vm, Value v, double* out);

// --- arithmetic --------------------------------------------------------------------
// a op b for ints (small, big or bool), every BinaryOp except MATMUL; in-place
// forms act as the plain ones. Result normalised. TRUEDIV and POW with a
// negative exponent give a float (correctly rounded for TRUEDIV). Returns
// NotImplemented if either operand is not an int. Raises ZeroDivisionError
// ("integer division or modulo by zero", "division by zero"), ValueError
// "negative shift count", OverflowError for shifts too large.
Value bigint_binary_op(Vm& vm, BinaryOp op, Value a, Value b);
// pow(a, b, m) for ints (b may be negative: modular inverse, as Python 3.8+).
Value bigint_pow_mod(Vm& vm, Value a, Value b, Value m);
// divmod(a, b) as a 2-tuple.
Value bigint_divmod(Vm& vm, Value a, Value b);
// kNeg kPos kAbs kInvert kBool kHash kInt kIndex kFloat on an int.
Value bigint_unary(Vm& vm, UnarySlot op, Value v);

// -1, 0, 1.
int bigint_compare(Value a, Value b);
// Exact comparison of an int with a double: -1, 0, 1, or 2 if d is NaN.
int int_compare_double(Value a, double d);

// hash(v) for an int: CPython's algorithm (|v| reduced modulo P = 2**61-1 on
// a 64-bit build, 2**31-1 on a 32-bit one, sign applied, -1 -> -2), so it
// equals vm.h's hash_double(float(v)) whenever float(v) == v.
sword bigint_hash(Value v);

// --- text --------------------------------------------------------------------------
// Decimal text of an int (small or big) to `out`.
bool bigint_print(Vm& vm, Printer& out, Value v);
// Digits of |v| in `base` (2, 8, 10 or 16; lowercase) into a GC leaf buffer:
// returns the buffer (nullptr with MemoryError pending) and sets *len and
// *negative. Used by hex()/oct()/bin(), str() and the format mini-language.
char* int_digits(Vm& vm, Value v, int base, size_t* len, bool* negative);
// hex()/oct()/bin() text ("-0x1f"): a str.
Value int_to_base_str(Vm& vm, Value v, int base);
// Parses `text` as Python's int(text, base) does: optional whitespace and
// sign, a 0x/0o/0b prefix when base is 16/8/2 or 0, single underscores
// between digits. ValueError "invalid literal for int() with base 10: '...'".
// base 0 infers it from the prefix, as int('0x1f', 0).
Value int_parse_text(Vm& vm, std::string_view text, int base);

// --- int methods ----------------------------------------------------------------
// bit_length, bit_count, to_bytes, from_bytes (classmethod), conjugate,
// as_integer_ratio, real, imag, numerator, denominator: for int_type.locals.
extern const ConstMap int_locals;

}  // namespace mote
