// array_module.cc — the `array` module (also `uarray`): array.array, a typed growable buffer.
//
// Items are stored packed in one leaf GC block in the target's byte order, sized as the C
// types (typecodes b B h H i I l L q Q f d; 'l' is 4 bytes on a board and 8 on a 64-bit host,
// as CPython on each). The block grows geometrically, so append is amortised O(1). Arrays
// export the buffer protocol (memoryview, struct.pack_into, file readinto, hashlib), compare
// and concatenate as CPython's, and raise its errors (OverflowError "signed char is greater
// than maximum"). The 'u' typecode is not supported (deprecated in CPython, absent in
// MicroPython).
#include <cstring>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/bytes.h"

namespace mote {

namespace {

struct ArrayObj {
  const Type* type;
  char typecode;
  uint8_t itemsize;
  size_t len;    // items
  size_t alloc;  // items the block holds
  uint8_t* data;
};

extern const Type array_type;
extern const Type array_iterator_type;

ArrayObj* as_array(Value v) { return v.as<ArrayObj>(); }
bool is_array(Value v) { return v.is_object() && native_base(type_of(v)) == &array_type; }

size_t item_size(char code) {
  switch (code) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

bool is_unsigned(char code) { return code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q'; }

// --- item conversion ------------------------------------------------------------------------------

Value overflow(Vm& vm, char code, bool negative) {
  const char* msg;
  switch (code) {
    case 'b': msg = negative ? "signed char is less than minimum" : "signed char is greater than maximum"; break;
    case 'B': msg = negative ? "unsigned byte integer is less than minimum" : "unsigned byte integer is greater than maximum"; break;
    case 'h': msg = negative ? "signed short integer is less than minimum" : "signed short integer is greater than maximum"; break;
    case 'H': msg = negative ? "unsigned short is less than minimum" : "unsigned short is greater than maximum"; break;
    case 'i': msg = negative ? "signed integer is less than minimum" : "signed integer is greater than maximum"; break;
    case 'I': msg = negative ? "can't convert negative value to unsigned int" : "unsigned int is greater than maximum"; break;
    case 'l': msg = "Python int too large to convert to C long"; break;
    case 'L': msg = negative ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long"; break;
    case 'Q': msg = negative ? "can't convert negative int to unsigned" : "int too big to convert"; break;
    default: msg = "int too big to convert"; break;
  }
  return raise(vm, &OverflowError_type, "%s", msg);
}

// Stores v at p as an item of `code`; TypeError / OverflowError as CPython.
bool store_item(Vm& vm, char code, uint8_t* p, Value v) {
  if (code == 'f' || code == 'd') {
    double d;
    if (!to_double(vm, v, &d)) return false;
    if (code == 'f') {
      float f = float(d);
      memcpy(p, &f, 4);
    } else {
      memcpy(p, &d, 8);
    }
    return true;
  }
  if (v.is_object() && isinstance(v, &float_type)) {
    raise(vm, &TypeError_type, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Value i = v.is_small_int() ? v : to_index(vm, v);
  if (i.is_null()) return false;
  size_t size = item_size(code);
  int64_t s;
  uint64_t bits;
  if (bigint_to_int64(i, &s)) {
    if (is_unsigned(code)) {
      if (s < 0) return !overflow(vm, code, true).is_null();
      if (size < 8 && uint64_t(s) >> (8 * size)) return !overflow(vm, code, false).is_null();
    } else if (size < 8) {
      int64_t lim = int64_t(1) << (8 * size - 1);
      if (s < -lim || s >= lim) return !overflow(vm, code, s < 0).is_null();
    }
    bits = uint64_t(s);
  } else {  // beyond int64: only Q takes [2**63, 2**64)
    bool neg = bigint_compare(i, Value::small_int(0)) < 0;
    Value top = binary_op(vm, BinaryOp::RSHIFT, i, Value::small_int(32));
    int64_t hi;
    if (top.is_null()) return false;
    if (code != 'Q' || neg || !bigint_to_int64(top, &hi) || hi > int64_t(0xffffffff)) {
      return !overflow(vm, code, neg).is_null();
    }
    Value mask = bigint_from_uint64(vm, 0xffffffff);  // not a small int on 32-bit targets
    if (mask.is_null()) return false;
    Value low = binary_op(vm, BinaryOp::AND, i, mask);
    int64_t lo;
    if (low.is_null() || !bigint_to_int64(low, &lo)) return false;
    bits = uint64_t(hi) << 32 | uint64_t(lo);
  }
  switch (size) {
    case 1: *p = uint8_t(bits); break;
    case 2: { uint16_t x = uint16_t(bits); memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = uint32_t(bits); memcpy(p, &x, 4); break; }
    default: memcpy(p, &bits, 8); break;
  }
  return true;
}

Value load_item(Vm& vm, char code, const uint8_t* p) {
  switch (code) {
    case 'b': return Value::small_int(int8_t(*p));
    case 'B': return Value::small_int(*p);
    case 'h': { int16_t x; memcpy(&x, p, 2); return Value::small_int(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return Value::small_int(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return int_from_sword(vm, x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return bigint_from_uint64(vm, x); }
    case 'l': { long x; memcpy(&x, p, sizeof x); return bigint_from_int64(vm, x); }
    case 'L': { unsigned long x; memcpy(&x, p, sizeof x); return bigint_from_uint64(vm, x); }
    case 'q': { int64_t x; memcpy(&x, p, 8); return bigint_from_int64(vm, x); }
    case 'Q': { uint64_t x; memcpy(&x, p, 8); return bigint_from_uint64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(vm, x); }
    default: { double x; memcpy(&x, p, 8); return float_new(vm, x); }
  }
}

// --- storage ------------------------------------------------------------------------------------

bool reserve(Vm& vm, ArrayObj* a, size_t items) {
  if (items <= a->alloc) return true;
  if (items > SIZE_MAX / 4 / a->itemsize) return !raise_memory_error(vm).is_null();  // (32-bit size_t)
  size_t n = a->alloc ? a->alloc : 4;
  while (n < items) n *= 2;
  void* grown = a->data ? gc_realloc(vm, a->data, n * a->itemsize) : gc_alloc(vm, n * a->itemsize, true);
  auto* d = static_cast<uint8_t*>(grown);
  if (d == nullptr) return false;
  a->data = d;
  a->alloc = n;
  return true;
}

Value array_alloc(Vm& vm, const Type* t, char code, size_t len) {
  auto* a = static_cast<ArrayObj*>(gc_alloc(vm, sizeof(ArrayObj)));
  if (a == nullptr) return Value::null();
  *a = ArrayObj{t, code, uint8_t(item_size(code)), 0, 0, nullptr};
  if (len) {
    if (len > SIZE_MAX / 2 / a->itemsize) return raise_memory_error(vm);  // (32-bit size_t)
    a->data = static_cast<uint8_t*>(gc_alloc(vm, len * a->itemsize, true));
    if (a->data == nullptr) return Value::null();
    a->alloc = a->len = len;
  }
  return Value::object(a);
}

bool append(Vm& vm, ArrayObj* a, Value v) {
  if (!reserve(vm, a, a->len + 1) || !store_item(vm, a->typecode, a->data + a->len * a->itemsize, v)) return false;
  ++a->len;
  return true;
}

bool append_bytes(Vm& vm, ArrayObj* a, const uint8_t* p, size_t nbytes) {
  if (nbytes % a->itemsize) {
    raise(vm, &ValueError_type, "bytes length not a multiple of item size");
    return false;
  }
  size_t n = nbytes / a->itemsize;
  // p may point into a's own block (a.extend(a)), which reserve() can move.
  bool own = a->data != nullptr && p >= a->data && p < a->data + a->alloc * a->itemsize;
  size_t offset = own ? size_t(p - a->data) : 0;
  if (!reserve(vm, a, a->len + n)) return false;
  if (own) p = a->data + offset;
  memmove(a->data + a->len * a->itemsize, p, nbytes);
  a->len += n;
  return true;
}

bool extend(Vm& vm, ArrayObj* a, Value iterable) {
  if (is_array(iterable)) {
    ArrayObj* b = as_array(iterable);
    if (b->typecode != a->typecode) {
      raise(vm, &TypeError_type, "can only extend with array of same kind");
      return false;
    }
    return append_bytes(vm, a, b->data, b->len * b->itemsize);
  }
  return for_each(vm, iterable, [&](Value v) { return append(vm, a, v); });
}

// --- construction and printing -----------------------------------------------------------------

Value array_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) return raise(vm, &TypeError_type, "array.array() takes no keyword arguments");
  if (n_pos < 1 || n_pos > 2) {
    return raise(vm, &TypeError_type, "array() takes at most 2 arguments (%d given)", int(n_pos));
  }
  if (!is_str(args[0]) || str_view(args[0]).len != 1) {
    std::string_view tn = args[0].is_none() ? "None" : type_name(type_of(args[0]));  // CPython names None so
    return raise(vm, &TypeError_type, "array() argument 1 must be a unicode character, not %.*s", int(tn.size()),
                 tn.data());
  }
  char code = str_view(args[0]).data[0];
  if (item_size(code) == 0) {
    return raise(vm, &ValueError_type, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  Value arr = array_alloc(vm, t, code, 0);
  if (arr.is_null() || n_pos < 2 || args[1].is_none()) return arr;
  Value init = args[1];
  if (is_str(init)) {
    return raise(vm, &TypeError_type, "cannot use a str to initialize an array with typecode '%c'", code);
  }
  BufferInfo b;
  if (!is_array(init) && (isinstance(init, &bytes_type) || isinstance(init, &bytearray_type)) &&
      get_bytes_view(vm, init, &b)) {
    return append_bytes(vm, as_array(arr), static_cast<const uint8_t*>(b.data), b.len) ? arr : Value::null();
  }
  if (is_array(init) && as_array(init)->typecode != code) {  // convert item by item
    ArrayObj* src = as_array(init);
    for (size_t i = 0; i < src->len; ++i) {
      Value v = load_item(vm, src->typecode, src->data + i * src->itemsize);
      if (v.is_null() || !append(vm, as_array(arr), v)) return Value::null();
    }
    return arr;
  }
  return extend(vm, as_array(arr), init) ? arr : Value::null();
}

bool array_print(Vm& vm, Printer& out, Value self, PrintKind) {
  ArrayObj* a = as_array(self);
  if (!printf_to(out, "array('%c'", a->typecode)) return false;
  if (a->len == 0) return print_str(out, ")");
  if (!print_str(out, ", [")) return false;
  for (size_t i = 0; i < a->len; ++i) {
    Value v = load_item(vm, a->typecode, a->data + i * a->itemsize);
    if (v.is_null() || (i && !print_str(out, ", ")) || !print_value(vm, out, v, PrintKind::kRepr)) return false;
  }
  return print_str(out, "])");
}

// --- subscripts -----------------------------------------------------------------------------------

bool is_slice(Value v) { return v.is_object() && v.as_object()->type == &slice_type; }

Value get_slice(Vm& vm, ArrayObj* a, Value index) {
  sword start, stop, step;
  size_t count;
  if (!slice_indices(vm, index, a->len, &start, &stop, &step, &count)) return Value::null();
  Value r = array_alloc(vm, &array_type, a->typecode, count);
  if (r.is_null()) return r;
  for (size_t i = 0; i < count; ++i) {
    memcpy(as_array(r)->data + i * a->itemsize, a->data + size_t(start + sword(i) * step) * a->itemsize, a->itemsize);
  }
  return r;
}

// a[start:stop:step] = b (b an array of the same typecode), or delete it (b null).
Value set_slice(Vm& vm, ArrayObj* a, Value index, Value value) {
  sword start, stop, step;
  size_t count;
  if (!slice_indices(vm, index, a->len, &start, &stop, &step, &count)) return Value::null();
  ArrayObj* b = nullptr;
  if (!value.is_null()) {
    if (!is_array(value)) {
      std::string_view tn = type_name(type_of(value));
      return raise(vm, &TypeError_type, "can only assign array (not \"%.*s\") to array slice", int(tn.size()), tn.data());
    }
    b = as_array(value);
    if (b->typecode != a->typecode) return raise(vm, &TypeError_type, "bad argument type for built-in operation");
  }
  size_t isz = a->itemsize;
  if (step == 1) {
    size_t lo = size_t(start), old = count, add = b ? b->len : 0;
    size_t tail = a->len - lo - old;
    uint8_t* src = b ? b->data : nullptr;
    if (b == a) {  // a[x:y] = a: copy first
      src = static_cast<uint8_t*>(gc_alloc(vm, add * isz + 1, true));
      if (src == nullptr) return Value::null();
      memcpy(src, a->data, add * isz);
    }
    if (!reserve(vm, a, a->len - old + add)) return Value::null();
    memmove(a->data + (lo + add) * isz, a->data + (lo + old) * isz, tail * isz);
    if (add) memcpy(a->data + lo * isz, src, add * isz);
    a->len = a->len - old + add;
    return Value::none();
  }
  if (b) {
    if (b->len != count) {
      return raise(vm, &ValueError_type, "attempt to assign array of size %lu to extended slice of size %lu",
                   static_cast<unsigned long>(b->len), static_cast<unsigned long>(count));
    }
    for (size_t i = 0; i < count; ++i) memcpy(a->data + size_t(start + sword(i) * step) * isz, b->data + i * isz, isz);
    return Value::none();
  }
  // Delete an extended slice: keep the items not selected, in order.
  size_t w = 0;
  for (size_t r = 0; r < a->len; ++r) {
    sword off = sword(r) - start;
    bool selected = off % step == 0 && off / step >= 0 && size_t(off / step) < count;
    if (!selected) memmove(a->data + w++ * isz, a->data + r * isz, isz);
  }
  a->len = w;
  return Value::none();
}

Value array_subscr(Vm& vm, Value self, Value index, Value value) {
  ArrayObj* a = as_array(self);
  if (is_slice(index)) {
    if (value.is_absent()) return get_slice(vm, a, index);
    return set_slice(vm, a, index, value);
  }
  Value i = index_operand(vm, index, "array indices must be integers");
  size_t pos;
  if (i.is_null() || !normalize_index(vm, i, a->len, &pos, "array")) {
    if (exc_matches(vm, &IndexError_type) && !value.is_absent()) {
      vm.clear_exc();
      return raise(vm, &IndexError_type, "array assignment index out of range");
    }
    return Value::null();
  }
  if (value.is_absent()) return load_item(vm, a->typecode, a->data + pos * a->itemsize);
  if (value.is_null()) {
    memmove(a->data + pos * a->itemsize, a->data + (pos + 1) * a->itemsize, (a->len - pos - 1) * a->itemsize);
    --a->len;
    return Value::none();
  }
  return store_item(vm, a->typecode, a->data + pos * a->itemsize, value) ? Value::none() : Value::null();
}

// --- operators ------------------------------------------------------------------------------------

Value concat(Vm& vm, ArrayObj* a, ArrayObj* b) {
  Value r = array_alloc(vm, &array_type, a->typecode, a->len + b->len);
  if (r.is_null()) return r;
  memcpy(as_array(r)->data, a->data, a->len * a->itemsize);
  memcpy(as_array(r)->data + a->len * a->itemsize, b->data, b->len * b->itemsize);
  return r;
}

Value repeat(Vm& vm, ArrayObj* a, Value times, bool in_place, Value self) {
  sword n;
  if (!to_sword(vm, times, &n)) return Value::null();
  if (n < 0) n = 0;
  size_t bytes = a->len * a->itemsize;
  // (A 32-bit size_t overflows long before the heap runs out.)
  if (bytes != 0 && size_t(n) > SIZE_MAX / 2 / bytes) return raise_memory_error(vm);
  if (in_place) {
    if (!reserve(vm, a, a->len * size_t(n))) return Value::null();
    for (sword k = 1; k < n; ++k) memcpy(a->data + size_t(k) * bytes, a->data, bytes);
    a->len *= size_t(n);
    return self;
  }
  Value r = array_alloc(vm, &array_type, a->typecode, a->len * size_t(n));
  if (r.is_null()) return r;
  for (sword k = 0; k < n; ++k) memcpy(as_array(r)->data + size_t(k) * bytes, a->data, bytes);
  return r;
}

// Lexicographic comparison of the items: -1, 0, 1, or -2 on error.
int compare_arrays(Vm& vm, ArrayObj* a, ArrayObj* b, CompareOp op, bool* result) {
  size_t n = a->len < b->len ? a->len : b->len;
  for (size_t i = 0; i < n; ++i) {
    Value x = load_item(vm, a->typecode, a->data + i * a->itemsize);
    Value y = load_item(vm, b->typecode, b->data + i * b->itemsize);
    if (x.is_null() || y.is_null()) return -2;
    int eq = equal(vm, x, y);
    if (eq < 0) return -2;
    if (eq) continue;
    if (op == CompareOp::EQ || op == CompareOp::NE) {
      *result = op == CompareOp::NE;
      return 0;
    }
    Value r = compare(vm, op, x, y);
    if (r.is_null()) return -2;
    int t = is_true(vm, r);
    if (t < 0) return -2;
    *result = t;
    return 0;
  }
  size_t la = a->len, lb = b->len;
  switch (op) {
    case CompareOp::LT: *result = la < lb; break;
    case CompareOp::LE: *result = la <= lb; break;
    case CompareOp::EQ: *result = la == lb; break;
    case CompareOp::NE: *result = la != lb; break;
    case CompareOp::GT: *result = la > lb; break;
    case CompareOp::GE: *result = la >= lb; break;
  }
  return 0;
}

Value array_binary(Vm& vm, uint8_t op, Value self, Value other) {
  ArrayObj* a = as_array(self);
  if (op >= kBinaryLt && op <= kBinaryGe) {
    if (!is_array(other)) return Value::not_implemented();
    bool r;
    if (compare_arrays(vm, a, as_array(other), CompareOp(op - kBinaryLt), &r) < 0) return Value::null();
    return Value::boolean(r);
  }
  if (op == kBinaryContains) {
    for (size_t i = 0; i < a->len; ++i) {
      Value v = load_item(vm, a->typecode, a->data + i * a->itemsize);
      int eq = v.is_null() ? -1 : equal(vm, v, other);
      if (eq != 0) return eq < 0 ? Value::null() : Value::true_();
    }
    return Value::false_();
  }
  bool in_place = op >= uint8_t(BinaryOp::INPLACE_ADD) && op < uint8_t(BinaryOp::kCount);
  BinaryOp base = in_place ? BinaryOp(op - kInplaceOffset) : BinaryOp(op);
  if (op == kReflectedBase + uint8_t(BinaryOp::MUL)) base = BinaryOp::MUL;
  else if (op >= kReflectedBase) return Value::not_implemented();
  if (base == BinaryOp::ADD) {
    if (!is_array(other)) {
      std::string_view tn = type_name(type_of(other));
      return raise(vm, &TypeError_type, "can only %s array (not \"%.*s\") to array", in_place ? "extend" : "append",
                   int(tn.size()), tn.data());
    }
    if (as_array(other)->typecode != a->typecode) {
      return raise(vm, &TypeError_type, in_place ? "can only extend with array of same kind"
                                                 : "bad argument type for built-in operation");
    }
    if (!in_place) return concat(vm, a, as_array(other));
    return extend(vm, a, other) ? self : Value::null();
  }
  if (base == BinaryOp::MUL && is_int(other)) return repeat(vm, a, other, in_place, self);
  return Value::not_implemented();
}

Value array_unary(Vm& vm, UnarySlot op, Value self) {
  switch (op) {
    case UnarySlot::kLen: return int_from_sword(vm, sword(as_array(self)->len));
    case UnarySlot::kBool: return Value::boolean(as_array(self)->len != 0);
    case UnarySlot::kHash: return raise(vm, &TypeError_type, "unhashable type: 'array.array'");
    default: return Value::absent();
  }
}

bool array_buffer(Vm& vm, Value self, BufferInfo* out, bool) {
  ArrayObj* a = as_array(self);
  *out = BufferInfo{a->data, a->len * a->itemsize, a->typecode, false};
  return true;
}

// --- iteration ------------------------------------------------------------------------------------

struct ArrayIter {
  const Type* type;
  Value array;
  size_t index;
};

Value array_get_iter(Vm& vm, Value self) {
  auto* it = static_cast<ArrayIter*>(gc_alloc(vm, sizeof(ArrayIter)));
  if (it == nullptr) return Value::null();
  *it = ArrayIter{&array_iterator_type, self, 0};
  return Value::object(it);
}

Value array_iter_next(Vm& vm, Value self) {
  auto* it = self.as<ArrayIter>();
  ArrayObj* a = as_array(it->array);
  if (it->index >= a->len) return Value::absent();
  return load_item(vm, a->typecode, a->data + it->index++ * a->itemsize);
}

// --- methods ------------------------------------------------------------------------------------

Value m_append(Vm& vm, size_t, size_t, const Value* args) {
  return append(vm, as_array(args[0]), args[1]) ? Value::none() : Value::null();
}

Value m_extend(Vm& vm, size_t, size_t, const Value* args) {
  return extend(vm, as_array(args[0]), args[1]) ? Value::none() : Value::null();
}

Value m_frombytes(Vm& vm, size_t, size_t, const Value* args) {
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, args[1], &b)) return Value::null();
  return append_bytes(vm, as_array(args[0]), static_cast<const uint8_t*>(b.data), b.len) ? Value::none()
                                                                                         : Value::null();
}

Value m_tobytes(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  return bytes_new(vm, a->data, a->len * a->itemsize);
}

Value m_fromlist(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_list(args[1])) return raise(vm, &TypeError_type, "arg must be list");
  ArrayObj* a = as_array(args[0]);
  size_t old = a->len;
  if (!extend(vm, a, args[1])) {
    a->len = old;  // all or nothing, as CPython
    return Value::null();
  }
  return Value::none();
}

Value m_tolist(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  Value l = list_new(vm, a->len, nullptr);
  if (l.is_null()) return l;
  for (size_t i = 0; i < a->len; ++i) {
    Value v = load_item(vm, a->typecode, a->data + i * a->itemsize);
    if (v.is_null()) return v;
    as_list(l)->items[i] = v;
  }
  return l;
}

Value m_pop(Vm& vm, size_t n, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  if (a->len == 0) return raise(vm, &IndexError_type, "pop from empty array");
  size_t pos = a->len - 1;
  if (n > 1) {
    Value i = index_operand(vm, args[1], "'%.*s' object cannot be interpreted as an integer");
    if (i.is_null()) return i;
    if (!normalize_index(vm, i, a->len, &pos, "pop")) return Value::null();
  }
  Value v = load_item(vm, a->typecode, a->data + pos * a->itemsize);
  if (v.is_null()) return v;
  memmove(a->data + pos * a->itemsize, a->data + (pos + 1) * a->itemsize, (a->len - pos - 1) * a->itemsize);
  --a->len;
  return v;
}

Value m_insert(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  sword i;
  if (!stdlib::int_arg(vm, args[1], &i)) return Value::null();
  if (i < 0) i += sword(a->len);
  if (i < 0) i = 0;
  if (size_t(i) > a->len) i = sword(a->len);
  uint8_t tmp[8];
  if (!store_item(vm, a->typecode, tmp, args[2]) || !reserve(vm, a, a->len + 1)) return Value::null();
  memmove(a->data + (size_t(i) + 1) * a->itemsize, a->data + size_t(i) * a->itemsize, (a->len - size_t(i)) * a->itemsize);
  memcpy(a->data + size_t(i) * a->itemsize, tmp, a->itemsize);
  ++a->len;
  return Value::none();
}

// The first index in [start, stop) whose item equals v, -1 if none, -2 on error.
sword find(Vm& vm, ArrayObj* a, Value v, size_t start, size_t stop) {
  for (size_t i = start; i < stop && i < a->len; ++i) {
    Value x = load_item(vm, a->typecode, a->data + i * a->itemsize);
    int eq = x.is_null() ? -1 : equal(vm, x, v);
    if (eq < 0) return -2;
    if (eq) return sword(i);
  }
  return -1;
}

Value m_remove(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  sword i = find(vm, a, args[1], 0, a->len);
  if (i == -2) return Value::null();
  if (i < 0) return raise(vm, &ValueError_type, "array.remove(x): x not in array");
  Value del = Value::small_int(i);
  return array_subscr(vm, args[0], del, Value::null());
}

Value m_index(Vm& vm, size_t n, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  sword start = 0, stop = sword(a->len);
  if (n > 2 && !stdlib::int_arg(vm, args[2], &start)) return Value::null();
  if (n > 3 && !stdlib::int_arg(vm, args[3], &stop)) return Value::null();
  if (start < 0) start = start + sword(a->len) < 0 ? 0 : start + sword(a->len);
  if (stop < 0) stop = stop + sword(a->len) < 0 ? 0 : stop + sword(a->len);
  sword i = find(vm, a, args[1], size_t(start), size_t(stop));
  if (i == -2) return Value::null();
  if (i < 0) return raise(vm, &ValueError_type, "array.index(x): x not in array");
  return Value::small_int(i);
}

Value m_count(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  sword c = 0;
  for (size_t i = 0; i < a->len; ++i) {
    Value x = load_item(vm, a->typecode, a->data + i * a->itemsize);
    int eq = x.is_null() ? -1 : equal(vm, x, args[1]);
    if (eq < 0) return Value::null();
    c += eq;
  }
  return Value::small_int(c);
}

Value m_reverse(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  uint8_t tmp[8];
  for (size_t i = 0, j = a->len; i + 1 < j; ++i, --j) {
    memcpy(tmp, a->data + i * a->itemsize, a->itemsize);
    memcpy(a->data + i * a->itemsize, a->data + (j - 1) * a->itemsize, a->itemsize);
    memcpy(a->data + (j - 1) * a->itemsize, tmp, a->itemsize);
  }
  return Value::none();
}

Value m_byteswap(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  for (size_t i = 0; i < a->len; ++i) {
    uint8_t* p = a->data + i * a->itemsize;
    for (size_t k = 0; k < a->itemsize / 2u; ++k) {
      uint8_t t = p[k];
      p[k] = p[a->itemsize - 1 - k];
      p[a->itemsize - 1 - k] = t;
    }
  }
  return Value::none();
}

Value m_buffer_info(Vm& vm, size_t, size_t, const Value* args) {
  ArrayObj* a = as_array(args[0]);
  Value items[2] = {int_from_sword(vm, sword(reinterpret_cast<uintptr_t>(a->data))), int_from_sword(vm, sword(a->len))};
  return items[0].is_null() ? items[0] : tuple_new(vm, 2, items);
}

Value g_typecode(Vm& vm, size_t, size_t, const Value* args) { return str_char(uint8_t(as_array(args[0])->typecode)); }
Value g_itemsize(Vm& vm, size_t, size_t, const Value* args) { return Value::small_int(as_array(args[0])->itemsize); }

constexpr NativeFunction append_obj = native_fn(Q::append, m_append, 2, 2);
constexpr NativeFunction extend_obj = native_fn(Q::extend, m_extend, 2, 2);
constexpr NativeFunction frombytes_obj = native_fn(Q::frombytes, m_frombytes, 2, 2);
constexpr NativeFunction tobytes_obj = native_fn(Q::tobytes, m_tobytes, 1, 1);
constexpr NativeFunction fromlist_obj = native_fn(Q::fromlist, m_fromlist, 2, 2);
constexpr NativeFunction tolist_obj = native_fn(Q::tolist, m_tolist, 1, 1);
constexpr NativeFunction pop_obj = native_fn(Q::pop, m_pop, 1, 2);
constexpr NativeFunction insert_obj = native_fn(Q::insert, m_insert, 3, 3);
constexpr NativeFunction remove_obj = native_fn(Q::remove, m_remove, 2, 2);
constexpr NativeFunction index_obj = native_fn(Q::index, m_index, 2, 4);
constexpr NativeFunction count_obj = native_fn(Q::count, m_count, 2, 2);
constexpr NativeFunction reverse_obj = native_fn(Q::reverse, m_reverse, 1, 1);
constexpr NativeFunction byteswap_obj = native_fn(Q::byteswap, m_byteswap, 1, 1);
constexpr NativeFunction buffer_info_obj = native_fn(Q::buffer_info, m_buffer_info, 1, 1);
constexpr NativeFunction typecode_get = native_fn(Q::typecode, g_typecode, 1, 1);
constexpr NativeFunction itemsize_get = native_fn(Q::itemsize, g_itemsize, 1, 1);
constexpr Property typecode_prop = {&property_type, Value::object(&typecode_get), Value::none(), Value::none(),
                                    Value::none()};
constexpr Property itemsize_prop = {&property_type, Value::object(&itemsize_get), Value::none(), Value::none(),
                                    Value::none()};

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto array_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(append, append_obj), ENTRY(extend, extend_obj), ENTRY(frombytes, frombytes_obj),
    ENTRY(tobytes, tobytes_obj), ENTRY(fromlist, fromlist_obj), ENTRY(tolist, tolist_obj), ENTRY(pop, pop_obj),
    ENTRY(insert, insert_obj), ENTRY(remove, remove_obj), ENTRY(index, index_obj), ENTRY(count, count_obj),
    ENTRY(reverse, reverse_obj), ENTRY(byteswap, byteswap_obj), ENTRY(buffer_info, buffer_info_obj),
    ENTRY(typecode, typecode_prop), ENTRY(itemsize, itemsize_prop),
}));
constexpr ConstMap array_locals = {array_locals_table.data(), array_locals_table.size()};

constexpr Type array_type = {
    .type = &type_type, .name = Q::array, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = array_make_new, .print = array_print, .unary = array_unary, .binary = array_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = array_subscr, .call = nullptr,
    .get_iter = array_get_iter, .iternext = nullptr, .buffer = array_buffer, .locals = &array_locals};

constexpr Type array_iterator_type = {
    .type = &type_type, .name = Q::arrayiterator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr,
    .iternext = array_iter_next, .buffer = nullptr, .locals = nullptr};

constexpr auto array_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::array)},
    ENTRY(array, array_type),
    MapEntry{q(Q::typecodes), q(Q::bBhHiIlLqQfd)},
}));
#undef ENTRY

}  // namespace

constexpr ConstMap array_module_globals = {array_table.data(), array_table.size()};

}  // namespace mote
