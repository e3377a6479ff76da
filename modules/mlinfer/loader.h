// loader.h — reads a .tflite flatbuffer into a verified Graph.
//
// LoadGraph is the verifier: it walks the whole model once through the
// bounds-checked fb::Reader and refuses anything inconsistent before a kernel
// sees it. It checks the file identifier ("TFL3") and schema version (3);
// exactly one subgraph; for every tensor a rank <= 6 without negative or zero
// dimensions, a byte size that fits in 31 bits (products computed in 64 bits
// with early exit), a supported dtype, a constant buffer of exactly
// shape x dtype bytes, and quantization arrays of matching lengths (per-
// channel scale count == the size of quantized_dimension); every tensor index
// in the subgraph inputs/outputs and operator inputs/outputs in range; that
// no operator writes a constant, a graph input or a tensor already written,
// and none reads a tensor before it is produced; that every operator is one
// the engine implements (else NotImplementedError naming the operator, its
// version and node). Per-operator shape and option checks happen next, in
// each kernel's Prepare (kernel_api.h), still inside Model::Load.
//
// Weights are not copied: constant tensors point into the model bytes. The
// one exception is a multi-byte constant (an int32 bias, say) whose address is
// not a multiple of its element size; it is copied to aligned persistent
// memory, because a Cortex-M0+ faults on unaligned word loads.
#pragma once

#include <cstdint>

#include "modules/mlinfer/allocator.h"
#include "modules/mlinfer/flatbuffer.h"
#include "modules/mlinfer/kernel_api.h"
#include "modules/mlinfer/status.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

struct Graph {
  Tensor* tensors = nullptr;
  uint32_t tensor_count = 0;
  Node* nodes = nullptr;
  uint32_t node_count = 0;
  const int32_t* inputs = nullptr;
  uint32_t input_count = 0;
  const int32_t* outputs = nullptr;
  uint32_t output_count = 0;
};

// Parses and verifies the model in `reader`; metadata comes from `pool`.
Status LoadGraph(const fb::Reader& reader, MemoryPool& pool, Graph* graph);

// Limits that keep every size computation inside 32 bits.
inline constexpr uint32_t kMaxTensors = 65535;
inline constexpr uint32_t kMaxNodes = 65535;
inline constexpr uint32_t kMaxNodeTensors = 255;  // inputs or outputs of one node
inline constexpr uint64_t kMaxTensorBytes = 0x7fffffff;

}  // namespace mote::mlinfer
