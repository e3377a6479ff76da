// struct_module.cc — the `struct` module (also `ustruct`): packing values into bytes and back,
// with CPython's formats, byte orders and messages.
//
// A format is walked once per call (there is no compiled form to keep in RAM): walk_format()
// yields each item (code, repeat count, size, offset) after applying the byte-order prefix —
// '@' native order, sizes and alignment (the C types of the target: 'l' is 4 bytes on a board,
// 8 on a 64-bit host, as CPython on each), '=' native order with standard sizes, '<' little,
// '>' and '!' big endian. Struct(fmt) keeps the format text and its size.
//
// Errors are struct.error with CPython's messages ("unpack requires a buffer of 4 bytes").
// MicroPython raises ValueError for these; struct.error is what CPython code catches.
#include <bit>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/bytes.h"

namespace mote {

namespace {

using stdlib::given;

constexpr Type struct_error_type = stdlib::module_exception_type(Q::error, &Exception_type);

Value struct_error(Vm& vm, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value struct_error(Vm& vm, const char* fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return raise(vm, &struct_error_type, "%s", buf);
}

// --- the format -------------------------------------------------------------------------------

struct Item {
  char code;
  size_t count;   // repeat count ('s'/'p': the byte length)
  size_t size;    // bytes of one value
  size_t offset;  // of the first value
};

struct Layout {
  bool big_endian;
  bool native;     // '@': native sizes and alignment
  size_t size = 0;   // total bytes
  size_t values = 0; // number of Python values
};

// Size and alignment of `code` in native ('@') or standard mode; 0 for an unknown code.
size_t code_size(char code, bool native, size_t* align) {
  size_t s = 0, a = 0;
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = a = 1; break;
    case 'h': case 'H': case 'e': s = a = 2; break;
    case 'i': case 'I': case 'f': s = a = 4; break;
    case 'l': case 'L': s = native ? sizeof(long) : 4; a = native ? alignof(long) : 4; break;
    case 'q': case 'Q': s = 8; a = native ? alignof(long long) : 8; break;
    case 'd': s = 8; a = native ? alignof(double) : 8; break;
    case 'n': case 'N': if (native) s = a = sizeof(size_t); break;
    case 'P': if (native) s = a = sizeof(void*); break;
    default: break;
  }
  *align = native ? a : 1;
  return s;
}

// Calls f(item) for each item of the format; false with struct.error for a bad format (or
// when f returns false, with its exception).
template <class F>
bool walk_format(Vm& vm, StrView fmt, Layout* layout, F f) {
  const char* p = fmt.data;
  const char* end = p + fmt.len;
  if (memchr(p, 0, fmt.len) != nullptr) return !struct_error(vm, "embedded null character").is_null();
  layout->big_endian = std::endian::native == std::endian::big;
  layout->native = true;
  if (p < end && (*p == '@' || *p == '=' || *p == '<' || *p == '>' || *p == '!')) {
    layout->native = *p == '@';
    if (*p == '<') layout->big_endian = false;
    if (*p == '>' || *p == '!') layout->big_endian = true;
    ++p;
  }
  size_t offset = 0, values = 0;
  while (p < end) {
    char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++p;
      continue;
    }
    size_t count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (p < end && *p >= '0' && *p <= '9') {
        if (count > (size_t(-1) >> 4)) return !struct_error(vm, "total struct size too long").is_null();
        count = count * 10 + size_t(*p++ - '0');
      }
      if (p == end) return !struct_error(vm, "repeat count given without format specifier").is_null();
      c = *p;
    }
    ++p;
    size_t align;
    size_t size = code_size(c, layout->native, &align);
    if (size == 0) return !struct_error(vm, "bad char in struct format").is_null();
    if (align > 1) offset = (offset + align - 1) / align * align;
    bool is_bytes = c == 's' || c == 'p';
    size_t total = is_bytes ? count : count * size;
    if (!is_bytes && count && total / count != size) return !struct_error(vm, "total struct size too long").is_null();
    if (!f(Item{c, count, size, offset})) return false;
    offset += total;
    values += is_bytes ? 1 : c == 'x' ? 0 : count;
  }
  layout->size = offset;
  layout->values = values;
  return true;
}

bool format_arg(Vm& vm, Value v, StrView* out) {
  if (!is_str(v) && !isinstance(v, &bytes_type)) {
    std::string_view tn = type_name(type_of(v));
    raise(vm, &TypeError_type, "Struct() argument 1 must be a str or bytes object, not %.*s", int(tn.size()), tn.data());
    return false;
  }
  *out = str_view(v);
  return true;
}

bool measure(Vm& vm, StrView fmt, Layout* layout) {
  return walk_format(vm, fmt, layout, [](const Item&) { return true; });
}

// --- numbers to bytes ---------------------------------------------------------------------------

void store_uint(uint8_t* p, uint64_t v, size_t size, bool big) {
  for (size_t i = 0; i < size; ++i) p[big ? size - 1 - i : i] = uint8_t(v >> (8 * i));
}

uint64_t load_uint(const uint8_t* p, size_t size, bool big) {
  uint64_t v = 0;
  for (size_t i = 0; i < size; ++i) v |= uint64_t(p[big ? size - 1 - i : i]) << (8 * i);
  return v;
}

// The 64-bit pattern of an int argument for an integer code, with CPython's range checks.
bool int_bits(Vm& vm, char code, size_t size, Value v, uint64_t* out) {
  if (!is_int(v)) {
    if (v.is_object() && isinstance(v, &float_type)) return !struct_error(vm, "required argument is not an integer").is_null();
    Value i = to_index(vm, v);
    if (i.is_null()) {
      if (!exc_matches(vm, &TypeError_type)) return false;
      vm.clear_exc();
      return !struct_error(vm, "required argument is not an integer").is_null();
    }
    v = i;
  }
  v = v.is_bool() ? Value::small_int(v.is_true_literal()) : int_unwrap(v);
  bool is_unsigned = code >= 'A' && code <= 'Z' && code != 'P';
  int64_t s;
  if (!bigint_to_int64(v, &s)) {
    // Only unsigned 8-byte codes take values beyond int64: 2**63 <= v < 2**64.
    if (!is_unsigned || size != 8 || bigint_compare(v, Value::small_int(0)) < 0) {
      return !struct_error(vm, "argument out of range").is_null();
    }
    Value hi = binary_op(vm, BinaryOp::RSHIFT, v, Value::small_int(32));
    int64_t h;
    if (hi.is_null() || !bigint_to_int64(hi, &h) || h > int64_t(0xffffffff)) {
      return hi.is_null() ? false : !struct_error(vm, "argument out of range").is_null();
    }
    Value mask = bigint_from_uint64(vm, 0xffffffff);  // not a small int on 32-bit targets
    if (mask.is_null()) return false;
    Value lo = binary_op(vm, BinaryOp::AND, v, mask);
    int64_t l;
    if (lo.is_null() || !bigint_to_int64(lo, &l)) return false;
    *out = (uint64_t(h) << 32) | uint64_t(l);
    return true;
  }
  if (size == 8 || code == 'n' || code == 'N' || code == 'P') {
    if (is_unsigned && s < 0) return !struct_error(vm, "argument out of range").is_null();
    *out = uint64_t(s);
    return true;
  }
  int64_t lo = is_unsigned ? 0 : -(int64_t(1) << (8 * size - 1));
  int64_t hi = is_unsigned ? (int64_t(1) << (8 * size)) - 1 : (int64_t(1) << (8 * size - 1)) - 1;
  if (s < lo || s > hi) {
    if (is_unsigned && s < 0 && size >= 4) return !struct_error(vm, "argument out of range").is_null();
    const char* name = code == 'b' ? "byte" : code == 'B' ? "ubyte" : code == 'h' ? "short" : code == 'H' ? "ushort" : nullptr;
    if (name) return !struct_error(vm, "%s format requires %lld <= number <= %lld", name, (long long)lo, (long long)hi).is_null();
    return !struct_error(vm, "'%c' format requires %lld <= number <= %lld", code, (long long)lo, (long long)hi).is_null();
  }
  *out = uint64_t(s);
  return true;
}

// IEEE half precision from a double, rounding half to even (CPython's PyFloat_Pack2).
bool pack_half(Vm& vm, double x, uint16_t* out) {
  unsigned sign = std::signbit(x) ? 1 : 0;
  int e = 0;
  unsigned bits = 0;
  if (x == 0.0) {
  } else if (std::isinf(x)) {
    e = 0x1f;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    double f = std::frexp(std::fabs(x), &e);
    f *= 2.0;
    e--;
    if (e >= 16) return !raise(vm, &OverflowError_type, "float too large to pack with e format").is_null();
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = unsigned(f);
    if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) return !raise(vm, &OverflowError_type, "float too large to pack with e format").is_null();
      }
    }
  }
  *out = uint16_t(bits | (unsigned(e) << 10) | (sign << 15));
  return true;
}

double unpack_half(uint16_t h) {
  unsigned sign = h >> 15, e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e == 0x1f) return f == 0 ? (sign ? -INFINITY : INFINITY) : (sign ? -NAN : NAN);
  double x = double(f) / 1024.0;
  int exp;
  if (e == 0) {
    exp = -14;
  } else {
    x += 1.0;
    exp = int(e) - 15;
  }
  x = std::ldexp(x, exp);
  return sign ? -x : x;
}

bool float_arg(Vm& vm, Value v, double* out) {
  if (!v.is_small_int() && !is_int(v) && !isinstance(v, &float_type) && !(type_of(v)->flags & kTypeHeap)) {
    return !struct_error(vm, "required argument is not a float").is_null();
  }
  if (to_double(vm, v, out)) return true;
  if (exc_matches(vm, &TypeError_type)) {
    vm.clear_exc();
    return !struct_error(vm, "required argument is not a float").is_null();
  }
  return false;
}

// Packs one value of `item` at p.
bool pack_value(Vm& vm, const Item& item, const Layout& l, Value v, uint8_t* p) {
  switch (item.code) {
    case '?': {
      int t = is_true(vm, v);
      if (t < 0) return false;
      *p = uint8_t(t);
      return true;
    }
    case 'c': {
      if (!isinstance(v, &bytes_type)) {  // bytes only, as CPython (a bytearray is an error)
        return !struct_error(vm, "char format requires a bytes object of length 1").is_null();
      }
      BufferInfo b;
      if (!stdlib::buffer_arg(vm, v, &b) ) return false;
      if (b.len != 1) return !struct_error(vm, "char format requires a bytes object of length 1").is_null();
      *p = *static_cast<uint8_t*>(b.data);
      return true;
    }
    case 'e': {
      double d;
      uint16_t h = 0;
      if (!float_arg(vm, v, &d) || !pack_half(vm, d, &h)) return false;
      store_uint(p, h, 2, l.big_endian);
      return true;
    }
    case 'f': {
      double d;
      if (!float_arg(vm, v, &d)) return false;
      float f = float(d);
      if (std::isinf(f) && !std::isinf(d) && !l.native) {
        return !raise(vm, &OverflowError_type, "float too large to pack with f format").is_null();
      }
      uint32_t u;
      memcpy(&u, &f, 4);
      store_uint(p, u, 4, l.big_endian);
      return true;
    }
    case 'd': {
      double d;
      if (!float_arg(vm, v, &d)) return false;
      uint64_t u;
      memcpy(&u, &d, 8);
      store_uint(p, u, 8, l.big_endian);
      return true;
    }
    default: {
      uint64_t bits = 0;
      if (!int_bits(vm, item.code, item.size, v, &bits)) return false;
      store_uint(p, bits, item.size, l.big_endian);
      return true;
    }
  }
}

// 's' and 'p': bytes, truncated or zero-padded to the count ('p' has a length byte first).
bool pack_bytes(Vm& vm, const Item& item, Value v, uint8_t* p) {
  if (!isinstance(v, &bytes_type) && !isinstance(v, &bytearray_type)) {
    return !struct_error(vm, "argument for '%c' must be a bytes object", item.code).is_null();
  }
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, v, &b)) return false;
  size_t n = item.count;
  if (item.code == 'p') {
    if (n == 0) return true;
    size_t len = b.len < n - 1 ? b.len : n - 1;
    p[0] = uint8_t(len > 255 ? 255 : len);
    memcpy(p + 1, b.data, len);
    return true;
  }
  memcpy(p, b.data, b.len < n ? b.len : n);
  return true;
}

// Packs args[0, n) per `fmt` into out (which has layout.size zeroed bytes).
bool pack_all(Vm& vm, StrView fmt, const Layout& l, const Value* args, uint8_t* out) {
  size_t next = 0;
  Layout walk;
  return walk_format(vm, fmt, &walk, [&](const Item& item) {
    if (item.code == 'x') return true;
    if (item.code == 's' || item.code == 'p') return pack_bytes(vm, item, args[next++], out + item.offset);
    for (size_t i = 0; i < item.count; ++i) {
      if (!pack_value(vm, item, l, args[next++], out + item.offset + i * item.size)) return false;
    }
    return true;
  });
}

// --- bytes to values ---------------------------------------------------------------------------

Value unpack_value(Vm& vm, const Item& item, const Layout& l, const uint8_t* p) {
  switch (item.code) {
    case '?': return Value::boolean(*p != 0);
    case 'c': return bytes_new(vm, p, 1);
    case 'e': return float_new(vm, unpack_half(uint16_t(load_uint(p, 2, l.big_endian))));
    case 'f': {
      uint32_t u = uint32_t(load_uint(p, 4, l.big_endian));
      float f;
      memcpy(&f, &u, 4);
      return float_new(vm, f);
    }
    case 'd': {
      uint64_t u = load_uint(p, 8, l.big_endian);
      double d;
      memcpy(&d, &u, 8);
      return float_new(vm, d);
    }
    default: {
      uint64_t u = load_uint(p, item.size, l.big_endian);
      bool is_unsigned = item.code >= 'A' && item.code <= 'Z';
      if (is_unsigned) return bigint_from_uint64(vm, u);
      unsigned shift = unsigned(64 - 8 * item.size);
      return bigint_from_int64(vm, int64_t(u << shift) >> shift);
    }
  }
}

Value unpack_all(Vm& vm, StrView fmt, const Layout& l, const uint8_t* data) {
  Value t = tuple_alloc(vm, l.values);
  if (t.is_null()) return t;
  size_t next = 0;
  Layout walk;
  bool ok = walk_format(vm, fmt, &walk, [&](const Item& item) {
    const uint8_t* p = data + item.offset;
    if (item.code == 'x') return true;
    Value v;
    if (item.code == 's') {
      v = bytes_new(vm, p, item.count);
    } else if (item.code == 'p') {
      size_t len = item.count ? p[0] : 0;
      if (item.count && len > item.count - 1) len = item.count - 1;
      v = bytes_new(vm, item.count ? p + 1 : p, len);
    } else {
      for (size_t i = 0; i < item.count; ++i) {
        v = unpack_value(vm, item, l, p + i * item.size);
        if (v.is_null()) return false;
        as_tuple(t)->items[next++] = v;
      }
      return true;
    }
    if (v.is_null()) return false;
    as_tuple(t)->items[next++] = v;
    return true;
  });
  return ok ? t : Value::null();
}

// --- the functions -----------------------------------------------------------------------------

// The format and layout of a call's first argument (a format or a Struct).
bool layout_of(Vm& vm, Value fmt_value, StrView* fmt, Layout* l) {
  return format_arg(vm, fmt_value, fmt) && measure(vm, *fmt, l);
}

bool check_count(Vm& vm, const char* what, const Layout& l, size_t n) {
  if (n == l.values) return true;
  struct_error(vm, "%s expected %lu items for packing (got %lu)", what, static_cast<unsigned long>(l.values),
               static_cast<unsigned long>(n));
  return false;
}

Value do_pack(Vm& vm, Value fmt_value, size_t n, const Value* args) {
  StrView fmt;
  Layout l;
  if (!layout_of(vm, fmt_value, &fmt, &l) || !check_count(vm, "pack", l, n)) return Value::null();
  Str* s = stdlib::bytes_alloc(vm, l.size);
  if (s == nullptr) return Value::null();
  memset(stdlib::bytes_data(s), 0, l.size);
  if (!pack_all(vm, fmt, l, args, stdlib::bytes_data(s))) return Value::null();
  return str_finish(s);
}

// A buffer offset as CPython normalises it (negative: from the end).
bool offset_arg(Vm& vm, Value v, size_t len, size_t* out) {
  sword off;
  if (!stdlib::int_arg(vm, v, &off)) return false;
  if (off < 0) {
    if (size_t(-off) > len) {
      struct_error(vm, "offset %ld out of range for %lu-byte buffer", long(off), static_cast<unsigned long>(len));
      return false;
    }
    off += sword(len);
  }
  *out = size_t(off);
  return true;
}

Value do_pack_into(Vm& vm, Value fmt_value, Value buffer, Value offset, size_t n, const Value* args) {
  StrView fmt;
  Layout l;
  if (!layout_of(vm, fmt_value, &fmt, &l) || !check_count(vm, "pack_into", l, n)) return Value::null();
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, buffer, &b, true)) {
    if (exc_matches(vm, &TypeError_type)) {
      vm.clear_exc();
      std::string_view tn = type_name(type_of(buffer));
      return raise(vm, &TypeError_type, "argument must be read-write bytes-like object, not %.*s", int(tn.size()), tn.data());
    }
    return Value::null();
  }
  size_t off;
  if (!offset_arg(vm, offset, b.len, &off)) return Value::null();
  if (b.len < off || b.len - off < l.size) {
    return struct_error(vm,
                        "pack_into requires a buffer of at least %lu bytes for packing %lu bytes at offset %lu "
                        "(actual buffer size is %lu)",
                        static_cast<unsigned long>(l.size + off), static_cast<unsigned long>(l.size),
                        static_cast<unsigned long>(off), static_cast<unsigned long>(b.len));
  }
  uint8_t* p = static_cast<uint8_t*>(b.data) + off;
  memset(p, 0, l.size);
  return pack_all(vm, fmt, l, args, p) ? Value::none() : Value::null();
}

Value do_unpack(Vm& vm, Value fmt_value, Value buffer) {
  StrView fmt;
  Layout l;
  BufferInfo b;
  if (!layout_of(vm, fmt_value, &fmt, &l) || !stdlib::buffer_arg(vm, buffer, &b)) return Value::null();
  if (b.len != l.size) return struct_error(vm, "unpack requires a buffer of %lu bytes", static_cast<unsigned long>(l.size));
  return unpack_all(vm, fmt, l, static_cast<const uint8_t*>(b.data));
}

Value do_unpack_from(Vm& vm, Value fmt_value, Value buffer, Value offset) {
  StrView fmt;
  Layout l;
  BufferInfo b;
  if (!layout_of(vm, fmt_value, &fmt, &l) || !stdlib::buffer_arg(vm, buffer, &b)) return Value::null();
  size_t off;
  if (!offset_arg(vm, offset, b.len, &off)) return Value::null();
  if (b.len < off || b.len - off < l.size) {
    if (off > b.len) {
      return struct_error(vm, "offset %lu out of range for %lu-byte buffer", static_cast<unsigned long>(off),
                          static_cast<unsigned long>(b.len));
    }
    return struct_error(vm,
                        "unpack_from requires a buffer of at least %lu bytes for unpacking %lu bytes at offset %lu "
                        "(actual buffer size is %lu)",
                        static_cast<unsigned long>(l.size + off), static_cast<unsigned long>(l.size),
                        static_cast<unsigned long>(off), static_cast<unsigned long>(b.len));
  }
  return unpack_all(vm, fmt, l, static_cast<const uint8_t*>(b.data) + off);
}

// iter_unpack: the tuples of each whole record, computed up front into a list iterator.
Value do_iter_unpack(Vm& vm, Value fmt_value, Value buffer) {
  StrView fmt;
  Layout l;
  BufferInfo b;
  if (!layout_of(vm, fmt_value, &fmt, &l) || !stdlib::buffer_arg(vm, buffer, &b)) return Value::null();
  if (l.size == 0) return struct_error(vm, "cannot iteratively unpack with a struct of length 0");
  if (b.len % l.size != 0) {
    return struct_error(vm, "iterative unpacking requires a buffer of a multiple of %lu bytes",
                        static_cast<unsigned long>(l.size));
  }
  size_t n = b.len / l.size;
  Value list = list_new(vm, n, nullptr);
  if (list.is_null()) return list;
  for (size_t i = 0; i < n; ++i) {
    get_bytes_view(vm, buffer, &b);  // re-read: an allocation may not move it, but stay safe
    Value t = unpack_all(vm, fmt, l, static_cast<const uint8_t*>(b.data) + i * l.size);
    if (t.is_null()) return t;
    as_list(list)->items[i] = t;
  }
  return get_iter(vm, list);
}

Value s_calcsize(Vm& vm, size_t, size_t, const Value* args) {
  StrView fmt;
  Layout l;
  if (!layout_of(vm, args[0], &fmt, &l)) return Value::null();
  return Value::small_int(sword(l.size));
}

Value s_pack(Vm& vm, size_t n, size_t, const Value* args) { return do_pack(vm, args[0], n - 1, args + 1); }
Value s_pack_into(Vm& vm, size_t n, size_t, const Value* args) {
  return do_pack_into(vm, args[0], args[1], args[2], n - 3, args + 3);
}
Value s_unpack(Vm& vm, size_t, size_t, const Value* args) { return do_unpack(vm, args[0], args[1]); }

Value s_unpack_from(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::format, kArgRequired, Value::none()},
                                 {Q::buffer, kArgRequired, Value::none()},
                                 {Q::offset, 0, Value::small_int(0)}};
  Value a[3];
  if (!parse_args(vm, "unpack_from", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  return do_unpack_from(vm, a[0], a[1], a[2]);
}

Value s_iter_unpack(Vm& vm, size_t, size_t, const Value* args) { return do_iter_unpack(vm, args[0], args[1]); }

// --- Struct -----------------------------------------------------------------------------------

struct StructObj {
  const Type* type;
  Value format;  // str
  size_t size;
};

StructObj* as_struct(Value v) { return v.as<StructObj>(); }

Value struct_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::format, kArgRequired, Value::none()}};
  Value a[1];
  if (!parse_args(vm, "Struct", n_pos, n_kw, args, spec, 1, a)) return Value::null();
  StrView fmt;
  Layout l;
  if (!layout_of(vm, a[0], &fmt, &l)) return Value::null();
  Value text = is_str(a[0]) ? a[0] : str_new(vm, {fmt.data, fmt.len});
  if (text.is_null()) return text;
  auto* s = static_cast<StructObj*>(gc_alloc(vm, sizeof(StructObj)));
  if (s == nullptr) return Value::null();
  *s = StructObj{t, text, l.size};
  return Value::object(s);
}

Value st_pack(Vm& vm, size_t n, size_t, const Value* args) {
  return do_pack(vm, as_struct(args[0])->format, n - 1, args + 1);
}
Value st_pack_into(Vm& vm, size_t n, size_t, const Value* args) {
  return do_pack_into(vm, as_struct(args[0])->format, args[1], args[2], n - 3, args + 3);
}
Value st_unpack(Vm& vm, size_t, size_t, const Value* args) { return do_unpack(vm, as_struct(args[0])->format, args[1]); }
Value st_unpack_from(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::buffer, kArgRequired, Value::none()}, {Q::offset, 0, Value::small_int(0)}};
  Value a[2];
  if (!parse_args(vm, "unpack_from", n_pos - 1, n_kw, args + 1, spec, 2, a)) return Value::null();
  return do_unpack_from(vm, as_struct(args[0])->format, a[0], a[1]);
}
Value st_iter_unpack(Vm& vm, size_t, size_t, const Value* args) {
  return do_iter_unpack(vm, as_struct(args[0])->format, args[1]);
}
Value st_format(Vm& vm, size_t, size_t, const Value* args) { return as_struct(args[0])->format; }
Value st_size(Vm& vm, size_t, size_t, const Value* args) { return Value::small_int(sword(as_struct(args[0])->size)); }

bool struct_print(Vm& vm, Printer& out, Value self, PrintKind) {
  return print_str(out, "Struct(") && print_value(vm, out, as_struct(self)->format, PrintKind::kRepr) &&
         print_str(out, ")");
}

constexpr NativeFunction st_pack_obj = native_fn(Q::pack, st_pack, 1, kVarArgs);
constexpr NativeFunction st_pack_into_obj = native_fn(Q::pack_into, st_pack_into, 3, kVarArgs);
constexpr NativeFunction st_unpack_obj = native_fn(Q::unpack, st_unpack, 2, 2);
constexpr NativeFunction st_unpack_from_obj = native_fn(Q::unpack_from, st_unpack_from, 1, 3, true);
constexpr NativeFunction st_iter_unpack_obj = native_fn(Q::iter_unpack, st_iter_unpack, 2, 2);
constexpr NativeFunction st_format_get = native_fn(Q::format, st_format, 1, 1);
constexpr NativeFunction st_size_get = native_fn(Q::size, st_size, 1, 1);
constexpr Property st_format_prop = {&property_type, Value::object(&st_format_get), Value::none(), Value::none(),
                                     Value::none()};
constexpr Property st_size_prop = {&property_type, Value::object(&st_size_get), Value::none(), Value::none(),
                                   Value::none()};

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto struct_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(pack, st_pack_obj),
    ENTRY(pack_into, st_pack_into_obj),
    ENTRY(unpack, st_unpack_obj),
    ENTRY(unpack_from, st_unpack_from_obj),
    ENTRY(iter_unpack, st_iter_unpack_obj),
    ENTRY(format, st_format_prop),
    ENTRY(size, st_size_prop),
}));
constexpr ConstMap struct_locals = {struct_locals_table.data(), struct_locals_table.size()};

constexpr Type struct_type = {
    .type = &type_type, .name = Q::Struct, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = struct_make_new, .print = struct_print, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr,
    .iternext = nullptr, .buffer = nullptr, .locals = &struct_locals};

constexpr NativeFunction calcsize_obj = native_fn(Q::calcsize, s_calcsize, 1, 1);
constexpr NativeFunction pack_obj = native_fn(Q::pack, s_pack, 1, kVarArgs);
constexpr NativeFunction pack_into_obj = native_fn(Q::pack_into, s_pack_into, 3, kVarArgs);
constexpr NativeFunction unpack_obj = native_fn(Q::unpack, s_unpack, 2, 2);
constexpr NativeFunction unpack_from_obj = native_fn(Q::unpack_from, s_unpack_from, 0, 3, true);
constexpr NativeFunction iter_unpack_obj = native_fn(Q::iter_unpack, s_iter_unpack, 2, 2);

constexpr auto struct_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::struct_)},
    ENTRY(calcsize, calcsize_obj),
    ENTRY(pack, pack_obj),
    ENTRY(pack_into, pack_into_obj),
    ENTRY(unpack, unpack_obj),
    ENTRY(unpack_from, unpack_from_obj),
    ENTRY(iter_unpack, iter_unpack_obj),
    ENTRY(Struct, struct_type),
    ENTRY(error, struct_error_type),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap struct_module_globals = {struct_table.data(), struct_table.size()};

}  // namespace mote
