// binding.h — what the files of the Python `mlinfer` module share (not a public API).
//
// The binding is a thin layer over the engine (modules/mlinfer/mlinfer.h) and the VM's native
// API (vm/vm.h); the engine itself knows nothing of the interpreter. Two files:
//
//   binding_model.cc    mlinfer.Model: loading (path, bytes, buffer), the arena, set_input,
//                       invoke, introspection; the GC-heap Allocator; the module table
//   binding_tensor.cc   mlinfer.Tensor: shape/dtype/quantization, the buffer protocol over
//                       the arena, quantize()/dequantize(), item access
//
// Memory. A Model is one GC object that embeds the engine's Model and an Allocator drawing on
// the GC heap. The collector is conservative and marks through every word of a non-leaf block,
// so the engine's own pointers (metadata chunks, tensor data in the arena, weights inside the
// model bytes) keep everything they use alive; the object also holds the model's bytes object
// and the arena owner as Values, so that is explicit. Nothing is ever finalized: when a Model
// becomes unreachable, its metadata, arena and model bytes are reclaimed with it.
//
// Errors: an engine Status becomes the exception its kind names, with its message unchanged.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/gc.h"
#include "modules/mlinfer/mlinfer.h"
#include "vm/vm.h"

namespace mote {

// The module's globals (registered in vm/module_registry.cc).
extern const ConstMap mlinfer_module_globals;

namespace mlinfer::py {

extern const Type model_type;
extern const Type tensor_type;

// The engine's Allocator over the GC heap. Blocks are non-leaf (metadata holds pointers) and
// 16-byte aligned, the largest alignment the engine asks for.
class GcAllocator final : public Allocator {
 public:
  explicit GcAllocator(Vm& vm) : vm_(&vm) {}
  void* Allocate(size_t bytes, size_t alignment) override;
  void Deallocate(void* pointer, size_t bytes, size_t alignment) override;

 private:
  Vm* vm_;
};

struct ModelObj {
  const Type* type;  // &model_type
  Value source;      // the bytes / buffer object holding the model (weights are read in place)
  Value arena;       // the caller's arena buffer, or None when the arena is a GC block
  uint8_t* arena_block;  // the GC arena block (null with a caller arena or an empty plan)
  Value inputs;      // tuple of TensorObj
  Value outputs;     // tuple of TensorObj
  Value ops;         // tuple of operator names
  GcAllocator allocator;
  Model model;
};

struct TensorObj {
  const Type* type;  // &tensor_type
  ModelObj* model;
  uint32_t index;
  bool is_output;
};

inline ModelObj* as_model(Value v) { return v.as<ModelObj>(); }
inline TensorObj* as_tensor(Value v) { return v.as<TensorObj>(); }

// The engine's view of a tensor object (name, dtype, shape, quantization, arena data).
TensorInfo tensor_info(const TensorObj* t);
// A new Tensor object for input/output `index` of `model`.
Value tensor_new(Vm& vm, ModelObj* model, uint32_t index, bool is_output);

// Raises the exception a failed Status names; returns Value::null(). The message may quote
// names from the (untrusted) model file, so it is made valid UTF-8 first.
Value raise_status(Vm& vm, const Status& status);
// Replaces every byte of text[0, len) that does not belong to a well-formed UTF-8 sequence by
// '?', so the text can become a str.
void utf8_scrub(char* text, size_t len);

// Elements of a tensor (its byte size over the element size; bytes for unsized dtypes).
size_t element_count(const TensorInfo& info);
// The struct-module code of one element ('b' for int8, 'f' for float32...; 'B' if none fits).
char dtype_typecode(DataType type);
// The dtype of a struct-module code, or false if none ('B' and 'c' are raw bytes: false).
bool typecode_dtype(char code, DataType* out);

// Writes a shape as Python prints a tuple: "(1, 1960)", "(4,)", "()". Always NUL-terminated.
void format_shape(const TensorInfo& info, char* buffer, size_t capacity);
// ValueError "<what> expects N <dtype> values (shape (...)), got M" (returns null()).
Value raise_count_mismatch(Vm& vm, const char* what, const TensorInfo& info, size_t got, const char* unit);

// Encodes Python number `v` as one element of `type` at `out`. Returns false with an exception
// pending: TypeError for a non-number (or a float for an integer dtype), ValueError if out of
// range. `what` and `index` name the value in the message.
bool encode_element(Vm& vm, DataType type, Value v, uint8_t* out, const char* what, size_t index);

}  // namespace mlinfer::py
}  // namespace mote
