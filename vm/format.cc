// format.cc — format(), str.format and the % operator (design: format.h).
//
// Three layers. parse_spec() turns a spec string into a FormatSpec with
// CPython's validation and messages. The format_int/float/str functions turn
// a value into "number parts" (sign, prefix, digits, remainder) or text, and
// emit() writes them padded and grouped into a str allocated at its final
// size. str.format and % are parsers over the format string that call
// format_value() / the same emitters, appending to a StrBuilder.
#include "vm/format.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/float_format.h"
#include "vm/lib_util.h"
#include "vm/vm.h"

namespace mote {

namespace {

// --- format spec -------------------------------------------------------------------

struct FormatSpec {
  char fill[4] = {' '};
  uint8_t fill_len = 1;
  char align = 0;  // < > ^ = or 0 (the type's default)
  char sign = 0;   // + - ' ' or 0
  bool no_neg_0 = false;
  bool alt = false;
  char grouping = 0;  // ',' or '_'
  int group_size = 3;
  sword width = -1;
  sword precision = -1;
  char type = 0;
};

size_t utf8_seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; }

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

bool parse_number(Vm& vm, std::string_view s, size_t* i, sword* out) {
  sword v = 0;
  size_t start = *i;
  for (; *i < s.size() && s[*i] >= '0' && s[*i] <= '9'; ++*i) {
    if (v > (INTPTR_MAX - 9) / 10) {
      raise(vm, &ValueError_type, "Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (s[*i] - '0');
  }
  *out = *i > start ? v : -1;
  return true;
}

Value invalid_grouping(Vm& vm, char sep, char type) {
  if (type > 32 && type < 127) return raise(vm, &ValueError_type, "Cannot specify '%c' with '%c'.", sep, type);
  return raise(vm, &ValueError_type, "Cannot specify '%c' with '\\x%x'.", sep, unsigned(uint8_t(type)));
}

// Checks which types accept a grouping option (PEP 378 / PEP 515).
bool check_grouping(Vm& vm, FormatSpec* f) {
  if (f->grouping == 0) return true;
  switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
      return true;
    case 'b': case 'o': case 'x': case 'X':
      if (f->grouping == '_') {
        f->group_size = 4;
        return true;
      }
      [[fallthrough]];
    default:
      invalid_grouping(vm, f->grouping, f->type);
      return false;
  }
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
bool parse_spec(Vm& vm, std::string_view s, char default_type, char default_align, const Type* type,
                FormatSpec* f) {
  size_t i = 0;
  size_t first = s.empty() ? 0 : utf8_seq_len(uint8_t(s[0]));
  bool fill_given = false, align_given = false;
  if (s.size() > first && is_align(s[first])) {
    memcpy(f->fill, s.data(), first);
    f->fill_len = uint8_t(first);
    f->align = s[first];
    i = first + 1;
    fill_given = align_given = true;
  } else if (!s.empty() && is_align(s[0])) {
    f->align = s[0];
    i = 1;
    align_given = true;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
  if (i < s.size() && s[i] == 'z') f->no_neg_0 = true, ++i;
  if (i < s.size() && s[i] == '#') f->alt = true, ++i;
  if (!fill_given && i < s.size() && s[i] == '0') {
    f->fill[0] = '0';
    f->fill_len = 1;
    if (!align_given && default_align == '>') f->align = '=';
    ++i;
  }
  if (!parse_number(vm, s, &i, &f->width)) return false;
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) f->grouping = s[i++];
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
    raise(vm, &ValueError_type, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!parse_number(vm, s, &i, &f->precision)) return false;
    if (f->precision < 0) {
      raise(vm, &ValueError_type, "Format specifier missing precision");
      return false;
    }
  }
  if (s.size() - i > 1) {
    raise(vm, &ValueError_type, "Invalid format specifier '%.*s' for object of type '%s'", int(s.size()),
          s.data(), type_name(type).data());
    return false;
  }
  f->type = i < s.size() ? s[i] : default_type;
  if (f->align == 0) f->align = default_align;
  return check_grouping(vm, f);
}

Value unknown_code(Vm& vm, char code, const Type* type) {
  if (code > 32 && code < 127) {
    return raise(vm, &ValueError_type, "Unknown format code '%c' for object of type '%s'", code,
                 type_name(type).data());
  }
  return raise(vm, &ValueError_type, "Unknown format code '\\x%x' for object of type '%s'",
               unsigned(uint8_t(code)), type_name(type).data());
}

// --- emitting --------------------------------------------------------------------------

// A number split as CPython's formatter splits it.
struct NumberParts {
  char sign = 0;               // 0, '-', '+', ' '
  std::string_view prefix;     // "0x" ...
  std::string_view digits;     // integer digits, grouped
  std::string_view rest;       // ".5e+10%" / "inf": not grouped
};

// Width of the grouped digits (CPython's InsertThousandsGrouping, counting
// only): zero-padded to min_width when that is positive. Groups are `group`
// digits from the right; only the leftmost may be shorter, and it is never
// a lone separator.
size_t grouped_width(size_t n_digits, sword min_width, char sep, int group) {
  if (sep == 0) return min_width > sword(n_digits) ? size_t(min_width) : n_digits;
  sword remaining = sword(n_digits), mw = min_width > 0 ? min_width : 0;
  size_t count = 0;
  for (bool first = true;; first = false) {
    sword l = remaining > mw ? remaining : mw;
    l = l < 1 ? 1 : (l < group ? l : group);
    count += size_t(l) + (first ? 0 : 1);
    remaining -= remaining < l ? remaining : l;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= 1;  // the separator
  }
  return count;
}

// Writes digits right to left into out[0, width) with separators and zeros.
void write_grouped(const std::string_view digits, size_t width, char sep, int group, char* out) {
  if (sep == 0) {
    size_t pad = width - digits.size();
    memset(out, '0', pad);
    memcpy(out + pad, digits.data(), digits.size());
    return;
  }
  size_t pos = width, src = digits.size();
  int in_group = 0;
  while (pos > 0) {
    if (in_group == group) {
      out[--pos] = sep;
      in_group = 0;
      continue;
    }
    out[--pos] = src > 0 ? digits[--src] : '0';
    ++in_group;
  }
}

// Copies text to p (an empty view may have a null data pointer).
char* put_text(char* p, std::string_view text) {
  if (!text.empty()) memcpy(p, text.data(), text.size());
  return p + text.size();
}

char* put_fill(char* p, const FormatSpec& f, size_t n) {
  for (size_t i = 0; i < n; ++i, p += f.fill_len) memcpy(p, f.fill, f.fill_len);
  return p;
}

// Lays out a number per the spec into a new str.
Value emit_number(Vm& vm, const FormatSpec& f, const NumberParts& n) {
  size_t left = (n.sign ? 1 : 0) + n.prefix.size();
  bool zero_pad = f.fill_len == 1 && f.fill[0] == '0' && f.align == '=';
  sword min_width = zero_pad ? f.width - sword(left + n.rest.size()) : 0;
  size_t gw = n.digits.empty() ? 0 : grouped_width(n.digits.size(), min_width, f.grouping, f.group_size);
  size_t body = left + gw + n.rest.size();
  size_t pad = f.width > sword(body) ? size_t(f.width) - body : 0;
  size_t pad_left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : f.align == '=' ? 0 : pad;
  size_t pad_mid = f.align == '=' ? pad : 0;
  size_t pad_right = pad - pad_left - pad_mid;
  Str* s = str_alloc(vm, body + pad * f.fill_len);
  if (s == nullptr) return Value::null();
  char* p = put_fill(str_data(s), f, pad_left);
  if (n.sign) *p++ = n.sign;
  p = put_fill(put_text(p, n.prefix), f, pad_mid);
  if (gw != 0) write_grouped(n.digits, gw, f.grouping, f.group_size, p);
  put_fill(put_text(p + gw, n.rest), f, pad_right);
  return str_finish(s);
}

// Pads text (n_chars code points) per the spec.
Value emit_text(Vm& vm, const FormatSpec& f, std::string_view text, size_t n_chars) {
  size_t pad = f.width > sword(n_chars) ? size_t(f.width) - n_chars : 0;
  size_t pad_left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
  Str* s = str_alloc(vm, text.size() + pad * f.fill_len);
  if (s == nullptr) return Value::null();
  char* p = put_fill(str_data(s), f, pad_left);
  put_fill(put_text(p, text), f, pad - pad_left);
  return str_finish(s);
}

char sign_char(const FormatSpec& f, bool negative) {
  if (negative) return '-';
  return f.sign == '+' ? '+' : f.sign == ' ' ? ' ' : 0;
}

// --- ints, floats, strs -------------------------------------------------------------------

Value format_float_spec(Vm& vm, double d, const FormatSpec& in);

// 'c': the character with code point v.
Value format_int_char(Vm& vm, Value v, const FormatSpec& f) {
  if (f.sign) return raise(vm, &ValueError_type, "Sign not allowed with integer format specifier 'c'");
  if (f.alt) return raise(vm, &ValueError_type, "Alternate form (#) not allowed with integer format specifier 'c'");
  int64_t cp;
  if (!bigint_to_int64(v, &cp)) return raise(vm, &OverflowError_type, "Python int too large to convert to C long");
  if (cp < 0 || cp > 0x10ffff) return raise(vm, &OverflowError_type, "%%c arg not in range(0x110000)");
  char buf[4];
  size_t n;
  if (cp < 0x80) {
    buf[0] = char(cp), n = 1;
  } else if (cp < 0x800) {
    buf[0] = char(0xc0 | (cp >> 6)), buf[1] = char(0x80 | (cp & 0x3f)), n = 2;
  } else if (cp < 0x10000) {
    buf[0] = char(0xe0 | (cp >> 12)), buf[1] = char(0x80 | ((cp >> 6) & 0x3f)), buf[2] = char(0x80 | (cp & 0x3f)), n = 3;
  } else {
    buf[0] = char(0xf0 | (cp >> 18)), buf[1] = char(0x80 | ((cp >> 12) & 0x3f));
    buf[2] = char(0x80 | ((cp >> 6) & 0x3f)), buf[3] = char(0x80 | (cp & 0x3f)), n = 4;
  }
  FormatSpec g = f;
  if (g.align == '=') g.align = '>';
  return emit_text(vm, g, std::string_view(buf, n), 1);
}

int int_base(char type) {
  switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'd': case 'n': return 10;
    default: return 0;
  }
}

Value format_int_spec(Vm& vm, Value v, const FormatSpec& f) {
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double(vm, v, &d)) return Value::null();
      return format_float_spec(vm, d, f);
    }
    default:
      break;
  }
  int base = int_base(f.type);
  if (base == 0 && f.type != 'c') return unknown_code(vm, f.type, &int_type);
  if (f.precision >= 0) return raise(vm, &ValueError_type, "Precision not allowed in integer format specifier");
  if (f.no_neg_0) {
    return raise(vm, &ValueError_type, "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.type == 'c') return format_int_char(vm, v, f);
  size_t len;
  bool neg;
  char* digits = int_digits(vm, v, base, &len, &neg);
  if (digits == nullptr) return Value::null();
  if (f.type == 'X') {
    for (size_t i = 0; i < len; ++i) digits[i] = char(digits[i] >= 'a' ? digits[i] - 32 : digits[i]);
  }
  NumberParts n;
  n.sign = sign_char(f, neg);
  static const char* const kPrefix[] = {"0b", "0o", "0x", "0X"};
  if (f.alt && base != 10) n.prefix = kPrefix[base == 2 ? 0 : base == 8 ? 1 : f.type == 'x' ? 2 : 3];
  n.digits = std::string_view(digits, len);
  Value out = emit_number(vm, f, n);
  gc_free(vm, digits);
  return out;
}

// Is the formatted number zero ("0.00", "0e+00")? Not for "inf"/"nan".
bool is_zero_text(std::string_view t) {
  bool digit = false;
  for (char c : t) {
    if (c >= '1' && c <= '9') return false;
    if (c == 'e' || c == 'E') break;
    digit = digit || c == '0';
  }
  return digit;
}

Value format_float_spec(Vm& vm, double d, const FormatSpec& f) {
  char type = f.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    case '\0':
      type = f.precision < 0 ? 'r' : '\0';
      break;
    default:
      return unknown_code(vm, f.type, &float_type);
  }
  size_t len;
  char* text = format_float_abs(vm, d, type, int(f.precision > 100000 ? 100000 : f.precision), f.alt, &len);
  if (text == nullptr) return Value::null();
  std::string_view t(text, len);
  bool neg = std::signbit(d) && !std::isnan(d);
  if (neg && f.no_neg_0 && is_zero_text(t)) neg = false;
  size_t nd = 0;
  while (nd < len && text[nd] >= '0' && text[nd] <= '9') ++nd;
  NumberParts n;
  n.sign = sign_char(f, neg);
  n.digits = t.substr(0, nd);
  n.rest = t.substr(nd);
  Value out = emit_number(vm, f, n);
  gc_free(vm, text);
  return out;
}

// Byte offset of the first `chars` code points of text.
size_t utf8_prefix_bytes(std::string_view text, size_t chars) {
  size_t i = 0;
  for (; i < text.size() && chars > 0; --chars) i += utf8_seq_len(uint8_t(text[i]));
  return i < text.size() ? i : text.size();
}

Value format_str_spec(Vm& vm, Value v, const FormatSpec& f) {
  if (f.type != 's') return unknown_code(vm, f.type, &str_type);
  if (f.sign) return raise(vm, &ValueError_type, "Sign not allowed in string format specifier");
  if (f.no_neg_0) {
    return raise(vm, &ValueError_type, "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alt) return raise(vm, &ValueError_type, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return raise(vm, &ValueError_type, "'=' alignment not allowed in string format specifier");
  StrView sv = str_view(v);
  std::string_view text(sv.data, sv.len);
  if (f.precision >= 0) text = text.substr(0, utf8_prefix_bytes(text, size_t(f.precision)));
  size_t chars = utf8_char_count(text.data(), text.size());
  if (f.width <= sword(chars) && text.size() == sv.len && type_of(v) == &str_type) return v;
  return emit_text(vm, f, text, chars);
}

bool spec_text(Vm& vm, Value spec, std::string_view* out) {
  if (spec.is_absent() || spec.is_none() || spec.is_null()) {
    *out = {};
    return true;
  }
  if (!is_str(spec)) {
    raise(vm, &TypeError_type, "format() argument 2 must be str, not %s", type_name(type_of(spec)).data());
    return false;
  }
  StrView sv = str_view(spec);
  *out = std::string_view(sv.data, sv.len);
  return true;
}

// Types whose own __format__ (in their locals) should be honoured: classes
// (a user __format__, or an inherited native one).
Value format_via_method(Vm& vm, Value v, Value spec, std::string_view text) {
  Value s = spec.is_absent() || spec.is_none() ? q(Q::empty_) : spec;
  Value r = call_user_dunder(vm, v, Q::dunder_format, 1, &s);
  if (!r.is_absent()) {
    if (!r.is_null() && !is_str(r)) {
      return raise(vm, &TypeError_type, "__format__ must return a str, not %s", type_name(type_of(r)).data());
    }
    return r;
  }
  if (text.empty()) return to_str(vm, v);
  return raise(vm, &TypeError_type, "unsupported format string passed to %s.__format__",
               type_name(type_of(v)).data());
}

}  // namespace

Value format_value(Vm& vm, Value v, Value spec) {
  std::string_view text;
  if (!spec_text(vm, spec, &text)) return Value::null();
  const Type* t = type_of(v);
  bool native_int = v.is_small_int() || is_bigint(v);
  if (text.empty() && (t == &str_type || native_int || t == &float_type)) return to_str(vm, v);
  FormatSpec f;
  if (native_int || t == &bool_type) {
    if (text.empty()) return to_str(vm, v);
    if (!parse_spec(vm, text, 'd', '>', &int_type, &f)) return Value::null();
    Value iv = v.is_bool() ? Value::small_int(v.is_true_literal() ? 1 : 0) : v;
    return format_int_spec(vm, iv, f);
  }
  if (t == &float_type) {
    if (!parse_spec(vm, text, '\0', '>', &float_type, &f)) return Value::null();
    return format_float_spec(vm, float_value(v), f);
  }
  if (t == &str_type) {
    if (!parse_spec(vm, text, 's', '<', &str_type, &f)) return Value::null();
    return format_str_spec(vm, v, f);
  }
  return format_via_method(vm, v, spec, text);
}

// --- str.format ------------------------------------------------------------------------------

namespace {

// Where replacement fields take their values from.
struct FormatArgs {
  const Value* pos;
  size_t n_pos;
  const Value* kw;  // (name, value) pairs
  size_t n_kw;
  Value mapping;    // format_map's mapping, or absent()
  int auto_state;   // 0 unknown, 1 automatic numbering, 2 manual
  size_t next_auto;
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

size_t to_index_value(std::string_view s) {
  size_t v = 0;
  for (char c : s) v = v * 10 + size_t(c - '0');
  return v;
}

Value positional_arg(Vm& vm, FormatArgs& a, std::string_view name) {
  bool automatic = name.empty();
  int want = automatic ? 1 : 2;
  if (a.auto_state != 0 && a.auto_state != want) {
    return raise(vm, &ValueError_type,
                 automatic ? "cannot switch from manual field specification to automatic field numbering"
                           : "cannot switch from automatic field numbering to manual field specification");
  }
  a.auto_state = want;
  if (!a.mapping.is_absent()) return raise(vm, &ValueError_type, "Format string contains positional fields");
  size_t index = automatic ? a.next_auto++ : to_index_value(name);
  if (index >= a.n_pos) {
    return raise(vm, &IndexError_type, "Replacement index %zu out of range for positional args tuple", index);
  }
  return a.pos[index];
}

Value keyword_arg(Vm& vm, FormatArgs& a, std::string_view name) {
  Value key = str_new(vm, name);
  if (key.is_null()) return key;
  if (!a.mapping.is_absent()) return subscr_load(vm, a.mapping, key);
  Value q_name = qstr_find(name);
  for (size_t i = 0; i < a.n_kw && !q_name.is_absent(); ++i) {
    if (a.kw[2 * i] == q_name) return a.kw[2 * i + 1];
  }
  return raise_key_error(vm, key);
}

// arg_name ("." attribute | "[" key "]")*
Value resolve_field(Vm& vm, FormatArgs& a, std::string_view field) {
  size_t end = 0;
  while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
  std::string_view first = field.substr(0, end);
  Value obj = first.empty() || all_digits(first) ? positional_arg(vm, a, first) : keyword_arg(vm, a, first);
  size_t i = end;
  while (!obj.is_null() && i < field.size()) {
    char c = field[i++];
    size_t start = i;
    if (c == '.') {
      while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
      if (i == start) return raise(vm, &ValueError_type, "Empty attribute in format string");
      Value name = qstr_intern(vm, field.substr(start, i - start));
      obj = name.is_null() ? name : load_attr(vm, obj, name);
    } else if (c == '[') {
      while (i < field.size() && field[i] != ']') ++i;
      if (i >= field.size()) return raise(vm, &ValueError_type, "Missing ']' in format string");
      std::string_view k = field.substr(start, i - start);
      if (k.empty()) return raise(vm, &ValueError_type, "Empty attribute in format string");
      ++i;
      Value key = all_digits(k) ? bigint_from_sword(vm, sword(to_index_value(k))) : str_new(vm, k);
      obj = key.is_null() ? key : subscr_load(vm, obj, key);
    } else {
      return raise(vm, &ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Value convert_field(Vm& vm, Value obj, char conversion) {
  switch (conversion) {
    case 0: return obj;
    case 'r': return repr(vm, obj);
    case 's': return to_str(vm, obj);
    case 'a': return ascii_repr(vm, obj);
    default:
      if (conversion > 32 && conversion < 127) {
        return raise(vm, &ValueError_type, "Unknown conversion specifier %c", conversion);
      }
      return raise(vm, &ValueError_type, "Unknown conversion specifier \\x%x", unsigned(uint8_t(conversion)));
  }
}

bool format_into(Vm& vm, StrBuilder& out, std::string_view fmt, FormatArgs& a, int depth);

// One replacement field's text (between the braces): name[!conv][:spec].
bool replacement_field(Vm& vm, StrBuilder& out, std::string_view body, FormatArgs& a, int depth) {
  size_t i = 0;
  while (i < body.size() && body[i] != '!' && body[i] != ':') {
    if (body[i] == '[') {
      while (i < body.size() && body[i] != ']') ++i;
      if (i == body.size()) break;
    }
    if (body[i] == '{') {
      raise(vm, &ValueError_type, "unexpected '{' in field name");
      return false;
    }
    ++i;
  }
  std::string_view name = body.substr(0, i);
  char conversion = 0;
  if (i < body.size() && body[i] == '!') {
    if (i + 1 >= body.size()) {
      raise(vm, &ValueError_type, "unmatched '{' in format spec");
      return false;
    }
    conversion = body[i + 1];
    i += 2;
    if (i < body.size() && body[i] != ':') {
      raise(vm, &ValueError_type, "expected ':' after conversion specifier");
      return false;
    }
  }
  std::string_view spec = i < body.size() ? body.substr(i + 1) : std::string_view();
  Value obj = resolve_field(vm, a, name);
  if (!obj.is_null()) obj = convert_field(vm, obj, conversion);
  if (obj.is_null()) return false;
  Value spec_value = q(Q::empty_);
  if (spec.find('{') != std::string_view::npos) {
    StrBuilder sb(vm);
    if (!format_into(vm, sb, spec, a, depth + 1)) return false;
    spec_value = sb.finish();
  } else if (!spec.empty()) {
    spec_value = str_new(vm, spec);
  }
  if (spec_value.is_null()) return false;
  Value text = format_value(vm, obj, spec_value);
  if (text.is_null()) return false;
  StrView tv = str_view(text);
  return out.append(std::string_view(tv.data, tv.len));
}

// Finds the '}' closing the field that starts at fmt[i] (just after '{').
// In the field name, a '[' hides everything up to its ']'.
bool field_end(Vm& vm, std::string_view fmt, size_t i, size_t* end) {
  int level = 1;
  bool in_name = true;
  for (; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (in_name && c == '[') {
      while (i < fmt.size() && fmt[i] != ']') ++i;
      if (i == fmt.size()) break;
      continue;
    }
    if (c == ':' || c == '!') in_name = false;
    if (c == '{') ++level;
    if (c == '}' && --level == 0) {
      *end = i;
      return true;
    }
  }
  raise(vm, &ValueError_type, level > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
  return false;
}

bool format_into(Vm& vm, StrBuilder& out, std::string_view fmt, FormatArgs& a, int depth) {
  if (depth > 1) {  // a spec may hold fields, but theirs may not
    raise(vm, &ValueError_type, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, lit = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '{' && c != '}') {
      ++i;
      continue;
    }
    if (!out.append(fmt.substr(lit, i - lit))) return false;
    if (i + 1 < fmt.size() && fmt[i + 1] == c) {
      if (!out.append_char(c)) return false;
      i += 2;
      lit = i;
      continue;
    }
    if (c == '}') {
      raise(vm, &ValueError_type, "Single '}' encountered in format string");
      return false;
    }
    if (i + 1 >= fmt.size()) {
      raise(vm, &ValueError_type, "Single '{' encountered in format string");
      return false;
    }
    size_t end;
    if (!field_end(vm, fmt, i + 1, &end)) return false;
    if (!replacement_field(vm, out, fmt.substr(i + 1, end - i - 1), a, depth)) return false;
    i = lit = end + 1;
  }
  return out.append(fmt.substr(lit));
}

Value run_format(Vm& vm, Value fmt, FormatArgs& a) {
  StrView sv = str_view(fmt);
  StrBuilder out(vm);
  if (!format_into(vm, out, std::string_view(sv.data, sv.len), a, 0)) return Value::null();
  return out.finish();
}

}  // namespace

Value str_format(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  FormatArgs a{args + 1, n_pos - 1, args + n_pos, n_kw, Value::absent(), 0, 0};
  return run_format(vm, args[0], a);
}

Value str_format_map(Vm& vm, Value fmt, Value mapping) {
  FormatArgs a{nullptr, 0, nullptr, 0, mapping, 0, 0};
  return run_format(vm, fmt, a);
}

// --- ascii() ----------------------------------------------------------------------------------

bool print_ascii_escaped(Printer& out, std::string_view text) {
  size_t i = 0, lit = 0;
  while (i < text.size()) {
    uint8_t c = uint8_t(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (!out.write(out, text.data() + lit, i - lit)) return false;
    size_t n = utf8_seq_len(c);
    uint32_t cp = c & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
    for (size_t k = 1; k < n && i + k < text.size(); ++k) cp = (cp << 6) | (uint8_t(text[i + k]) & 0x3f);
    char buf[12];
    int len = cp < 0x100 ? snprintf(buf, sizeof(buf), "\\x%02x", unsigned(cp))
              : cp < 0x10000 ? snprintf(buf, sizeof(buf), "\\u%04x", unsigned(cp))
                             : snprintf(buf, sizeof(buf), "\\U%08x", unsigned(cp));
    if (!out.write(out, buf, size_t(len))) return false;
    i += n;
    lit = i;
  }
  return out.write(out, text.data() + lit, text.size() - lit);
}

Value ascii_repr(Vm& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) return r;
  StrView sv = str_view(r);
  std::string_view text(sv.data, sv.len);
  bool ascii = true;
  for (char c : text) ascii = ascii && uint8_t(c) < 0x80;
  if (ascii) return r;
  StrBuilder out(vm);
  if (!print_ascii_escaped(out, text)) return Value::null();
  return out.finish();
}

// --- % formatting -----------------------------------------------------------------------------

namespace {

struct PercentState {
  Vm& vm;
  std::string_view fmt;
  bool is_bytes;
  const Value* items;  // the argument tuple's items (or &single)
  size_t n_items;
  size_t next;
  Value mapping;       // absent() unless args is a mapping
  Value single;
};

// One conversion's flags, width and precision.
struct PercentSpec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  sword width = -1, precision = -1;
  char conv = 0;
};

Value next_arg(PercentState& st) {
  if (st.next >= st.n_items) return raise(st.vm, &TypeError_type, "not enough arguments for format string");
  return st.items[st.next++];
}

bool star_arg(PercentState& st, sword* out) {
  Value v = next_arg(st);
  if (v.is_null()) return false;
  if (!is_int(v)) {
    raise(st.vm, &TypeError_type, "* wants int");
    return false;
  }
  return to_sword(st.vm, v, out);
}

bool parse_percent_number(PercentState& st, size_t* i, sword* out) {
  if (*i < st.fmt.size() && st.fmt[*i] == '*') {
    ++*i;
    return star_arg(st, out);
  }
  sword v = -1;
  for (; *i < st.fmt.size() && st.fmt[*i] >= '0' && st.fmt[*i] <= '9'; ++*i) {
    v = (v < 0 ? 0 : v) * 10 + (st.fmt[*i] - '0');
    if (v > INT32_MAX) {
      raise(st.vm, &ValueError_type, "width too big");
      return false;
    }
  }
  *out = v;
  return true;
}

// %(key) -> the value from the mapping.
Value mapping_key(PercentState& st, size_t* i) {
  if (st.mapping.is_absent()) return raise(st.vm, &TypeError_type, "format requires a mapping");
  size_t start = ++*i;
  int level = 1;
  for (; *i < st.fmt.size(); ++*i) {
    if (st.fmt[*i] == '(') ++level;
    if (st.fmt[*i] == ')' && --level == 0) break;
  }
  if (*i >= st.fmt.size()) return raise(st.vm, &ValueError_type, "incomplete format key");
  std::string_view key = st.fmt.substr(start, *i - start);
  ++*i;
  Value k = st.is_bytes ? bytes_new(st.vm, reinterpret_cast<const uint8_t*>(key.data()), key.size())
                        : str_new(st.vm, key);
  return k.is_null() ? k : subscr_load(st.vm, st.mapping, k);
}

// The FormatSpec equivalent of %-flags for the number emitter.
FormatSpec number_spec(const PercentSpec& p) {
  FormatSpec f;
  f.width = p.width;
  f.sign = p.plus ? '+' : p.space ? ' ' : 0;
  f.alt = p.alt;
  f.align = p.left ? '<' : '>';
  if (p.zero && !p.left) f.fill[0] = '0', f.align = '=';
  return f;
}

bool append_value_text(StrBuilder& out, Value text) {
  if (text.is_null()) return false;
  StrView sv = str_view(text);
  return out.append(std::string_view(sv.data, sv.len));
}

bool pad_text(StrBuilder& out, const PercentSpec& p, std::string_view text, size_t chars) {
  size_t pad = p.width > sword(chars) ? size_t(p.width) - chars : 0;
  for (size_t i = 0; i < pad && !p.left; ++i) {
    if (!out.append_char(' ')) return false;
  }
  if (!out.append(text)) return false;
  for (size_t i = 0; i < pad && p.left; ++i) {
    if (!out.append_char(' ')) return false;
  }
  return true;
}

// An int for %d/%x/...: ints as is, floats truncated (only for d/i/u), or __index__.
Value percent_int(PercentState& st, Value v, char conv) {
  if (is_int(v)) {
    Value u = v.is_bool() ? Value::small_int(v.is_true_literal()) : int_unwrap(v);
    return u;
  }
  bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
  if (decimal && isinstance(v, &float_type)) return bigint_from_double(st.vm, float_value(v));
  Value r = call_user_dunder(st.vm, v, Q::dunder_index, 0, nullptr);
  if (r.is_absent() && decimal) r = call_user_dunder(st.vm, v, Q::dunder_int, 0, nullptr);
  if (!r.is_absent()) return r;
  if (decimal) {
    return raise(st.vm, &TypeError_type, "%%%c format: a real number is required, not %s", conv,
                 type_name(type_of(v)).data());
  }
  return raise(st.vm, &TypeError_type, "%%%c format: an integer is required, not %s", conv,
               type_name(type_of(v)).data());
}

bool percent_number(PercentState& st, StrBuilder& out, const PercentSpec& p, Value v) {
  Value iv = percent_int(st, v, p.conv);
  if (iv.is_null()) return false;
  int base = p.conv == 'x' || p.conv == 'X' ? 16 : p.conv == 'o' ? 8 : 10;
  size_t len;
  bool neg;
  char* digits = int_digits(st.vm, iv, base, &len, &neg);
  if (digits == nullptr) return false;
  if (p.conv == 'X') {
    for (size_t i = 0; i < len; ++i) digits[i] = char(digits[i] >= 'a' ? digits[i] - 32 : digits[i]);
  }
  // A precision is a minimum number of digits ('%.3d' % 5 == '005').
  size_t min_digits = p.precision > sword(len) ? size_t(p.precision) : len;
  char* padded = digits;
  if (min_digits > len) {
    padded = static_cast<char*>(gc_alloc(st.vm, min_digits, true));
    if (padded == nullptr) return false;
    memset(padded, '0', min_digits - len);
    memcpy(padded + min_digits - len, digits, len);
  }
  FormatSpec f = number_spec(p);
  NumberParts n;
  n.sign = sign_char(f, neg);
  if (p.alt && base != 10) n.prefix = p.conv == 'x' ? "0x" : p.conv == 'X' ? "0X" : "0o";
  n.digits = std::string_view(padded, min_digits);
  return append_value_text(out, emit_number(st.vm, f, n));
}

bool percent_float(PercentState& st, StrBuilder& out, const PercentSpec& p, Value v) {
  double d;
  if (!is_int(v) && !isinstance(v, &float_type)) {
    Value r = call_user_dunder(st.vm, v, Q::dunder_float, 0, nullptr);
    if (r.is_absent()) {
      raise(st.vm, &TypeError_type, "must be real number, not %s", type_name(type_of(v)).data());
      return false;
    }
    if (r.is_null()) return false;
    v = r;
  }
  if (!to_double(st.vm, v, &d)) return false;
  FormatSpec f = number_spec(p);
  f.type = p.conv;
  f.precision = p.precision < 0 ? 6 : p.precision;
  return append_value_text(out, format_float_spec(st.vm, d, f));
}

bool percent_char(PercentState& st, StrBuilder& out, const PercentSpec& p, Value v) {
  char buf[4];
  std::string_view text;
  if (is_str(v) && !st.is_bytes) {
    StrView sv = str_view(v);
    if (utf8_char_count(sv.data, sv.len) != 1) {
      raise(st.vm, &TypeError_type, "%%c requires int or char");
      return false;
    }
    text = std::string_view(sv.data, sv.len);
  } else if (st.is_bytes && (type_of(v) == &bytes_type || type_of(v) == &bytearray_type)) {
    BufferInfo b;
    if (!get_bytes_view(st.vm, v, &b) || b.len != 1) {
      raise(st.vm, &TypeError_type, "%%c requires an integer in range(256) or a single byte");
      return false;
    }
    buf[0] = *static_cast<char*>(b.data);
    text = std::string_view(buf, 1);
  } else if (is_int(v)) {
    sword cp;
    if (!to_sword(st.vm, v, &cp)) return false;
    if (st.is_bytes) {
      if (cp < 0 || cp > 255) {
        raise(st.vm, &OverflowError_type, "%%c arg not in range(256)");
        return false;
      }
      buf[0] = char(cp);
      text = std::string_view(buf, 1);
    } else {
      FormatSpec f;
      f.type = 'c';
      Value s = format_int_char(st.vm, bigint_from_sword(st.vm, cp), f);
      if (s.is_null()) return false;
      StrView sv = str_view(s);
      return pad_text(out, p, std::string_view(sv.data, sv.len), 1);
    }
  } else {
    raise(st.vm, &TypeError_type, st.is_bytes ? "%%c requires an integer in range(256) or a single byte"
                                              : "%%c requires int or char");
    return false;
  }
  return pad_text(out, p, text, 1);
}

// %s %r %a: text of the value (bytes: the buffer, or __bytes__).
bool percent_text(PercentState& st, StrBuilder& out, const PercentSpec& p, Value v) {
  Value text;
  if (st.is_bytes && (p.conv == 's' || p.conv == 'b')) {
    BufferInfo b;
    if (!get_bytes_view(st.vm, v, &b)) {
      Value r = call_user_dunder(st.vm, v, Q::dunder_bytes, 0, nullptr);
      if (r.is_null()) return false;
      if (r.is_absent() || !get_bytes_view(st.vm, r, &b)) {
        raise(st.vm, &TypeError_type,
              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
              type_name(type_of(v)).data());
        return false;
      }
    }
    std::string_view t(static_cast<const char*>(b.data), b.len);
    if (p.precision >= 0 && size_t(p.precision) < t.size()) t = t.substr(0, size_t(p.precision));
    return pad_text(out, p, t, t.size());
  }
  text = p.conv == 's' ? to_str(st.vm, v) : p.conv == 'r' && !st.is_bytes ? repr(st.vm, v) : ascii_repr(st.vm, v);
  if (text.is_null()) return false;
  StrView sv = str_view(text);
  std::string_view t(sv.data, sv.len);
  if (p.precision >= 0) t = t.substr(0, utf8_prefix_bytes(t, size_t(p.precision)));
  return pad_text(out, p, t, st.is_bytes ? t.size() : utf8_char_count(t.data(), t.size()));
}

bool parse_percent_flags(PercentState& st, size_t* i, PercentSpec* p) {
  for (; *i < st.fmt.size(); ++*i) {
    char c = st.fmt[*i];
    if (c == '-') p->left = true;
    else if (c == '+') p->plus = true;
    else if (c == ' ') p->space = true;
    else if (c == '#') p->alt = true;
    else if (c == '0') p->zero = true;
    else break;
  }
  if (!parse_percent_number(st, i, &p->width)) return false;
  if (p->width < -1 || (p->width == -1 && st.fmt[*i - 1] == '*')) {
    p->left = true;  // a negative '*' width means left alignment
    p->width = -p->width;
  }
  if (*i < st.fmt.size() && st.fmt[*i] == '.') {
    ++*i;
    if (!parse_percent_number(st, i, &p->precision)) return false;
    if (p->precision < 0) p->precision = 0;
  }
  while (*i < st.fmt.size() && (st.fmt[*i] == 'h' || st.fmt[*i] == 'l' || st.fmt[*i] == 'L')) ++*i;
  if (*i >= st.fmt.size()) {
    raise(st.vm, &ValueError_type, "incomplete format");
    return false;
  }
  p->conv = st.fmt[(*i)++];
  return true;
}

// One conversion starting just after '%'.
bool percent_one(PercentState& st, StrBuilder& out, size_t* i) {
  if (*i < st.fmt.size() && st.fmt[*i] == '%') {
    ++*i;
    return out.append_char('%');
  }
  Value v = Value::absent();
  if (*i < st.fmt.size() && st.fmt[*i] == '(') {
    v = mapping_key(st, i);
    if (v.is_null()) return false;
  }
  PercentSpec p;
  if (!parse_percent_flags(st, i, &p)) return false;
  if (p.conv == '%') return out.append_char('%');
  if (strchr(st.is_bytes ? "diuxXoeEfFgGcsrab" : "diuxXoeEfFgGcsra", p.conv) == nullptr || p.conv == 0) {
    if (uint8_t(p.conv) < 0x80) {
      raise(st.vm, &ValueError_type, "unsupported format character '%c' (0x%x) at index %zu", p.conv,
            unsigned(uint8_t(p.conv)), *i - 1);
    } else {
      raise(st.vm, &ValueError_type, "unsupported format character at index %zu", *i - 1);
    }
    return false;
  }
  if (v.is_absent()) v = next_arg(st);
  if (v.is_null()) return false;
  switch (p.conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
      return percent_number(st, out, p, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return percent_float(st, out, p, v);
    case 'c':
      return percent_char(st, out, p, v);
    default:
      return percent_text(st, out, p, v);
  }
}

}  // namespace

Value percent_format(Vm& vm, Value fmt, Value args, bool is_bytes) {
  std::string_view text;
  BufferInfo b;
  if (is_bytes) {
    if (!get_bytes_view(vm, fmt, &b)) return Value::not_implemented();
    text = std::string_view(static_cast<const char*>(b.data), b.len);
  } else {
    StrView sv = str_view(fmt);
    text = std::string_view(sv.data, sv.len);
  }
  PercentState st{vm, text, is_bytes, nullptr, 0, 0, Value::absent(), args};
  const Type* at = type_of(args);
  if (isinstance(args, &tuple_type)) {
    Value* items;
    seq_items(args, &st.n_items, &items);
    st.items = items;
  } else {
    st.items = &st.single;
    st.n_items = 1;
    if (at->subscr != nullptr && !is_str(args) && at != &bytes_type && at != &bytearray_type) st.mapping = args;
  }
  StrBuilder out(vm);
  size_t i = 0, lit = 0;
  while (i < text.size()) {
    if (text[i] != '%') {
      ++i;
      continue;
    }
    if (!out.append(text.substr(lit, i - lit))) return Value::null();
    ++i;
    if (!percent_one(st, out, &i)) return Value::null();
    lit = i;
  }
  if (!out.append(text.substr(lit))) return Value::null();
  if (st.next < st.n_items && st.mapping.is_absent()) {
    return raise(vm, &TypeError_type, "not all arguments converted during string formatting");
  }
  return out.finish(is_bytes ? &bytes_type : &str_type);
}

}  // namespace mote
