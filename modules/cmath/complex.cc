// complex.cc — the complex type: CPython's arithmetic (including its division and integer
// power algorithms, so results agree bit for bit), repr, hashing and constructor.
//
// Operations with an int or a float convert it to complex first, as CPython. Ordering
// comparisons, //, % and divmod are unsupported (TypeError from the VM). A complex is one leaf
// GC block of two doubles.
//
// Imaginary literals (`2j`) are complex constants made by the compiler (complex_new), kept in
// .mpy files (tag 'j') and frozen modules (a constexpr ComplexObj).
#include "modules/cmath/complex.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#include "modules/common/module_util.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/lib_util.h"

namespace mote {

namespace {

ComplexObj* as_complex(Value v) { return v.as<ComplexObj>(); }
bool is_complex(Value v) { return v.is_object() && native_base(type_of(v)) == &complex_type; }

// --- CPython's algorithms (Objects/complexobject.c) ---------------------------------------------

Cplx c_sum(Cplx a, Cplx b) { return {a.re + b.re, a.im + b.im}; }
Cplx c_diff(Cplx a, Cplx b) { return {a.re - b.re, a.im - b.im}; }
Cplx c_prod(Cplx a, Cplx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm with CPython's scaling; *domain set on division by zero.
Cplx c_quot(Cplx a, Cplx b, bool* domain) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *domain = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

Cplx c_pow(Cplx a, Cplx b, bool* domain) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *domain = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Cplx c_powu(Cplx x, long n) {
  Cplx r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

Cplx c_powi(Cplx x, long n, bool* domain) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), domain);
}

Value power(Vm& vm, Cplx a, Cplx b) {
  bool domain = false;
  Cplx p = b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0 ? c_powi(a, long(b.re), &domain)
                                                                              : c_pow(a, b, &domain);
  if (domain) return raise(vm, &ZeroDivisionError_type, "0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) return raise(vm, &OverflowError_type, "complex exponentiation");
  return complex_new(vm, p.re, p.im);
}

// --- the slots --------------------------------------------------------------------------------

Value arith(Vm& vm, BinaryOp op, Cplx a, Cplx b) {
  bool domain = false;
  Cplx r;
  switch (op) {
    case BinaryOp::ADD: r = c_sum(a, b); break;
    case BinaryOp::SUB: r = c_diff(a, b); break;
    case BinaryOp::MUL: r = c_prod(a, b); break;
    case BinaryOp::TRUEDIV:
      r = c_quot(a, b, &domain);
      if (domain) return raise(vm, &ZeroDivisionError_type, "complex division by zero");
      break;
    case BinaryOp::POW: return power(vm, a, b);
    default: return Value::not_implemented();
  }
  return complex_new(vm, r.re, r.im);
}

Value complex_binary(Vm& vm, uint8_t op, Value self, Value other) {
  Cplx a = {as_complex(self)->real, as_complex(self)->imag}, b;
  bool is_number;
  if (!complex_of(vm, other, &b, &is_number)) return is_number ? Value::null() : Value::not_implemented();
  if (op == kBinaryEq || op == kBinaryNe) {
    bool eq = a.re == b.re && a.im == b.im;
    if (eq && is_int(other) && !other.is_small_int()) {  // exact comparison with a big int
      eq = int_compare_double(int_unwrap(other), a.re) == 0;
    }
    return Value::boolean(op == kBinaryEq ? eq : !eq);
  }
  if (op < uint8_t(BinaryOp::kCount)) {
    BinaryOp o = BinaryOp(op >= kInplaceOffset ? op - kInplaceOffset : op);
    return arith(vm, o, a, b);
  }
  if (op >= kReflectedBase) return arith(vm, BinaryOp(op - kReflectedBase), b, a);
  return Value::not_implemented();
}

Value complex_unary(Vm& vm, UnarySlot op, Value self) {
  ComplexObj* c = as_complex(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(c->real != 0.0 || c->imag != 0.0);
    case UnarySlot::kNeg: return complex_new(vm, -c->real, -c->imag);
    case UnarySlot::kPos: return complex_new(vm, c->real, c->imag);
    case UnarySlot::kAbs: {
      if (std::isinf(c->real) || std::isinf(c->imag)) return float_new(vm, INFINITY);
      double r = std::hypot(c->real, c->imag);
      if (std::isinf(r)) return raise(vm, &OverflowError_type, "absolute value too large");
      return float_new(vm, r);
    }
    case UnarySlot::kHash: {
      word h = word(hash_double(c->real)) + word(1000003) * word(hash_double(c->imag));
      if (h == word(-1)) h = word(-2);
      return int_from_sword(vm, sword(h));
    }
    default: return Value::absent();
  }
}

// One part as CPython's repr writes it: the shortest round-trip digits, without a ".0".
bool print_part(Printer& out, double v) {
  char buf[40];
  size_t n = format_float_repr(v, buf, sizeof buf);
  if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
  return out.write(out, buf, n);
}

bool complex_print(Vm& vm, Printer& out, Value self, PrintKind) {
  ComplexObj* c = as_complex(self);
  if (c->real == 0.0 && !std::signbit(c->real)) return print_part(out, c->imag) && print_str(out, "j");
  if (!print_str(out, "(") || !print_part(out, c->real)) return false;
  // A NaN prints without its sign, so it always takes the "+" (CPython: "(inf+nanj)").
  if (!(c->imag < 0 || (c->imag == 0 && std::signbit(c->imag)))) {
    if (!print_str(out, "+")) return false;
  }
  return print_part(out, c->imag) && print_str(out, "j)");
}

// --- construction -------------------------------------------------------------------------------

// The end of a float literal starting at p (digits, '.', exponent, inf/nan), or p if none.
const char* scan_float(const char* p, const char* end) {
  const char* s = p;
  if (s < end && (*s == '+' || *s == '-')) ++s;
  for (const char* word : {"infinity", "inf", "nan"}) {
    size_t n = strlen(word);
    if (size_t(end - s) >= n) {
      bool same = true;
      for (size_t i = 0; i < n && same; ++i) same = (s[i] | 0x20) == word[i];
      if (same) return s + n;
    }
  }
  const char* digits = s;
  while (s < end && ((*s >= '0' && *s <= '9') || *s == '_' || *s == '.')) ++s;
  if (s == digits) return p;
  if (s < end && (*s == 'e' || *s == 'E')) {
    const char* e = s + 1;
    if (e < end && (*e == '+' || *e == '-')) ++e;
    const char* ed = e;
    while (e < end && *e >= '0' && *e <= '9') ++e;
    if (e > ed) s = e;
  }
  return s;
}

bool parse_part(const char* p, const char* end, double* out) {
  return parse_float(std::string_view(p, size_t(end - p)), true, out);
}

// complex("1+2j") as CPython's parser: whitespace, optional parentheses, then real[±imag j],
// imag j, or a bare ±j.
bool parse_complex(StrView text, Cplx* out) {
  const char* p = text.data;
  const char* end = p + text.len;
  auto skip_ws = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')) ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) --end;
  };
  skip_ws();
  if (p < end && *p == '(') {
    if (end[-1] != ')') return false;
    ++p, --end;
    skip_ws();
  }
  if (p == end) return false;
  *out = {0.0, 0.0};
  const char* f = scan_float(p, end);
  if (f == p) {  // "j", "+j", "-j"
    if ((*p == '+' || *p == '-') && p + 1 < end) {
      if (p + 2 != end || (p[1] | 0x20) != 'j') return false;
      out->im = *p == '-' ? -1.0 : 1.0;
      return true;
    }
    if (p + 1 == end && (*p | 0x20) == 'j') {
      out->im = 1.0;
      return true;
    }
    return false;
  }
  double x;
  if (!parse_part(p, f, &x)) return false;
  if (f == end) {
    out->re = x;
    return true;
  }
  if ((*f | 0x20) == 'j' && f + 1 == end) {
    out->im = x;
    return true;
  }
  if (*f != '+' && *f != '-') return false;
  out->re = x;
  const char* g = scan_float(f, end);
  if (g == f) {  // "1+j"
    if (f + 2 != end || (f[1] | 0x20) != 'j') return false;
    out->im = *f == '-' ? -1.0 : 1.0;
    return true;
  }
  if (g + 1 != end || (*g | 0x20) != 'j') return false;
  return parse_part(f, g, &out->im);
}

// A number argument of complex(): a complex, a real, or an object with __complex__.
bool number_arg(Vm& vm, Value v, Cplx* out, const char* which) {
  Value c = call_user_dunder(vm, v, Q::dunder_complex, 0, nullptr);
  if (c.is_null()) return false;
  if (!c.is_absent() && !is_complex(c)) {
    std::string_view tn = type_name(type_of(c));
    raise(vm, &TypeError_type, "__complex__ returned non-complex (type %.*s)", int(tn.size()), tn.data());
    return false;
  }
  if (!c.is_absent()) v = c;
  bool is_number;
  if (complex_of(vm, v, out, &is_number)) return true;
  if (!is_number) {
    std::string_view tn = type_name(type_of(v));
    raise(vm, &TypeError_type, "complex() %s argument must be a string or a number, not '%.*s'", which,
          int(tn.size()), tn.data());
  }
  return false;
}

Value complex_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::real, 0, Value::absent()}, {Q::imag, 0, Value::absent()}};
  Value a[2];
  if (!parse_args(vm, "complex", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  // As CPython's complex_new: a part that is itself complex contributes its imaginary part
  // crosswise; a real part contributes nothing to the other (keeping the sign of a -0.0).
  Cplx r{0.0, 0.0}, i{0.0, 0.0};
  if (!a[0].is_absent()) {
    if (is_str(a[0])) {
      if (!a[1].is_absent()) return raise(vm, &TypeError_type, "complex() can't take second arg if first is a string");
      if (!parse_complex(str_view(a[0]), &r)) return raise(vm, &ValueError_type, "complex() arg is a malformed string");
      return complex_new(vm, r.re, r.im);
    }
    if (is_complex(a[0]) && a[1].is_absent() && t == &complex_type) return a[0];
    if (!number_arg(vm, a[0], &r, "first")) return Value::null();
  }
  if (!a[1].is_absent()) {
    if (is_str(a[1])) return raise(vm, &TypeError_type, "complex() second arg can't be a string");
    if (!number_arg(vm, a[1], &i, "second")) return Value::null();
  }
  bool r_complex = is_complex(a[0]), i_complex = is_complex(a[1]);
  double re = i_complex ? r.re - i.im : r.re;
  double im = a[1].is_absent() ? r.im : r_complex ? i.re + r.im : i.re;
  return complex_new(vm, re, im);
}

// --- methods and attributes -------------------------------------------------------------------

Value m_conjugate(Vm& vm, size_t, size_t, const Value* args) {
  ComplexObj* c = as_complex(args[0]);
  return complex_new(vm, c->real, -c->imag);
}
Value g_real(Vm& vm, size_t, size_t, const Value* args) { return float_new(vm, as_complex(args[0])->real); }
Value g_imag(Vm& vm, size_t, size_t, const Value* args) { return float_new(vm, as_complex(args[0])->imag); }
Value m_complex(Vm& vm, size_t, size_t, const Value* args) {
  ComplexObj* c = as_complex(args[0]);
  return complex_new(vm, c->real, c->imag);
}

constexpr NativeFunction conjugate_obj = native_fn(Q::conjugate, m_conjugate, 1, 1);
constexpr NativeFunction complex_obj = native_fn(Q::dunder_complex, m_complex, 1, 1);
constexpr NativeFunction real_get = native_fn(Q::real, g_real, 1, 1);
constexpr NativeFunction imag_get = native_fn(Q::imag, g_imag, 1, 1);
constexpr Property real_prop = {&property_type, Value::object(&real_get), Value::none(), Value::none(), Value::none()};
constexpr Property imag_prop = {&property_type, Value::object(&imag_get), Value::none(), Value::none(), Value::none()};

constexpr auto complex_locals_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::conjugate), Value::object(&conjugate_obj)},
    {q(Q::dunder_complex), Value::object(&complex_obj)},
    {q(Q::real), Value::object(&real_prop)},
    {q(Q::imag), Value::object(&imag_prop)},
}));
constexpr ConstMap complex_locals = {complex_locals_table.data(), complex_locals_table.size()};

}  // namespace

constexpr Type complex_type = {
    .type = &type_type, .name = Q::complex_, .flags = 0, .instance_size = sizeof(ComplexObj),
    .base = &object_type, .make_new = complex_make_new, .print = complex_print, .unary = complex_unary,
    .binary = complex_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &complex_locals};

Value complex_new(Vm& vm, double re, double im) {
  auto* c = static_cast<ComplexObj*>(gc_alloc(vm, sizeof(ComplexObj), true));
  if (c == nullptr) return Value::null();
  *c = ComplexObj{&complex_type, re, im};
  return Value::object(c);
}

bool complex_of(Vm& vm, Value v, Cplx* out, bool* is_number) {
  *is_number = true;
  if (is_complex(v)) {
    *out = {as_complex(v)->real, as_complex(v)->imag};
    return true;
  }
  if (is_int(v) || isinstance(v, &float_type)) {
    out->im = 0.0;
    return to_double(vm, v, &out->re);
  }
  *is_number = false;
  return false;
}

}  // namespace mote
