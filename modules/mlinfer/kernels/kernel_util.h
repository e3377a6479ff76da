// kernel_util.h — checks and parameter computations shared by Prepare functions.
//
// Each helper validates one thing and returns a Status whose message starts
// with the operator and node ("CONV_2D node 3: ..."), so a kernel's Prepare
// reads as a list of requirements.
#pragma once

#include <cstdint>

#include "modules/mlinfer/kernel_api.h"
#include "modules/mlinfer/quant.h"
#include "modules/mlinfer/schema.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer::kernel_util {

// `t` has dtype `type`; otherwise NotImplementedError ("... is not supported").
Status RequireType(const PrepareContext& ctx, const Tensor& t, DataType type, const char* role);
// `t` is int8 with one scale > 0 and a zero point in [-128, 127].
Status RequireInt8Activation(const PrepareContext& ctx, const Tensor& t, const char* role);
// `t` has rank `rank`.
Status RequireRank(const PrepareContext& ctx, const Tensor& t, int rank, const char* role);
// `t` is a constant (weights, bias, axis and shape operands).
Status RequireConstant(const PrepareContext& ctx, const Tensor& t, const char* role);
// `a` and `b` have the same scale and zero point.
Status RequireSameQuantization(const PrepareContext& ctx, const Tensor& a, const Tensor& b);
// `a` and `b` have the same number of elements.
Status RequireSameFlatSize(const PrepareContext& ctx, const Tensor& a, const Tensor& b);
// `a` and `b` have the same shape.
Status RequireSameShape(const PrepareContext& ctx, const Tensor& a, const Tensor& b);

// TFLite's CalculateActivationRangeQuantized for an int8 output.
Status ActivationRange(const PrepareContext& ctx, int8_t activation, const Tensor& output, int32_t* min,
                       int32_t* max);

// QuantizeMultiplier, reporting an unrepresentable multiplier as ValueError.
Status Multiplier(const PrepareContext& ctx, double real, const char* what, QuantizedMultiplier* out);

// One spatial dimension of a windowed op (convolution, pooling): the output
// size TFLite computes for `padding`, and the padding before the window.
struct Window {
  int32_t out = 0;
  int32_t pad = 0;
};
Status ComputeWindow(const PrepareContext& ctx, int8_t padding, int32_t in, int32_t filter, int32_t stride,
                     int32_t dilation, const char* axis, Window* out);
// The output tensor's dimension `dim` equals `expected`.
Status RequireOutputDim(const PrepareContext& ctx, const Tensor& output, int dim, int32_t expected);

// Per-channel quantization of a weights tensor along `dimension` with
// `channels` entries (or per-tensor), all zero points 0.
Status RequireSymmetricWeights(const PrepareContext& ctx, const Tensor& weights, int dimension,
                               int32_t channels);

// Optional int32 bias with `channels` elements.
Status RequireBias(const PrepareContext& ctx, uint32_t input, int32_t channels);

// Per-output-channel requantization multipliers for a conv-like op:
// input_scale * weight_scale[c] / output_scale, as TFLite computes it (in
// double; for a per-tensor FULLY_CONNECTED the first product is in float, as
// in TFLite's GetQuantizedConvolutionMultipler). `*stride` is 0 when one
// multiplier serves all channels (expand_per_tensor false), else 1.
struct ChannelMultipliers {
  int32_t* multipliers = nullptr;
  int32_t* shifts = nullptr;
  int32_t stride = 0;
};
Status MakeChannelMultipliers(PrepareContext& ctx, const Tensor& input, const Tensor& weights, const Tensor& output,
                              int32_t channels, bool expand_per_tensor, bool float_product, ChannelMultipliers* out);

// folded[c] = bias[c] + input_offset * sum_k weights[c * channel_stride + k * element_stride]
// for k < count, wrapping like the int32 accumulators it stands for.
Status FoldBias(PrepareContext& ctx, const int8_t* weights, int32_t channels, int32_t channel_stride,
                int32_t element_stride, int32_t count, const int32_t* bias, int32_t input_offset, int32_t** out);

// The optional bias data, or null.
const int32_t* BiasData(const PrepareContext& ctx, uint32_t input);

// Reads a constant int32 tensor element (alignment-safe).
int32_t ConstInt32(const Tensor& t, int32_t i);

}  // namespace mote::mlinfer::kernel_util
