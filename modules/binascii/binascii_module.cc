// binascii_module.cc — the `binascii` module (also `ubinascii`): hex and base64 conversions
// and CRC-32, with CPython's results and errors (binascii.Error, a ValueError).
//
// Inputs of the a2b_* functions may be bytes-like or ASCII str, as in CPython. Base64
// decoding is CPython's non-strict decoder: characters outside the alphabet are skipped and
// a complete pad ends the data. CRC-32 uses a 16-entry (nibble) table: 64 bytes of flash
// instead of zlib's 1 KiB, at half the speed; on the host zlib.crc32 is the fast one.
#include <cstring>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/bytes.h"

namespace mote {

namespace {

using stdlib::bytes_alloc;
using stdlib::bytes_data;

constexpr Type binascii_error_type = stdlib::module_exception_type(Q::Error, &ValueError_type);

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The bytes of an a2b_* argument: a buffer, or a str of ASCII characters.
bool ascii_arg(Vm& vm, Value v, const uint8_t** data, size_t* len) {
  if (is_str(v)) {
    StrView s = str_view(v);
    for (size_t i = 0; i < s.len; ++i) {
      if (uint8_t(s.data[i]) >= 0x80) {
        raise(vm, &ValueError_type, "string argument should contain only ASCII characters");
        return false;
      }
    }
    *data = reinterpret_cast<const uint8_t*>(s.data);
    *len = s.len;
    return true;
  }
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, v, &b)) {
    if (exc_matches(vm, &TypeError_type)) {
      vm.clear_exc();
      std::string_view tn = type_name(type_of(v));
      raise(vm, &TypeError_type, "argument should be bytes, buffer or ASCII string, not '%.*s'", int(tn.size()),
            tn.data());
    }
    return false;
  }
  *data = static_cast<const uint8_t*>(b.data);
  *len = b.len;
  return true;
}

// --- hex ------------------------------------------------------------------------------------------

// hexlify(data[, sep[, bytes_per_sep]]): sep goes between groups of bytes_per_sep bytes,
// counted from the right (from the left if negative), as bytes.hex().
Value b_hexlify(Vm& vm, size_t n, size_t, const Value* args) {
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, args[0], &b)) return Value::null();
  char sep = 0;
  sword per = 1;
  if (n > 1 && !args[1].is_absent()) {  // sep=None is a TypeError, as in CPython
    StrView s;
    if (is_str(args[1]) || isinstance(args[1], &bytes_type)) {
      s = str_view(args[1]);
    } else {
      return raise(vm, &TypeError_type, "sep must be str or bytes.");
    }
    if (s.len != 1) return raise(vm, &ValueError_type, "sep must be length 1.");
    sep = s.data[0];
    if (n > 2 && !stdlib::int_arg(vm, args[2], &per)) return Value::null();
  }
  size_t group = size_t(per < 0 ? -per : per);
  size_t seps = sep && group && b.len ? (b.len - 1) / group : 0;
  Str* out = bytes_alloc(vm, b.len * 2 + seps);
  if (out == nullptr) return Value::null();
  get_bytes_view(vm, args[0], &b);  // the allocation may not move it; re-read anyway
  const uint8_t* in = static_cast<const uint8_t*>(b.data);
  uint8_t* o = bytes_data(out);
  for (size_t i = 0; i < b.len; ++i) {
    *o++ = uint8_t(kHexDigits[in[i] >> 4]);
    *o++ = uint8_t(kHexDigits[in[i] & 15]);
    if (seps && i + 1 < b.len && (per < 0 ? (i + 1) % group == 0 : (b.len - 1 - i) % group == 0)) *o++ = uint8_t(sep);
  }
  return str_finish(out);
}

// The same with CPython's keywords: hexlify(data, sep=None, bytes_per_sep=1).
Value b_hexlify_kw(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {
      {Q::data, kArgRequired, Value::none()}, {Q::sep, 0, Value::absent()}, {Q::bytes_per_sep, 0, Value::small_int(1)}};
  Value a[3];
  if (!parse_args(vm, "hexlify", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  return b_hexlify(vm, 3, 0, a);
}

int hex_value(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value b_unhexlify(Vm& vm, size_t, size_t, const Value* args) {
  const uint8_t* in;
  size_t len;
  if (!ascii_arg(vm, args[0], &in, &len)) return Value::null();
  if (len % 2) return raise(vm, &binascii_error_type, "Odd-length string");
  Str* out = bytes_alloc(vm, len / 2);
  if (out == nullptr || !ascii_arg(vm, args[0], &in, &len)) return Value::null();
  for (size_t i = 0; i < len; i += 2) {
    int hi = hex_value(in[i]), lo = hex_value(in[i + 1]);
    if (hi < 0 || lo < 0) return raise(vm, &binascii_error_type, "Non-hexadecimal digit found");
    bytes_data(out)[i / 2] = uint8_t(hi << 4 | lo);
  }
  return str_finish(out);
}

// --- base64 ---------------------------------------------------------------------------------------

Value b_b2a_base64(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::data, kArgRequired, Value::none()}, {Q::newline, kArgKwOnly, Value::true_()}};
  Value a[2];
  BufferInfo b;
  if (!parse_args(vm, "b2a_base64", n_pos, n_kw, args, spec, 2, a) || !stdlib::buffer_arg(vm, a[0], &b)) {
    return Value::null();
  }
  int newline = is_true(vm, a[1]);
  if (newline < 0) return Value::null();
  Str* out = bytes_alloc(vm, (b.len + 2) / 3 * 4 + size_t(newline));
  if (out == nullptr) return Value::null();
  get_bytes_view(vm, a[0], &b);
  const uint8_t* in = static_cast<const uint8_t*>(b.data);
  uint8_t* o = bytes_data(out);
  for (size_t i = 0; i < b.len; i += 3) {
    uint32_t v = uint32_t(in[i]) << 16;
    if (i + 1 < b.len) v |= uint32_t(in[i + 1]) << 8;
    if (i + 2 < b.len) v |= in[i + 2];
    *o++ = uint8_t(kBase64[v >> 18]);
    *o++ = uint8_t(kBase64[(v >> 12) & 63]);
    *o++ = i + 1 < b.len ? uint8_t(kBase64[(v >> 6) & 63]) : '=';
    *o++ = i + 2 < b.len ? uint8_t(kBase64[v & 63]) : '=';
  }
  if (newline) *o = '\n';
  return str_finish(out);
}

int base64_value(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// CPython's non-strict a2b_base64.
Value b_a2b_base64(Vm& vm, size_t, size_t, const Value* args) {
  const uint8_t* in;
  size_t len;
  if (!ascii_arg(vm, args[0], &in, &len)) return Value::null();
  Str* out = bytes_alloc(vm, len / 4 * 3 + 3);
  if (out == nullptr || !ascii_arg(vm, args[0], &in, &len)) return Value::null();
  uint8_t* o = bytes_data(out);
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool done = false;
  for (size_t i = 0; i < len && !done; ++i) {
    if (in[i] == '=') {
      if (quad >= 2 && quad + ++pads >= 4) done = true;
      continue;
    }
    int v = base64_value(in[i]);
    if (v < 0) continue;
    pads = 0;
    switch (quad) {
      case 0: left = unsigned(v); quad = 1; break;
      case 1: *o++ = uint8_t(left << 2 | unsigned(v) >> 4); left = unsigned(v) & 0x0f; quad = 2; break;
      case 2: *o++ = uint8_t(left << 4 | unsigned(v) >> 2); left = unsigned(v) & 0x03; quad = 3; break;
      default: *o++ = uint8_t(left << 6 | unsigned(v)); quad = 0; break;
    }
  }
  size_t written = size_t(o - bytes_data(out));
  if (!done && quad == 1) {
    return raise(vm, &binascii_error_type,
                 "Invalid base64-encoded string: number of data characters (%lu) cannot be 1 more than a multiple of 4",
                 static_cast<unsigned long>(written / 3 * 4 + 1));
  }
  if (!done && quad != 0) return raise(vm, &binascii_error_type, "Incorrect padding");
  out->len = out->char_len = uint32_t(written);
  return str_finish(out);
}

// --- crc32 ----------------------------------------------------------------------------------------

constexpr uint32_t kCrcNibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};

uint32_t crc32_update(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  for (size_t i = 0; i < n; ++i) {
    crc ^= p[i];
    crc = (crc >> 4) ^ kCrcNibble[crc & 15];
    crc = (crc >> 4) ^ kCrcNibble[crc & 15];
  }
  return ~crc;
}

Value b_crc32(Vm& vm, size_t n, size_t, const Value* args) {
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, args[0], &b)) return Value::null();
  uint32_t crc = 0;
  if (n > 1) {
    Value start = to_index(vm, args[1]);  // an int (or __index__): 1.5 is a TypeError, as in CPython
    if (start.is_null()) return start;
    Value v = binary_op(vm, BinaryOp::AND, start, bigint_from_uint64(vm, 0xffffffffu));
    int64_t x;
    if (v.is_null()) return v;
    if (!bigint_to_int64(v, &x)) return raise(vm, &TypeError_type, "an integer is required");
    crc = uint32_t(x);
  }
  return bigint_from_uint64(vm, crc32_update(crc, static_cast<const uint8_t*>(b.data), b.len));
}

constexpr NativeFunction hexlify_obj = native_fn(Q::hexlify, b_hexlify_kw, 0, 3, true);
constexpr NativeFunction unhexlify_obj = native_fn(Q::unhexlify, b_unhexlify, 1, 1);
constexpr NativeFunction b2a_base64_obj = native_fn(Q::b2a_base64, b_b2a_base64, 0, 1, true);
constexpr NativeFunction a2b_base64_obj = native_fn(Q::a2b_base64, b_a2b_base64, 1, 1);
constexpr NativeFunction crc32_obj = native_fn(Q::crc32, b_crc32, 1, 2);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto binascii_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::binascii)},
    ENTRY(hexlify, hexlify_obj),
    ENTRY(b2a_hex, hexlify_obj),
    ENTRY(unhexlify, unhexlify_obj),
    ENTRY(a2b_hex, unhexlify_obj),
    ENTRY(b2a_base64, b2a_base64_obj),
    ENTRY(a2b_base64, a2b_base64_obj),
    ENTRY(crc32, crc32_obj),
    ENTRY(Error, binascii_error_type),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap binascii_module_globals = {binascii_table.data(), binascii_table.size()};

}  // namespace mote
