// binding_model.cc — mlinfer.Model and the module table.
//
//   m = mlinfer.Model(source, arena_size=None)
//
// `source` is a path (the file is read through the port's HAL into one GC bytes object), a
// bytes object (used in place), or any other buffer (a bytearray, a memoryview: used in place
// and kept referenced, never copied). The engine reads the weights where they are, so the
// Model holds the object. `arena_size` is None (an arena of exactly the planned size from the
// GC heap), an int (an arena of that many bytes; too small raises the engine's MemoryError
// "arena too small: model needs N bytes, got M"), or a writable buffer used as the arena in
// place (a bytearray the application reuses between models).
//
// Everything the engine can reject is rejected here, at construction: the model is verified,
// every kernel prepared and the arena placed before the object exists, so a failed load
// raises and leaves nothing behind, and any Model that exists can invoke. Loading a new
// Model never touches another one: an over-the-air update loads the new file as a second
// Model and drops the old one only when the load succeeded.
//
// Cost: one GC object of about 300 bytes (64-bit host) plus the engine's metadata chunks, the
// arena, and a 24-byte object per input/output tensor.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>

#include "modules/common/module_util.h"
#include "modules/mlinfer/binding.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/hal.h"

namespace mote {
namespace mlinfer::py {

// --- the GC-heap Allocator -------------------------------------------------------------------

void* GcAllocator::Allocate(size_t bytes, size_t alignment) {
  if (alignment > kGcBlockBytes) return nullptr;
  void* p = gc_alloc(*vm_, bytes);
  // The engine reports the failure itself, as a Status naming what it was allocating.
  if (p == nullptr) vm_->clear_exc();
  return p;
}

void GcAllocator::Deallocate(void* pointer, size_t, size_t) { gc_free(*vm_, pointer); }

// --- errors ----------------------------------------------------------------------------------

Value raise_status(Vm& vm, const Status& status) {
  const Type* type = &ValueError_type;
  switch (status.kind()) {
    case ErrorKind::kNotImplementedError: type = &NotImplementedError_type; break;
    case ErrorKind::kMemoryError: type = &MemoryError_type; break;
    case ErrorKind::kTypeError: type = &TypeError_type; break;
    default: break;
  }
  char message[Status::kMessageCapacity];
  std::strncpy(message, status.message(), sizeof(message) - 1);
  message[sizeof(message) - 1] = '\0';
  utf8_scrub(message, std::strlen(message));
  return raise(vm, type, "%s", message);
}

void utf8_scrub(char* text, size_t len) {
  auto* s = reinterpret_cast<uint8_t*>(text);
  for (size_t i = 0; i < len;) {
    const uint8_t c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    for (size_t k = 1; k < n; ++k) {
      if (i + k >= len || (s[i + k] & 0xc0) != 0x80) n = 0;
    }
    if (n == 0) {
      s[i++] = '?';
    } else {
      i += n;
    }
  }
}

namespace {

// --- the model source --------------------------------------------------------------------------

struct ReadTarget {
  Vm* vm;
  Str* bytes;
};

void* alloc_file_bytes(void* ctx, size_t size) {
  auto* target = static_cast<ReadTarget*>(ctx);
  target->bytes = str_alloc(*target->vm, size, &bytes_type);
  return target->bytes != nullptr ? str_data(target->bytes) : nullptr;
}

// Reads the file at `path` into a new bytes object: the model's only copy.
Value read_model_file(Vm& vm, Value path) {
  const StrView text = str_view(path);
  if (std::memchr(text.data, 0, text.len) != nullptr) return raise(vm, &ValueError_type, "embedded null byte");
  char* c_path = static_cast<char*>(gc_alloc(vm, text.len + 1, true));
  if (c_path == nullptr) return Value::null();
  std::memcpy(c_path, text.data, text.len);
  if (hal_stat(c_path) == HalPathKind::kDir) return stdlib::raise_errno(vm, EISDIR, path);
  ReadTarget target{&vm, nullptr};
  size_t got = 0;
  if (!hal_read_file(c_path, alloc_file_bytes, &target, &got)) {
    if (vm.has_exc()) return Value::null();
    return stdlib::raise_errno(vm, ENOENT, path);
  }
  gc_free(vm, c_path);
  target.bytes->len = static_cast<uint32_t>(got);
  target.bytes->char_len = static_cast<uint32_t>(got);
  return Value::object(target.bytes);
}

// The object holding the model bytes for `source` (a new bytes object for a path, else the
// source itself) and its bytes in *out.
Value model_source(Vm& vm, Value source, BufferInfo* out) {
  Value holder = source;
  if (is_str(source)) {
    holder = read_model_file(vm, source);
    if (holder.is_null()) return holder;
  }
  if (!get_bytes_view(vm, holder, out)) {
    if (vm.has_exc()) return Value::null();
    return raise(vm, &TypeError_type, "Model() source must be a path, bytes or a buffer, not '%s'",
                 type_name(type_of(source)).data());
  }
  return holder;
}

// --- the arena -----------------------------------------------------------------------------

// A leaf GC block for the arena (activations hold no pointers); MemoryError naming the size.
uint8_t* alloc_arena(Vm& vm, size_t bytes) {
  if (bytes == 0) return nullptr;
  auto* block = static_cast<uint8_t*>(gc_alloc(vm, bytes, true));
  if (block == nullptr) {
    vm.clear_exc();
    raise(vm, &MemoryError_type, "cannot allocate a %lu-byte arena", static_cast<unsigned long>(bytes));
  }
  return block;
}

bool place_tensors(Vm& vm, ModelObj* m, uint8_t* data, size_t bytes) {
  const Status status = m->model.AllocateTensors(std::span<uint8_t>(data, bytes));
  if (status.ok()) return true;
  raise_status(vm, status);
  return false;
}

// An arena of `bytes` from the GC heap. Too small: the block is given back and the engine's
// MemoryError says how much the model needs.
bool heap_arena(Vm& vm, ModelObj* m, size_t bytes) {
  uint8_t* block = alloc_arena(vm, bytes);
  if (block == nullptr && bytes > 0) return false;
  if (!place_tensors(vm, m, block, bytes)) {
    if (block != nullptr) gc_free(vm, block);
    return false;
  }
  m->arena_block = block;
  return true;
}

// arena_size=None | int | writable buffer.
bool setup_arena(Vm& vm, ModelObj* m, Value arg) {
  if (arg.is_none()) return heap_arena(vm, m, m->model.arena_bytes_required());
  if (is_int(arg) && !arg.is_bool()) {
    sword bytes;
    if (!to_sword(vm, arg, &bytes)) return false;
    if (bytes < 0) {
      raise(vm, &ValueError_type, "arena_size must be >= 0, not %ld", static_cast<long>(bytes));
      return false;
    }
    return heap_arena(vm, m, static_cast<size_t>(bytes));
  }
  BufferInfo buffer;
  if (!get_bytes_view(vm, arg, &buffer)) {
    if (!vm.has_exc()) {
      raise(vm, &TypeError_type, "arena_size must be None, an int or a bytearray, not '%s'",
            type_name(type_of(arg)).data());
    }
    return false;
  }
  if (buffer.readonly) {
    raise(vm, &TypeError_type, "the arena must be a writable buffer (a bytearray), not '%s'",
          type_name(type_of(arg)).data());
    return false;
  }
  m->arena = arg;
  return place_tensors(vm, m, static_cast<uint8_t*>(buffer.data), buffer.len);
}

// --- construction ----------------------------------------------------------------------------

Value tensor_tuple(Vm& vm, ModelObj* m, size_t count, bool outputs) {
  Value tuple = tuple_new(vm, count, nullptr);
  for (size_t i = 0; !tuple.is_null() && i < count; ++i) {
    const Value t = tensor_new(vm, m, static_cast<uint32_t>(i), outputs);
    if (t.is_null()) return t;
    tuple.as<Tuple>()->items[i] = t;
  }
  return tuple;
}

Value ops_tuple(Vm& vm, ModelObj* m) {
  const size_t count = m->model.op_count();
  Value tuple = tuple_new(vm, count, nullptr);
  for (size_t i = 0; !tuple.is_null() && i < count; ++i) {
    const Value name = str_new(vm, m->model.op_name(i));
    if (name.is_null()) return name;
    tuple.as<Tuple>()->items[i] = name;
  }
  return tuple;
}

ModelObj* model_alloc(Vm& vm) {
  auto* m = static_cast<ModelObj*>(gc_alloc(vm, sizeof(ModelObj)));
  if (m == nullptr) return nullptr;
  m->type = &model_type;
  m->source = m->arena = m->inputs = m->outputs = m->ops = Value::none();
  m->arena_block = nullptr;
  new (&m->allocator) GcAllocator(vm);
  new (&m->model) Model();
  return m;
}

// Model(source, arena_size=None)
Value model_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::source, kArgRequired, Value::absent()}, {Q::arena_size, 0, Value::none()}};
  Value a[2];
  if (!parse_args(vm, "Model", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  ModelObj* m = model_alloc(vm);
  if (m == nullptr) return Value::null();
  BufferInfo bytes;
  m->source = model_source(vm, a[0], &bytes);
  if (m->source.is_null()) return Value::null();
  const Status status =
      m->model.Load(std::span<const uint8_t>(static_cast<const uint8_t*>(bytes.data), bytes.len), m->allocator);
  if (!status.ok()) return raise_status(vm, status);
  if (!setup_arena(vm, m, a[1])) return Value::null();
  m->inputs = tensor_tuple(vm, m, m->model.input_count(), false);
  if (m->inputs.is_null()) return Value::null();
  m->outputs = tensor_tuple(vm, m, m->model.output_count(), true);
  if (m->outputs.is_null()) return Value::null();
  m->ops = ops_tuple(vm, m);
  if (m->ops.is_null()) return Value::null();
  return Value::object(m);
}

bool model_print(Vm&, Printer& out, Value self, PrintKind) {
  const Model& model = as_model(self)->model;
  return printf_to(out, "<Model: %lu ops, %lu input(s), %lu output(s), arena %lu bytes>",
                   static_cast<unsigned long>(model.op_count()), static_cast<unsigned long>(model.input_count()),
                   static_cast<unsigned long>(model.output_count()), static_cast<unsigned long>(model.arena_size()));
}

// --- methods -------------------------------------------------------------------------------------

// Input/output number `index` (negative counts from the end, as for a tuple); IndexError
// naming how many there are.
bool io_index(Vm& vm, ModelObj* m, Value index, bool output, size_t* out) {
  const size_t count = output ? m->model.output_count() : m->model.input_count();
  const char* what = output ? "output" : "input";
  if (!is_int(index)) {
    raise(vm, &TypeError_type, "%s index must be an int, not '%s'", what, type_name(type_of(index)).data());
    return false;
  }
  sword given, i;
  if (!to_sword(vm, index, &given)) return false;
  i = given < 0 ? given + static_cast<sword>(count) : given;
  if (i < 0 || static_cast<size_t>(i) >= count) {
    raise(vm, &IndexError_type, "%s index %ld out of range (the model has %lu %s%s)", what, static_cast<long>(given),
          static_cast<unsigned long>(count), what, count == 1 ? "" : "s");
    return false;
  }
  *out = static_cast<size_t>(i);
  return true;
}

// set_input from a buffer: bytes/bytearray (or any 'B' buffer) are the tensor's raw bytes;
// a typed buffer (a memoryview cast to 'b', 'f'...) must have the tensor's dtype.
Value set_input_buffer(Vm& vm, ModelObj* m, size_t index, const BufferInfo& buffer, const char* what) {
  const TensorInfo info = m->model.input(index);
  DataType type = info.type;
  const bool raw = !typecode_dtype(buffer.typecode, &type);
  if (type == info.type && buffer.len != info.bytes) {
    const size_t size = DataTypeSize(type);
    if (raw && size != 1) return raise_count_mismatch(vm, what, info, buffer.len, "bytes");
    return raise_count_mismatch(vm, what, info, size != 0 ? buffer.len / size : buffer.len, nullptr);
  }
  // The data may be a view of this very arena (another tensor, a bytearray arena); memcpy
  // needs disjoint ranges, so overlapping data is copied out first.
  const auto* data = static_cast<const uint8_t*>(buffer.data);
  if (data < info.data + info.bytes && info.data < data + buffer.len) {
    auto* copy = static_cast<uint8_t*>(gc_alloc(vm, buffer.len, true));
    if (copy == nullptr) return Value::null();
    std::memcpy(copy, data, buffer.len);
    data = copy;
  }
  const Status status = m->model.SetInput(index, type, std::span<const uint8_t>(data, buffer.len));
  return status.ok() ? Value::none() : raise_status(vm, status);
}

// Item i of a list or tuple, read again at every step: converting an item may run Python
// code (__index__, __float__) that changes the list.
bool sequence_item(Vm& vm, Value seq, size_t i, size_t expected, Value* out) {
  size_t n;
  Value* items;
  seq_items(seq, &n, &items);
  if (n != expected) {
    raise(vm, &RuntimeError_type, "list changed size during set_input()");
    return false;
  }
  *out = items[i];
  return true;
}

// set_input from a sequence of numbers (ints, or floats for a float tensor). Every value is
// checked before any is written, so a bad value leaves the input unchanged.
Value set_input_values(Vm& vm, ModelObj* m, size_t index, Value data, const char* what) {
  size_t n;
  Value* items;
  Value seq = data;
  if (is_str(data) || !seq_items(seq, &n, &items)) {
    seq = is_str(data) ? Value::null() : tuple_from_iter(vm, data);
    if (seq.is_null()) {
      if (vm.has_exc() && !exc_matches(vm, &TypeError_type)) return Value::null();
      vm.clear_exc();
      return raise(vm, &TypeError_type, "set_input() data must be a buffer or a sequence of numbers, not '%s'",
                   type_name(type_of(data)).data());
    }
    seq_items(seq, &n, &items);
  }
  const TensorInfo info = m->model.input(index);
  const size_t count = element_count(info);
  if (n != count) return raise_count_mismatch(vm, what, info, n, nullptr);
  const size_t size = DataTypeSize(info.type);
  uint8_t scratch[8];
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < count; ++i) {
      Value v;
      if (!sequence_item(vm, seq, i, count, &v)) return Value::null();
      uint8_t* out = pass == 0 ? scratch : info.data + i * size;
      if (!encode_element(vm, info.type, v, out, what, i)) return Value::null();
    }
  }
  return Value::none();
}

// set_input(i, data)
Value model_set_input(Vm& vm, size_t, size_t, const Value* args) {
  ModelObj* m = as_model(args[0]);
  size_t index;
  if (!io_index(vm, m, args[1], false, &index)) return Value::null();
  char what[32];
  std::snprintf(what, sizeof(what), "input %lu", static_cast<unsigned long>(index));
  BufferInfo buffer;
  if (get_bytes_view(vm, args[2], &buffer)) return set_input_buffer(vm, m, index, buffer, what);
  if (vm.has_exc()) return Value::null();
  return set_input_values(vm, m, index, args[2], what);
}

// invoke(): runs the model once on the current inputs.
Value model_invoke(Vm& vm, size_t, size_t, const Value* args) {
  const Status status = as_model(args[0])->model.Invoke();
  return status.ok() ? Value::none() : raise_status(vm, status);
}

Value io_tensor(Vm& vm, const Value* args, bool output) {
  ModelObj* m = as_model(args[0]);
  size_t index;
  if (!io_index(vm, m, args[1], output, &index)) return Value::null();
  return (output ? m->outputs : m->inputs).as<Tuple>()->items[index];
}

// get_output(i) / get_input(i): the Tensor object (the same one m.outputs[i] holds).
Value model_get_output(Vm& vm, size_t, size_t, const Value* args) { return io_tensor(vm, args, true); }
Value model_get_input(Vm& vm, size_t, size_t, const Value* args) { return io_tensor(vm, args, false); }

// --- properties ------------------------------------------------------------------------------------

Value size_value(Vm& vm, uint64_t v) {
  return v <= static_cast<uint64_t>(Value::kSmallIntMax) ? Value::small_int(static_cast<sword>(v))
                                                         : bigint_from_uint64(vm, v);
}

Value get_inputs(Vm&, size_t, size_t, const Value* a) { return as_model(a[0])->inputs; }
Value get_outputs(Vm&, size_t, size_t, const Value* a) { return as_model(a[0])->outputs; }
Value get_ops(Vm&, size_t, size_t, const Value* a) { return as_model(a[0])->ops; }
Value get_macs(Vm& vm, size_t, size_t, const Value* a) { return size_value(vm, as_model(a[0])->model.macs_per_invoke()); }
Value get_arena_size(Vm& vm, size_t, size_t, const Value* a) {
  return size_value(vm, as_model(a[0])->model.arena_size());
}
Value get_arena_used(Vm& vm, size_t, size_t, const Value* a) {
  return size_value(vm, as_model(a[0])->model.arena_used_bytes());
}

constexpr NativeFunction set_input_obj = native_fn(Q::set_input, model_set_input, 3, 3);
constexpr NativeFunction invoke_obj = native_fn(Q::invoke, model_invoke, 1, 1);
constexpr NativeFunction get_output_obj = native_fn(Q::get_output, model_get_output, 2, 2);
constexpr NativeFunction get_input_obj = native_fn(Q::get_input, model_get_input, 2, 2);
constexpr NativeFunction inputs_get = native_fn(Q::inputs, get_inputs, 1, 1);
constexpr NativeFunction outputs_get = native_fn(Q::outputs, get_outputs, 1, 1);
constexpr NativeFunction ops_get = native_fn(Q::ops, get_ops, 1, 1);
constexpr NativeFunction macs_get = native_fn(Q::macs, get_macs, 1, 1);
constexpr NativeFunction arena_size_get = native_fn(Q::arena_size, get_arena_size, 1, 1);
constexpr NativeFunction arena_used_get = native_fn(Q::arena_used, get_arena_used, 1, 1);

constexpr Property prop(const NativeFunction& getter) {
  return Property{&property_type, Value::object(&getter), Value::none(), Value::none(), Value::none()};
}
constexpr Property inputs_prop = prop(inputs_get), outputs_prop = prop(outputs_get), ops_prop = prop(ops_get),
                   macs_prop = prop(macs_get), arena_size_prop = prop(arena_size_get),
                   arena_used_prop = prop(arena_used_get);

constexpr auto model_locals_table = sorted_table<10>({{
    {q(Q::set_input), Value::object(&set_input_obj)},
    {q(Q::invoke), Value::object(&invoke_obj)},
    {q(Q::get_output), Value::object(&get_output_obj)},
    {q(Q::get_input), Value::object(&get_input_obj)},
    {q(Q::inputs), Value::object(&inputs_prop)},
    {q(Q::outputs), Value::object(&outputs_prop)},
    {q(Q::ops), Value::object(&ops_prop)},
    {q(Q::macs), Value::object(&macs_prop)},
    {q(Q::arena_size), Value::object(&arena_size_prop)},
    {q(Q::arena_used), Value::object(&arena_used_prop)},
}});
constexpr ConstMap model_locals = {model_locals_table.data(), model_locals_table.size()};

}  // namespace

constexpr Type model_type = {
    .type = &type_type, .name = Q::Model, .flags = 0, .instance_size = 0,
    .base = &object_type, .make_new = model_make_new, .print = model_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &model_locals};

namespace {

constexpr auto mlinfer_globals_table = sorted_table<3>({{
    {q(Q::dunder_name), q(Q::mlinfer)},
    {q(Q::Model), Value::object(&model_type)},
    {q(Q::Tensor), Value::object(&tensor_type)},
}});

}  // namespace
}  // namespace mlinfer::py

constexpr ConstMap mlinfer_module_globals = {mlinfer::py::mlinfer_globals_table.data(),
                                             mlinfer::py::mlinfer_globals_table.size()};

}  // namespace mote
