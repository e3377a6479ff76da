// tensor.h — the engine's description of a tensor, filled once at load time.
//
// The loader turns each flatbuffer Tensor into a Tensor struct after checking
// it: the shape (rank <= 6, no negative dimension, byte size that fits in 31
// bits), the dtype, the constant data (exactly shape x dtype bytes, pointing
// into the model bytes, never copied unless misaligned) and the quantization
// parameters (one scale/zero point per tensor, or one per channel along
// quantized_dimension). Kernels read only these structs, never the
// flatbuffer, so Prepare and Eval need no further bounds checks on metadata.
//
// Cost: about 80 bytes per tensor (96 on a 64-bit host) of persistent memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "modules/mlinfer/status.h"

namespace mote::mlinfer {

// TFLite TensorType values; the numbering is the schema's.
enum class DataType : uint8_t {
  kFloat32 = 0,
  kFloat16 = 1,
  kInt32 = 2,
  kUInt8 = 3,
  kInt64 = 4,
  kString = 5,
  kBool = 6,
  kInt16 = 7,
  kComplex64 = 8,
  kInt8 = 9,
  kFloat64 = 10,
  kComplex128 = 11,
  kUInt64 = 12,
  kResource = 13,
  kVariant = 14,
  kUInt32 = 15,
  kUInt16 = 16,
  kInt4 = 17,
  kBFloat16 = 18,
};

// Bytes per element, or 0 for types with no fixed element size here (string,
// resource, variant, packed int4 and anything unknown).
size_t DataTypeSize(DataType type);
// "int8", "float32", ... ("type 42" style names are not produced; unknown
// types print as "unknown").
std::string_view DataTypeName(DataType type);

inline constexpr int kMaxRank = 6;

struct Shape {
  int32_t dims[kMaxRank] = {};
  int rank = 0;

  int32_t dim(int i) const { return dims[i]; }
  // Number of elements; the loader guarantees it fits in 31 bits.
  int32_t FlatSize() const {
    int64_t n = 1;
    for (int i = 0; i < rank; ++i) n *= dims[i];
    return static_cast<int32_t>(n);
  }
  ShapeArg arg() const { return ShapeArg{dims, rank}; }
  bool operator==(const Shape& other) const {
    if (rank != other.rank) return false;
    for (int i = 0; i < rank; ++i) {
      if (dims[i] != other.dims[i]) return false;
    }
    return true;
  }
};

// Affine quantization: real = scale * (q - zero_point). Per-tensor when
// channel_count == 1, per-channel along quantized_dimension when > 1, absent
// when 0. Channel arrays point into the model bytes (little-endian, possibly
// unaligned) and are read through ChannelScale / ChannelZeroPoint.
struct Quantization {
  float scale = 0.0f;      // channel 0
  int32_t zero_point = 0;  // channel 0
  uint32_t channel_count = 0;
  int32_t quantized_dimension = 0;
  const uint8_t* scales = nullptr;       // float32 x channel_count
  const uint8_t* zero_points = nullptr;  // int64 x channel_count, or null

  float ChannelScale(uint32_t i) const {
    float s;
    std::memcpy(&s, scales + 4 * i, 4);
    return s;
  }
  int64_t ChannelZeroPoint(uint32_t i) const {
    if (zero_points == nullptr) return 0;
    int64_t z;
    std::memcpy(&z, zero_points + 8 * i, 8);
    return z;
  }
};

struct Tensor {
  Shape shape;
  Quantization quant;
  std::string_view name;
  // Constant tensors: the data in the model (or a 16-aligned copy). Others:
  // null until Model::AllocateTensors places them in the arena.
  const uint8_t* const_data = nullptr;
  uint8_t* data = nullptr;
  uint32_t bytes = 0;
  DataType type = DataType::kFloat32;
  bool is_constant = false;
  // Index into the arena plan, or -1 when the tensor needs no arena space.
  int32_t plan_index = -1;
  // The node that writes it; kGraphInput for subgraph inputs; -1 for none.
  int32_t producer = -1;
  static constexpr int32_t kGraphInput = -2;

  const uint8_t* read_data() const { return is_constant ? const_data : data; }
  template <typename T>
  const T* In() const {
    return reinterpret_cast<const T*>(read_data());
  }
  template <typename T>
  T* Out() const {
    return reinterpret_cast<T*>(data);
  }
};

}  // namespace mote::mlinfer
