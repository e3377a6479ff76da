// math_module.cc — the `math` module: CPython's math functions over C's libm.
//
// Error semantics are CPython's (Modules/mathmodule.c): a NaN result from non-NaN arguments is
// ValueError "math domain error"; an infinite result from finite arguments is OverflowError
// "math range error" for functions that can overflow (exp, cosh...) and a domain error for the
// others (atanh(1), log(0)). The IEEE special cases of pow/fmod/log are handled here rather
// than trusted to the platform's libm, so the host and newlib (the boards) agree. floor, ceil
// and trunc return ints. Integer functions (factorial, comb, gcd, isqrt...) are in
// math_integer.cc, the exactly rounded sums (fsum, hypot, dist) in math_sum.cc.
//
// Every one-argument function is an instance of one template over its libm function, so the
// module costs one small wrapper per name plus the flash table.
#include <cfloat>
#include <cmath>

#include "modules/math/math_internal.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/lib_util.h"

namespace mote {
namespace math {

Value domain_error(Vm& vm) { return raise(vm, &ValueError_type, "math domain error"); }
Value range_error(Vm& vm) { return raise(vm, &OverflowError_type, "math range error"); }

Value integer_arg(Vm& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true_literal());
  if (is_int(v)) return int_unwrap(v);
  return to_index(vm, v);
}

namespace {

// --- one-argument functions ---------------------------------------------------------------------

// f(x) with CPython's math_1 error rules.
template <double (*F)(double), bool kCanOverflow>
Value math1(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return kCanOverflow ? range_error(vm) : domain_error(vm);
  return float_new(vm, r);
}

double m_sqrt(double x) { return std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return std::log1p(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }

Value m_degrees(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  return float_new(vm, x * (180.0 / stdlib::kPi));
}

Value m_radians(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  return float_new(vm, x * (stdlib::kPi / 180.0));
}

// --- logarithms -----------------------------------------------------------------------------

// log_f(v) for a positive real or an int of any size (a big int is split as m * 2**e).
bool log_of(Vm& vm, Value v, double (*log_f)(double), double* out) {
  if (is_int(v) && is_bigint(int_unwrap(v))) {
    Value n = int_unwrap(v);
    if (bigint_compare(n, Value::small_int(0)) <= 0) return !domain_error(vm).is_null();
    double d = bigint_to_double(n);
    if (std::isfinite(d)) {
      *out = log_f(d);
      return true;
    }
    Value bits = call_method(vm, n, q(Q::bit_length), 0, nullptr);
    if (bits.is_null()) return false;
    sword e = bits.as_small_int() - 60;
    Value top = binary_op(vm, BinaryOp::RSHIFT, n, Value::small_int(e));
    if (top.is_null()) return false;
    int e2;  // n ~= m * 2**(e + e2) with m in [0.5, 1), as CPython's _PyLong_Frexp
    double m = std::frexp(bigint_to_double(top), &e2);
    *out = log_f(m) + log_f(2.0) * double(e + e2);
    return true;
  }
  double x;
  if (!real_arg(vm, v, &x)) return false;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) {
    *out = x;
    return true;
  }
  if (!(x > 0)) return !domain_error(vm).is_null();
  *out = log_f(x);
  return true;
}

double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value m_log(Vm& vm, size_t n, size_t, const Value* args) {
  double num, den;
  if (!log_of(vm, args[0], ln, &num)) return Value::null();
  if (n == 1) return float_new(vm, num);
  if (!log_of(vm, args[1], ln, &den)) return Value::null();
  if (den == 0) return raise(vm, &ZeroDivisionError_type, "float division by zero");
  return float_new(vm, num / den);
}

template <double (*F)(double)>
Value m_log_base(Vm& vm, size_t, size_t, const Value* args) {
  double r;
  return log_of(vm, args[0], F, &r) ? float_new(vm, r) : Value::null();
}

// --- two-argument functions -------------------------------------------------------------------

bool two_reals(Vm& vm, const Value* args, double* x, double* y) {
  return real_arg(vm, args[0], x) && real_arg(vm, args[1], y);
}

// r = f(x, y) checked as CPython's math_2.
Value checked2(Vm& vm, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
  return float_new(vm, r);
}

template <double (*F)(double, double)>
Value math2(Vm& vm, size_t, size_t, const Value* args) {
  double x, y;
  if (!two_reals(vm, args, &x, &y)) return Value::null();
  return checked2(vm, x, y, F(x, y));
}

double m_atan2(double x, double y) { return std::atan2(x, y); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_nextafter(double x, double y) { return std::nextafter(x, y); }
double m_remainder(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(x) || y == 0) return NAN;
  if (std::isinf(y)) return x;
  return std::remainder(x, y);
}

Value m_fmod(Vm& vm, size_t, size_t, const Value* args) {
  double x, y;
  if (!two_reals(vm, args, &x, &y)) return Value::null();
  if (std::isinf(y) && std::isfinite(x)) return float_new(vm, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return float_new(vm, r);
}

// pow with CPython's treatment of the IEEE special values.
Value m_pow(Vm& vm, size_t, size_t, const Value* args) {
  double x, y, r;
  if (!two_reals(vm, args, &x, &y)) return Value::null();
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      r = y > 0 ? (odd_y ? x : std::fabs(x)) : y == 0 ? 1.0 : (odd_y ? std::copysign(0.0, x) : 0.0);
    } else {  // y infinite
      double ax = std::fabs(x);
      r = ax == 1 ? 1.0 : (y > 0 && ax > 1) ? y : (y < 0 && ax < 1) ? -y : 0.0;
    }
    return float_new(vm, r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(vm);
  if (std::isinf(r)) return x == 0 ? domain_error(vm) : range_error(vm);
  return float_new(vm, r);
}

Value m_ldexp(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  if (!is_int(args[1])) return raise(vm, &TypeError_type, "Expected an int as second argument to ldexp.");
  Value e = int_unwrap(args[1]);
  sword exp;
  if (!bigint_to_sword(e, &exp)) exp = bigint_compare(e, Value::small_int(0)) < 0 ? -100000 : 100000;
  if (exp > 100000) exp = 100000;
  if (exp < -100000) exp = -100000;
  if (x == 0 || !std::isfinite(x)) return float_new(vm, x);
  double r = std::ldexp(x, int(exp));
  if (std::isinf(r)) return range_error(vm);
  return float_new(vm, r);
}

// --- decomposition and classification ------------------------------------------------------

Value pair(Vm& vm, Value a, Value b) {
  if (a.is_null() || b.is_null()) return Value::null();
  Value items[2] = {a, b};
  return tuple_new(vm, 2, items);
}

Value m_frexp(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  int e = 0;
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  return pair(vm, float_new(vm, m), Value::small_int(e));
}

Value m_modf(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  if (std::isinf(x)) return pair(vm, float_new(vm, std::copysign(0.0, x)), float_new(vm, x));
  double ip;
  double frac = std::modf(x, &ip);
  return pair(vm, float_new(vm, frac), float_new(vm, ip));
}

Value m_ulp(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  if (std::isnan(x) || std::isinf(x)) return float_new(vm, std::fabs(x));
  x = std::fabs(x);
  if (x == DBL_MAX) return float_new(vm, x - std::nextafter(x, -INFINITY));
  return float_new(vm, std::nextafter(x, INFINITY) - x);
}

template <bool (*P)(double)>
Value predicate(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!real_arg(vm, args[0], &x)) return Value::null();
  return Value::boolean(P(x));
}
bool p_isnan(double x) { return std::isnan(x); }
bool p_isinf(double x) { return std::isinf(x); }
bool p_isfinite(double x) { return std::isfinite(x); }

Value m_isclose(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::a, kArgRequired, Value::none()},
                                 {Q::b, kArgRequired, Value::none()},
                                 {Q::rel_tol, kArgKwOnly, Value::none()},
                                 {Q::abs_tol, kArgKwOnly, Value::none()}};
  Value a[4];
  if (!parse_args(vm, "isclose", n_pos, n_kw, args, spec, 4, a)) return Value::null();
  double x, y, rel = 1e-9, abs_tol = 0.0;
  if (!real_arg(vm, a[0], &x) || !real_arg(vm, a[1], &y)) return Value::null();
  if (!a[2].is_none() && !real_arg(vm, a[2], &rel)) return Value::null();
  if (!a[3].is_none() && !real_arg(vm, a[3], &abs_tol)) return Value::null();
  if (rel < 0 || abs_tol < 0) return raise(vm, &ValueError_type, "tolerances must be non-negative");
  if (x == y) return Value::true_();
  if (std::isinf(x) || std::isinf(y)) return Value::false_();
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// --- rounding to int -------------------------------------------------------------------------

// floor/ceil/trunc: ints are returned as they are; a class's __floor__/__ceil__/__trunc__ is
// called; other reals are converted to float first.
Value round_to_int(Vm& vm, Value v, uint32_t dunder, double (*f)(double)) {
  if (v.is_small_int()) return v;
  if (is_int(v)) return v.is_bool() ? Value::small_int(v.is_true_literal()) : int_unwrap(v);
  Value r = call_user_dunder(vm, v, dunder, 0, nullptr);
  if (!r.is_absent()) return r;
  double x;
  if (!real_arg(vm, v, &x)) return Value::null();
  return bigint_from_double(vm, f(x));
}

double r_floor(double x) { return std::floor(x); }
double r_ceil(double x) { return std::ceil(x); }
double r_trunc(double x) { return std::trunc(x); }

Value m_floor(Vm& vm, size_t, size_t, const Value* args) {
  return round_to_int(vm, args[0], Q::dunder_floor, r_floor);
}
Value m_ceil(Vm& vm, size_t, size_t, const Value* args) { return round_to_int(vm, args[0], Q::dunder_ceil, r_ceil); }
Value m_trunc(Vm& vm, size_t, size_t, const Value* args) {
  Value v = args[0];
  if (!is_int(v) && !isinstance(v, &float_type) && !(type_of(v)->flags & kTypeHeap)) {
    std::string_view tn = type_name(type_of(v));
    return raise(vm, &TypeError_type, "type %.*s doesn't define __trunc__ method", int(tn.size()), tn.data());
  }
  return round_to_int(vm, v, Q::dunder_trunc, r_trunc);
}

// --- the table ------------------------------------------------------------------------------

#define F1(name, fn, overflow) \
  constexpr NativeFunction name##_obj = native_fn(Q::name, math1<fn, overflow>, 1, 1);
F1(sqrt, m_sqrt, false)
F1(exp, m_exp, true)
F1(exp2, m_exp2, true)
F1(expm1, m_expm1, true)
F1(log1p, m_log1p, false)
F1(sin, m_sin, false)
F1(cos, m_cos, false)
F1(tan, m_tan, false)
F1(asin, m_asin, false)
F1(acos, m_acos, false)
F1(atan, m_atan, false)
F1(sinh, m_sinh, true)
F1(cosh, m_cosh, true)
F1(tanh, m_tanh, false)
F1(asinh, m_asinh, false)
F1(acosh, m_acosh, false)
F1(atanh, m_atanh, false)
F1(fabs, m_fabs, false)
F1(cbrt, m_cbrt, false)
F1(erf, m_erf, false)
F1(erfc, m_erfc, false)
#undef F1

constexpr NativeFunction log_obj = native_fn(Q::log, m_log, 1, 2);
constexpr NativeFunction log2_obj = native_fn(Q::log2, m_log_base<lg2>, 1, 1);
constexpr NativeFunction log10_obj = native_fn(Q::log10, m_log_base<lg10>, 1, 1);
constexpr NativeFunction degrees_obj = native_fn(Q::degrees, m_degrees, 1, 1);
constexpr NativeFunction radians_obj = native_fn(Q::radians, m_radians, 1, 1);
constexpr NativeFunction atan2_obj = native_fn(Q::atan2, math2<m_atan2>, 2, 2);
constexpr NativeFunction copysign_obj = native_fn(Q::copysign, math2<m_copysign>, 2, 2);
constexpr NativeFunction nextafter_obj = native_fn(Q::nextafter, math2<m_nextafter>, 2, 2);
constexpr NativeFunction remainder_obj = native_fn(Q::remainder, math2<m_remainder>, 2, 2);
constexpr NativeFunction fmod_obj = native_fn(Q::fmod, m_fmod, 2, 2);
constexpr NativeFunction pow_obj = native_fn(Q::pow, m_pow, 2, 2);
constexpr NativeFunction ldexp_obj = native_fn(Q::ldexp, m_ldexp, 2, 2);
constexpr NativeFunction frexp_obj = native_fn(Q::frexp, m_frexp, 1, 1);
constexpr NativeFunction modf_obj = native_fn(Q::modf, m_modf, 1, 1);
constexpr NativeFunction ulp_obj = native_fn(Q::ulp, m_ulp, 1, 1);
constexpr NativeFunction isnan_obj = native_fn(Q::isnan_, predicate<p_isnan>, 1, 1);
constexpr NativeFunction isinf_obj = native_fn(Q::isinf_, predicate<p_isinf>, 1, 1);
constexpr NativeFunction isfinite_obj = native_fn(Q::isfinite_, predicate<p_isfinite>, 1, 1);
constexpr NativeFunction isclose_obj = native_fn(Q::isclose, m_isclose, 0, 2, true);
constexpr NativeFunction floor_obj = native_fn(Q::floor, m_floor, 1, 1);
constexpr NativeFunction ceil_obj = native_fn(Q::ceil, m_ceil, 1, 1);
constexpr NativeFunction trunc_obj = native_fn(Q::trunc, m_trunc, 1, 1);

constexpr Float kPi = {&float_type, stdlib::kPi};
constexpr Float kE = {&float_type, stdlib::kE};
constexpr Float kTau = {&float_type, 2 * stdlib::kPi};
constexpr Float kInf = {&float_type, INFINITY};
constexpr Float kNan = {&float_type, NAN};

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
#define FN(name) ENTRY(name, name##_obj)
constexpr auto math_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::math)},
    ENTRY(pi, kPi), ENTRY(e, kE), ENTRY(tau, kTau), ENTRY(inf, kInf), ENTRY(nan, kNan),
    FN(sqrt), FN(exp), FN(exp2), FN(expm1), FN(log1p), FN(sin), FN(cos), FN(tan), FN(asin), FN(acos),
    FN(atan), FN(sinh), FN(cosh), FN(tanh), FN(asinh), FN(acosh), FN(atanh), FN(fabs), FN(cbrt),
    FN(erf), FN(erfc), FN(gamma), FN(lgamma),  // gamma, lgamma: math_gamma.cc
    FN(log), FN(log2), FN(log10), FN(degrees), FN(radians),
    FN(atan2), FN(copysign), FN(nextafter), FN(remainder), FN(fmod), FN(pow), FN(ldexp), FN(frexp),
    FN(modf), FN(ulp), ENTRY(isnan_, isnan_obj), ENTRY(isinf_, isinf_obj), ENTRY(isfinite_, isfinite_obj),
    FN(isclose), FN(floor), FN(ceil), FN(trunc),
    FN(factorial), FN(comb), FN(perm), FN(gcd), FN(lcm), FN(isqrt), FN(prod),  // math_integer.cc
    FN(fsum), FN(hypot), FN(dist),                                             // math_sum.cc
}));
#undef FN
#undef ENTRY

}  // namespace
}  // namespace math

constexpr ConstMap math_module_globals = {math::math_table.data(), math::math_table.size()};

}  // namespace mote
