// bytes.cc — bytes and bytearray (design: bytes.h).
//
// Almost every method is written once over a read-only byte view (Bytes:
// pointer + length), taken from either type, and builds its result with
// make_like(), which gives a bytes for a bytes receiver and a bytearray for
// a bytearray one, as CPython does. Only the mutators (item/slice
// assignment, append, extend, insert, pop, remove...) are bytearray's own.
// Character classes and case mapping are ASCII, as in CPython.
#include "vm/bytes.h"

#include <cstdio>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/text_util.h"
#include "vm/lib_util.h"
#include "vm/vm.h"

namespace mote {

namespace {

struct Bytes {
  const uint8_t* p;
  size_t n;
  std::string_view view() const { return {reinterpret_cast<const char*>(p), n}; }
};

const char* tname(Value v) { return type_name(type_of(v)).data(); }

bool is_bytes(Value v) { return v.is_object() && native_base(type_of(v)) == &bytes_type; }
bool is_bytearray(Value v) { return v.is_object() && native_base(type_of(v)) == &bytearray_type; }

ByteArray* as_ba(Value v) { return v.as<ByteArray>(); }

// The bytes of a bytes/bytearray receiver (never a null pointer: an empty
// bytearray has no storage, and memchr/memcpy must not see nullptr).
Bytes bytes_of(Value v) {
  static const uint8_t kEmpty = 0;
  if (is_bytearray(v)) return {as_ba(v)->data ? as_ba(v)->data : &kEmpty, as_ba(v)->len};
  Str* s = v.as<Str>();
  return {reinterpret_cast<const uint8_t*>(s->data), s->len};
}

// Any buffer-protocol object; TypeError "a bytes-like object is required, not 'str'".
bool buffer_arg(Vm& vm, Value v, Bytes* out) {
  BufferInfo b;
  if (get_bytes_view(vm, v, &b)) {
    *out = {static_cast<const uint8_t*>(b.data), b.len};
    return true;
  }
  raise(vm, &TypeError_type, "a bytes-like object is required, not '%s'", tname(v));
  return false;
}

// A result of self's kind (bytes or bytearray).
Value make_like(Vm& vm, Value self, const uint8_t* data, size_t len) {
  return is_bytearray(self) ? bytearray_new(vm, data, len) : bytes_new(vm, data, len);
}

Value empty_like(Vm& vm, Value self) { return make_like(vm, self, nullptr, 0); }

// A byte value argument (0..255).
bool byte_arg(Vm& vm, Value v, uint8_t* out) {
  if (!is_int(v)) {
    raise(vm, &TypeError_type, "'%s' object cannot be interpreted as an integer", tname(v));
    return false;
  }
  sword x;
  if (!bigint_to_sword(int_unwrap(v.is_bool() ? Value::small_int(v.is_true_literal()) : v), &x) || x < 0 ||
      x > 255) {
    raise(vm, &ValueError_type, "byte must be in range(0, 256)");
    return false;
  }
  *out = uint8_t(x);
  return true;
}

// A search argument: an int (one byte) or a bytes-like object.
bool needle_arg(Vm& vm, Value v, uint8_t* one, Bytes* out) {
  if (is_int(v)) {
    if (!byte_arg(vm, v, one)) return false;
    *out = {one, 1};
    return true;
  }
  BufferInfo b;
  if (get_bytes_view(vm, v, &b)) {
    *out = {static_cast<const uint8_t*>(b.data), b.len};
    return true;
  }
  raise(vm, &TypeError_type, "argument should be integer or bytes-like object, not '%s'", tname(v));
  return false;
}

// --- storage --------------------------------------------------------------------------------

bool ba_reserve(Vm& vm, ByteArray* a, size_t need) {
  if (need <= a->alloc) return true;
  size_t cap = a->alloc < 8 ? 8 : a->alloc + a->alloc / 2;
  if (cap < need) cap = need;
  auto* d = static_cast<uint8_t*>(gc_alloc(vm, cap, true));
  if (d == nullptr) return false;
  if (a->len) memcpy(d, a->data, a->len);
  a->data = d;
  a->alloc = cap;
  return true;
}

// Replaces a[start, start + old_len) by data[0, new_len) (data may alias a).
bool ba_splice(Vm& vm, ByteArray* a, size_t start, size_t old_len, const uint8_t* data, size_t new_len) {
  uint8_t tmp[64];
  const uint8_t* src = data;
  if (data != nullptr && data >= a->data && data < a->data + a->alloc) {
    auto* copy = new_len <= sizeof(tmp) ? tmp : static_cast<uint8_t*>(gc_alloc(vm, new_len, true));
    if (copy == nullptr) return false;
    memcpy(copy, data, new_len);
    src = copy;
  }
  size_t len = a->len - old_len + new_len;
  if (!ba_reserve(vm, a, len)) return false;
  memmove(a->data + start + new_len, a->data + start + old_len, a->len - start - old_len);
  if (new_len) memcpy(a->data + start, src, new_len);
  a->len = len;
  return true;
}

// --- construction -----------------------------------------------------------------------------

bool is_bytes_ctor(const char* name) { return strcmp(name, "bytes") == 0; }  // not "bytearray"

// An item of an iterable given to bytes(): "bytes must be in range(0, 256)"
// (bytearray says "byte must be ...", as byte_arg does).
bool ctor_byte(Vm& vm, Value item, uint8_t* out, const char* name) {
  if (!byte_arg(vm, item, out)) {
    if (is_bytes_ctor(name) && exc_matches(vm, &ValueError_type)) {
      vm.clear_exc();
      raise(vm, &ValueError_type, "bytes must be in range(0, 256)");
    }
    return false;
  }
  return true;
}

// The bytes an argument to bytes()/bytearray() stands for, as a bytes value.
Value bytes_from_object(Vm& vm, Value v, const char* name) {
  BufferInfo b;
  if (get_bytes_view(vm, v, &b)) return bytes_new(vm, static_cast<const uint8_t*>(b.data), b.len);
  if (is_str(v)) return raise(vm, &TypeError_type, "string argument without an encoding");
  if (is_int(v)) {
    sword n;
    if (!to_sword(vm, v, &n)) return Value::null();
    if (n < 0) return raise(vm, &ValueError_type, "negative count");
    return bytes_new(vm, nullptr, size_t(n));
  }
  Value r = is_bytes_ctor(name) ? call_user_dunder(vm, v, Q::dunder_bytes, 0, nullptr) : Value::absent();
  if (!r.is_absent()) {
    if (!r.is_null() && !is_bytes(r)) {
      return raise(vm, &TypeError_type, "__bytes__ returned non-bytes (type %s)", tname(r));
    }
    return r;
  }
  const Type* vt = type_of(v);
  bool iterable = (vt->flags & kTypeHeap) ? !type_lookup(vt, q(Q::dunder_iter)).is_absent() ||
                                                !type_lookup(vt, q(Q::dunder_getitem)).is_absent()
                                          : vt->get_iter != nullptr;
  if (!iterable) {
    return raise(vm, &TypeError_type, "cannot convert '%s' object to %s", tname(v), name);
  }
  Value ba = bytearray_new(vm, nullptr, 0);
  if (ba.is_null()) return ba;
  bool ok = for_each(vm, v, [&](Value item) {
    uint8_t c;
    return ctor_byte(vm, item, &c, name) && bytearray_append(vm, ba, &c, 1);
  });
  if (!ok) return Value::null();
  return bytes_new(vm, as_ba(ba)->data, as_ba(ba)->len);
}

// bytes(source, encoding, errors) / bytearray(...): the source's bytes.
Value construct_source(Vm& vm, const char* name, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::source, 0, Value::absent()},
                                     {Q::encoding, 0, Value::absent()},
                                     {Q::errors, 0, Value::absent()}};
  Value a[3];
  if (!parse_args(vm, name, n_pos, n_kw, args, spec, 3, a)) return Value::null();
  for (int i = 1; i < 3; ++i) {
    if (!a[i].is_absent() && !is_str(a[i])) {
      return raise(vm, &TypeError_type, "%s() argument '%s' must be str, not %s", name,
                   i == 1 ? "encoding" : "errors", tname(a[i]));
    }
  }
  if (a[0].is_absent()) {
    if (!a[1].is_absent() || !a[2].is_absent()) {
      return raise(vm, &TypeError_type, a[1].is_absent() ? "errors without a string argument"
                                                          : "encoding without a string argument");
    }
    return bytes_new(vm, nullptr, 0);
  }
  if (!a[1].is_absent() || !a[2].is_absent()) {
    if (!is_str(a[0])) {
      return raise(vm, &TypeError_type, a[1].is_absent() ? "errors without a string argument"
                                                          : "encoding without a string argument");
    }
    Value enc_args[3] = {a[0], a[1].is_absent() ? q(Q::utf_8) : a[1], a[2].is_absent() ? q(Q::strict) : a[2]};
    return call_method(vm, a[0], q(Q::encode), 2, enc_args + 1);
  }
  return bytes_from_object(vm, a[0], name);
}

Value bytes_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos == 1 && n_kw == 0 && type_of(args[0]) == &bytes_type) return args[0];
  return construct_source(vm, "bytes", n_pos, n_kw, args);
}

Value bytearray_make_new(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args) {
  Value b = construct_source(vm, "bytearray", n_pos, n_kw, args);
  if (b.is_null()) return b;
  Bytes v = bytes_of(b);
  return bytearray_new(vm, v.p, v.n);
}

// --- repr ------------------------------------------------------------------------------------

// b'...' text; bytearray's repr (escape_single) escapes ' even inside "...".
bool print_bytes_repr(Printer& out, Bytes b, bool escape_single) {
  bool single = memchr(b.p, '\'', b.n) != nullptr, dbl = memchr(b.p, '"', b.n) != nullptr;
  char quote = single && !dbl ? '"' : '\'';
  char head[2] = {'b', quote};
  if (!out.write(out, head, 2)) return false;
  size_t lit = 0;
  for (size_t i = 0; i < b.n; ++i) {
    uint8_t c = b.p[i];
    char esc[5];
    int n = 0;
    if (c == '\\' || c == uint8_t(quote) || (escape_single && c == '\'')) {
      esc[0] = '\\', esc[1] = char(c), n = 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      esc[0] = '\\', esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r', n = 2;
    } else if (c < 0x20 || c >= 0x7f) {
      n = snprintf(esc, sizeof(esc), "\\x%02x", c);
    } else {
      continue;
    }
    if (!out.write(out, reinterpret_cast<const char*>(b.p) + lit, i - lit) || !out.write(out, esc, size_t(n))) {
      return false;
    }
    lit = i + 1;
  }
  return out.write(out, reinterpret_cast<const char*>(b.p) + lit, b.n - lit) && out.write(out, &quote, 1);
}

bool bytes_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  if (!is_bytearray(self)) return print_bytes_repr(out, bytes_of(self), false);
  std::string_view name = type_name(type_of(self));
  return print_str(out, name) && print_str(out, "(") && print_bytes_repr(out, bytes_of(self), true) && print_str(out, ")");
}

// --- slots --------------------------------------------------------------------------------------

Value bytes_unary(Vm& vm, UnarySlot op, Value self) {
  Bytes b = bytes_of(self);
  switch (op) {
    case UnarySlot::kBool: return Value::boolean(b.n != 0);
    case UnarySlot::kLen: return Value::small_int(sword(b.n));
    case UnarySlot::kHash: {
      if (is_bytearray(self)) return raise(vm, &TypeError_type, "unhashable type: '%s'", tname(self));
      Str* s = self.as<Str>();
      if (s->hash == 0) s->hash = hash_bytes(s->data, s->len) | 1;
      return int_from_sword(vm, sword(s->hash >> 1));  // may exceed a 32-bit small int
    }
    default: return Value::absent();
  }
}

int compare_bytes(Bytes a, Bytes b) {
  int c = memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a.n < b.n ? -1 : a.n > b.n;
}

Value repeat(Vm& vm, Value self, Value count) {
  if (!is_int(count)) return Value::not_implemented();
  sword n;
  if (!to_sword(vm, count, &n)) return Value::null();
  Bytes b = bytes_of(self);
  if (n <= 0 || b.n == 0) return empty_like(vm, self);
  // Past sys.maxsize: OverflowError for bytes, MemoryError for bytearray (as CPython).
  if (size_t(n) > size_t(INTPTR_MAX) / b.n && !is_bytearray(self)) {
    return raise(vm, &OverflowError_type, "repeated bytes are too long");
  }
  if (size_t(n) > SIZE_MAX / 2 / b.n) return raise_memory_error(vm);
  Value r = make_like(vm, self, nullptr, b.n * size_t(n));
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  for (sword i = 0; i < n; ++i) memcpy(p + size_t(i) * b.n, b.p, b.n);
  return r;
}

Value concat(Vm& vm, Value self, Value other) {
  BufferInfo ob;
  if (!get_bytes_view(vm, other, &ob)) {
    return raise(vm, &TypeError_type, "can't concat %s to %s", tname(other), tname(self));
  }
  Bytes a = bytes_of(self);
  if (is_bytearray(self) || !is_bytes(self)) {
    Value r = bytearray_new(vm, a.p, a.n);
    if (r.is_null() || !bytearray_append(vm, r, static_cast<const uint8_t*>(ob.data), ob.len)) return Value::null();
    return is_bytearray(self) ? r : bytes_new(vm, as_ba(r)->data, as_ba(r)->len);
  }
  Value r = bytes_new(vm, nullptr, a.n + ob.len);
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  memcpy(p, a.p, a.n);
  memcpy(p + a.n, ob.data, ob.len);
  return r;
}

Value bytes_contains(Vm& vm, Value self, Value item) {
  uint8_t one;
  Bytes needle;
  if (!is_int(item)) {
    BufferInfo b;
    if (!get_bytes_view(vm, item, &b)) return raise(vm, &TypeError_type, "a bytes-like object is required, not '%s'", tname(item));
    needle = {static_cast<const uint8_t*>(b.data), b.len};
  } else if (!needle_arg(vm, item, &one, &needle)) {
    return Value::null();
  }
  Bytes b = bytes_of(self);
  return Value::boolean(find_bytes(reinterpret_cast<const char*>(b.p), 0, b.n, needle.view()) >= 0);
}

Value inplace_op(Vm& vm, BinaryOp op, Value self, Value other) {
  ByteArray* a = as_ba(self);
  if (op == BinaryOp::ADD) {
    BufferInfo ob;
    if (!get_bytes_view(vm, other, &ob)) return raise(vm, &TypeError_type, "can't concat %s to %s", tname(other), tname(self));
    return ba_splice(vm, a, a->len, 0, static_cast<const uint8_t*>(ob.data), ob.len) ? self : Value::null();
  }
  Value r = repeat(vm, self, other);
  if (r.is_null() || r.is_object() == false) return r;
  ByteArray* rb = as_ba(r);
  a->data = rb->data, a->len = rb->len, a->alloc = rb->alloc;
  return self;
}

Value bytes_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op == kBinaryContains) return bytes_contains(vm, self, other);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    BufferInfo ob;
    if (!is_bytes(other) && !is_bytearray(other)) {
      if (!is_bytearray(self) || !get_bytes_view(vm, other, &ob)) return Value::not_implemented();
    }
    Bytes o = is_bytes(other) || is_bytearray(other) ? bytes_of(other) : Bytes{static_cast<const uint8_t*>(ob.data), ob.len};
    int c = compare_bytes(bytes_of(self), o);
    switch (op) {
      case kBinaryLt: return Value::boolean(c < 0);
      case kBinaryLe: return Value::boolean(c <= 0);
      case kBinaryEq: return Value::boolean(c == 0);
      case kBinaryNe: return Value::boolean(c != 0);
      case kBinaryGt: return Value::boolean(c > 0);
      default: return Value::boolean(c >= 0);
    }
  }
  if (op >= kReflectedBase) {
    BinaryOp r = BinaryOp(op - kReflectedBase);
    return r == BinaryOp::MUL ? repeat(vm, self, other) : Value::not_implemented();
  }
  BinaryOp b = BinaryOp(op);
  if ((b == BinaryOp::INPLACE_ADD || b == BinaryOp::INPLACE_MUL) && is_bytearray(self)) {
    if (b == BinaryOp::INPLACE_MUL && !is_int(other)) return Value::not_implemented();
    return inplace_op(vm, BinaryOp(int(b) - kInplaceOffset), self, other);
  }
  if (int(b) >= kInplaceOffset) b = BinaryOp(int(b) - kInplaceOffset);
  switch (b) {
    case BinaryOp::ADD: return concat(vm, self, other);
    case BinaryOp::MUL: return repeat(vm, self, other);
    case BinaryOp::MOD: {
      Value r = percent_format(vm, self, other, true);
      if (r.is_null() || r.is_object() == false || !is_bytearray(self)) return r;
      Bytes rb = bytes_of(r);
      return bytearray_new(vm, rb.p, rb.n);
    }
    default: return Value::not_implemented();
  }
}

// --- indexing ----------------------------------------------------------------------------------

bool is_slice(Value v) { return v.is_object() && type_of(v) == &slice_type; }

// An index into self; IndexError "index out of range" ("bytearray index ...").
bool item_index(Vm& vm, Value self, Value index, size_t len, size_t* out) {
  if (is_bytearray(self)) return normalize_index(vm, index, len, out, "bytearray");
  sword i;
  if (!to_sword(vm, index, &i)) return false;
  if (i < 0) i += sword(len);
  if (i < 0 || size_t(i) >= len) {
    raise(vm, &IndexError_type, "index out of range");
    return false;
  }
  *out = size_t(i);
  return true;
}

Value load_item(Vm& vm, Value self, Value index) {
  Bytes b = bytes_of(self);
  if (is_slice(index)) {
    sword start, stop, step;
    size_t count;
    if (!slice_indices(vm, index, b.n, &start, &stop, &step, &count)) return Value::null();
    if (step == 1) return make_like(vm, self, b.p + start, count);
    Value r = make_like(vm, self, nullptr, count);
    if (r.is_null()) return r;
    uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
    for (size_t i = 0; i < count; ++i) p[i] = b.p[start + sword(i) * step];
    return r;
  }
  if (!is_int(index) && !(type_of(index)->flags & kTypeHeap)) {
    return raise(vm, &TypeError_type, "%s indices must be integers or slices, not %s",
                 is_bytearray(self) ? "bytearray" : "byte", tname(index));
  }
  size_t i;
  if (!item_index(vm, self, index, b.n, &i)) return Value::null();
  return Value::small_int(b.p[i]);
}

Value bytes_subscr(Vm& vm, Value self, Value index, Value value) {
  if (value.is_absent()) return load_item(vm, self, index);
  return raise(vm, &TypeError_type, "'%s' object does not support item %s", tname(self),
               value.is_null() ? "deletion" : "assignment");
}

// Items to assign to a slice: any bytes-like object or iterable of ints.
Value slice_source(Vm& vm, Value v) {
  if (is_int(v) || is_str(v)) {
    return raise(vm, &TypeError_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytes_from_object(vm, v, "bytearray");
}

bool assign_slice(Vm& vm, ByteArray* a, Value slice, Value value) {
  sword start, stop, step;
  size_t count;
  if (!slice_indices(vm, slice, a->len, &start, &stop, &step, &count)) return false;
  Bytes src{nullptr, 0};
  Value keep;
  if (!value.is_null()) {
    keep = slice_source(vm, value);
    if (keep.is_null()) return false;
    src = bytes_of(keep);
  }
  if (step == 1) return ba_splice(vm, a, size_t(start), count, src.p, src.n);
  if (!value.is_null()) {
    if (src.n != count) {
      raise(vm, &ValueError_type, "attempt to assign bytes of size %zu to extended slice of size %zu", src.n, count);
      return false;
    }
    for (size_t i = 0; i < count; ++i) a->data[start + sword(i) * step] = src.p[i];
    return true;
  }
  // Delete every step-th byte: compact in one pass.
  if (step < 0) {
    start = start + sword(count - 1) * step;
    step = -step;
  }
  size_t w = size_t(start);
  for (size_t r = size_t(start); r < a->len; ++r) {
    bool drop = r >= size_t(start) && (r - size_t(start)) % size_t(step) == 0 &&
                (r - size_t(start)) / size_t(step) < count;
    if (!drop) a->data[w++] = a->data[r];
  }
  a->len = w;
  return true;
}

Value bytearray_subscr(Vm& vm, Value self, Value index, Value value) {
  if (value.is_absent()) return load_item(vm, self, index);
  ByteArray* a = as_ba(self);
  if (is_slice(index)) return assign_slice(vm, a, index, value) ? Value::none() : Value::null();
  if (!is_int(index) && !(type_of(index)->flags & kTypeHeap)) {
    return raise(vm, &TypeError_type, "bytearray indices must be integers or slices, not %s", tname(index));
  }
  size_t i;
  if (!normalize_index(vm, index, a->len, &i, "bytearray")) return Value::null();
  if (value.is_null()) return ba_splice(vm, a, i, 1, nullptr, 0) ? Value::none() : Value::null();
  uint8_t c;
  if (!byte_arg(vm, value, &c)) return Value::null();
  a->data[i] = c;
  return Value::none();
}

struct alignas(8) BytesIter {
  const Type* type;
  Value obj;
  size_t pos;
};

extern const Type bytes_iterator_type;

Value bytes_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<BytesIter*>(gc_alloc(vm, sizeof(BytesIter)));
  if (it == nullptr) return Value::null();
  *it = BytesIter{&bytes_iterator_type, self, 0};
  return Value::object(it);
}

Value bytes_iter_next(Vm& vm, Value self) {
  BytesIter* it = self.as<BytesIter>();
  Bytes b = bytes_of(it->obj);
  if (it->pos >= b.n) return Value::absent();
  return Value::small_int(b.p[it->pos++]);
}


constexpr Type bytes_iterator_type = {
    .type = &type_type, .name = Q::bytes_iterator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = bytes_iter_next, .buffer = nullptr, .locals = nullptr};

bool bytes_buffer(Vm& vm, Value self, BufferInfo* out, bool writable) {
  Bytes b = bytes_of(self);
  bool ro = !is_bytearray(self);
  if (writable && ro) return false;
  *out = BufferInfo{const_cast<uint8_t*>(b.p), b.n, 'B', ro};
  return true;
}

}  // namespace

// --- public API -----------------------------------------------------------------------------------

Value bytes_new(Vm& vm, const uint8_t* data, size_t len) {
  Str* s = str_alloc(vm, len, &bytes_type);
  if (s == nullptr) return Value::null();
  if (data != nullptr && len != 0) memcpy(str_data(s), data, len);
  s->char_len = uint32_t(len);
  return Value::object(s);
}

Value bytearray_new(Vm& vm, const uint8_t* data, size_t len) {
  auto* a = static_cast<ByteArray*>(gc_alloc(vm, sizeof(ByteArray)));
  if (a == nullptr) return Value::null();
  a->type = &bytearray_type;
  if (len && !ba_reserve(vm, a, len)) return Value::null();
  if (data != nullptr && len != 0) memcpy(a->data, data, len);
  a->len = len;
  return Value::object(a);
}

bool get_bytes_view(Vm& vm, Value v, BufferInfo* out) {
  if (!v.is_object()) return false;
  const Type* t = native_base(type_of(v));
  if (t == &bytes_type || t == &bytearray_type) {
    Bytes b = bytes_of(v);
    *out = BufferInfo{const_cast<uint8_t*>(b.p), b.n, 'B', t == &bytes_type};
    return true;
  }
  return t->buffer != nullptr && t->buffer(vm, v, out, false);
}

bool bytearray_append(Vm& vm, Value ba, const uint8_t* data, size_t len) {
  ByteArray* a = as_ba(ba);
  return ba_splice(vm, a, a->len, 0, data, len);
}

namespace {

// --- methods: searching ----------------------------------------------------------------------------

bool check_self(Vm& vm, Value self, const char* name) {
  if (is_bytes(self) || is_bytearray(self)) return true;
  raise(vm, &TypeError_type, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", name, tname(self));
  return false;
}

bool slice_arg(Vm& vm, Value v, sword* out) {
  if (v.is_none() || v.is_absent()) return true;
  if (is_bigint(v)) {
    *out = int_compare_double(v, 0.0) < 0 ? -INTPTR_MAX : INTPTR_MAX;
    return true;
  }
  if (!is_int(v) && !(type_of(v)->flags & kTypeHeap)) {
    raise(vm, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return to_sword(vm, v, out);
}

// [start, end) of args[2], args[3], clamped; *empty if start > len.
bool range_args(Vm& vm, size_t n_pos, const Value* args, size_t len, size_t* b, size_t* e, bool* empty) {
  sword s = 0, t = sword(len);
  if ((n_pos > 2 && !slice_arg(vm, args[2], &s)) || (n_pos > 3 && !slice_arg(vm, args[3], &t))) return false;
  if (s < 0) s = s + sword(len) < 0 ? 0 : s + sword(len);
  if (t < 0) t = t + sword(len) < 0 ? 0 : t + sword(len);
  *empty = size_t(s) > len || s > t;
  *b = size_t(s) > len ? len : size_t(s);
  *e = size_t(t) > len ? len : size_t(t);
  return true;
}

enum class Find { kFind, kRFind, kIndex, kRIndex, kCount };

Value search(Vm& vm, const char* name, size_t n_pos, const Value* args, Find how) {
  if (!check_self(vm, args[0], name)) return Value::null();
  uint8_t one;
  Bytes needle;
  if (!needle_arg(vm, args[1], &one, &needle)) return Value::null();
  Bytes b = bytes_of(args[0]);
  size_t s, e;
  bool empty;
  if (!range_args(vm, n_pos, args, b.n, &s, &e, &empty)) return Value::null();
  const char* p = reinterpret_cast<const char*>(b.p);
  if (how == Find::kCount) {
    if (empty) return Value::small_int(0);
    return Value::small_int(sword(needle.n == 0 ? e - s + 1 : count_bytes(p, s, e, needle.view(), SIZE_MAX)));
  }
  bool reverse = how == Find::kRFind || how == Find::kRIndex;
  sword pos = empty ? -1 : reverse ? rfind_bytes(p, s, e, needle.view()) : find_bytes(p, s, e, needle.view());
  if (pos < 0 && (how == Find::kIndex || how == Find::kRIndex)) {
    return raise(vm, &ValueError_type, "subsection not found");
  }
  return Value::small_int(pos);
}

Value m_find(Vm& vm, size_t n, size_t, const Value* a) { return search(vm, "find", n, a, Find::kFind); }
Value m_rfind(Vm& vm, size_t n, size_t, const Value* a) { return search(vm, "rfind", n, a, Find::kRFind); }
Value m_index(Vm& vm, size_t n, size_t, const Value* a) { return search(vm, "index", n, a, Find::kIndex); }
Value m_rindex(Vm& vm, size_t n, size_t, const Value* a) { return search(vm, "rindex", n, a, Find::kRIndex); }
Value m_count(Vm& vm, size_t n, size_t, const Value* a) { return search(vm, "count", n, a, Find::kCount); }

Value starts_ends(Vm& vm, const char* name, size_t n_pos, const Value* args, bool ends) {
  if (!check_self(vm, args[0], name)) return Value::null();
  Bytes b = bytes_of(args[0]);
  size_t s, e;
  bool empty;
  if (!range_args(vm, n_pos, args, b.n, &s, &e, &empty)) return Value::null();
  size_t n = 1;
  Value* items = const_cast<Value*>(&args[1]);
  bool tuple = isinstance(args[1], &tuple_type);
  if (tuple) seq_items(args[1], &n, &items);
  for (size_t i = 0; i < n; ++i) {
    BufferInfo pb;
    if (!get_bytes_view(vm, items[i], &pb)) {
      if (tuple) return raise(vm, &TypeError_type, "a bytes-like object is required, not '%s'", tname(items[i]));
      return raise(vm, &TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s", name, tname(items[i]));
    }
    if (empty || pb.len > e - s) continue;
    const uint8_t* at = ends ? b.p + e - pb.len : b.p + s;
    if (memcmp(at, pb.data, pb.len) == 0) return Value::true_();
  }
  return Value::false_();
}

Value m_startswith(Vm& vm, size_t n, size_t, const Value* a) { return starts_ends(vm, "startswith", n, a, false); }
Value m_endswith(Vm& vm, size_t n, size_t, const Value* a) { return starts_ends(vm, "endswith", n, a, true); }

// --- methods: split, join, strip, replace ---------------------------------------------------------

bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool append_piece(Vm& vm, Value list, Value self, const uint8_t* p, size_t n) {
  Value piece = make_like(vm, self, p, n);
  return !piece.is_null() && list_append(vm, list.as<List>(), piece);
}

void reverse_items(Value list) {
  List* l = list.as<List>();
  for (size_t i = 0, j = l->len; i + 1 < j; ++i, --j) {
    Value t = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = t;
  }
}

// Splits on a separator, left to right or (right) right to left.
bool split_on(Vm& vm, Value self, Bytes b, Bytes sep, sword maxsplit, bool right, Value list) {
  const char* p = reinterpret_cast<const char*>(b.p);
  if (!right) {
    size_t start = 0;
    for (sword pos; maxsplit != 0 && (pos = find_bytes(p, start, b.n, sep.view())) >= 0; --maxsplit) {
      if (!append_piece(vm, list, self, b.p + start, size_t(pos) - start)) return false;
      start = size_t(pos) + sep.n;
    }
    return append_piece(vm, list, self, b.p + start, b.n - start);
  }
  size_t end = b.n;
  for (sword pos; maxsplit != 0 && (pos = rfind_bytes(p, 0, end, sep.view())) >= 0; --maxsplit) {
    if (!append_piece(vm, list, self, b.p + pos + sep.n, end - size_t(pos) - sep.n)) return false;
    end = size_t(pos);
  }
  if (!append_piece(vm, list, self, b.p, end)) return false;
  reverse_items(list);
  return true;
}

// Splits on runs of ASCII whitespace; after maxsplit splits the rest is one
// piece, its outer whitespace kept.
bool split_space(Vm& vm, Value self, Bytes b, sword maxsplit, Value list) {
  size_t i = 0;
  for (;;) {
    while (i < b.n && is_space(b.p[i])) ++i;
    if (i >= b.n) return true;
    size_t start = i;
    if (maxsplit == 0) {
      i = b.n;
    } else {
      while (i < b.n && !is_space(b.p[i])) ++i;
    }
    if (!append_piece(vm, list, self, b.p + start, i - start)) return false;
    if (maxsplit > 0) --maxsplit;
  }
}

bool rsplit_space(Vm& vm, Value self, Bytes b, sword maxsplit, Value list) {
  size_t e = b.n;
  for (;;) {
    while (e > 0 && is_space(b.p[e - 1])) --e;
    if (e == 0) break;
    size_t end = e;
    if (maxsplit == 0) {
      e = 0;
    } else {
      while (e > 0 && !is_space(b.p[e - 1])) --e;
    }
    if (!append_piece(vm, list, self, b.p + e, end - e)) return false;
    if (maxsplit > 0) --maxsplit;
  }
  reverse_items(list);
  return true;
}

Value split_impl(Vm& vm, const char* name, size_t n_pos, size_t n_kw, const Value* args, bool right) {
  static constexpr ArgSpec spec[] = {{Q::sep, 0, Value::none()}, {Q::maxsplit, 0, Value::small_int(-1)}};
  Value a[2];
  if (!check_self(vm, args[0], name) || !parse_args(vm, name, n_pos - 1, n_kw, args + 1, spec, 2, a)) {
    return Value::null();
  }
  sword maxsplit;
  Bytes sep{nullptr, 0};
  if (!to_sword(vm, a[1], &maxsplit) || (!a[0].is_none() && !buffer_arg(vm, a[0], &sep))) return Value::null();
  if (!a[0].is_none() && sep.n == 0) return raise(vm, &ValueError_type, "empty separator");
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  Bytes b = bytes_of(args[0]);
  bool ok = !a[0].is_none() ? split_on(vm, args[0], b, sep, maxsplit, right, list)
            : right         ? rsplit_space(vm, args[0], b, maxsplit, list)
                            : split_space(vm, args[0], b, maxsplit, list);
  return ok ? list : Value::null();
}

Value m_split(Vm& vm, size_t n, size_t k, const Value* a) { return split_impl(vm, "split", n, k, a, false); }
Value m_rsplit(Vm& vm, size_t n, size_t k, const Value* a) { return split_impl(vm, "rsplit", n, k, a, true); }

Value m_splitlines(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::keepends, 0, Value::false_()}};
  Value keep_v;
  if (!check_self(vm, args[0], "splitlines") ||
      !parse_args(vm, "splitlines", n_pos - 1, n_kw, args + 1, spec, 1, &keep_v)) {
    return Value::null();
  }
  int keep = is_true(vm, keep_v);
  if (keep < 0) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  Bytes b = bytes_of(args[0]);
  size_t start = 0;
  for (size_t i = 0; i < b.n;) {
    size_t br = b.p[i] == '\r' ? (i + 1 < b.n && b.p[i + 1] == '\n' ? 2 : 1) : b.p[i] == '\n' ? 1 : 0;
    if (br == 0) {
      ++i;
      continue;
    }
    if (!append_piece(vm, list, args[0], b.p + start, i - start + (keep ? br : 0))) return Value::null();
    i += br;
    start = i;
  }
  if (start < b.n && !append_piece(vm, list, args[0], b.p + start, b.n - start)) return Value::null();
  return list;
}

Value m_join(Vm& vm, size_t, size_t, const Value* args) {
  if (!check_self(vm, args[0], "join")) return Value::null();
  Value seq = args[1];
  size_t n;
  Value* items;
  if (!seq_items(seq, &n, &items)) {
    seq = list_from_iter(vm, seq);
    if (seq.is_null()) return seq;
    seq_items(seq, &n, &items);
  }
  Bytes sep = bytes_of(args[0]);
  size_t total = n > 0 ? sep.n * (n - 1) : 0;
  for (size_t i = 0; i < n; ++i) {
    BufferInfo b;
    if (!get_bytes_view(vm, items[i], &b)) {
      return raise(vm, &TypeError_type, "sequence item %zu: expected a bytes-like object, %s found", i, tname(items[i]));
    }
    total += b.len;
  }
  Value r = make_like(vm, args[0], nullptr, total);
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  for (size_t i = 0; i < n; ++i) {
    BufferInfo b;
    get_bytes_view(vm, items[i], &b);
    if (i > 0) memcpy(p, sep.p, sep.n), p += sep.n;
    memcpy(p, b.data, b.len);
    p += b.len;
  }
  return r;
}

Value strip_impl(Vm& vm, const char* name, size_t n_pos, const Value* args, bool left, bool right) {
  if (!check_self(vm, args[0], name)) return Value::null();
  Bytes chars{reinterpret_cast<const uint8_t*>(" \t\n\r\x0b\x0c"), 6};
  if (n_pos > 1 && !args[1].is_none() && !buffer_arg(vm, args[1], &chars)) return Value::null();
  Bytes b = bytes_of(args[0]);
  size_t s = 0, e = b.n;
  while (left && s < e && memchr(chars.p, b.p[s], chars.n)) ++s;
  while (right && e > s && memchr(chars.p, b.p[e - 1], chars.n)) --e;
  if (s == 0 && e == b.n && type_of(args[0]) == &bytes_type) return args[0];
  return make_like(vm, args[0], b.p + s, e - s);
}

Value m_strip(Vm& vm, size_t n, size_t, const Value* a) { return strip_impl(vm, "strip", n, a, true, true); }
Value m_lstrip(Vm& vm, size_t n, size_t, const Value* a) { return strip_impl(vm, "lstrip", n, a, true, false); }
Value m_rstrip(Vm& vm, size_t n, size_t, const Value* a) { return strip_impl(vm, "rstrip", n, a, false, true); }

Value m_replace(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (!check_self(vm, args[0], "replace")) return Value::null();
  Bytes old, with;
  if (!buffer_arg(vm, args[1], &old) || !buffer_arg(vm, args[2], &with)) return Value::null();
  sword count = -1;
  if (n_pos > 3 && !to_sword(vm, args[3], &count)) return Value::null();
  size_t limit = count < 0 ? SIZE_MAX : size_t(count);
  Bytes b = bytes_of(args[0]);
  const char* p = reinterpret_cast<const char*>(b.p);
  size_t n = old.n == 0 ? (limit < b.n + 1 ? limit : b.n + 1) : count_bytes(p, 0, b.n, old.view(), limit);
  Value r = make_like(vm, args[0], nullptr, b.n - n * old.n + n * with.n);
  if (r.is_null()) return r;
  uint8_t* out = const_cast<uint8_t*>(bytes_of(r).p);
  size_t start = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t pos = old.n == 0 ? start : size_t(find_bytes(p, start, b.n, old.view()));
    memcpy(out, b.p + start, pos - start);
    out += pos - start;
    memcpy(out, with.p, with.n);
    out += with.n;
    start = pos + old.n;
    if (old.n == 0 && start < b.n) *out++ = b.p[start++];
  }
  memcpy(out, b.p + start, b.n - start);
  return r;
}

Value partition_impl(Vm& vm, const Value* args, bool right) {
  if (!check_self(vm, args[0], right ? "rpartition" : "partition")) return Value::null();
  Bytes sep;
  if (!buffer_arg(vm, args[1], &sep)) return Value::null();
  if (sep.n == 0) return raise(vm, &ValueError_type, "empty separator");
  Bytes b = bytes_of(args[0]);
  const char* p = reinterpret_cast<const char*>(b.p);
  sword pos = right ? rfind_bytes(p, 0, b.n, sep.view()) : find_bytes(p, 0, b.n, sep.view());
  Value parts[3];
  if (pos < 0) {
    parts[0] = make_like(vm, args[0], right ? nullptr : b.p, right ? 0 : b.n);
    parts[1] = empty_like(vm, args[0]);
    parts[2] = make_like(vm, args[0], right ? b.p : nullptr, right ? b.n : 0);
  } else {
    parts[0] = make_like(vm, args[0], b.p, size_t(pos));
    parts[1] = make_like(vm, args[0], sep.p, sep.n);
    parts[2] = make_like(vm, args[0], b.p + pos + sep.n, b.n - size_t(pos) - sep.n);
  }
  for (Value v : parts) {
    if (v.is_null()) return v;
  }
  return tuple_new(vm, 3, parts);
}

Value m_partition(Vm& vm, size_t, size_t, const Value* a) { return partition_impl(vm, a, false); }
Value m_rpartition(Vm& vm, size_t, size_t, const Value* a) { return partition_impl(vm, a, true); }

Value affix_impl(Vm& vm, const Value* args, bool suffix) {
  if (!check_self(vm, args[0], suffix ? "removesuffix" : "removeprefix")) return Value::null();
  Bytes a;
  if (!buffer_arg(vm, args[1], &a)) return Value::null();
  Bytes b = bytes_of(args[0]);
  if (a.n <= b.n && memcmp(suffix ? b.p + b.n - a.n : b.p, a.p, a.n) == 0) {
    return make_like(vm, args[0], suffix ? b.p : b.p + a.n, b.n - a.n);
  }
  return make_like(vm, args[0], b.p, b.n);
}

Value m_removeprefix(Vm& vm, size_t, size_t, const Value* a) { return affix_impl(vm, a, false); }
Value m_removesuffix(Vm& vm, size_t, size_t, const Value* a) { return affix_impl(vm, a, true); }

// --- methods: case, classes, padding ---------------------------------------------------------------

bool lower_c(uint8_t c) { return c >= 'a' && c <= 'z'; }
bool upper_c(uint8_t c) { return c >= 'A' && c <= 'Z'; }
bool alpha_c(uint8_t c) { return lower_c(c) || upper_c(c); }
bool digit_c(uint8_t c) { return c >= '0' && c <= '9'; }

enum class Case { kUpper, kLower, kSwap, kTitle, kCapitalize };

Value case_impl(Vm& vm, const char* name, Value self, Case how) {
  if (!check_self(vm, self, name)) return Value::null();
  Bytes b = bytes_of(self);
  Value r = make_like(vm, self, b.p, b.n);
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  bool prev = false;
  for (size_t i = 0; i < b.n; ++i) {
    uint8_t c = p[i];
    bool up = how == Case::kUpper || (how == Case::kSwap && lower_c(c)) || (how == Case::kTitle && !prev) ||
              (how == Case::kCapitalize && i == 0);
    if (up && lower_c(c)) c = uint8_t(c - 32);
    else if (!up && upper_c(c) && how != Case::kSwap) c = uint8_t(c + 32);
    else if (how == Case::kSwap && upper_c(c)) c = uint8_t(c + 32);
    prev = alpha_c(c);
    p[i] = c;
  }
  return r;
}

Value m_upper(Vm& vm, size_t, size_t, const Value* a) { return case_impl(vm, "upper", a[0], Case::kUpper); }
Value m_lower(Vm& vm, size_t, size_t, const Value* a) { return case_impl(vm, "lower", a[0], Case::kLower); }
Value m_swapcase(Vm& vm, size_t, size_t, const Value* a) { return case_impl(vm, "swapcase", a[0], Case::kSwap); }
Value m_title(Vm& vm, size_t, size_t, const Value* a) { return case_impl(vm, "title", a[0], Case::kTitle); }
Value m_capitalize(Vm& vm, size_t, size_t, const Value* a) {
  return case_impl(vm, "capitalize", a[0], Case::kCapitalize);
}

template <class Pred>
Value class_impl(Vm& vm, const char* name, Value self, Pred pred) {
  if (!check_self(vm, self, name)) return Value::null();
  Bytes b = bytes_of(self);
  if (b.n == 0) return Value::false_();
  for (size_t i = 0; i < b.n; ++i) {
    if (!pred(b.p[i])) return Value::false_();
  }
  return Value::true_();
}

Value m_isdigit(Vm& vm, size_t, size_t, const Value* a) { return class_impl(vm, "isdigit", a[0], digit_c); }
Value m_isalpha(Vm& vm, size_t, size_t, const Value* a) { return class_impl(vm, "isalpha", a[0], alpha_c); }
Value m_isalnum(Vm& vm, size_t, size_t, const Value* a) {
  return class_impl(vm, "isalnum", a[0], [](uint8_t c) { return alpha_c(c) || digit_c(c); });
}
Value m_isspace(Vm& vm, size_t, size_t, const Value* a) { return class_impl(vm, "isspace", a[0], is_space); }
Value m_isascii(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_self(vm, a[0], "isascii")) return Value::null();
  Bytes b = bytes_of(a[0]);
  for (size_t i = 0; i < b.n; ++i) {
    if (b.p[i] >= 0x80) return Value::false_();
  }
  return Value::true_();
}

Value cased_impl(Vm& vm, const char* name, Value self, bool upper) {
  if (!check_self(vm, self, name)) return Value::null();
  Bytes b = bytes_of(self);
  bool cased = false;
  for (size_t i = 0; i < b.n; ++i) {
    if (upper ? lower_c(b.p[i]) : upper_c(b.p[i])) return Value::false_();
    cased = cased || (upper ? upper_c(b.p[i]) : lower_c(b.p[i]));
  }
  return Value::boolean(cased);
}

Value m_isupper(Vm& vm, size_t, size_t, const Value* a) { return cased_impl(vm, "isupper", a[0], true); }
Value m_islower(Vm& vm, size_t, size_t, const Value* a) { return cased_impl(vm, "islower", a[0], false); }

enum class Just { kLeft, kRight, kCenter };

Value justify(Vm& vm, const char* name, size_t n_pos, const Value* args, Just how) {
  if (!check_self(vm, args[0], name)) return Value::null();
  sword width;
  if (!is_int(args[1])) {
    return raise(vm, &TypeError_type, "'%s' object cannot be interpreted as an integer", tname(args[1]));
  }
  if (!to_sword(vm, args[1], &width)) return Value::null();
  uint8_t fill = ' ';
  if (n_pos > 2) {
    BufferInfo f;
    if (!get_bytes_view(vm, args[2], &f) || f.len != 1) {
      return raise(vm, &TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s", name,
                   tname(args[2]));
    }
    fill = *static_cast<uint8_t*>(f.data);
  }
  Bytes b = bytes_of(args[0]);
  size_t marg = width > sword(b.n) ? size_t(width) - b.n : 0;
  size_t left = how == Just::kRight ? marg : how == Just::kLeft ? 0 : marg / 2 + (marg & size_t(width) & 1);
  Value r = make_like(vm, args[0], nullptr, b.n + marg);
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  memset(p, fill, left);
  memcpy(p + left, b.p, b.n);
  memset(p + left + b.n, fill, marg - left);
  return r;
}

Value m_ljust(Vm& vm, size_t n, size_t, const Value* a) { return justify(vm, "ljust", n, a, Just::kLeft); }
Value m_rjust(Vm& vm, size_t n, size_t, const Value* a) { return justify(vm, "rjust", n, a, Just::kRight); }
Value m_center(Vm& vm, size_t n, size_t, const Value* a) { return justify(vm, "center", n, a, Just::kCenter); }

Value m_zfill(Vm& vm, size_t, size_t, const Value* args) {
  if (!check_self(vm, args[0], "zfill")) return Value::null();
  sword width;
  if (!to_sword(vm, args[1], &width)) return Value::null();
  Bytes b = bytes_of(args[0]);
  size_t fill = width > sword(b.n) ? size_t(width) - b.n : 0;
  Value r = make_like(vm, args[0], nullptr, b.n + fill);
  if (r.is_null()) return r;
  uint8_t* p = const_cast<uint8_t*>(bytes_of(r).p);
  memset(p, '0', fill);
  memcpy(p + fill, b.p, b.n);
  if (fill && b.n && (b.p[0] == '+' || b.p[0] == '-')) p[0] = b.p[0], p[fill] = '0';
  return r;
}

// --- methods: decode, hex, fromhex ------------------------------------------------------------------

// Length of the valid UTF-8 prefix of a sequence at p (CPython's maximal
// subpart rule), or 0 for a complete valid sequence; *need: its full length.
size_t utf8_error_len(const uint8_t* p, size_t avail, size_t* need, const char** reason) {
  uint8_t c = p[0];
  if (c < 0x80) return *need = 1, 0;
  if (c < 0xc2 || c > 0xf4) return *reason = "invalid start byte", *need = 1, 1;
  size_t n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  *need = n;
  for (size_t k = 1; k < n; ++k) {
    if (k >= avail) return *reason = "unexpected end of data", k;
    uint8_t lo = 0x80, hi = 0xbf;
    if (k == 1) {
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    }
    if (p[k] < lo || p[k] > hi) return *reason = "invalid continuation byte", k;
  }
  return 0;
}

Value decode_error(Vm& vm, const char* codec, const uint8_t* p, size_t pos, size_t len, const char* reason) {
  if (len == 1) {
    return raise(vm, &UnicodeDecodeError_type, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                 p[pos], pos, reason);
  }
  return raise(vm, &UnicodeDecodeError_type, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, pos,
               pos + len - 1, reason);
}

// errors: 0 strict, 1 ignore, 2 replace.
Value decode_utf8(Vm& vm, Bytes b, int errors) {
  StrBuilder out(vm);
  size_t lit = 0;
  for (size_t i = 0; i < b.n;) {
    size_t need;
    const char* reason = nullptr;
    size_t bad = utf8_error_len(b.p + i, b.n - i, &need, &reason);
    if (bad == 0) {
      i += need;
      continue;
    }
    if (errors == 0) return decode_error(vm, "utf-8", b.p, i, bad, reason);
    if (!out.append(std::string_view(reinterpret_cast<const char*>(b.p) + lit, i - lit))) return Value::null();
    if (errors == 2 && !out.append("\xef\xbf\xbd")) return Value::null();
    i += bad;
    lit = i;
  }
  if (lit == 0) return str_new(vm, b.view());
  if (!out.append(std::string_view(reinterpret_cast<const char*>(b.p) + lit, b.n - lit))) return Value::null();
  return out.finish();
}

Value decode_narrow(Vm& vm, Bytes b, bool ascii, int errors) {
  StrBuilder out(vm);
  for (size_t i = 0; i < b.n; ++i) {
    uint8_t c = b.p[i];
    char buf[3];
    size_t n = 1;
    buf[0] = char(c);
    if (c >= 0x80 && ascii) {
      if (errors == 0) return decode_error(vm, "ascii", b.p, i, 1, "ordinal not in range(128)");
      if (errors == 1) continue;
      if (!out.append("\xef\xbf\xbd")) return Value::null();
      continue;
    }
    if (c >= 0x80) buf[0] = char(0xc0 | (c >> 6)), buf[1] = char(0x80 | (c & 0x3f)), n = 2;
    if (!out.append(std::string_view(buf, n))) return Value::null();
  }
  return out.finish();
}

Value m_decode(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::encoding, 0, Value::absent()}, {Q::errors, 0, Value::absent()}};
  Value a[2];
  if (!check_self(vm, args[0], "decode") || !parse_args(vm, "decode", n_pos - 1, n_kw, args + 1, spec, 2, a)) {
    return Value::null();
  }
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_absent() && !is_str(a[i])) {
      return raise(vm, &TypeError_type, "decode() argument '%s' must be str, not %s", i ? "errors" : "encoding",
                   tname(a[i]));
    }
  }
  char enc[16] = "utf-8";
  if (!a[0].is_absent()) {
    StrView e = str_view(a[0]);
    if (e.len >= sizeof(enc)) return raise(vm, &LookupError_type, "unknown encoding: %.*s", int(e.len), e.data);
    for (size_t i = 0; i < e.len; ++i) enc[i] = e.data[i] == '_' ? '-' : char(e.data[i] | (e.data[i] >= 'A' && e.data[i] <= 'Z' ? 0x20 : 0));
    enc[e.len] = '\0';
  }
  std::string_view en(enc);
  int codec = en == "utf-8" || en == "utf8" ? 0 : en == "ascii" || en == "us-ascii" ? 1
              : en == "latin-1" || en == "latin1" || en == "iso-8859-1" || en == "iso8859-1" ? 2 : -1;
  if (codec < 0) {
    StrView e = str_view(a[0]);
    return raise(vm, &LookupError_type, "unknown encoding: %.*s", int(e.len), e.data);
  }
  int errors = 0;
  if (!a[1].is_absent()) {
    StrView e = str_view(a[1]);
    std::string_view ev(e.data, e.len);
    errors = ev == "strict" ? 0 : ev == "ignore" ? 1 : ev == "replace" ? 2 : -1;
  }
  Bytes b = bytes_of(args[0]);
  if (errors < 0) {
    // An unknown handler only matters when an error occurs.
    Value r = codec == 0 ? decode_utf8(vm, b, 0) : decode_narrow(vm, b, codec == 1, 0);
    if (r.is_null() && exc_matches(vm, &UnicodeDecodeError_type)) {
      vm.clear_exc();
      StrView e = str_view(a[1]);
      return raise(vm, &LookupError_type, "unknown error handler name '%.*s'", int(e.len), e.data);
    }
    return r;
  }
  return codec == 0 ? decode_utf8(vm, b, errors) : decode_narrow(vm, b, codec == 1, errors);
}

Value m_hex(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::sep, 0, Value::absent()}, {Q::bytes_per_sep, 0, Value::small_int(1)}};
  Value a[2];
  if (!check_self(vm, args[0], "hex") || !parse_args(vm, "hex", n_pos - 1, n_kw, args + 1, spec, 2, a)) {
    return Value::null();
  }
  char sep = 0;
  if (!a[0].is_absent()) {
    std::string_view s;
    BufferInfo sb;
    if (is_str(a[0])) {
      StrView v = str_view(a[0]);
      s = std::string_view(v.data, v.len);
    } else if (get_bytes_view(vm, a[0], &sb)) {
      s = std::string_view(static_cast<const char*>(sb.data), sb.len);
    } else {
      return raise(vm, &TypeError_type, "object of type '%s' has no len()", tname(a[0]));
    }
    if (s.size() != 1) return raise(vm, &ValueError_type, "sep must be length 1.");
    if (uint8_t(s[0]) >= 0x80) return raise(vm, &ValueError_type, "sep must be ASCII.");
    sep = s[0];
  }
  sword per;
  if (!to_sword(vm, a[1], &per)) return Value::null();
  Bytes b = bytes_of(args[0]);
  size_t group = per < 0 ? size_t(-per) : size_t(per);
  size_t n_seps = sep && group && b.n ? (b.n - 1) / group : 0;
  Str* s = str_alloc(vm, 2 * b.n + n_seps);
  if (s == nullptr) return Value::null();
  char* p = str_data(s);
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < b.n; ++i) {
    // Separators count from the right for a positive bytes_per_sep.
    if (i > 0 && n_seps && ((per > 0 && (b.n - i) % group == 0) || (per < 0 && i % group == 0))) *p++ = sep;
    *p++ = kHex[b.p[i] >> 4];
    *p++ = kHex[b.p[i] & 15];
  }
  return str_finish(s);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

Value m_fromhex(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "fromhex() argument must be str, not %s", tname(args[1]));
  }
  StrView s = str_view(args[1]);
  Value ba = bytearray_new(vm, nullptr, 0);
  if (ba.is_null()) return ba;
  for (size_t i = 0; i < s.len;) {
    if (s.data[i] == ' ' || (s.data[i] >= '\t' && s.data[i] <= '\r')) {
      ++i;
      continue;
    }
    int hi = hex_value(s.data[i]);
    int lo = i + 1 < s.len ? hex_value(s.data[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      return raise(vm, &ValueError_type, "non-hexadecimal number found in fromhex() arg at position %zu",
                   hi < 0 ? i : i + 1);
    }
    uint8_t byte = uint8_t(hi * 16 + lo);
    if (!bytearray_append(vm, ba, &byte, 1)) return Value::null();
    i += 2;
  }
  const Type* cls = args[0].as<Type>();
  if (cls == &bytearray_type) return ba;
  Value r = bytes_new(vm, as_ba(ba)->data, as_ba(ba)->len);
  if (r.is_null() || cls == &bytes_type) return r;
  return call1(vm, args[0], r);
}

// --- bytearray mutators ---------------------------------------------------------------------------

bool check_ba(Vm& vm, Value self, const char* name) {
  if (is_bytearray(self)) return true;
  raise(vm, &TypeError_type, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name,
        tname(self));
  return false;
}

Value ba_append(Vm& vm, size_t, size_t, const Value* a) {
  uint8_t c;
  if (!check_ba(vm, a[0], "append") || !byte_arg(vm, a[1], &c)) return Value::null();
  return bytearray_append(vm, a[0], &c, 1) ? Value::none() : Value::null();
}

Value ba_extend(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "extend")) return Value::null();
  if (is_int(a[1])) return raise(vm, &TypeError_type, "can't extend bytearray with %s", tname(a[1]));
  if (is_str(a[1])) return raise(vm, &TypeError_type, "'str' object cannot be interpreted as an integer");
  Value src = bytes_from_object(vm, a[1], "bytearray");
  if (src.is_null()) return src;
  Bytes b = bytes_of(src);
  return bytearray_append(vm, a[0], b.p, b.n) ? Value::none() : Value::null();
}

Value ba_pop(Vm& vm, size_t n_pos, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "pop")) return Value::null();
  ByteArray* ba = as_ba(a[0]);
  if (ba->len == 0) return raise(vm, &IndexError_type, "pop from empty bytearray");
  size_t i = ba->len - 1;
  if (n_pos > 1 && !normalize_index(vm, a[1], ba->len, &i, "pop")) return Value::null();
  uint8_t c = ba->data[i];
  ba_splice(vm, ba, i, 1, nullptr, 0);
  return Value::small_int(c);
}

Value ba_insert(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "insert")) return Value::null();
  ByteArray* ba = as_ba(a[0]);
  sword i;
  uint8_t c;
  if (!to_sword(vm, a[1], &i) || !byte_arg(vm, a[2], &c)) return Value::null();
  if (i < 0) i = i + sword(ba->len) < 0 ? 0 : i + sword(ba->len);
  if (size_t(i) > ba->len) i = sword(ba->len);
  return ba_splice(vm, ba, size_t(i), 0, &c, 1) ? Value::none() : Value::null();
}

Value ba_remove(Vm& vm, size_t, size_t, const Value* a) {
  uint8_t c;
  if (!check_ba(vm, a[0], "remove") || !byte_arg(vm, a[1], &c)) return Value::null();
  ByteArray* ba = as_ba(a[0]);
  const void* hit = memchr(ba->data, c, ba->len);
  if (hit == nullptr) return raise(vm, &ValueError_type, "value not found in bytearray");
  ba_splice(vm, ba, size_t(static_cast<const uint8_t*>(hit) - ba->data), 1, nullptr, 0);
  return Value::none();
}

Value ba_clear(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "clear")) return Value::null();
  as_ba(a[0])->len = 0;
  return Value::none();
}

Value ba_reverse(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "reverse")) return Value::null();
  ByteArray* ba = as_ba(a[0]);
  for (size_t i = 0, j = ba->len; i + 1 < j; ++i, --j) {
    uint8_t t = ba->data[i];
    ba->data[i] = ba->data[j - 1];
    ba->data[j - 1] = t;
  }
  return Value::none();
}

Value ba_copy(Vm& vm, size_t, size_t, const Value* a) {
  if (!check_ba(vm, a[0], "copy")) return Value::null();
  return bytearray_new(vm, as_ba(a[0])->data, as_ba(a[0])->len);
}

Value ba_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  if (!check_ba(vm, a[0], "__init__")) return Value::null();
  Value b = construct_source(vm, "bytearray", n_pos - 1, n_kw, a + 1);
  if (b.is_null()) return b;
  ByteArray* ba = as_ba(a[0]);
  ba->len = 0;
  Bytes v = bytes_of(b);
  return bytearray_append(vm, a[0], v.p, v.n) ? Value::none() : Value::null();
}

// --- tables -------------------------------------------------------------------------------------------

#define METHOD(name, fn, min, max, kw) constexpr NativeFunction bm_##name##_obj = native_fn(Q::name, fn, min, max, kw);
METHOD(capitalize, m_capitalize, 1, 1, false)
METHOD(center, m_center, 2, 3, false)
METHOD(count, m_count, 2, 4, false)
METHOD(decode, m_decode, 1, 3, true)
METHOD(endswith, m_endswith, 2, 4, false)
METHOD(find, m_find, 2, 4, false)
METHOD(hex, m_hex, 1, 3, true)
METHOD(index, m_index, 2, 4, false)
METHOD(isalnum, m_isalnum, 1, 1, false)
METHOD(isalpha, m_isalpha, 1, 1, false)
METHOD(isascii, m_isascii, 1, 1, false)
METHOD(isdigit, m_isdigit, 1, 1, false)
METHOD(islower, m_islower, 1, 1, false)
METHOD(isspace, m_isspace, 1, 1, false)
METHOD(isupper, m_isupper, 1, 1, false)
METHOD(join, m_join, 2, 2, false)
METHOD(ljust, m_ljust, 2, 3, false)
METHOD(lower, m_lower, 1, 1, false)
METHOD(lstrip, m_lstrip, 1, 2, false)
METHOD(partition, m_partition, 2, 2, false)
METHOD(removeprefix, m_removeprefix, 2, 2, false)
METHOD(removesuffix, m_removesuffix, 2, 2, false)
METHOD(replace, m_replace, 3, 4, false)
METHOD(rfind, m_rfind, 2, 4, false)
METHOD(rindex, m_rindex, 2, 4, false)
METHOD(rjust, m_rjust, 2, 3, false)
METHOD(rpartition, m_rpartition, 2, 2, false)
METHOD(rsplit, m_rsplit, 1, 3, true)
METHOD(rstrip, m_rstrip, 1, 2, false)
METHOD(split, m_split, 1, 3, true)
METHOD(splitlines, m_splitlines, 1, 2, true)
METHOD(startswith, m_startswith, 2, 4, false)
METHOD(strip, m_strip, 1, 2, false)
METHOD(swapcase, m_swapcase, 1, 1, false)
METHOD(title, m_title, 1, 1, false)
METHOD(upper, m_upper, 1, 1, false)
METHOD(zfill, m_zfill, 2, 2, false)
METHOD(append, ba_append, 2, 2, false)
METHOD(extend, ba_extend, 2, 2, false)
METHOD(pop, ba_pop, 1, 2, false)
METHOD(insert, ba_insert, 3, 3, false)
METHOD(remove, ba_remove, 2, 2, false)
METHOD(clear, ba_clear, 1, 1, false)
METHOD(reverse, ba_reverse, 1, 1, false)
METHOD(copy, ba_copy, 1, 1, false)
#undef METHOD
constexpr NativeFunction bm_fromhex_fn = native_fn(Q::fromhex, m_fromhex, 2, 2);
constexpr NativeMethodWrapper bm_fromhex_obj = {&class_method_type, Value::object(&bm_fromhex_fn)};
constexpr NativeFunction bm_init_obj = native_fn(Q::dunder_init, ba_init, 1, 4, true);

#define ENTRY(name) {q(Q::name), Value::object(&bm_##name##_obj)}
#define COMMON_ENTRIES                                                                                      \
  ENTRY(capitalize), ENTRY(center), ENTRY(count), ENTRY(decode), ENTRY(endswith), ENTRY(find), ENTRY(hex), \
      ENTRY(index), ENTRY(isalnum), ENTRY(isalpha), ENTRY(isascii), ENTRY(isdigit), ENTRY(islower),         \
      ENTRY(isspace), ENTRY(isupper), ENTRY(join), ENTRY(ljust), ENTRY(lower), ENTRY(lstrip),               \
      ENTRY(partition), ENTRY(removeprefix), ENTRY(removesuffix), ENTRY(replace), ENTRY(rfind),             \
      ENTRY(rindex), ENTRY(rjust), ENTRY(rpartition), ENTRY(rsplit), ENTRY(rstrip), ENTRY(split),           \
      ENTRY(splitlines), ENTRY(startswith), ENTRY(strip), ENTRY(swapcase), ENTRY(title), ENTRY(upper),      \
      ENTRY(zfill), ENTRY(fromhex)
constexpr auto bytes_locals_table = sorted_table<38>({{COMMON_ENTRIES}});
constexpr auto bytearray_locals_table = sorted_table<47>({{
    COMMON_ENTRIES, ENTRY(append), ENTRY(extend), ENTRY(pop), ENTRY(insert), ENTRY(remove), ENTRY(clear),
    ENTRY(reverse), ENTRY(copy), {q(Q::dunder_init), Value::object(&bm_init_obj)},
}});
#undef COMMON_ENTRIES
#undef ENTRY
constexpr ConstMap bytes_locals = {bytes_locals_table.data(), bytes_locals_table.size()};
constexpr ConstMap bytearray_locals = {bytearray_locals_table.data(), bytearray_locals_table.size()};

}  // namespace

constexpr Type bytes_type = {
    .type = &type_type, .name = Q::bytes, .flags = kTypeBaseType, .instance_size = sizeof(Str),
    .base = &object_type, .make_new = bytes_make_new, .print = bytes_print, .unary = bytes_unary,
    .binary = bytes_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = bytes_subscr,
    .call = nullptr, .get_iter = bytes_get_iter, .iternext = nullptr, .buffer = bytes_buffer,
    .locals = &bytes_locals};

constexpr Type bytearray_type = {
    .type = &type_type, .name = Q::bytearray, .flags = kTypeBaseType, .instance_size = sizeof(ByteArray),
    .base = &object_type, .make_new = bytearray_make_new, .print = bytes_print, .unary = bytes_unary,
    .binary = bytes_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = bytearray_subscr,
    .call = nullptr, .get_iter = bytes_get_iter, .iternext = nullptr, .buffer = bytes_buffer,
    .locals = &bytearray_locals};

}  // namespace mote
