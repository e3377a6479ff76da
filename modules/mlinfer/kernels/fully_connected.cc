// fully_connected.cc — FULLY_CONNECTED: Prepare checks and dispatch.
//
// Inputs: int8 activations (any shape whose size is batches x accum_depth),
// constant int8 weights [output_depth, accum_depth] quantized per tensor or
// per output channel with zero point 0, optional constant int32 bias.
// Output: int8 with batches x output_depth elements, last dimension
// output_depth. Prepare computes the multipliers, the fused-activation range
// and (for the host and cm0 kernels) the folded bias.
#include "modules/mlinfer/kernels/cm0/fully_connected.h"
#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/optimized/fully_connected.h"
#include "modules/mlinfer/kernels/reference/fully_connected.h"

namespace mote::mlinfer {
namespace {

namespace fc = schema::fully_connected_options;
using namespace kernel_util;

struct FullyConnectedData {
  FullyConnectedParams params;
  KernelVariant kernels = KernelVariant::kReference;
};

Status ReadOptions(PrepareContext& ctx, int8_t* activation) {
  fb::Table options;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kFullyConnected, &options));
  int8_t format = 0;
  MLINFER_TRY(ctx.Option<int8_t>(options, fc::kActivation, 0, "FullyConnectedOptions.fused_activation_function",
                                 activation));
  MLINFER_TRY(ctx.Option<int8_t>(options, fc::kWeightsFormat, 0, "FullyConnectedOptions.weights_format", &format));
  if (format != 0) return ctx.Error(ErrorKind::kNotImplementedError, "weights format {} is not supported", format);
  return Status::Ok();
}

Status CheckTensors(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(2, 3, 1, 2));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.input(0), "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.output(0), "output"));
  const Tensor& weights = ctx.input(1);
  MLINFER_TRY(RequireType(ctx, weights, DataType::kInt8, "weights"));
  MLINFER_TRY(RequireConstant(ctx, weights, "weights"));
  return RequireRank(ctx, weights, 2, "weights");
}

Status CheckShapes(PrepareContext& ctx, FullyConnectedParams& p) {
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  p.output_depth = ctx.input(1).shape.dims[0];
  p.accum_depth = ctx.input(1).shape.dims[1];
  if (p.accum_depth > 65536) {
    return ctx.Error(ErrorKind::kNotImplementedError, "accumulation depth {} exceeds 65536", p.accum_depth);
  }
  if (input.shape.FlatSize() % p.accum_depth != 0) {
    return ctx.Error(ErrorKind::kValueError, "input shape {} is not a multiple of weights depth {}", input.shape.arg(),
                     p.accum_depth);
  }
  p.batches = input.shape.FlatSize() / p.accum_depth;
  const int last = output.shape.rank - 1;
  if (output.shape.FlatSize() != int64_t{p.batches} * p.output_depth || last < 0 ||
      output.shape.dims[last] != p.output_depth) {
    return ctx.Error(ErrorKind::kValueError, "output shape {} should be {} x {}", output.shape.arg(), p.batches,
                     p.output_depth);
  }
  MLINFER_TRY(RequireSymmetricWeights(ctx, ctx.input(1), 0, p.output_depth));
  return RequireBias(ctx, 2, p.output_depth);
}

}  // namespace

Status PrepareFullyConnected(PrepareContext& ctx) {
  MLINFER_TRY(CheckTensors(ctx));
  FullyConnectedData* data = nullptr;
  MLINFER_TRY(ctx.Allocate<FullyConnectedData>(1, &data));
  FullyConnectedParams& p = data->params;
  MLINFER_TRY(CheckShapes(ctx, p));
  int8_t activation = 0;
  MLINFER_TRY(ReadOptions(ctx, &activation));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  ChannelMultipliers m;
  MLINFER_TRY(MakeChannelMultipliers(ctx, input, ctx.input(1), output, p.output_depth, false, true, &m));
  p.multipliers = m.multipliers;
  p.shifts = m.shifts;
  p.channel_stride = m.stride;
  p.input_offset = -input.quant.zero_point;
  p.output_offset = output.quant.zero_point;
  MLINFER_TRY(ActivationRange(ctx, activation, output, &p.activation_min, &p.activation_max));
  data->kernels = ctx.kernels();
  if (data->kernels != KernelVariant::kReference) {
    int32_t* folded = nullptr;
    MLINFER_TRY(FoldBias(ctx, ctx.input(1).In<int8_t>(), p.output_depth, p.accum_depth, 1, p.accum_depth,
                         BiasData(ctx, 2), p.input_offset, &folded));
    p.folded_bias = folded;
  }
  ctx.set_op_data(data);
  ctx.set_macs(uint64_t(p.batches) * uint64_t(p.output_depth) * uint64_t(p.accum_depth));
  return Status::Ok();
}

void EvalFullyConnected(const EvalContext& ctx) {
  const FullyConnectedData& d = ctx.op_data<FullyConnectedData>();
  const int8_t* input = ctx.input(0).In<int8_t>();
  const int8_t* weights = ctx.input(1).In<int8_t>();
  const int32_t* bias = ctx.has_input(2) ? ctx.input(2).In<int32_t>() : nullptr;
  int8_t* output = ctx.output(0).Out<int8_t>();
  if constexpr (kHaveOptimizedKernels) {
    if (d.kernels == KernelVariant::kHost) return optimized::FullyConnected(d.params, input, weights, bias, output);
  }
  if constexpr (kHaveCm0Kernels) {
    if (d.kernels == KernelVariant::kCm0) return cm0::FullyConnected(d.params, input, weights, bias, output);
  }
  reference::FullyConnected(d.params, input, weights, bias, output);
}

}  // namespace mote::mlinfer
