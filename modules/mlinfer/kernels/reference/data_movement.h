// reference/data_movement.h — CONCATENATION, PAD, TRANSPOSE and STRIDED_SLICE:
// operators that move elements without arithmetic, for any element size.
//
// Shapes are padded on the left to kMaxRank (6) dimensions of size 1 in
// Prepare, so each kernel is a fixed nest of loops over plain arrays; the
// innermost dimension is copied with memcpy where it is contiguous.
#pragma once

#include <cstdint>
#include <cstring>

#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

inline constexpr int kMaxConcatInputs = 16;

struct ConcatParams {
  int32_t input_count = 0;
  int32_t outer_size = 0;                     // product of dims before the axis
  uint32_t input_bytes[kMaxConcatInputs] = {};  // bytes per outer step, per input
};

struct PadParams {
  int32_t in_dims[kMaxRank] = {};   // padded to 6D
  int32_t before[kMaxRank] = {};
  int32_t after[kMaxRank] = {};
  uint32_t element_bytes = 1;
  uint8_t pad_byte = 0;  // int8: the zero point; other types: 0
};

struct TransposeParams {
  int32_t out_dims[kMaxRank] = {};    // padded to 6D
  int32_t in_strides[kMaxRank] = {};  // input element stride of each output dim
  uint32_t element_bytes = 1;
};

struct StridedSliceParams {
  int32_t start[kMaxRank] = {};
  int32_t stop[kMaxRank] = {};
  int32_t stride[kMaxRank] = {};
  int32_t in_strides[kMaxRank] = {};  // element strides of the (6D) input
  uint32_t element_bytes = 1;
};

namespace reference {

inline void Concatenation(const ConcatParams& p, const uint8_t* const* inputs, uint8_t* output) {
  for (int32_t outer = 0; outer < p.outer_size; ++outer) {
    for (int32_t i = 0; i < p.input_count; ++i) {
      std::memcpy(output, inputs[i] + static_cast<size_t>(outer) * p.input_bytes[i], p.input_bytes[i]);
      output += p.input_bytes[i];
    }
  }
}

// One row (the last dimension) of the padded output; `in` is null for rows
// entirely in the padding.
inline uint8_t* PadRow(const PadParams& p, const uint8_t* in, uint8_t* out) {
  const int last = kMaxRank - 1;
  const size_t before = size_t(p.before[last]) * p.element_bytes;
  const size_t middle = size_t(p.in_dims[last]) * p.element_bytes;
  const size_t after = size_t(p.after[last]) * p.element_bytes;
  if (in == nullptr) {
    std::memset(out, p.pad_byte, before + middle + after);
  } else {
    std::memset(out, p.pad_byte, before);
    std::memcpy(out + before, in, middle);
    std::memset(out + before + middle, p.pad_byte, after);
  }
  return out + before + middle + after;
}

inline void Pad(const PadParams& p, const uint8_t* input, uint8_t* output) {
  int32_t out_dims[kMaxRank];
  for (int d = 0; d < kMaxRank; ++d) out_dims[d] = p.before[d] + p.in_dims[d] + p.after[d];
  const size_t row_bytes = size_t(p.in_dims[kMaxRank - 1]) * p.element_bytes;
  int32_t index[kMaxRank - 1] = {};
  const uint8_t* in = input;
  while (true) {
    bool inside = true;
    for (int d = 0; d < kMaxRank - 1; ++d) {
      inside = inside && index[d] >= p.before[d] && index[d] < p.before[d] + p.in_dims[d];
    }
    output = PadRow(p, inside ? in : nullptr, output);
    if (inside) in += row_bytes;
    int d = kMaxRank - 2;
    for (; d >= 0; --d) {
      if (++index[d] < out_dims[d]) break;
      index[d] = 0;
    }
    if (d < 0) return;
  }
}

template <typename T>
inline void TransposeTyped(const TransposeParams& p, const T* in, T* out) {
  const int32_t* n = p.out_dims;
  const int32_t* s = p.in_strides;
  for (int32_t i0 = 0; i0 < n[0]; ++i0)
    for (int32_t i1 = 0; i1 < n[1]; ++i1)
      for (int32_t i2 = 0; i2 < n[2]; ++i2)
        for (int32_t i3 = 0; i3 < n[3]; ++i3)
          for (int32_t i4 = 0; i4 < n[4]; ++i4) {
            const T* base = in + i0 * s[0] + i1 * s[1] + i2 * s[2] + i3 * s[3] + i4 * s[4];
            for (int32_t i5 = 0; i5 < n[5]; ++i5) *out++ = base[i5 * s[5]];
          }
}

inline void Transpose(const TransposeParams& p, const uint8_t* in, uint8_t* out) {
  switch (p.element_bytes) {
    case 1: return TransposeTyped(p, in, out);
    case 2: return TransposeTyped(p, reinterpret_cast<const uint16_t*>(in), reinterpret_cast<uint16_t*>(out));
    case 4: return TransposeTyped(p, reinterpret_cast<const uint32_t*>(in), reinterpret_cast<uint32_t*>(out));
    default: return TransposeTyped(p, reinterpret_cast<const uint64_t*>(in), reinterpret_cast<uint64_t*>(out));
  }
}

inline bool SliceContinues(int32_t index, int32_t stop, int32_t stride) {
  return stride > 0 ? index < stop : index > stop;
}

template <typename T>
inline void StridedSliceTyped(const StridedSliceParams& p, const T* in, T* out) {
  const int32_t* b = p.start;
  const int32_t* e = p.stop;
  const int32_t* st = p.stride;
  const int32_t* s = p.in_strides;
  for (int32_t i0 = b[0]; SliceContinues(i0, e[0], st[0]); i0 += st[0])
    for (int32_t i1 = b[1]; SliceContinues(i1, e[1], st[1]); i1 += st[1])
      for (int32_t i2 = b[2]; SliceContinues(i2, e[2], st[2]); i2 += st[2])
        for (int32_t i3 = b[3]; SliceContinues(i3, e[3], st[3]); i3 += st[3])
          for (int32_t i4 = b[4]; SliceContinues(i4, e[4], st[4]); i4 += st[4]) {
            const T* base = in + i0 * s[0] + i1 * s[1] + i2 * s[2] + i3 * s[3] + i4 * s[4];
            for (int32_t i5 = b[5]; SliceContinues(i5, e[5], st[5]); i5 += st[5]) *out++ = base[i5 * s[5]];
          }
}

inline void StridedSlice(const StridedSliceParams& p, const uint8_t* in, uint8_t* out) {
  switch (p.element_bytes) {
    case 1: return StridedSliceTyped(p, in, out);
    case 2: return StridedSliceTyped(p, reinterpret_cast<const uint16_t*>(in), reinterpret_cast<uint16_t*>(out));
    case 4: return StridedSliceTyped(p, reinterpret_cast<const uint32_t*>(in), reinterpret_cast<uint32_t*>(out));
    default: return StridedSliceTyped(p, reinterpret_cast<const uint64_t*>(in), reinterpret_cast<uint64_t*>(out));
  }
}

}  // namespace reference
}  // namespace mote::mlinfer
