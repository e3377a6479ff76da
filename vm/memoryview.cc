// memoryview.cc — zero-copy, one-dimensional views over any buffer.
//
// A view records its exporter, a byte offset, a stride and a count of items
// of one struct-module format ('B' by default, or the exporter's typecode).
// It asks the exporter for its buffer at every access instead of keeping
// the data pointer, because a bytearray may move its storage when it grows;
// an access beyond the exporter's current size raises instead of reading
// freed memory. Slicing makes a new view (same exporter, new offset and
// stride); nothing is copied until tobytes()/tolist()/bytes(view).
#include "vm/memoryview.h"

#include <cstdio>
#include <cstring>

#include "gc/gc.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/vm.h"

namespace mote {

namespace {

struct alignas(8) MemoryView {
  const Type* type;
  Value obj;        // the exporter
  size_t offset;    // byte offset of item 0
  size_t count;     // items
  sword stride;     // bytes from one item to the next
  char format;      // struct-module code
  uint8_t itemsize;
  bool readonly;
  bool released;
};

MemoryView* as_mv(Value v) { return v.as<MemoryView>(); }

size_t format_size(char f) {
  switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'H': case 'h': case 'e': return 2;
    case 'I': case 'i': case 'f': return 4;
    case 'L': case 'l': return sizeof(long) == 8 ? 8 : 4;
    case 'Q': case 'q': case 'd': return 8;
    case 'N': case 'n': case 'P': return sizeof(void*);
    default: return 0;
  }
}

bool exporter_buffer(Vm& vm, Value obj, BufferInfo* out) {
  const Type* t = native_base(type_of(obj));
  if (t == &memoryview_type) {
    raise(vm, &TypeError_type, "memoryview: nested views are not supported");
    return false;
  }
  if (get_bytes_view(vm, obj, out)) return true;
  if (!vm.has_exc()) {
    raise(vm, &TypeError_type, "memoryview: a bytes-like object is required, not '%s'",
          type_name(type_of(obj)).data());
  }
  return false;
}

// The exporter's current data, checked against the view's extent.
uint8_t* view_data(Vm& vm, MemoryView* m) {
  if (m->released) {
    raise(vm, &ValueError_type, "operation forbidden on released memoryview object");
    return nullptr;
  }
  BufferInfo b;
  if (!exporter_buffer(vm, m->obj, &b)) return nullptr;
  if (m->count > 0) {
    sword first = sword(m->offset), last = first + sword(m->count - 1) * m->stride;
    sword lo = first < last ? first : last, hi = (first < last ? last : first) + m->itemsize;
    if (lo < 0 || size_t(hi) > b.len) {
      raise(vm, &IndexError_type, "memoryview: underlying buffer has been resized");
      return nullptr;
    }
  }
  // An empty exporter (array('i')) may have no storage at all; null means
  // "raised" here, so stand in a valid address that is never read.
  static uint8_t no_bytes;
  return b.data ? static_cast<uint8_t*>(b.data) : &no_bytes;
}

Value unpack(Vm& vm, char f, const uint8_t* p) {
  union {
    uint8_t raw[8];
    uint16_t u16;
    int16_t i16;
    uint32_t u32;
    int32_t i32;
    uint64_t u64;
    int64_t i64;
    float f32;
    double f64;
  } u;
  memcpy(u.raw, p, format_size(f));
  switch (f) {
    case 'B': return Value::small_int(u.raw[0]);
    case 'b': return Value::small_int(int8_t(u.raw[0]));
    case 'c': return bytes_new(vm, p, 1);
    case '?': return Value::boolean(u.raw[0] != 0);
    case 'H': return Value::small_int(u.u16);
    case 'h': return Value::small_int(u.i16);
    case 'I': return bigint_from_uint64(vm, u.u32);
    case 'i': return bigint_from_sword(vm, u.i32);
    case 'f': return float_new(vm, u.f32);
    case 'd': return float_new(vm, u.f64);
    default:
      if (format_size(f) == 8) return f == 'Q' || f == 'L' || f == 'N' || f == 'P' ? bigint_from_uint64(vm, u.u64) : bigint_from_int64(vm, u.i64);
      return f == 'L' || f == 'N' || f == 'P' ? bigint_from_uint64(vm, u.u32) : bigint_from_sword(vm, u.i32);
  }
}

bool pack(Vm& vm, char f, Value v, uint8_t* p) {
  size_t n = format_size(f);
  if (f == 'f' || f == 'd') {
    double d;
    if (!to_double(vm, v, &d)) return false;
    if (f == 'f') {
      float x = float(d);
      memcpy(p, &x, 4);
    } else {
      memcpy(p, &d, 8);
    }
    return true;
  }
  if (f == 'c') {
    BufferInfo b;
    if (!get_bytes_view(vm, v, &b) || b.len != 1) {
      raise(vm, &ValueError_type, "memoryview: invalid value for format 'c'");
      return false;
    }
    *p = *static_cast<uint8_t*>(b.data);
    return true;
  }
  if (!is_int(v)) {
    raise(vm, &TypeError_type, "memoryview: invalid type for format '%c'", f);
    return false;
  }
  int64_t x;
  bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
  bool ok = bigint_to_int64(int_unwrap(v), &x);
  if (ok && n < 8) {
    int64_t lo = is_signed ? -(int64_t(1) << (8 * n - 1)) : 0;
    int64_t hi = is_signed ? (int64_t(1) << (8 * n - 1)) - 1 : (int64_t(1) << (8 * n)) - 1;
    ok = x >= lo && x <= hi;
  } else if (ok && !is_signed) {
    ok = x >= 0;
  }
  if (!ok) {
    raise(vm, &ValueError_type, "memoryview: invalid value for format '%c'", f);
    return false;
  }
  memcpy(p, &x, n);  // little-endian host
  return true;
}

Value view_new(Vm& vm, Value obj, size_t offset, size_t count, sword stride, char format, bool readonly) {
  auto* m = static_cast<MemoryView*>(gc_alloc(vm, sizeof(MemoryView)));
  if (m == nullptr) return Value::null();
  *m = MemoryView{&memoryview_type, obj, offset, count, stride, format, uint8_t(format_size(format)), readonly, false};
  return Value::object(m);
}

// --- slots ---------------------------------------------------------------------------------

Value mv_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  static constexpr ArgSpec spec[] = {{Q::object, kArgRequired, Value::absent()}};
  Value obj;
  if (!parse_args(vm, "memoryview", n_pos, n_kw, args, spec, 1, &obj)) return Value::null();
  return memoryview_new(vm, obj);
}

bool mv_print(Vm& vm, Printer& out, Value self, PrintKind) {
  char buf[48];
  snprintf(buf, sizeof(buf), as_mv(self)->released ? "<released memory at %p>" : "<memory at %p>",
           static_cast<void*>(self.as_object()));
  return print_str(out, buf);
}

Value tobytes_value(Vm& vm, Value self) {
  MemoryView* m = as_mv(self);
  uint8_t* d = view_data(vm, m);
  if (d == nullptr) return Value::null();
  size_t n = m->count * m->itemsize;
  Value r = bytes_new(vm, nullptr, n);
  if (r.is_null()) return r;
  uint8_t* p = reinterpret_cast<uint8_t*>(const_cast<char*>(r.as<Str>()->data));
  d = view_data(vm, m);  // the allocation may not move it, but re-read for safety
  for (size_t i = 0; i < m->count; ++i) memcpy(p + i * m->itemsize, d + m->offset + sword(i) * m->stride, m->itemsize);
  return r;
}

Value mv_unary(Vm& vm, UnarySlot op, Value self) {
  MemoryView* m = as_mv(self);
  if (m->released && op != UnarySlot::kBool) {
    return raise(vm, &ValueError_type, "operation forbidden on released memoryview object");
  }
  switch (op) {
    case UnarySlot::kLen: return Value::small_int(sword(m->count));
    case UnarySlot::kBool: return Value::true_();
    case UnarySlot::kHash: {
      if (!m->readonly) return raise(vm, &ValueError_type, "cannot hash writable memoryview object");
      Value b = tobytes_value(vm, self);
      sword h;
      return b.is_null() || !hash_value(vm, b, &h) ? Value::null() : int_from_sword(vm, h);
    }
    default: return Value::absent();
  }
}

Value mv_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op != kBinaryEq && op != kBinaryNe) return Value::not_implemented();
  MemoryView* m = as_mv(self);
  if (m->released) return Value::boolean((self == other) == (op == kBinaryEq));
  BufferInfo ob;
  Value mine = tobytes_value(vm, self);
  if (mine.is_null()) return mine;
  Value theirs = other;
  if (native_base(type_of(other)) == &memoryview_type) {
    if (as_mv(other)->format != m->format) return Value::boolean(op == kBinaryNe);
    theirs = tobytes_value(vm, other);
    if (theirs.is_null()) return theirs;
  } else if (!get_bytes_view(vm, other, &ob)) {
    return Value::not_implemented();
  }
  get_bytes_view(vm, theirs, &ob);
  Str* s = mine.as<Str>();
  bool eq = s->len == ob.len && memcmp(s->data, ob.data, ob.len) == 0;
  return Value::boolean(eq == (op == kBinaryEq));
}

// An item index: "memoryview: invalid slice key" unless an int.
bool view_index(Vm& vm, MemoryView* m, Value index, size_t* out) {
  if (!is_int(index) && !(type_of(index)->flags & kTypeHeap)) {
    raise(vm, &TypeError_type, "memoryview: invalid slice key");
    return false;
  }
  sword i;
  if (!to_sword(vm, index, &i)) return false;
  if (i < 0) i += sword(m->count);
  if (i < 0 || size_t(i) >= m->count) {
    raise(vm, &IndexError_type, "index out of bounds on dimension 1");
    return false;
  }
  *out = size_t(i);
  return true;
}

Value load(Vm& vm, Value self, Value index) {
  MemoryView* m = as_mv(self);
  if (view_data(vm, m) == nullptr) return Value::null();
  if (type_of(index) == &slice_type) {
    sword start, stop, step;
    size_t count;
    if (!slice_indices(vm, index, m->count, &start, &stop, &step, &count)) return Value::null();
    return view_new(vm, m->obj, size_t(sword(m->offset) + start * m->stride), count, m->stride * step, m->format,
                    m->readonly);
  }
  size_t i;
  if (!view_index(vm, m, index, &i)) return Value::null();
  uint8_t* d = view_data(vm, m);
  return unpack(vm, m->format, d + m->offset + sword(i) * m->stride);
}

bool store_slice(Vm& vm, MemoryView* m, Value index, Value value) {
  sword start, stop, step;
  size_t count;
  if (!slice_indices(vm, index, m->count, &start, &stop, &step, &count)) return false;
  BufferInfo src;
  if (!get_bytes_view(vm, value, &src)) {
    raise(vm, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(type_of(value)).data());
    return false;
  }
  if (src.len != count * m->itemsize) {
    raise(vm, &ValueError_type, "memoryview assignment: lvalue and rvalue have different structures");
    return false;
  }
  uint8_t tmp[64];
  uint8_t* s = static_cast<uint8_t*>(src.data);
  if (src.len > sizeof(tmp)) {
    uint8_t* copy = static_cast<uint8_t*>(gc_alloc(vm, src.len, true));
    if (copy == nullptr) return false;
    memcpy(copy, s, src.len);
    s = copy;
  } else {
    memcpy(tmp, s, src.len);
    s = tmp;
  }
  uint8_t* d = view_data(vm, m);
  if (d == nullptr) return false;
  for (size_t i = 0; i < count; ++i) {
    memcpy(d + m->offset + (start + sword(i) * step) * m->stride, s + i * m->itemsize, m->itemsize);
  }
  return true;
}

Value mv_subscr(Vm& vm, Value self, Value index, Value value) {
  if (value.is_absent()) return load(vm, self, index);
  MemoryView* m = as_mv(self);
  if (view_data(vm, m) == nullptr) return Value::null();
  if (m->readonly) return raise(vm, &TypeError_type, "cannot modify read-only memory");
  if (value.is_null()) return raise(vm, &TypeError_type, "cannot delete memory");
  if (type_of(index) == &slice_type) return store_slice(vm, m, index, value) ? Value::none() : Value::null();
  size_t i;
  if (!view_index(vm, m, index, &i)) return Value::null();
  uint8_t item[8];
  if (!pack(vm, m->format, value, item)) return Value::null();
  uint8_t* d = view_data(vm, m);
  if (d == nullptr) return Value::null();
  memcpy(d + m->offset + sword(i) * m->stride, item, m->itemsize);
  return Value::none();
}

struct alignas(8) MvIter {
  const Type* type;
  Value view;
  size_t pos;
};

extern const Type memoryview_iterator_type;

Value mv_get_iter(Vm& vm, Value self) {
  if (view_data(vm, as_mv(self)) == nullptr) return Value::null();
  auto* it = static_cast<MvIter*>(gc_alloc(vm, sizeof(MvIter)));
  if (it == nullptr) return Value::null();
  *it = MvIter{&memoryview_iterator_type, self, 0};
  return Value::object(it);
}

Value mv_iter_next(Vm& vm, Value self) {
  MvIter* it = self.as<MvIter>();
  MemoryView* m = as_mv(it->view);
  if (it->pos >= m->count) return Value::absent();
  uint8_t* d = view_data(vm, m);
  if (d == nullptr) return Value::null();
  return unpack(vm, m->format, d + m->offset + sword(it->pos++) * m->stride);
}


constexpr Type memoryview_iterator_type = {
    .type = &type_type, .name = Q::memoryview_iterator, .flags = kTypeIterIsSelf, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = iter_self, .iternext = mv_iter_next, .buffer = nullptr, .locals = nullptr};

// A contiguous view exports its bytes directly; a strided one cannot.
bool mv_buffer(Vm& vm, Value self, BufferInfo* out, bool writable) {
  MemoryView* m = as_mv(self);
  if (m->stride != sword(m->itemsize) && m->count > 1) return false;
  if (writable && m->readonly) return false;
  uint8_t* d = view_data(vm, m);
  if (d == nullptr) {
    vm.clear_exc();
    return false;
  }
  *out = BufferInfo{d + m->offset, m->count * m->itemsize, m->format, m->readonly};
  return true;
}

// --- methods and attributes --------------------------------------------------------------------------

MemoryView* live_self(Vm& vm, Value self) {
  MemoryView* m = as_mv(self);
  if (m->released) {
    raise(vm, &ValueError_type, "operation forbidden on released memoryview object");
    return nullptr;
  }
  return m;
}

Value m_tobytes(Vm& vm, size_t, size_t, const Value* a) { return tobytes_value(vm, a[0]); }

Value m_tolist(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  if (m == nullptr) return Value::null();
  Value list = list_new(vm, m->count, nullptr);
  for (size_t i = 0; !list.is_null() && i < m->count; ++i) {
    uint8_t* d = view_data(vm, m);
    Value v = d == nullptr ? Value::null() : unpack(vm, m->format, d + m->offset + sword(i) * m->stride);
    if (v.is_null()) return v;
    list.as<List>()->items[i] = v;
  }
  return list;
}

Value m_hex(Vm& vm, size_t n_pos, size_t n_kw, const Value* a) {
  Value b = tobytes_value(vm, a[0]);
  if (b.is_null()) return b;
  return call_method(vm, b, q(Q::hex), n_pos - 1 + 2 * n_kw, a + 1);
}

Value m_release(Vm& vm, size_t, size_t, const Value* a) {
  as_mv(a[0])->released = true;
  return Value::none();
}

Value m_enter(Vm& vm, size_t, size_t, const Value* a) { return live_self(vm, a[0]) ? a[0] : Value::null(); }

Value m_exit(Vm& vm, size_t, size_t, const Value* a) {
  as_mv(a[0])->released = true;
  return Value::false_();
}

Value m_toreadonly(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  if (m == nullptr) return Value::null();
  return view_new(vm, m->obj, m->offset, m->count, m->stride, m->format, true);
}

Value m_cast(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  if (m == nullptr) return Value::null();
  if (!is_str(a[1])) return raise(vm, &TypeError_type, "memoryview: format argument must be a string");
  StrView f = str_view(a[1]);
  char fmt = f.len == 1 ? f.data[0] : f.len == 2 && f.data[0] == '@' ? f.data[1] : 0;
  size_t size = format_size(fmt);
  if (size == 0) {
    return raise(vm, &ValueError_type,
                 "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (m->stride != sword(m->itemsize) && m->count > 1) {
    return raise(vm, &TypeError_type, "memoryview: casts are restricted to C-contiguous views");
  }
  size_t bytes = m->count * m->itemsize;
  if (bytes % size != 0) return raise(vm, &TypeError_type, "memoryview: length is not a multiple of itemsize");
  return view_new(vm, m->obj, m->offset, bytes / size, sword(size), fmt, m->readonly);
}

Value g_obj(Vm& vm, size_t, size_t, const Value* a) { return live_self(vm, a[0]) ? as_mv(a[0])->obj : Value::null(); }
Value g_readonly(Vm& vm, size_t, size_t, const Value* a) {
  return live_self(vm, a[0]) ? Value::boolean(as_mv(a[0])->readonly) : Value::null();
}
Value g_nbytes(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  return m ? Value::small_int(sword(m->count * m->itemsize)) : Value::null();
}
Value g_itemsize(Vm& vm, size_t, size_t, const Value* a) {
  return live_self(vm, a[0]) ? Value::small_int(as_mv(a[0])->itemsize) : Value::null();
}
Value g_format(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  return m ? str_new(vm, std::string_view(&m->format, 1)) : Value::null();
}
Value g_ndim(Vm& vm, size_t, size_t, const Value* a) { return live_self(vm, a[0]) ? Value::small_int(1) : Value::null(); }
Value g_shape(Vm& vm, size_t, size_t, const Value* a) {
  MemoryView* m = live_self(vm, a[0]);
  if (m == nullptr) return Value::null();
  Value n = Value::small_int(sword(m->count));
  return tuple_new(vm, 1, &n);
}

constexpr NativeFunction tobytes_obj = native_fn(Q::tobytes, m_tobytes, 1, 1);
constexpr NativeFunction tolist_obj = native_fn(Q::tolist, m_tolist, 1, 1);
constexpr NativeFunction hex_obj = native_fn(Q::hex, m_hex, 1, 3, true);
constexpr NativeFunction release_obj = native_fn(Q::release, m_release, 1, 1);
constexpr NativeFunction enter_obj = native_fn(Q::dunder_enter, m_enter, 1, 1);
constexpr NativeFunction exit_obj = native_fn(Q::dunder_exit, m_exit, 1, 4);
constexpr NativeFunction toreadonly_obj = native_fn(Q::toreadonly, m_toreadonly, 1, 1);
constexpr NativeFunction cast_obj = native_fn(Q::cast, m_cast, 2, 2);
constexpr NativeFunction obj_get = native_fn(Q::obj, g_obj, 1, 1);
constexpr NativeFunction readonly_get = native_fn(Q::readonly, g_readonly, 1, 1);
constexpr NativeFunction nbytes_get = native_fn(Q::nbytes, g_nbytes, 1, 1);
constexpr NativeFunction itemsize_get = native_fn(Q::itemsize, g_itemsize, 1, 1);
constexpr NativeFunction format_get = native_fn(Q::format, g_format, 1, 1);
constexpr NativeFunction ndim_get = native_fn(Q::ndim, g_ndim, 1, 1);
constexpr NativeFunction shape_get = native_fn(Q::shape, g_shape, 1, 1);

constexpr Property prop(const NativeFunction& f) {
  return Property{&property_type, Value::object(&f), Value::none(), Value::none(), Value::none()};
}
constexpr Property obj_prop = prop(obj_get), readonly_prop = prop(readonly_get), nbytes_prop = prop(nbytes_get),
                   itemsize_prop = prop(itemsize_get), format_prop = prop(format_get), ndim_prop = prop(ndim_get),
                   shape_prop = prop(shape_get);

#define ENTRY(name, obj) {q(Q::name), Value::object(&obj)}
constexpr auto mv_locals_table = sorted_table<15>({{
    ENTRY(tobytes, tobytes_obj), ENTRY(tolist, tolist_obj), ENTRY(hex, hex_obj), ENTRY(release, release_obj),
    ENTRY(dunder_enter, enter_obj), ENTRY(dunder_exit, exit_obj), ENTRY(toreadonly, toreadonly_obj),
    ENTRY(cast, cast_obj), ENTRY(obj, obj_prop), ENTRY(readonly, readonly_prop), ENTRY(nbytes, nbytes_prop),
    ENTRY(itemsize, itemsize_prop), ENTRY(format, format_prop), ENTRY(ndim, ndim_prop), ENTRY(shape, shape_prop),
}});
#undef ENTRY
constexpr ConstMap mv_locals = {mv_locals_table.data(), mv_locals_table.size()};

}  // namespace

constexpr Type memoryview_type = {
    .type = &type_type, .name = Q::memoryview, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = mv_make_new, .print = mv_print, .unary = mv_unary, .binary = mv_binary,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = mv_subscr, .call = nullptr,
    .get_iter = mv_get_iter, .iternext = nullptr, .buffer = mv_buffer, .locals = &mv_locals};

Value memoryview_new(Vm& vm, Value obj) {
  if (native_base(type_of(obj)) == &memoryview_type) {
    MemoryView* m = as_mv(obj);
    if (m->released) return raise(vm, &ValueError_type, "operation forbidden on released memoryview object");
    return view_new(vm, m->obj, m->offset, m->count, m->stride, m->format, m->readonly);
  }
  BufferInfo b;
  if (!exporter_buffer(vm, obj, &b)) return Value::null();
  char f = b.typecode ? b.typecode : 'B';
  size_t size = format_size(f);
  if (size == 0) f = 'B', size = 1;
  return view_new(vm, obj, 0, b.len / size, sword(size), f, b.readonly);
}

}  // namespace mote
