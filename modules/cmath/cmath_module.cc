// cmath_module.cc — the `cmath` module: complex versions of the math functions, over the C
// library's complex functions (std::complex), with CPython's error rules: a NaN from a
// non-NaN argument, or an infinity from a finite one in a function that has a singularity
// there (log(0), atanh(1)), is ValueError "math domain error"; an infinity from a finite
// argument in exp/cosh/sinh is OverflowError "math range error".
//
// CPython implements each function itself with special-value tables; here the platform's
// libm (glibc on the host, newlib on a board) decides the results for infinite and NaN
// arguments and the last bit of some finite ones (docs/modules.md).
#include <cmath>
#include <complex>

#include "modules/cmath/complex.h"
#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/lib_util.h"

namespace mote {

namespace {

using C = std::complex<double>;

bool arg(Vm& vm, Value v, C* out) {
  Value c = call_user_dunder(vm, v, Q::dunder_complex, 0, nullptr);
  if (c.is_null()) return false;
  if (!c.is_absent() && !(c.is_object() && native_base(type_of(c)) == &complex_type)) {
    std::string_view tn = type_name(type_of(c));
    raise(vm, &TypeError_type, "__complex__ returned non-complex (type %.*s)", int(tn.size()), tn.data());
    return false;
  }
  if (!c.is_absent()) v = c;
  Cplx z;
  bool is_number;
  if (complex_of(vm, v, &z, &is_number)) {
    *out = C(z.re, z.im);
    return true;
  }
  if (is_number) return false;
  double d;  // __float__ / __index__, or TypeError "must be real number, not str"
  if (!to_double(vm, v, &d)) return false;
  *out = C(d, 0.0);
  return true;
}

bool finite(C z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }
bool has_nan(C z) { return std::isnan(z.real()) || std::isnan(z.imag()); }
bool has_inf(C z) { return std::isinf(z.real()) || std::isinf(z.imag()); }

Value domain_error(Vm& vm) { return raise(vm, &ValueError_type, "math domain error"); }

Value result(Vm& vm, C in, C r, bool overflow) {
  if (has_nan(r) && !has_nan(in)) return domain_error(vm);
  if (has_inf(r) && finite(in)) {
    return overflow ? raise(vm, &OverflowError_type, "math range error") : domain_error(vm);
  }
  return complex_new(vm, r.real(), r.imag());
}

template <C (*F)(C), bool kOverflow>
Value cmath1(Vm& vm, size_t, size_t, const Value* args) {
  C z;
  if (!arg(vm, args[0], &z)) return Value::null();
  return result(vm, z, F(z), kOverflow);
}

C f_sqrt(C z) { return std::sqrt(z); }
C f_exp(C z) { return std::exp(z); }
C f_log10(C z) {
  C l = std::log(z);
  return C(l.real() / stdlib::kLn10, l.imag() / stdlib::kLn10);
}
C f_sin(C z) { return std::sin(z); }
C f_cos(C z) { return std::cos(z); }
C f_tan(C z) { return std::tan(z); }
C f_asin(C z) { return std::asin(z); }
C f_acos(C z) { return std::acos(z); }
C f_atan(C z) { return std::atan(z); }
C f_sinh(C z) { return std::sinh(z); }
C f_cosh(C z) { return std::cosh(z); }
C f_tanh(C z) { return std::tanh(z); }
C f_asinh(C z) { return std::asinh(z); }
C f_acosh(C z) { return std::acosh(z); }
C f_atanh(C z) { return std::atanh(z); }

Value c_log(Vm& vm, size_t n, size_t, const Value* args) {
  C z;
  if (!arg(vm, args[0], &z)) return Value::null();
  C r = std::log(z);
  if (n > 1) {
    C b;
    if (!arg(vm, args[1], &b)) return Value::null();
    C lb = std::log(b);
    if (has_inf(lb) && finite(b)) return domain_error(vm);
    if (lb == C(0.0, 0.0)) return domain_error(vm);  // log(z, 1): CPython's division sets EDOM
    if (has_inf(r) && finite(z)) return domain_error(vm);
    r /= lb;
  }
  return result(vm, z, r, false);
}

Value c_phase(Vm& vm, size_t, size_t, const Value* args) {
  C z;
  if (!arg(vm, args[0], &z)) return Value::null();
  return float_new(vm, std::atan2(z.imag(), z.real()));
}

Value c_polar(Vm& vm, size_t, size_t, const Value* args) {
  C z;
  if (!arg(vm, args[0], &z)) return Value::null();
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && finite(z)) return raise(vm, &OverflowError_type, "math range error");
  Value items[2] = {float_new(vm, r), float_new(vm, std::atan2(z.imag(), z.real()))};
  if (items[0].is_null() || items[1].is_null()) return Value::null();
  return tuple_new(vm, 2, items);
}

Value c_rect(Vm& vm, size_t, size_t, const Value* args) {
  double r, phi;
  if (!to_double(vm, args[0], &r) || !to_double(vm, args[1], &phi)) return Value::null();
  if (phi == 0.0) {  // r * phi, but a zero for an infinite r and +0 for a NaN (CPython's table)
    double im = std::isnan(r) ? 0.0 : std::isinf(r) ? std::copysign(0.0, std::signbit(r) ? -phi : phi) : r * phi;
    return complex_new(vm, r, im);
  }
  if (r == 0.0 && !std::isfinite(phi)) return complex_new(vm, 0.0, 0.0);  // CPython: 0j, no domain error
  C z(r * std::cos(phi), r * std::sin(phi));
  if (has_nan(z) && !std::isnan(r) && !std::isnan(phi)) return domain_error(vm);
  return complex_new(vm, z.real(), z.imag());
}

template <bool (*P)(C)>
Value predicate(Vm& vm, size_t, size_t, const Value* args) {
  C z;
  if (!arg(vm, args[0], &z)) return Value::null();
  return Value::boolean(P(z));
}
bool p_isnan(C z) { return has_nan(z); }
bool p_isinf(C z) { return has_inf(z); }
bool p_isfinite(C z) { return finite(z); }

Value c_isclose(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::a, kArgRequired, Value::none()},
                                 {Q::b, kArgRequired, Value::none()},
                                 {Q::rel_tol, kArgKwOnly, Value::none()},
                                 {Q::abs_tol, kArgKwOnly, Value::none()}};
  Value a[4];
  if (!parse_args(vm, "isclose", n_pos, n_kw, args, spec, 4, a)) return Value::null();
  C x, y;
  double rel = 1e-9, abs_tol = 0.0;
  if (!arg(vm, a[0], &x) || !arg(vm, a[1], &y)) return Value::null();
  if (!a[2].is_none() && !to_double(vm, a[2], &rel)) return Value::null();
  if (!a[3].is_none() && !to_double(vm, a[3], &abs_tol)) return Value::null();
  if (rel < 0 || abs_tol < 0) return raise(vm, &ValueError_type, "tolerances must be non-negative");
  if (x == y) return Value::true_();
  if (has_inf(x) || has_inf(y)) return Value::false_();
  double diff = std::abs(y - x);
  return Value::boolean(diff <= rel * std::abs(y) || diff <= rel * std::abs(x) || diff <= abs_tol);
}

#define F1(name, fn, overflow) constexpr NativeFunction name##_obj = native_fn(Q::name, cmath1<fn, overflow>, 1, 1);
F1(sqrt, f_sqrt, false)
F1(exp, f_exp, true)
F1(log10, f_log10, false)
F1(sin, f_sin, true)
F1(cos, f_cos, true)
F1(tan, f_tan, false)
F1(asin, f_asin, false)
F1(acos, f_acos, false)
F1(atan, f_atan, false)
F1(sinh, f_sinh, true)
F1(cosh, f_cosh, true)
F1(tanh, f_tanh, false)
F1(asinh, f_asinh, false)
F1(acosh, f_acosh, false)
F1(atanh, f_atanh, false)
#undef F1

constexpr NativeFunction log_obj = native_fn(Q::log, c_log, 1, 2);
constexpr NativeFunction phase_obj = native_fn(Q::phase, c_phase, 1, 1);
constexpr NativeFunction polar_obj = native_fn(Q::polar, c_polar, 1, 1);
constexpr NativeFunction rect_obj = native_fn(Q::rect, c_rect, 2, 2);
constexpr NativeFunction isnan_obj = native_fn(Q::isnan_, predicate<p_isnan>, 1, 1);
constexpr NativeFunction isinf_obj = native_fn(Q::isinf_, predicate<p_isinf>, 1, 1);
constexpr NativeFunction isfinite_obj = native_fn(Q::isfinite_, predicate<p_isfinite>, 1, 1);
constexpr NativeFunction isclose_obj = native_fn(Q::isclose, c_isclose, 0, 2, true);

constexpr Float kPi = {&float_type, stdlib::kPi};
constexpr Float kE = {&float_type, stdlib::kE};
constexpr Float kTau = {&float_type, 2 * stdlib::kPi};
constexpr Float kInf = {&float_type, INFINITY};
constexpr Float kNan = {&float_type, NAN};
constexpr ComplexObj kInfj = {&complex_type, 0.0, INFINITY};
constexpr ComplexObj kNanj = {&complex_type, 0.0, NAN};

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
#define FN(name) ENTRY(name, name##_obj)
constexpr auto cmath_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::cmath)},
    ENTRY(pi, kPi), ENTRY(e, kE), ENTRY(tau, kTau), ENTRY(inf, kInf), ENTRY(nan, kNan), ENTRY(infj, kInfj),
    ENTRY(nanj, kNanj),
    FN(sqrt), FN(exp), FN(log), FN(log10), FN(sin), FN(cos), FN(tan), FN(asin), FN(acos), FN(atan), FN(sinh),
    FN(cosh), FN(tanh), FN(asinh), FN(acosh), FN(atanh), FN(phase), FN(polar), FN(rect), FN(isclose),
    ENTRY(isnan_, isnan_obj), ENTRY(isinf_, isinf_obj), ENTRY(isfinite_, isfinite_obj),
}));
#undef FN
#undef ENTRY

}  // namespace

constexpr ConstMap cmath_module_globals = {cmath_table.data(), cmath_table.size()};

}  // namespace mote
