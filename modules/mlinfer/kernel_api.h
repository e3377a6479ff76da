// kernel_api.h — the contract between the interpreter and each operator.
//
// Every operator is a pair of plain functions, as in TFLite Micro:
//
//   Prepare(PrepareContext&)  runs once, at Model::Load. It validates every
//       input and output (dtypes, ranks, shapes, quantization, options) and
//       turns float scales into integer multipliers, activation bounds,
//       padding and folded biases, stored in op data allocated from the
//       model's persistent pool. It may request scratch space in the arena.
//       Everything that can fail, fails here, with a message.
//   Eval(const EvalContext&)  runs on every Model::Invoke. Integer only (the
//       float QUANTIZE/DEQUANTIZE/MEAN aside), no allocation, no error path:
//       Prepare has already proven the shapes consistent.
//
// The registry (kernels/registry.cc) maps a BuiltinOperator to its pair.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "modules/mlinfer/allocator.h"
#include "modules/mlinfer/flatbuffer.h"
#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/schema.h"
#include "modules/mlinfer/status.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

class PrepareContext;
struct EvalContext;

struct OpRegistration {
  schema::BuiltinOperator op;
  Status (*prepare)(PrepareContext& context);
  void (*eval)(const EvalContext& context);
};

inline constexpr int kMaxScratchBuffers = 2;

// One operator instance in the graph, in execution order.
struct Node {
  const OpRegistration* registration = nullptr;
  int32_t builtin_code = 0;
  int32_t version = 1;
  uint32_t index = 0;
  uint32_t input_count = 0;
  uint32_t output_count = 0;
  const int32_t* inputs = nullptr;   // tensor indices; -1 marks an absent optional input
  const int32_t* outputs = nullptr;  // tensor indices
  fb::Table options;                 // builtin options table, if any
  uint8_t options_type = 0;          // BuiltinOptions union type
  void* op_data = nullptr;           // set by Prepare
  uint32_t scratch_bytes[kMaxScratchBuffers] = {};
  int32_t scratch_plan_index[kMaxScratchBuffers] = {-1, -1};
  uint8_t* scratch[kMaxScratchBuffers] = {};  // set at AllocateTensors
  uint64_t macs = 0;                          // multiply-accumulates per Eval
  // Set by Prepare when output 0 may share input 0's bytes (a reshape).
  bool output_may_alias_input = false;
};

// What Prepare sees: the node, its tensors, the options, persistent memory.
class PrepareContext {
 public:
  PrepareContext(const fb::Reader& reader, Tensor* tensors, Node& node, MemoryPool& pool,
                 KernelVariant kernels)
      : reader_(reader), tensors_(tensors), node_(node), pool_(pool), kernels_(kernels) {}

  uint32_t input_count() const { return node_.input_count; }
  uint32_t output_count() const { return node_.output_count; }
  // Whether optional input i is present.
  bool has_input(uint32_t i) const { return i < node_.input_count && node_.inputs[i] >= 0; }
  const Tensor& input(uint32_t i) const { return tensors_[node_.inputs[i]]; }
  Tensor& output(uint32_t i) const { return tensors_[node_.outputs[i]]; }
  int32_t input_index(uint32_t i) const { return node_.inputs[i]; }
  const Node& node() const { return node_; }

  // Checks the input count is in [min_inputs, max_inputs], the output count
  // is `outputs`, and inputs [0, required_inputs) are present.
  Status CheckArity(uint32_t min_inputs, uint32_t max_inputs, uint32_t outputs,
                    uint32_t required_inputs) const;

  // The builtin options table, which must be of `expected` type or absent
  // (then `out` is absent and readers return defaults).
  Status Options(schema::OptionsType expected, fb::Table* out) const;
  template <typename T>
  Status Option(const fb::Table& table, int field, T default_value, const char* what, T* out) const {
    return reader_.Scalar<T>(table, field, default_value, what, out);
  }
  Status BoolOption(const fb::Table& table, int field, const char* what, bool* out) const {
    return reader_.Bool(table, field, false, what, out);
  }
  const fb::Reader& reader() const { return reader_; }

  // Persistent storage for `count` value-initialized T (op data, tables).
  template <typename T>
  Status Allocate(size_t count, T** out) {
    MLINFER_TRY(pool_.AllocateArray<T>(count, "operator data", out));
    if constexpr (!std::is_trivially_default_constructible_v<T>) {
      for (size_t i = 0; i < count; ++i) (*out)[i] = T{};  // the pool already zero-filled
    }
    return Status::Ok();
  }
  // Asks for `bytes` of arena scratch valid during this node's Eval only.
  Status RequestScratch(int slot, size_t bytes);
  void set_macs(uint64_t macs) { node_.macs = macs; }
  void set_op_data(void* data) { node_.op_data = data; }
  // Output 0 holds exactly input 0's bytes (RESHAPE, SQUEEZE): the planner
  // may place both in one buffer, and Eval then has nothing to copy.
  void set_output_may_alias_input() { node_.output_may_alias_input = true; }
  // Which variant kernels that have several should use (kernel_select.h):
  // the build's default unless LoadOptions asked for another.
  KernelVariant kernels() const { return kernels_; }

  // A Status of `kind` whose message starts "CONV_2D node 3: ".
  template <typename... Args>
  Status Error(ErrorKind kind, std::string_view format, const Args&... args) const {
    const FormatArg list[] = {FormatArg(args)..., FormatArg(0)};
    return MakeError(kind, format, list, sizeof...(Args));
  }
  Status MakeError(ErrorKind kind, std::string_view format, const FormatArg* args, size_t count) const;

 private:
  const fb::Reader& reader_;
  Tensor* tensors_;
  Node& node_;
  MemoryPool& pool_;
  KernelVariant kernels_;
};

// What Eval sees: resolved tensors, op data and scratch.
struct EvalContext {
  Tensor* tensors;
  const Node& node;

  const Tensor& input(uint32_t i) const { return tensors[node.inputs[i]]; }
  bool has_input(uint32_t i) const { return i < node.input_count && node.inputs[i] >= 0; }
  const Tensor& output(uint32_t i) const { return tensors[node.outputs[i]]; }
  template <typename T>
  const T& op_data() const {
    return *static_cast<const T*>(node.op_data);
  }
  uint8_t* scratch(int slot) const { return node.scratch[slot]; }
};

// The registration for builtin operator `code`, or nullptr if unsupported.
const OpRegistration* FindOp(int32_t code);

}  // namespace mote::mlinfer
