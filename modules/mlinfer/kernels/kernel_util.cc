// kernel_util.cc — shared Prepare-time checks (see kernel_util.h).
#include "modules/mlinfer/kernels/kernel_util.h"

#include <cmath>
#include <cstring>

namespace mote::mlinfer::kernel_util {

Status RequireType(const PrepareContext& ctx, const Tensor& t, DataType type, const char* role) {
  if (t.type == type) return Status::Ok();
  return ctx.Error(ErrorKind::kNotImplementedError, "{} dtype {} is not supported (expected {})", role,
                   DataTypeName(t.type), DataTypeName(type));
}

Status RequireInt8Activation(const PrepareContext& ctx, const Tensor& t, const char* role) {
  MLINFER_TRY(RequireType(ctx, t, DataType::kInt8, role));
  if (t.quant.channel_count != 1) {
    return ctx.Error(ErrorKind::kValueError, "{} needs one quantization scale, has {}", role, t.quant.channel_count);
  }
  if (!(t.quant.scale > 0.0f)) {
    return ctx.Error(ErrorKind::kValueError, "{} scale {} is not positive", role, static_cast<double>(t.quant.scale));
  }
  if (t.quant.zero_point < -128 || t.quant.zero_point > 127) {
    return ctx.Error(ErrorKind::kValueError, "{} zero point {} is outside int8", role, t.quant.zero_point);
  }
  return Status::Ok();
}

Status RequireRank(const PrepareContext& ctx, const Tensor& t, int rank, const char* role) {
  if (t.shape.rank == rank) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "{} shape {} should have rank {}", role, t.shape.arg(), rank);
}

Status RequireConstant(const PrepareContext& ctx, const Tensor& t, const char* role) {
  if (t.is_constant) return Status::Ok();
  return ctx.Error(ErrorKind::kNotImplementedError, "non-constant {} is not supported", role);
}

Status RequireSameQuantization(const PrepareContext& ctx, const Tensor& a, const Tensor& b) {
  if (a.quant.scale == b.quant.scale && a.quant.zero_point == b.quant.zero_point) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "input and output quantization differ (scale {} vs {}, zero point {} vs {})",
                   static_cast<double>(a.quant.scale), static_cast<double>(b.quant.scale), a.quant.zero_point,
                   b.quant.zero_point);
}

Status RequireSameFlatSize(const PrepareContext& ctx, const Tensor& a, const Tensor& b) {
  if (a.shape.FlatSize() == b.shape.FlatSize()) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "input shape {} and output shape {} differ in size", a.shape.arg(),
                   b.shape.arg());
}

Status RequireSameShape(const PrepareContext& ctx, const Tensor& a, const Tensor& b) {
  if (a.shape == b.shape) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "input shape {} and output shape {} differ", a.shape.arg(), b.shape.arg());
}

namespace {

// zero_point + round(f / scale), in float as TFLite does; false if it does
// not fit in int32.
bool QuantizeBound(const Tensor& output, float f, int32_t* q) {
  const float tmp = std::round(f / output.quant.scale);
  if (!(tmp >= -2147483648.0f && tmp <= 2147483520.0f)) return false;
  *q = WrapAdd(output.quant.zero_point, static_cast<int32_t>(tmp));
  return true;
}

}  // namespace

Status ActivationRange(const PrepareContext& ctx, int8_t activation, const Tensor& output, int32_t* min,
                       int32_t* max) {
  using schema::Activation;
  *min = -128;
  *max = 127;
  float low = 0.0f, high = 0.0f;
  switch (static_cast<Activation>(activation)) {
    case Activation::kNone: return Status::Ok();
    case Activation::kRelu: low = 0.0f, high = INFINITY; break;
    case Activation::kRelu6: low = 0.0f, high = 6.0f; break;
    case Activation::kReluN1To1: low = -1.0f, high = 1.0f; break;
    default:
      return ctx.Error(ErrorKind::kNotImplementedError, "fused activation {} is not supported", activation);
  }
  int32_t q = 0;
  if (!QuantizeBound(output, low, &q)) return ctx.Error(ErrorKind::kValueError, "activation bound overflows int32");
  *min = q > -128 ? q : -128;
  if (high != INFINITY) {
    if (!QuantizeBound(output, high, &q)) return ctx.Error(ErrorKind::kValueError, "activation bound overflows int32");
    *max = q < 127 ? q : 127;
  }
  return Status::Ok();
}

Status Multiplier(const PrepareContext& ctx, double real, const char* what, QuantizedMultiplier* out) {
  if (QuantizeMultiplier(real, out)) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "{} scale ratio {} cannot be represented", what, real);
}

Status ComputeWindow(const PrepareContext& ctx, int8_t padding, int32_t in, int32_t filter, int32_t stride,
                     int32_t dilation, const char* axis, Window* out) {
  constexpr int64_t kLimit = int64_t{1} << 24;
  if (stride < 1 || dilation < 1 || filter < 1) {
    return ctx.Error(ErrorKind::kValueError, "{} stride {}, dilation {} and filter size {} must be >= 1", axis, stride,
                     dilation, filter);
  }
  const int64_t effective = int64_t{filter - 1} * dilation + 1;
  if (effective > kLimit || stride > kLimit || in > kLimit) {
    return ctx.Error(ErrorKind::kNotImplementedError, "{} window (input {}, filter {}, stride {}) is too large", axis,
                     in, effective, stride);
  }
  int64_t size = 0;
  if (padding == static_cast<int8_t>(schema::Padding::kSame)) {
    size = (int64_t{in} + stride - 1) / stride;
  } else if (padding == static_cast<int8_t>(schema::Padding::kValid)) {
    size = (int64_t{in} + stride - effective) / stride;
  } else {
    return ctx.Error(ErrorKind::kValueError, "unknown padding type {}", padding);
  }
  if (size < 1) {
    return ctx.Error(ErrorKind::kValueError, "{} filter {} does not fit input {} with VALID padding", axis, effective, in);
  }
  int64_t total = (size - 1) * stride + effective - in;
  if (total < 0) total = 0;
  out->out = static_cast<int32_t>(size);
  out->pad = static_cast<int32_t>(total / 2);
  return Status::Ok();
}

Status RequireOutputDim(const PrepareContext& ctx, const Tensor& output, int dim, int32_t expected) {
  if (output.shape.dims[dim] == expected) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "output shape {} should have {} in dimension {}", output.shape.arg(),
                   expected, dim);
}

Status RequireSymmetricWeights(const PrepareContext& ctx, const Tensor& weights, int dimension, int32_t channels) {
  const Quantization& q = weights.quant;
  if (q.channel_count == 0) return ctx.Error(ErrorKind::kValueError, "weights are not quantized");
  if (q.channel_count > 1 &&
      (q.quantized_dimension != dimension || q.channel_count != static_cast<uint32_t>(channels))) {
    return ctx.Error(ErrorKind::kValueError, "weights have {} scales along dimension {}, expected {} along {}",
                     q.channel_count, q.quantized_dimension, channels, dimension);
  }
  for (uint32_t c = 0; c < q.channel_count; ++c) {
    if (q.ChannelZeroPoint(c) != 0) {
      return ctx.Error(ErrorKind::kValueError, "weights zero point {} (channel {}) must be 0", q.ChannelZeroPoint(c), c);
    }
  }
  return Status::Ok();
}

Status RequireBias(const PrepareContext& ctx, uint32_t input, int32_t channels) {
  if (!ctx.has_input(input)) return Status::Ok();
  const Tensor& bias = ctx.input(input);
  MLINFER_TRY(RequireType(ctx, bias, DataType::kInt32, "bias"));
  MLINFER_TRY(RequireConstant(ctx, bias, "bias"));
  if (bias.shape.FlatSize() != channels) {
    return ctx.Error(ErrorKind::kValueError, "bias shape {} should have {} elements", bias.shape.arg(), channels);
  }
  return Status::Ok();
}

Status MakeChannelMultipliers(PrepareContext& ctx, const Tensor& input, const Tensor& weights, const Tensor& output,
                              int32_t channels, bool expand_per_tensor, bool float_product, ChannelMultipliers* out) {
  const bool per_channel = weights.quant.channel_count > 1;
  const int32_t count = per_channel || expand_per_tensor ? channels : 1;
  MLINFER_TRY(ctx.Allocate<int32_t>(count, &out->multipliers));
  MLINFER_TRY(ctx.Allocate<int32_t>(count, &out->shifts));
  out->stride = count == 1 ? 0 : 1;
  for (int32_t c = 0; c < count; ++c) {
    const float weight_scale = weights.quant.ChannelScale(per_channel ? static_cast<uint32_t>(c) : 0);
    double real;
    if (float_product && !per_channel) {
      real = static_cast<double>(input.quant.scale * weight_scale) / static_cast<double>(output.quant.scale);
    } else {
      real = static_cast<double>(input.quant.scale) * static_cast<double>(weight_scale) /
             static_cast<double>(output.quant.scale);
    }
    QuantizedMultiplier m;
    MLINFER_TRY(Multiplier(ctx, real, "output", &m));
    out->multipliers[c] = m.multiplier;
    out->shifts[c] = m.shift;
  }
  return Status::Ok();
}

Status FoldBias(PrepareContext& ctx, const int8_t* weights, int32_t channels, int32_t channel_stride,
                int32_t element_stride, int32_t count, const int32_t* bias, int32_t input_offset, int32_t** out) {
  MLINFER_TRY(ctx.Allocate<int32_t>(channels, out));
  for (int32_t c = 0; c < channels; ++c) {
    int64_t sum = 0;
    const int8_t* w = weights + static_cast<int64_t>(c) * channel_stride;
    for (int32_t k = 0; k < count; ++k) sum += w[static_cast<int64_t>(k) * element_stride];
    const uint32_t folded = static_cast<uint32_t>(input_offset) * static_cast<uint32_t>(sum) +
                            static_cast<uint32_t>(bias != nullptr ? bias[c] : 0);
    (*out)[c] = static_cast<int32_t>(folded);
  }
  return Status::Ok();
}

const int32_t* BiasData(const PrepareContext& ctx, uint32_t input) {
  return ctx.has_input(input) ? ctx.input(input).In<int32_t>() : nullptr;
}

int32_t ConstInt32(const Tensor& t, int32_t i) {
  int32_t v;
  std::memcpy(&v, t.read_data() + 4 * static_cast<size_t>(i), 4);
  return v;
}

}  // namespace mote::mlinfer::kernel_util
