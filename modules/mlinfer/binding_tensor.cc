// binding_tensor.cc — mlinfer.Tensor: a model input or output, seen from Python.
//
// A Tensor object is a (model, input/output, index) triple; everything else is read from the
// engine when asked, so it never goes stale and costs 24 bytes. Its data is the tensor's slice
// of the arena, exported through the buffer protocol with the struct code of its dtype ('b'
// for int8): memoryview(t), bytes(t), t[i], list(t) and len(t) all read the arena in place.
//
//   t.quantize(values)   real values -> the tensor, as TFLite's QUANTIZE operator computes
//                        them: q = round(float32(x) / scale) + zero_point (ties away from
//                        zero), clamped to the dtype; a float32 tensor stores the values.
//   t.dequantize()       the tensor -> a list of floats, scale * (q - zero_point), computed
//                        exactly (in double); a float32 tensor gives its values.
//
// Both check every value before writing any, so a bad value leaves the tensor unchanged.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "modules/mlinfer/binding.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/memoryview.h"

namespace mote {
namespace mlinfer::py {

// --- shared helpers ------------------------------------------------------------------------------

TensorInfo tensor_info(const TensorObj* t) {
  return t->is_output ? t->model->model.output(t->index) : t->model->model.input(t->index);
}

Value tensor_new(Vm& vm, ModelObj* model, uint32_t index, bool is_output) {
  auto* t = static_cast<TensorObj*>(gc_alloc(vm, sizeof(TensorObj)));
  if (t == nullptr) return Value::null();
  *t = TensorObj{&tensor_type, model, index, is_output};
  return Value::object(t);
}

size_t element_count(const TensorInfo& info) {
  const size_t size = DataTypeSize(info.type);
  return size != 0 ? info.bytes / size : info.bytes;
}

char dtype_typecode(DataType type) {
  switch (type) {
    case DataType::kInt8: return 'b';
    case DataType::kUInt8: return 'B';
    case DataType::kInt16: return 'h';
    case DataType::kUInt16: return 'H';
    case DataType::kInt32: return 'i';
    case DataType::kUInt32: return 'I';
    case DataType::kInt64: return 'q';
    case DataType::kUInt64: return 'Q';
    case DataType::kFloat32: return 'f';
    case DataType::kFloat64: return 'd';
    case DataType::kBool: return '?';
    default: return 'B';
  }
}

bool typecode_dtype(char code, DataType* out) {
  constexpr bool kLong64 = sizeof(long) == 8;
  switch (code) {
    case 'b': *out = DataType::kInt8; return true;
    case 'h': *out = DataType::kInt16; return true;
    case 'H': *out = DataType::kUInt16; return true;
    case 'i': *out = DataType::kInt32; return true;
    case 'I': *out = DataType::kUInt32; return true;
    case 'l': *out = kLong64 ? DataType::kInt64 : DataType::kInt32; return true;
    case 'L': *out = kLong64 ? DataType::kUInt64 : DataType::kUInt32; return true;
    case 'q': *out = DataType::kInt64; return true;
    case 'Q': *out = DataType::kUInt64; return true;
    case 'e': *out = DataType::kFloat16; return true;
    case 'f': *out = DataType::kFloat32; return true;
    case 'd': *out = DataType::kFloat64; return true;
    case '?': *out = DataType::kBool; return true;
    default: return false;  // 'B', 'c' or none: raw bytes
  }
}

void format_shape(const TensorInfo& info, char* buffer, size_t capacity) {
  size_t n = static_cast<size_t>(std::snprintf(buffer, capacity, "("));
  for (int i = 0; i < info.rank && n < capacity; ++i) {
    n += static_cast<size_t>(std::snprintf(buffer + n, capacity - n, i == 0 ? "%ld" : ", %ld",
                                           static_cast<long>(info.dims[i])));
  }
  if (n < capacity) std::snprintf(buffer + n, capacity - n, info.rank == 1 ? ",)" : ")");
}

Value raise_count_mismatch(Vm& vm, const char* what, const TensorInfo& info, size_t got, const char* unit) {
  char shape[96];
  format_shape(info, shape, sizeof(shape));
  const std::string_view dtype = DataTypeName(info.type);
  const auto count = static_cast<unsigned long>(element_count(info));
  const char* plural = count == 1 ? "" : "s";
  if (unit == nullptr) {
    return raise(vm, &ValueError_type, "%s expects %lu %.*s value%s (shape %s), got %lu", what, count,
                 static_cast<int>(dtype.size()), dtype.data(), plural, shape, static_cast<unsigned long>(got));
  }
  return raise(vm, &ValueError_type, "%s expects %lu %.*s value%s (shape %s, %lu bytes), got %lu %s", what, count,
               static_cast<int>(dtype.size()), dtype.data(), plural, shape, static_cast<unsigned long>(info.bytes),
               static_cast<unsigned long>(got), unit);
}

namespace {

bool is_number(Value v) { return is_int(v) || isinstance(v, &float_type); }

// The values an integer dtype holds; false for dtypes set_input/quantize do not fill from
// Python ints (64-bit integers go through a buffer).
bool int_range(DataType type, int64_t* lo, int64_t* hi) {
  switch (type) {
    case DataType::kInt8: *lo = -128, *hi = 127; return true;
    case DataType::kUInt8: *lo = 0, *hi = 255; return true;
    case DataType::kInt16: *lo = -32768, *hi = 32767; return true;
    case DataType::kUInt16: *lo = 0, *hi = 65535; return true;
    case DataType::kInt32: *lo = INT32_MIN, *hi = INT32_MAX; return true;
    case DataType::kUInt32: *lo = 0, *hi = UINT32_MAX; return true;
    case DataType::kBool: *lo = 0, *hi = 1; return true;
    default: return false;
  }
}

// Writes the low DataTypeSize(type) bytes of v, little-endian (every Mote target is).
void store_int(DataType type, int64_t v, uint8_t* out) {
  const uint64_t u = static_cast<uint64_t>(v);
  for (size_t i = 0; i < DataTypeSize(type); ++i) out[i] = static_cast<uint8_t>(u >> (8 * i));
}

int64_t load_int(DataType type, const uint8_t* p) {
  switch (type) {
    case DataType::kInt8: return static_cast<int8_t>(p[0]);
    case DataType::kUInt8: case DataType::kBool: return p[0];
    case DataType::kInt16: { int16_t v; std::memcpy(&v, p, 2); return v; }
    case DataType::kUInt16: { uint16_t v; std::memcpy(&v, p, 2); return v; }
    case DataType::kInt32: { int32_t v; std::memcpy(&v, p, 4); return v; }
    case DataType::kUInt32: { uint32_t v; std::memcpy(&v, p, 4); return v; }
    default: return 0;
  }
}

// A double as the nearest float32, saturating to +-inf instead of overflowing.
float to_float32(double d) {
  if (d > FLT_MAX) return INFINITY;
  if (d < -FLT_MAX) return -INFINITY;
  return static_cast<float>(d);
}

void store_float(DataType type, double d, uint8_t* out) {
  if (type == DataType::kFloat64) {
    std::memcpy(out, &d, 8);
  } else {
    const float f = to_float32(d);
    std::memcpy(out, &f, 4);
  }
}

bool int_value(Value v, int64_t* out) {
  if (v.is_bool()) {
    *out = v.is_true_literal() ? 1 : 0;
    return true;
  }
  return bigint_to_int64(int_unwrap(v), out);
}

}  // namespace

bool encode_element(Vm& vm, DataType type, Value v, uint8_t* out, const char* what, size_t index) {
  const std::string_view dtype = DataTypeName(type);
  const int dn = static_cast<int>(dtype.size());
  const auto at = static_cast<unsigned long>(index);
  if (type == DataType::kFloat32 || type == DataType::kFloat64) {
    double d;
    if (!is_number(v)) {
      raise(vm, &TypeError_type, "%s: the value at index %lu must be a number, not '%s'", what, at,
            type_name(type_of(v)).data());
      return false;
    }
    if (!to_double(vm, v, &d)) return false;
    store_float(type, d, out);
    return true;
  }
  int64_t lo, hi, x;
  if (!int_range(type, &lo, &hi)) {
    raise(vm, &TypeError_type, "%s has dtype %.*s: pass its bytes as a buffer", what, dn, dtype.data());
    return false;
  }
  if (!is_int(v)) {
    const bool real = isinstance(v, &float_type);
    raise(vm, &TypeError_type, "%s has dtype %.*s: the value at index %lu must be an int, not '%s'%s", what, dn,
          dtype.data(), at, type_name(type_of(v)).data(), real ? " (quantize() converts real values)" : "");
    return false;
  }
  if (!int_value(v, &x) || x < lo || x > hi) {
    char value[24] = "";
    if (int_value(v, &x) && x >= LONG_MIN && x <= LONG_MAX) std::snprintf(value, sizeof(value), " %ld", long(x));
    raise(vm, &ValueError_type, "%s: the value%s at index %lu is out of range for %.*s (%ld..%lu)", what, value, at,
          dn, dtype.data(), static_cast<long>(lo), static_cast<unsigned long>(hi));
    return false;
  }
  store_int(type, x, out);
  return true;
}

namespace {

// --- quantize / dequantize ---------------------------------------------------------------------

// TFLite's AffineQuantize for one value: round(float32(x) / scale) in float32, ties away from
// zero, plus the zero point, clamped. Saturates instead of overflowing for huge inputs.
int64_t quantize_one(double x, float scale, int32_t zero_point, int64_t lo, int64_t hi) {
  const float r = std::round(to_float32(x) / scale);
  double q = static_cast<double>(r) + zero_point;
  if (q < static_cast<double>(lo)) q = static_cast<double>(lo);
  if (q > static_cast<double>(hi)) q = static_cast<double>(hi);
  return static_cast<int64_t>(q);
}

// The values argument of quantize(): a number (for a one-element tensor) or an iterable, as a
// list or tuple.
Value quantize_values(Vm& vm, Value values) {
  if (is_number(values)) return tuple_new(vm, 1, &values);
  size_t n;
  Value* items;
  if (seq_items(values, &n, &items)) return values;
  BufferInfo buffer;
  if (is_str(values) || get_bytes_view(vm, values, &buffer) || type_of(values)->get_iter == nullptr) {
    return raise(vm, &TypeError_type, "quantize() takes a number or a sequence of numbers, not '%s'",
                 type_name(type_of(values)).data());
  }
  return tuple_from_iter(vm, values);
}

// One real value into element `i` of the tensor (or into scratch when out is scratch).
bool quantize_into(Vm& vm, const TensorInfo& info, Value v, size_t i, uint8_t* out) {
  if (!is_number(v)) {
    raise(vm, &TypeError_type, "quantize(): the value at index %lu must be a number, not '%s'",
          static_cast<unsigned long>(i), type_name(type_of(v)).data());
    return false;
  }
  double x;
  if (!to_double(vm, v, &x)) return false;
  if (info.type == DataType::kFloat32 || info.type == DataType::kFloat64) {
    store_float(info.type, x, out);
    return true;
  }
  if (std::isnan(x)) {
    raise(vm, &ValueError_type, "quantize(): the value at index %lu is nan", static_cast<unsigned long>(i));
    return false;
  }
  int64_t lo, hi;
  int_range(info.type, &lo, &hi);
  store_int(info.type, quantize_one(x, info.scale, info.zero_point, lo, hi), out);
  return true;
}

// quantize() applies to float tensors and to quantized integer tensors.
bool check_quantizable(Vm& vm, const TensorInfo& info, const char* method) {
  const std::string_view dtype = DataTypeName(info.type);
  if (info.type == DataType::kFloat32 || info.type == DataType::kFloat64) return true;
  int64_t lo, hi;
  if (!int_range(info.type, &lo, &hi) || info.type == DataType::kBool) {
    raise(vm, &TypeError_type, "%s() does not apply to a tensor of dtype %.*s", method, static_cast<int>(dtype.size()),
          dtype.data());
    return false;
  }
  if (!(info.scale > 0.0f)) {
    raise(vm, &ValueError_type, "%s(): the %.*s tensor is not quantized (it has no scale)", method,
          static_cast<int>(dtype.size()), dtype.data());
    return false;
  }
  return true;
}

// t.quantize(values): fills the tensor from real values.
Value tensor_quantize(Vm& vm, size_t, size_t, const Value* args) {
  const TensorInfo info = tensor_info(as_tensor(args[0]));
  if (!check_quantizable(vm, info, "quantize")) return Value::null();
  const Value seq = quantize_values(vm, args[1]);
  if (seq.is_null()) return seq;
  size_t n;
  Value* items;
  seq_items(seq, &n, &items);
  const size_t count = element_count(info);
  if (n != count) return raise_count_mismatch(vm, "quantize()", info, n, nullptr);
  const size_t size = DataTypeSize(info.type);
  uint8_t scratch[8];
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < count; ++i) {
      seq_items(seq, &n, &items);  // re-read: __float__ may run Python code that changes a list
      if (n != count) return raise(vm, &RuntimeError_type, "list changed size during quantize()");
      if (!quantize_into(vm, info, items[i], i, pass == 0 ? scratch : info.data + i * size)) return Value::null();
    }
  }
  return Value::none();
}

// t.dequantize(): the real values, as a list of floats.
Value tensor_dequantize(Vm& vm, size_t, size_t, const Value* args) {
  const TensorInfo info = tensor_info(as_tensor(args[0]));
  if (!check_quantizable(vm, info, "dequantize")) return Value::null();
  const size_t count = element_count(info);
  const size_t size = DataTypeSize(info.type);
  Value list = list_new(vm, count, nullptr);
  for (size_t i = 0; !list.is_null() && i < count; ++i) {
    const uint8_t* p = info.data + i * size;
    double real;
    if (info.type == DataType::kFloat32) {
      float f;
      std::memcpy(&f, p, 4);
      real = f;
    } else if (info.type == DataType::kFloat64) {
      std::memcpy(&real, p, 8);
    } else {
      real = static_cast<double>(info.scale) * static_cast<double>(load_int(info.type, p) - info.zero_point);
    }
    const Value v = float_new(vm, real);
    if (v.is_null()) return v;
    list.as<List>()->items[i] = v;
  }
  return list;
}

// --- attributes ----------------------------------------------------------------------------------

// The tensor's name as a str. Names come from the (untrusted) model file: bytes that are not
// UTF-8 become '?'.
Value name_value(Vm& vm, std::string_view name) {
  Str* s = str_alloc(vm, name.size());
  if (s == nullptr) return Value::null();
  std::memcpy(str_data(s), name.data(), name.size());
  utf8_scrub(str_data(s), name.size());
  return str_finish(s);
}

Value get_name(Vm& vm, size_t, size_t, const Value* a) { return name_value(vm, tensor_info(as_tensor(a[0])).name); }
Value get_dtype(Vm& vm, size_t, size_t, const Value* a) {
  return str_new(vm, DataTypeName(tensor_info(as_tensor(a[0])).type));
}
Value get_scale(Vm& vm, size_t, size_t, const Value* a) { return float_new(vm, tensor_info(as_tensor(a[0])).scale); }
Value get_zero_point(Vm&, size_t, size_t, const Value* a) {
  return Value::small_int(tensor_info(as_tensor(a[0])).zero_point);
}
Value get_nbytes(Vm&, size_t, size_t, const Value* a) {
  return Value::small_int(static_cast<sword>(tensor_info(as_tensor(a[0])).bytes));
}
Value get_shape(Vm& vm, size_t, size_t, const Value* a) {
  const TensorInfo info = tensor_info(as_tensor(a[0]));
  Value tuple = tuple_new(vm, static_cast<size_t>(info.rank), nullptr);
  for (int i = 0; !tuple.is_null() && i < info.rank; ++i) tuple.as<Tuple>()->items[i] = Value::small_int(info.dims[i]);
  return tuple;
}

// --- slots -----------------------------------------------------------------------------------------

// The arena slice of the tensor. Every placed tensor has at least one byte; an empty export
// still gets a valid pointer.
bool tensor_buffer(Vm&, Value self, BufferInfo* out, bool) {
  static uint8_t empty[1];
  const TensorInfo info = tensor_info(as_tensor(self));
  *out = BufferInfo{info.data != nullptr ? info.data : empty, info.data != nullptr ? info.bytes : 0,
                    dtype_typecode(info.type), false};
  return true;
}

Value tensor_unary(Vm&, UnarySlot op, Value self) {
  if (op == UnarySlot::kLen) return Value::small_int(static_cast<sword>(element_count(tensor_info(as_tensor(self)))));
  if (op == UnarySlot::kBool) return Value::true_();
  return Value::absent();
}

// t[i], t[i] = v, t[a:b]: through a memoryview of the tensor (typed, bounds-checked).
Value tensor_subscr(Vm& vm, Value self, Value index, Value value) {
  if (value.is_null()) return raise(vm, &TypeError_type, "cannot delete tensor elements");
  const Value view = memoryview_new(vm, self);
  if (view.is_null()) return view;
  if (value.is_absent()) return subscr_load(vm, view, index);
  return subscr_store(vm, view, index, value) ? Value::none() : Value::null();
}

Value tensor_get_iter(Vm& vm, Value self) {
  const Value view = memoryview_new(vm, self);
  return view.is_null() ? view : get_iter(vm, view);
}

// The shortest decimal form that reads back as the same float32 (scales are float32).
void format_float32(float f, char* buffer, size_t capacity) {
  for (int digits = 1; digits <= 9; ++digits) {
    std::snprintf(buffer, capacity, "%.*g", digits, static_cast<double>(f));
    if (std::strtof(buffer, nullptr) == f) return;
  }
}

bool tensor_print(Vm&, Printer& out, Value self, PrintKind) {
  const TensorInfo info = tensor_info(as_tensor(self));
  char name[64], shape[96], scale[24];
  const size_t name_len = info.name.size() < sizeof(name) ? info.name.size() : sizeof(name) - 1;
  std::memcpy(name, info.name.data(), name_len);
  utf8_scrub(name, name_len);
  format_shape(info, shape, sizeof(shape));
  const std::string_view dtype = DataTypeName(info.type);
  if (!printf_to(out, "<Tensor '%.*s%s' %.*s %s", static_cast<int>(name_len), name,
                 name_len < info.name.size() ? "..." : "", static_cast<int>(dtype.size()), dtype.data(), shape)) {
    return false;
  }
  if (info.scale > 0.0f) {
    format_float32(info.scale, scale, sizeof(scale));
    if (!printf_to(out, " scale=%s zero_point=%ld", scale, static_cast<long>(info.zero_point))) return false;
  }
  return print_str(out, ">");
}

constexpr NativeFunction quantize_obj = native_fn(Q::quantize, tensor_quantize, 2, 2);
constexpr NativeFunction dequantize_obj = native_fn(Q::dequantize, tensor_dequantize, 1, 1);
constexpr NativeFunction name_get = native_fn(Q::name, get_name, 1, 1);
constexpr NativeFunction dtype_get = native_fn(Q::dtype, get_dtype, 1, 1);
constexpr NativeFunction shape_get = native_fn(Q::shape, get_shape, 1, 1);
constexpr NativeFunction scale_get = native_fn(Q::scale, get_scale, 1, 1);
constexpr NativeFunction zero_point_get = native_fn(Q::zero_point, get_zero_point, 1, 1);
constexpr NativeFunction nbytes_get = native_fn(Q::nbytes, get_nbytes, 1, 1);

constexpr Property prop(const NativeFunction& getter) {
  return Property{&property_type, Value::object(&getter), Value::none(), Value::none(), Value::none()};
}
constexpr Property name_prop = prop(name_get), dtype_prop = prop(dtype_get), shape_prop = prop(shape_get),
                   scale_prop = prop(scale_get), zero_point_prop = prop(zero_point_get), nbytes_prop = prop(nbytes_get);

constexpr auto tensor_locals_table = sorted_table<8>({{
    {q(Q::quantize), Value::object(&quantize_obj)},
    {q(Q::dequantize), Value::object(&dequantize_obj)},
    {q(Q::name), Value::object(&name_prop)},
    {q(Q::dtype), Value::object(&dtype_prop)},
    {q(Q::shape), Value::object(&shape_prop)},
    {q(Q::scale), Value::object(&scale_prop)},
    {q(Q::zero_point), Value::object(&zero_point_prop)},
    {q(Q::nbytes), Value::object(&nbytes_prop)},
}});
constexpr ConstMap tensor_locals = {tensor_locals_table.data(), tensor_locals_table.size()};

}  // namespace

constexpr Type tensor_type = {
    .type = &type_type, .name = Q::Tensor, .flags = 0, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = tensor_print, .unary = tensor_unary,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = tensor_subscr,
    .call = nullptr, .get_iter = tensor_get_iter, .iternext = nullptr, .buffer = tensor_buffer,
    .locals = &tensor_locals};

}  // namespace mlinfer::py
}  // namespace mote
