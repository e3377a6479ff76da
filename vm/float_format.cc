// float_format.cc — float <-> text (design: float_format.h).
//
// All layouts go through one digit form: `n` correctly rounded significant
// digits and `decpt`, the position of the decimal point (|v| = 0.d1d2... *
// 10**decpt). layout_g() turns that into CPython's text for repr and the
// 'g'/none types; 'e' and 'f' are C's own %e/%f, which CPython matches.
#include "vm/float_format.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/vm.h"

namespace mote {

namespace {

// %.{count-1}e of |v| (finite, nonzero) into `tmp` (count + 16 bytes); the
// digits are moved to the front of tmp (no dot) and decpt is returned.
int sig_digits(double v, int count, char* tmp) {
  int n = snprintf(tmp, size_t(count) + 16, "%.*e", count - 1, fabs(v));
  char* e = strchr(tmp, 'e');
  int exp10 = atoi(e + 1);
  size_t k = 1;
  for (const char* p = tmp + 2; p < e && count > 1; ++p) tmp[k++] = *p;
  (void)n;
  tmp[k] = '\0';
  return exp10 + 1;
}

bool round_trips(double v, int count) {
  char buf[40];
  snprintf(buf, sizeof(buf), "%.*e", count - 1, v);
  return strtod(buf, nullptr) == v;
}

// The shortest digits that round-trip (binary search on the count).
int shortest_digits(double v, char* tmp /* 40 bytes */, int* n_out) {
  v = fabs(v);
  int lo = 1, hi = 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (round_trips(v, mid)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  int decpt = sig_digits(v, lo, tmp);
  int n = lo;
  while (n > 1 && tmp[n - 1] == '0') --n;
  *n_out = n;
  return decpt;
}

struct Layout {
  const char* digits;
  int n;           // number of digits
  int decpt;
  bool use_exp;
  bool add_dot_0;  // positional integer -> "x.0"
  bool alt;        // '#': keep the point
  char exp_char;   // 'e' or 'E'
};

// Size bound for layout_g's output.
size_t layout_size(const Layout& l) {
  size_t d = size_t(l.decpt < 0 ? -l.decpt : l.decpt);
  return size_t(l.n) + d + 16;
}

// Lays digits out as positional or exponent text; returns the length.
size_t layout_g(const Layout& l, char* out) {
  size_t k = 0;
  if (l.use_exp) {
    out[k++] = l.digits[0];
    if (l.n > 1 || l.alt) out[k++] = '.';
    for (int i = 1; i < l.n; ++i) out[k++] = l.digits[i];
    k += size_t(snprintf(out + k, 16, "%c%+03d", l.exp_char, l.decpt - 1));
    return k;
  }
  if (l.decpt <= 0) {
    out[k++] = '0';
    out[k++] = '.';
    for (int i = 0; i < -l.decpt; ++i) out[k++] = '0';
    for (int i = 0; i < l.n; ++i) out[k++] = l.digits[i];
    return k;
  }
  for (int i = 0; i < l.decpt; ++i) out[k++] = i < l.n ? l.digits[i] : '0';
  if (l.n > l.decpt) {
    out[k++] = '.';
    for (int i = l.decpt; i < l.n; ++i) out[k++] = l.digits[i];
  } else if (l.add_dot_0) {
    out[k++] = '.';
    out[k++] = '0';
  } else if (l.alt) {
    out[k++] = '.';
  }
  return k;
}

char* alloc_text(Vm& vm, size_t n) { return static_cast<char*>(gc_alloc(vm, n + 1, true)); }

char* special_text(Vm& vm, double v, bool upper, bool percent, size_t* len) {
  const char* t = std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
  char* out = alloc_text(vm, 4);
  if (out == nullptr) return nullptr;
  memcpy(out, t, 3);
  if (percent) out[3] = '%';
  *len = percent ? 4 : 3;
  return out;
}

// C's %e / %f of |v| (CPython's 'e' and 'f' produce the same text).
char* format_c(Vm& vm, double v, char type, int precision, bool alt, size_t* len) {
  char fmt[8] = "%.*";
  size_t k = 3;
  if (alt) fmt[1] = '#', fmt[2] = '.', fmt[3] = '*', k = 4;
  fmt[k++] = type;
  fmt[k] = '\0';
  char small[64];
  int n = snprintf(small, sizeof(small), fmt, precision, fabs(v));
  char* out = alloc_text(vm, size_t(n) + 1);
  if (out == nullptr) return nullptr;
  if (size_t(n) < sizeof(small)) {
    memcpy(out, small, size_t(n) + 1);
  } else {
    snprintf(out, size_t(n) + 1, fmt, precision, fabs(v));
  }
  *len = size_t(n);
  return out;
}

// 'g', 'n' and the none type with a precision.
char* format_general(Vm& vm, double v, char type, int precision, bool alt, size_t* len) {
  int p = precision < 0 ? 6 : (precision == 0 ? 1 : precision);
  bool none_type = type == '\0';
  char small[64];
  char* tmp = size_t(p) + 16 <= sizeof(small) ? small : alloc_text(vm, size_t(p) + 16);
  if (tmp == nullptr) return nullptr;
  int n = p;
  int decpt = 1;
  if (v == 0) {
    memset(tmp, '0', size_t(p));
  } else {
    decpt = sig_digits(v, p, tmp);
  }
  if (!alt) {
    while (n > 1 && tmp[n - 1] == '0') --n;
  }
  Layout l{tmp, n, decpt, false, none_type, alt, type == 'G' ? 'E' : 'e'};
  l.use_exp = decpt <= -4 || decpt > (none_type ? p - 1 : p);
  if (alt && !l.use_exp && decpt > 0 && n < decpt) l.n = n;  // digits before the point are padded anyway
  char* out = alloc_text(vm, layout_size(l));
  if (out == nullptr) return nullptr;
  *len = layout_g(l, out);
  return out;
}

// The none type without a precision: repr's digits and layout ('#' keeps
// the point in exponent form: '1.e+16').
char* format_repr_type(Vm& vm, double v, bool alt, size_t* len) {
  char* out = alloc_text(vm, 32);
  if (out == nullptr) return nullptr;
  if (v == 0) {
    memcpy(out, "0.0", 3);
    *len = 3;
    return out;
  }
  char tmp[40];
  int n;
  int decpt = shortest_digits(v, tmp, &n);
  Layout l{tmp, n, decpt, decpt <= -4 || decpt > 16, true, alt, 'e'};
  *len = layout_g(l, out);
  return out;
}

}  // namespace

size_t format_float_repr(double v, char* buf, size_t cap) {
  if (std::isnan(v)) return size_t(snprintf(buf, cap, "nan"));
  if (std::isinf(v)) return size_t(snprintf(buf, cap, v < 0 ? "-inf" : "inf"));
  size_t k = 0;
  if (std::signbit(v)) buf[k++] = '-';
  if (v == 0) return k + size_t(snprintf(buf + k, cap - k, "0.0"));
  char tmp[40];
  int n;
  int decpt = shortest_digits(v, tmp, &n);
  Layout l{tmp, n, decpt, decpt <= -4 || decpt > 16, true, false, 'e'};
  k += layout_g(l, buf + k);
  buf[k] = '\0';
  return k;
}

char* format_float_abs(Vm& vm, double v, char type, int precision, bool alternate, size_t* len) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!std::isfinite(v)) return special_text(vm, v, upper, type == '%', len);
  switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
      return format_c(vm, v, type, precision < 0 ? 6 : precision, alternate, len);
    case '%': {
      char* out = format_c(vm, v * 100, 'f', precision < 0 ? 6 : precision, alternate, len);
      if (out != nullptr) out[(*len)++] = '%';
      return out;
    }
    case 'r':
      return format_repr_type(vm, v, alternate, len);
    default:  // g G n and the none type
      return format_general(vm, v, type == 'n' ? 'g' : type, precision, alternate, len);
  }
}

// --- parsing ------------------------------------------------------------------------------

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f'); }

bool equals_nocase(std::string_view s, const char* word) {
  size_t n = strlen(word);
  if (s.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if ((s[i] | 0x20) != word[i]) return false;
  }
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A decimal float reduced to what strtod needs: at most kMaxSig significant
// digits (a trailing '1' stands for any nonzero digits dropped, which is
// enough to round correctly: no double needs more than 767 digits to decide)
// and a decimal exponent.
constexpr size_t kMaxSig = 780;

struct Decimal {
  char digits[kMaxSig + 2];
  size_t n = 0;          // significant digits kept
  bool sticky = false;   // a nonzero digit was dropped
  long point = 0;        // value = 0.digits * 10**point
  bool seen_nonzero = false;

  void add(char c, bool before_point) {
    if (!seen_nonzero && c == '0') {
      if (!before_point) --point;  // leading zeros after the point shift it
      return;
    }
    seen_nonzero = true;
    if (before_point) ++point;
    if (n < kMaxSig) {
      digits[n++] = c;
    } else if (c != '0') {
      sticky = true;
    }
  }
};

// digitpart: digit (["_"] digit)*, fed to d. False if malformed.
bool scan_part(std::string_view s, size_t* i, bool underscores, bool before_point, Decimal* d) {
  size_t start = *i;
  while (*i < s.size()) {
    char c = s[*i];
    if (is_digit(c)) {
      d->add(c, before_point);
      ++*i;
    } else if (c == '_' && underscores && *i > start && *i + 1 < s.size() && is_digit(s[*i + 1])) {
      ++*i;
    } else {
      break;
    }
  }
  return *i > start;
}

bool scan_exponent(std::string_view s, size_t* i, bool underscores, long* exp) {
  bool neg = false;
  if (*i < s.size() && (s[*i] == '+' || s[*i] == '-')) neg = s[(*i)++] == '-';
  size_t start = *i;
  long v = 0;
  while (*i < s.size()) {
    char c = s[*i];
    if (is_digit(c)) {
      v = v > 100000000 ? v : v * 10 + (c - '0');
      ++*i;
    } else if (c == '_' && underscores && *i > start && *i + 1 < s.size() && is_digit(s[*i + 1])) {
      ++*i;
    } else {
      break;
    }
  }
  *exp = neg ? -v : v;
  return *i > start;
}

// [sign] (digits ["." [digits]] | "." digits) [e [sign] digits], whole text.
bool scan_decimal(std::string_view s, bool underscores, Decimal* d, long* exp) {
  size_t i = 0;
  bool whole = i < s.size() && is_digit(s[i]) && scan_part(s, &i, underscores, true, d);
  bool frac = false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    frac = i < s.size() && is_digit(s[i]) && scan_part(s, &i, underscores, false, d);
  }
  if (!whole && !frac) return false;
  *exp = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (!scan_exponent(s, &i, underscores, exp)) return false;
  }
  return i == s.size();
}

}  // namespace

bool parse_float(std::string_view text, bool allow_underscores, double* out) {
  size_t a = 0, b = text.size();
  while (a < b && is_space(text[a])) ++a;
  while (b > a && is_space(text[b - 1])) --b;
  std::string_view body = text.substr(a, b - a);
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) neg = body[0] == '-', body.remove_prefix(1);
  if (equals_nocase(body, "inf") || equals_nocase(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_nocase(body, "nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  Decimal d;
  long exp;
  if (!scan_decimal(body, allow_underscores, &d, &exp)) return false;
  if (d.n == 0) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  if (d.sticky) d.digits[d.n++] = '1';
  char buf[kMaxSig + 40];
  int k = snprintf(buf, sizeof(buf), "%s0.", neg ? "-" : "");
  memcpy(buf + k, d.digits, d.n);
  snprintf(buf + k + d.n, sizeof(buf) - size_t(k) - d.n, "e%ld", d.point + exp);
  *out = strtod(buf, nullptr);
  return true;
}

Value float_from_text(Vm& vm, std::string_view text) {
  double d;
  if (parse_float(text, true, &d)) return float_new(vm, d);
  Value s = str_new(vm, text);
  Value rs = s.is_null() ? s : repr(vm, s);
  if (rs.is_null()) return rs;
  StrView v = str_view(rs);
  return raise(vm, &ValueError_type, "could not convert string to float: %.*s", int(v.len), v.data);
}

// --- round(x, n) ------------------------------------------------------------------------------

namespace {

bool rounded_overflow(Vm& vm, double r, double* out) {
  if (std::isinf(r)) {
    raise(vm, &OverflowError_type, "rounded value too large to represent");
    return false;
  }
  *out = r;
  return true;
}

// |x| < 10**-n <= 10 * |x|: the result is 0 or 10**-n; only the exact
// decimal expansion decides (a tie rounds to the even 0).
bool round_to_leading(Vm& vm, double x, sword n, double* out) {
  char tmp[48];
  snprintf(tmp, sizeof(tmp), "%.20e", fabs(x));
  bool up = tmp[0] > '5';
  for (const char* p = tmp + 2; tmp[0] == '5' && *p != 'e' && !up; ++p) up = *p != '0';
  if (!up) {
    *out = copysign(0.0, x);
    return true;
  }
  snprintf(tmp, sizeof(tmp), "1e%ld", long(-n));
  return rounded_overflow(vm, copysign(strtod(tmp, nullptr), x), out);
}

}  // namespace

bool float_round_digits(Vm& vm, double x, sword ndigits, double* out) {
  *out = x;
  if (!std::isfinite(x) || x == 0) return true;
  if (ndigits > 400) return true;
  if (ndigits < -400) ndigits = -400;
  char tmp[48];
  snprintf(tmp, sizeof(tmp), "%.16e", fabs(x));
  sword exp10 = atoi(strchr(tmp, 'e') + 1);
  sword sig = exp10 + ndigits + 1;  // significant digits kept
  if (sig > 17) return true;        // 17 digits always round-trip: x itself
  if (sig < 0) {
    *out = copysign(0.0, x);
    return true;
  }
  if (sig == 0) return round_to_leading(vm, x, ndigits, out);
  snprintf(tmp, sizeof(tmp), "%.*e", int(sig - 1), x);
  return rounded_overflow(vm, strtod(tmp, nullptr), out);
}

// --- float methods -----------------------------------------------------------------------------

namespace {

bool self_float(Vm& vm, Value self, const char* method, double* out) {
  if (isinstance(self, &float_type)) {
    *out = float_value(self);
    return true;
  }
  raise(vm, &TypeError_type, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object", method,
        type_name(type_of(self)).data());
  return false;
}

Value float_is_integer(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "is_integer", &x)) return Value::null();
  return Value::boolean(std::isfinite(x) && floor(x) == x);
}

Value float_as_integer_ratio(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "as_integer_ratio", &x)) return Value::null();
  if (std::isinf(x)) return raise(vm, &OverflowError_type, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise(vm, &ValueError_type, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(x, &e);
  for (int i = 0; i < 300 && m != floor(m); ++i) {
    m *= 2;
    --e;
  }
  Value pair[2] = {bigint_from_double(vm, m), Value::small_int(1)};
  if (pair[0].is_null()) return Value::null();
  Value shift = Value::small_int(e < 0 ? -e : e);
  Value& target = e < 0 ? pair[1] : pair[0];
  target = bigint_binary_op(vm, BinaryOp::LSHIFT, target, shift);
  if (target.is_null()) return target;
  return tuple_new(vm, 2, pair);
}

Value float_hex(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "hex", &x)) return Value::null();
  char buf[40];
  if (!std::isfinite(x)) {
    size_t n = format_float_repr(x, buf, sizeof(buf));
    return str_new(vm, std::string_view(buf, n));
  }
  size_t k = 0;
  if (std::signbit(x)) buf[k++] = '-';
  if (x == 0) {
    memcpy(buf + k, "0x0.0p+0", 8);
    return str_new(vm, std::string_view(buf, k + 8));
  }
  int e;
  double m = frexp(fabs(x), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  const char* hex = "0123456789abcdef";
  buf[k++] = '0';
  buf[k++] = 'x';
  buf[k++] = hex[int(m)];
  m -= int(m);
  buf[k++] = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {  // 13 hex digits of mantissa
    m *= 16;
    buf[k++] = hex[int(m)];
    m -= int(m);
  }
  k += size_t(snprintf(buf + k, sizeof(buf) - k, "p%+d", e));
  return str_new(vm, std::string_view(buf, k));
}

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// Checks float.fromhex syntax; writes a C99 hex-float string for strtod.
bool clean_hex(std::string_view s, char* out) {
  size_t i = 0, k = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) out[k++] = s[i++];
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
  out[k++] = '0';
  out[k++] = 'x';
  size_t digits = 0;
  while (i < s.size() && is_hex_digit(s[i])) out[k++] = s[i++], ++digits;
  if (i < s.size() && s[i] == '.') {
    out[k++] = s[i++];
    while (i < s.size() && is_hex_digit(s[i])) out[k++] = s[i++], ++digits;
  }
  if (digits == 0) return false;
  out[k++] = 'p';
  if (i < s.size() && (s[i] | 0x20) == 'p') {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) out[k++] = s[i++];
    size_t start = i;
    while (i < s.size() && is_digit(s[i])) out[k++] = s[i++];
    if (i == start) return false;
  } else {
    out[k++] = '0';
  }
  out[k] = '\0';
  return i == s.size();
}

Value float_fromhex(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "fromhex() argument must be str, not %s", type_name(type_of(args[1])).data());
  }
  StrView v = str_view(args[1]);
  size_t a = 0, b = v.len;
  while (a < b && is_space(v.data[a])) ++a;
  while (b > a && is_space(v.data[b - 1])) --b;
  std::string_view s(v.data + a, b - a);
  double d;
  if (parse_float(s, false, &d) && (std::isinf(d) || std::isnan(d))) {
    // inf / nan spelled out
  } else {
    char* buf = static_cast<char*>(gc_alloc(vm, s.size() + 8, true));
    if (buf == nullptr) return Value::null();
    if (!clean_hex(s, buf)) return raise(vm, &ValueError_type, "invalid hexadecimal floating-point string");
    d = strtod(buf, nullptr);
    gc_free(vm, buf);
    if (std::isinf(d)) return raise(vm, &OverflowError_type, "hexadecimal value too large to represent as a float");
  }
  Value f = float_new(vm, d);
  if (f.is_null() || args[0] == type_value(&float_type)) return f;
  return call1(vm, args[0], f);
}

Value float_conjugate(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "conjugate", &x)) return Value::null();
  return type_of(args[0]) == &float_type ? args[0] : float_new(vm, x);
}

Value float_imag(Vm& vm, size_t, size_t, const Value*) { return float_new(vm, 0.0); }

Value float_trunc(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "__trunc__", &x)) return Value::null();
  return bigint_from_double(vm, x);
}

Value float_format_method(Vm& vm, size_t, size_t, const Value* args) {
  double x;
  if (!self_float(vm, args[0], "__format__", &x)) return Value::null();
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "__format__() argument must be str, not %s", type_name(type_of(args[1])).data());
  }
  Value plain = type_of(args[0]) == &float_type ? args[0] : float_new(vm, x);
  return plain.is_null() ? plain : format_value(vm, plain, args[1]);
}

constexpr NativeFunction float_is_integer_obj = native_fn(Q::is_integer, float_is_integer, 1, 1);
constexpr NativeFunction float_as_integer_ratio_obj =
    native_fn(Q::as_integer_ratio, float_as_integer_ratio, 1, 1);
constexpr NativeFunction float_hex_obj = native_fn(Q::hex, float_hex, 1, 1);
constexpr NativeFunction float_fromhex_fn = native_fn(Q::fromhex, float_fromhex, 2, 2);
constexpr NativeMethodWrapper float_fromhex_obj = {&class_method_type, Value::object(&float_fromhex_fn)};
constexpr NativeFunction float_conjugate_obj = native_fn(Q::conjugate, float_conjugate, 1, 1);
constexpr NativeFunction float_imag_obj = native_fn(Q::imag, float_imag, 1, 1);
constexpr NativeFunction float_trunc_obj = native_fn(Q::dunder_trunc, float_trunc, 1, 1);
constexpr NativeFunction float_format_obj = native_fn(Q::dunder_format, float_format_method, 2, 2);
constexpr Property float_real_prop = {&property_type, Value::object(&float_conjugate_obj), Value::none(),
                                      Value::none(), Value::none()};
constexpr Property float_imag_prop = {&property_type, Value::object(&float_imag_obj), Value::none(),
                                      Value::none(), Value::none()};

constexpr auto float_locals_table = sorted_table<9>({{
    {q(Q::is_integer), Value::object(&float_is_integer_obj)},
    {q(Q::as_integer_ratio), Value::object(&float_as_integer_ratio_obj)},
    {q(Q::hex), Value::object(&float_hex_obj)},
    {q(Q::fromhex), Value::object(&float_fromhex_obj)},
    {q(Q::conjugate), Value::object(&float_conjugate_obj)},
    {q(Q::real), Value::object(&float_real_prop)},
    {q(Q::imag), Value::object(&float_imag_prop)},
    {q(Q::dunder_trunc), Value::object(&float_trunc_obj)},
    {q(Q::dunder_format), Value::object(&float_format_obj)},
}});

}  // namespace

constexpr ConstMap float_locals = {float_locals_table.data(), float_locals_table.size()};

}  // namespace mote
