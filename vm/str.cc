// str.cc — the str type's core: storage, hashing, equality, concatenation,
// repetition, `in`, len/indexing/slicing by code point, iteration, repr and
// comparison. The str methods (split, join, format...) are the library's
// (vm/str_methods.cc, str_locals).
//
// Text is UTF-8. A str Value is either a qstr (interned) or a Str object
// whose bytes follow its header in one leaf block; both hash with FNV-1a so
// they mix as dict keys. Str records its length in code points, so len() is
// O(1) and ASCII text (char_len == len) is indexed directly; non-ASCII text
// is indexed by scanning, O(n) — the price of not storing UTF-32.
//
// One-character ASCII strings are a constexpr table in flash: s[i] and
// iteration over ASCII text never allocate.
#include <cstddef>
#include <cstdio>

#include "vm/format.h"
#include "vm/runtime.h"

namespace mote {

// --- one-character strings in flash -------------------------------------------------

namespace {

constexpr std::array<char, 256> kAsciiText = [] {
  std::array<char, 256> a{};
  for (int i = 0; i < 128; ++i) a[2 * i] = char(i);
  return a;
}();

template <size_t... I>
constexpr std::array<Str, 128> make_chars(std::index_sequence<I...>) {
  return {Str{&str_type, hash_bytes(&kAsciiText[2 * I], 1), 1, 1, &kAsciiText[2 * I]}...};
}
constexpr std::array<Str, 128> kAsciiChars = make_chars(std::make_index_sequence<128>());

}  // namespace

Value str_char(uint8_t c) { return Value::object(&kAsciiChars[c]); }

// --- basic access -------------------------------------------------------------------

StrView str_view(Value s) {
  if (s.is_qstr()) {
    QstrText t = qstr_text(s.as_qstr());
    return {t.data, t.len};
  }
  Str* o = s.as<Str>();
  return {o->data, o->len};
}

size_t utf8_char_count(const char* data, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; ++i) n += (uint8_t(data[i]) & 0xc0) != 0x80;
  return n;
}

bool is_str(Value v) {
  if (v.is_qstr()) return true;
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &str_type || (is_heap_type(t) && native_base(t) == &str_type);
}

Str* str_alloc(Vm& vm, size_t len, const Type* type) {
  auto* s = static_cast<Str*>(gc_alloc(vm, sizeof(Str) + len + 1, true));
  if (!s) return nullptr;
  s->type = type;
  s->len = uint32_t(len);
  s->data = reinterpret_cast<char*>(s + 1);
  return s;
}

Value str_finish(Str* s) {
  s->char_len = s->type == &str_type ? uint32_t(utf8_char_count(s->data, s->len)) : s->len;
  return Value::object(s);
}

Value str_new(Vm& vm, std::string_view utf8) {
  if (utf8.size() == 1 && uint8_t(utf8[0]) < 128) return str_char(uint8_t(utf8[0]));
  if (utf8.empty()) return q(Q::empty_);
  Str* s = str_alloc(vm, utf8.size());
  if (!s) return Value::null();
  memcpy(str_data(s), utf8.data(), utf8.size());
  return str_finish(s);
}

Value str_from_cstr(Vm& vm, const char* s) { return str_new(vm, std::string_view(s)); }

uint32_t str_hash(Value s) {
  if (s.is_qstr()) return qstr_text(s.as_qstr()).hash;
  Str* o = s.as<Str>();
  if (o->hash == 0) {
    uint32_t h = hash_bytes(o->data, o->len);
    if (reinterpret_cast<uintptr_t>(o) < reinterpret_cast<uintptr_t>(&kAsciiChars[0]) ||
        reinterpret_cast<uintptr_t>(o) > reinterpret_cast<uintptr_t>(&kAsciiChars[127])) {
      o->hash = h;
    }
    return h;
  }
  return o->hash;
}

Value str_intern(Vm& vm, Value s) {
  if (s.is_qstr()) return s;
  if (!is_str(s)) {
    return raise(vm, &TypeError_type, "attribute name must be string, not '%.*s'",
                 int(type_name(type_of(s)).size()), type_name(type_of(s)).data());
  }
  StrView v = str_view(s);
  return qstr_intern(vm, {v.data, v.len});
}

bool str_equal(Value a, Value b) {
  if (a.is_qstr() && b.is_qstr()) return a == b;
  StrView x = str_view(a), y = str_view(b);
  if (x.len != y.len) return false;
  if (!a.is_qstr() && !b.is_qstr()) {
    Str* sa = a.as<Str>();
    Str* sb = b.as<Str>();
    if (sa->hash && sb->hash && sa->hash != sb->hash) return false;
  }
  return memcmp(x.data, y.data, x.len) == 0;
}

int str_compare(Value a, Value b) {
  StrView x = str_view(a), y = str_view(b);
  size_t n = x.len < y.len ? x.len : y.len;
  int c = memcmp(x.data, y.data, n);
  if (c) return c < 0 ? -1 : 1;
  return x.len < y.len ? -1 : x.len > y.len;
}

namespace {

size_t char_len_of(Value s) {
  if (s.is_qstr()) {
    QstrText t = qstr_text(s.as_qstr());
    return utf8_char_count(t.data, t.len);
  }
  return s.as<Str>()->char_len;
}

// Byte offset of code point `i` (i <= char count).
size_t byte_offset(StrView v, size_t char_len, size_t i) {
  if (char_len == v.len) return i;
  size_t pos = 0;
  while (i > 0 && pos < v.len) {
    ++pos;
    while (pos < v.len && (uint8_t(v.data[pos]) & 0xc0) == 0x80) ++pos;
    --i;
  }
  return pos;
}

size_t utf8_seq_len(uint8_t c) {
  if (c < 0x80) return 1;
  if ((c & 0xe0) == 0xc0) return 2;
  if ((c & 0xf0) == 0xe0) return 3;
  return 4;
}

}  // namespace

// --- concatenation ----------------------------------------------------------------------
//
// `s += piece` in a loop would copy s every time (quadratic). A long result
// of a concatenation therefore goes into a growable shared buffer: a StrBuf
// with spare capacity, its Str header pointing into it. Concatenating onto
// a str whose text is the whole used part of such a buffer appends the new
// bytes in place and makes a new header sharing the buffer; the old str
// still sees only its own length, so nothing observable changes. Cost: one
// small header per step plus amortised O(1) copying.

namespace {

struct StrBuf {
  uint32_t used;
  uint32_t cap;
  char data[8];  // cap bytes, 16-aligned allocation: data sits at offset 8
};

constexpr size_t kSharedMin = 64;  // results shorter than this are plain strs

StrBuf* shared_buf(Value a, Vm& vm) {
  if (!a.is_object() || a.as_object()->type != &str_type) return nullptr;
  Str* s = a.as<Str>();
  const char* d = s->data;
  if (d == reinterpret_cast<const char*>(s + 1) || (reinterpret_cast<uintptr_t>(d) & 15) != 8) return nullptr;
  const char* head = d - offsetof(StrBuf, data);
  if (!gc_is_heap_head(vm, head)) return nullptr;
  return reinterpret_cast<StrBuf*>(const_cast<char*>(head));
}

Value shared_header(Vm& vm, StrBuf* buf, uint32_t len, uint32_t char_len) {
  auto* s = static_cast<Str*>(gc_alloc(vm, sizeof(Str)));  // not a leaf: it points at buf
  if (!s) return Value::null();
  s->type = &str_type;
  s->len = len;
  s->char_len = char_len;
  s->data = buf->data;
  return Value::object(s);
}

}  // namespace

Value str_concat(Vm& vm, Value a, Value b) {
  StrView x = str_view(a), y = str_view(b);
  if (x.len == 0) return b;
  if (y.len == 0) return a;
  size_t total = x.len + y.len;
  if (total >= kSharedMin && total < (size_t(1) << 31)) {
    uint32_t chars = uint32_t(char_len_of(a) + char_len_of(b));
    StrBuf* buf = shared_buf(a, vm);
    if (buf && buf->used == x.len && buf->cap >= total) {
      memcpy(buf->data + x.len, y.data, y.len);
      buf->used = uint32_t(total);
      return shared_header(vm, buf, uint32_t(total), chars);
    }
    size_t cap = total * 2;
    auto* nb = static_cast<StrBuf*>(gc_alloc(vm, offsetof(StrBuf, data) + cap + 1, true));
    if (!nb) return Value::null();
    x = str_view(a);  // (a collection does not move objects; re-read for clarity)
    memcpy(nb->data, x.data, x.len);
    memcpy(nb->data + x.len, y.data, y.len);
    nb->used = uint32_t(total);
    nb->cap = uint32_t(cap);
    return shared_header(vm, nb, uint32_t(total), chars);
  }
  Str* s = str_alloc(vm, x.len + y.len);
  if (!s) return Value::null();
  memcpy(str_data(s), x.data, x.len);
  memcpy(str_data(s) + x.len, y.data, y.len);
  s->char_len = uint32_t(char_len_of(a) + char_len_of(b));
  return Value::object(s);
}

Value str_substr(Vm& vm, Value s, size_t byte_start, size_t byte_len) {
  StrView v = str_view(s);
  return str_new(vm, {v.data + byte_start, byte_len});
}

// --- repr -------------------------------------------------------------------------------

namespace {

// Decodes one UTF-8 sequence at p (validated text); sets *n to its length.
uint32_t decode_utf8(const uint8_t* p, size_t avail, size_t* n) {
  uint8_t c = p[0];
  if (c < 0x80 || avail < 2) {
    *n = 1;
    return c;
  }
  if ((c & 0xe0) == 0xc0) {
    *n = 2;
    return uint32_t(c & 0x1f) << 6 | (p[1] & 0x3f);
  }
  if ((c & 0xf0) == 0xe0 && avail >= 3) {
    *n = 3;
    return uint32_t(c & 0x0f) << 12 | uint32_t(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
  }
  if (avail >= 4) {
    *n = 4;
    return uint32_t(c & 0x07) << 18 | uint32_t(p[1] & 0x3f) << 12 | uint32_t(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
  }
  *n = 1;
  return c;
}

// Non-printable code points beyond ASCII, as str.isprintable() sees them:
// controls, format characters, separators other than ' ', private use and
// unassigned specials (an approximation of the Unicode tables that covers
// the characters text actually contains).
bool nonprintable(uint32_t c) {
  return (c >= 0x80 && c <= 0xa0) || c == 0xad || c == 0x34f || c == 0x61c || c == 0x1680 || c == 0x180e ||
         (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) ||
         c == 0x3000 || (c >= 0xd800 && c <= 0xf8ff) || c == 0xfeff || (c >= 0xfff0 && c <= 0xfffb) ||
         c == 0xfffe || c == 0xffff || (c >= 0xe0000 && c <= 0xe0fff) || c >= 0xf0000;
}

}  // namespace

bool print_repr_str(Printer& out, StrView s) {
  bool has_single = memchr(s.data, '\'', s.len) != nullptr;
  bool has_double = memchr(s.data, '"', s.len) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  if (!out.write(out, &quote, 1)) return false;
  size_t run = 0;  // start of a run of bytes written as-is
  for (size_t i = 0; i < s.len;) {
    uint8_t c = uint8_t(s.data[i]);
    size_t n = 1;
    char esc[12];
    int len = 0;
    if (c == '\\' || c == uint8_t(quote)) {
      esc[0] = '\\';
      esc[1] = char(c);
      len = 2;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      esc[0] = '\\';
      esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
      len = 2;
    } else if (c < 0x20 || c == 0x7f) {
      len = snprintf(esc, sizeof esc, "\\x%02x", c);
    } else if (c >= 0x80) {
      uint32_t cp = decode_utf8(reinterpret_cast<const uint8_t*>(s.data) + i, s.len - i, &n);
      if (nonprintable(cp)) {
        len = cp < 0x100     ? snprintf(esc, sizeof esc, "\\x%02x", unsigned(cp))
              : cp < 0x10000 ? snprintf(esc, sizeof esc, "\\u%04x", unsigned(cp))
                             : snprintf(esc, sizeof esc, "\\U%08x", unsigned(cp));
      }
    }
    if (len) {
      if (!out.write(out, s.data + run, i - run) || !out.write(out, esc, size_t(len))) return false;
      run = i + n;
    }
    i += n;
  }
  if (!out.write(out, s.data + run, s.len - run)) return false;
  return out.write(out, &quote, 1);
}

namespace {

bool str_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  StrView s = str_view(self);
  if (kind == PrintKind::kStr) return out.write(out, s.data, s.len);
  return print_repr_str(out, s);
}

// --- slots ------------------------------------------------------------------------------

Value str_repeat(Vm& vm, Value s, Value count) {
  sword n;
  if (!to_sword(vm, count, &n)) return Value::null();
  StrView v = str_view(s);
  if (n <= 0 || v.len == 0) return q(Q::empty_);
  if (n == 1 && type_of(s) == &str_type) return s;
  // Past sys.maxsize is CPython's OverflowError; short of it, too big for the heap.
  if (size_t(n) > size_t(INTPTR_MAX) / v.len) return raise(vm, &OverflowError_type, "repeated string is too long");
  if (size_t(n) > (size_t(1) << 31) / v.len) return raise_memory_error(vm);
  Str* r = str_alloc(vm, v.len * size_t(n));
  if (!r) return Value::null();
  for (sword i = 0; i < n; ++i) memcpy(str_data(r) + size_t(i) * v.len, v.data, v.len);
  r->char_len = uint32_t(char_len_of(s) * size_t(n));
  return Value::object(r);
}

bool str_contains(Value hay, Value needle) {
  StrView h = str_view(hay), n = str_view(needle);
  if (n.len == 0) return true;
  if (n.len > h.len) return false;
  const char* end = h.data + h.len - n.len;
  for (const char* p = h.data; p <= end; ++p) {
    p = static_cast<const char*>(memchr(p, n.data[0], size_t(end - p) + 1));
    if (!p) return false;
    if (memcmp(p, n.data, n.len) == 0) return true;
  }
  return false;
}

Value str_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (!is_str(other)) return Value::not_implemented();
    int c = (op == kBinaryEq || op == kBinaryNe) ? !str_equal(self, other) : str_compare(self, other);
    switch (op) {
      case kBinaryLt: return Value::boolean(c < 0);
      case kBinaryLe: return Value::boolean(c <= 0);
      case kBinaryEq: return Value::boolean(c == 0);
      case kBinaryNe: return Value::boolean(c != 0);
      case kBinaryGt: return Value::boolean(c > 0);
      default: return Value::boolean(c >= 0);
    }
  }
  switch (op) {
    case uint8_t(BinaryOp::ADD):
    case uint8_t(BinaryOp::INPLACE_ADD):
      if (!is_str(other)) {
        return raise(vm, &TypeError_type, "can only concatenate str (not \"%.*s\") to str",
                     int(type_name(type_of(other)).size()), type_name(type_of(other)).data());
      }
      return str_concat(vm, self, other);
    case uint8_t(BinaryOp::MUL):
    case uint8_t(BinaryOp::INPLACE_MUL):
    case kReflectedBase + uint8_t(BinaryOp::MUL):
      if (!is_int(other)) return Value::not_implemented();
      return str_repeat(vm, self, other);
    case uint8_t(BinaryOp::MOD):
    case uint8_t(BinaryOp::INPLACE_MOD):
      return percent_format(vm, self, other, false);
    case kBinaryContains:
      if (!is_str(other)) {
        return raise(vm, &TypeError_type, "'in <string>' requires string as left operand, not %.*s",
                     int(type_name(type_of(other)).size()), type_name(type_of(other)).data());
      }
      return Value::boolean(str_contains(self, other));
    default:
      return Value::not_implemented();
  }
}

Value str_unary(Vm& vm, UnarySlot op, Value self) {
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(str_view(self).len != 0);
    case UnarySlot::kLen: return Value::small_int(sword(char_len_of(self)));
    case UnarySlot::kHash: return int_from_sword(vm, sword(str_hash(self)));  // as hash_value() sees it
    default: return Value::absent();
  }
}

Value str_subscr(Vm& vm, Value self, Value index, Value value) {
  if (!value.is_absent()) {
    return raise(vm, &TypeError_type, value.is_null() ? "'str' object doesn't support item deletion"
                                 : "'str' object does not support item assignment");
  }
  StrView v = str_view(self);
  size_t n = char_len_of(self);
  if (index.is_object() && index.as_object()->type == &slice_type) {
    sword start, stop, step;
    size_t count;
    if (!slice_indices(vm, index, n, &start, &stop, &step, &count)) return Value::null();
    if (step == 1) {
      size_t b0 = byte_offset(v, n, size_t(start));
      size_t b1 = count ? byte_offset(v, n, size_t(start) + count) : b0;
      if (b0 == 0 && b1 == v.len && type_of(self) == &str_type) return self;
      return str_new(vm, {v.data + b0, b1 - b0});
    }
    StrBuilder b(vm);
    for (size_t i = 0; i < count; ++i) {
      size_t cp = size_t(start + sword(i) * step);
      size_t off = byte_offset(v, n, cp);
      if (!b.write(b, v.data + off, utf8_seq_len(uint8_t(v.data[off])))) return Value::null();
    }
    return b.finish();
  }
  index = index_operand(vm, index, "string indices must be integers, not '%.*s'");
  if (index.is_null()) return index;
  size_t i;
  if (!normalize_index(vm, index, n, &i, "string")) return Value::null();
  size_t off = byte_offset(v, n, i);
  uint8_t c = uint8_t(v.data[off]);
  if (c < 128) return str_char(c);
  return str_new(vm, {v.data + off, utf8_seq_len(c)});
}

// --- iteration ---------------------------------------------------------------------

struct StrIter {
  const Type* type;
  Value str;
  size_t pos;  // byte offset
};

Value str_iter_next(Vm& vm, Value self) {
  StrIter* it = self.as<StrIter>();
  StrView v = str_view(it->str);
  if (it->pos >= v.len) return Value::absent();
  uint8_t c = uint8_t(v.data[it->pos]);
  if (c < 128) {
    ++it->pos;
    return str_char(c);
  }
  size_t n = utf8_seq_len(c);
  Value r = str_new(vm, {v.data + it->pos, n});
  it->pos += n;
  return r;
}


}  // namespace

constexpr Type str_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = str_iter_next, .buffer = nullptr, .locals = nullptr};

namespace {

Value str_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<StrIter*>(gc_alloc(vm, sizeof(StrIter)));
  if (!it) return Value::null();
  it->type = &str_iterator_type;
  it->str = self;
  return Value::object(it);
}

Value decode_bytes(Vm& vm, Value obj, Value encoding, Value errors) {
  BufferInfo b;
  const Type* t = native_base(type_of(obj));
  if (!t->buffer || !t->buffer(vm, obj, &b, false)) {
    return raise(vm, &TypeError_type, "decoding to str: need a bytes-like object, %.*s found",
                 int(type_name(type_of(obj)).size()), type_name(type_of(obj)).data());
  }
  // UTF-8 validation (strict), latin-1 and ascii.
  const uint8_t* p = static_cast<const uint8_t*>(b.data);
  StrView enc = encoding.is_absent() ? StrView{"utf-8", 5} : str_view(encoding);
  std::string_view e(enc.data, enc.len);
  bool latin1 = e == "latin-1" || e == "latin1" || e == "iso-8859-1";
  bool ascii = e == "ascii";
  if (latin1) {
    StrBuilder sb(vm);
    for (size_t i = 0; i < b.len; ++i) {
      char buf[2];
      if (p[i] < 0x80) {
        buf[0] = char(p[i]);
        if (!sb.write(sb, buf, 1)) return Value::null();
      } else {
        buf[0] = char(0xc0 | (p[i] >> 6));
        buf[1] = char(0x80 | (p[i] & 0x3f));
        if (!sb.write(sb, buf, 2)) return Value::null();
      }
    }
    return sb.finish();
  }
  for (size_t i = 0; i < b.len;) {
    size_t n = utf8_seq_len(p[i]);
    bool bad = (ascii && p[i] >= 0x80) || (p[i] >= 0x80 && p[i] < 0xc2) || p[i] > 0xf4 || i + n > b.len;
    for (size_t k = 1; !bad && k < n; ++k) bad = (p[i + k] & 0xc0) != 0x80;
    if (bad) {
      return raise(vm, &UnicodeDecodeError_type,
                   "'%s' codec can't decode byte 0x%02x in position %d: %s", ascii ? "ascii" : "utf-8",
                   p[i], int(i), ascii ? "ordinal not in range(128)" : "invalid start byte");
    }
    i += n;
  }
  return str_new(vm, {reinterpret_cast<const char*>(p), b.len});
}

Value str_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::object, 0, Value::absent()},
                                 {Q::encoding, 0, Value::absent()},
                                 {Q::errors, 0, Value::absent()}};
  Value a[3];
  if (!parse_args(vm, "str", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  if (a[0].is_absent()) return q(Q::empty_);
  if (!a[1].is_absent() || !a[2].is_absent()) return decode_bytes(vm, a[0], a[1], a[2]);
  return to_str(vm, a[0]);
}

}  // namespace

constexpr Type str_type = {
    .type = &type_type, .name = Q::str, .flags = kTypeBaseType, .instance_size = sizeof(Str),
    .base = &object_type, .make_new = str_make_new, .print = str_print, .unary = str_unary,
    .binary = str_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = str_subscr,
    .call = nullptr, .get_iter = str_get_iter, .iternext = nullptr, .buffer = nullptr,
    .locals = &str_locals};

}  // namespace mote
