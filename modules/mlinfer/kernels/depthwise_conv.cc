// depthwise_conv.cc — DEPTHWISE_CONV_2D: Prepare checks and dispatch.
//
// Inputs: int8 NHWC activations, constant int8 filter [1, fh, fw, C x M]
// quantized per tensor or per channel (dimension 3) with zero point 0,
// optional constant int32 bias. M is the depth multiplier: the option value
// must agree with the filter (TFLite's converter sometimes writes 0, which
// we read as "derive it from the shapes").
#include "modules/mlinfer/kernels/cm0/depthwise_conv.h"
#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/optimized/depthwise_conv.h"
#include "modules/mlinfer/kernels/reference/depthwise_conv.h"

namespace mote::mlinfer {
namespace {

namespace dw = schema::depthwise_options;
using namespace kernel_util;

struct DepthwiseData {
  DepthwiseParams params;
  KernelVariant kernels = KernelVariant::kReference;
};

struct DepthwiseOptions {
  int8_t padding = 0, activation = 0;
  int32_t stride_w = 0, stride_h = 0, depth_multiplier = 0, dilation_w = 1, dilation_h = 1;
};

Status ReadOptions(PrepareContext& ctx, DepthwiseOptions* o) {
  fb::Table t;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kDepthwiseConv2D, &t));
  MLINFER_TRY(ctx.Option<int8_t>(t, dw::kPadding, 0, "DepthwiseConv2DOptions.padding", &o->padding));
  MLINFER_TRY(ctx.Option<int32_t>(t, dw::kStrideW, 0, "DepthwiseConv2DOptions.stride_w", &o->stride_w));
  MLINFER_TRY(ctx.Option<int32_t>(t, dw::kStrideH, 0, "DepthwiseConv2DOptions.stride_h", &o->stride_h));
  MLINFER_TRY(ctx.Option<int32_t>(t, dw::kDepthMultiplier, 0, "DepthwiseConv2DOptions.depth_multiplier",
                                  &o->depth_multiplier));
  MLINFER_TRY(ctx.Option<int8_t>(t, dw::kActivation, 0, "DepthwiseConv2DOptions.fused_activation_function",
                                 &o->activation));
  MLINFER_TRY(ctx.Option<int32_t>(t, dw::kDilationW, 1, "DepthwiseConv2DOptions.dilation_w_factor", &o->dilation_w));
  return ctx.Option<int32_t>(t, dw::kDilationH, 1, "DepthwiseConv2DOptions.dilation_h_factor", &o->dilation_h);
}

Status CheckTensors(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(2, 3, 1, 2));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.input(0), "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.output(0), "output"));
  MLINFER_TRY(RequireRank(ctx, ctx.input(0), 4, "input"));
  MLINFER_TRY(RequireRank(ctx, ctx.output(0), 4, "output"));
  const Tensor& filter = ctx.input(1);
  MLINFER_TRY(RequireType(ctx, filter, DataType::kInt8, "filter"));
  MLINFER_TRY(RequireConstant(ctx, filter, "filter"));
  MLINFER_TRY(RequireRank(ctx, filter, 4, "filter"));
  if (filter.shape.dims[0] != 1) {
    return ctx.Error(ErrorKind::kValueError, "filter shape {} should start with 1", filter.shape.arg());
  }
  return Status::Ok();
}

Status CheckDepth(PrepareContext& ctx, const DepthwiseOptions& o, DepthwiseParams& p) {
  if (p.output_depth % p.input_depth != 0) {
    return ctx.Error(ErrorKind::kValueError, "filter depth {} is not a multiple of input depth {}", p.output_depth,
                     p.input_depth);
  }
  p.depth_multiplier = p.output_depth / p.input_depth;
  if (o.depth_multiplier != 0 && o.depth_multiplier != p.depth_multiplier) {
    return ctx.Error(ErrorKind::kValueError, "depth_multiplier {} does not match filter depth {} / input depth {}",
                     o.depth_multiplier, p.output_depth, p.input_depth);
  }
  if (int64_t{p.filter_h} * p.filter_w > 65536) {
    return ctx.Error(ErrorKind::kNotImplementedError, "filter window of {} x {} exceeds 65536", p.filter_h, p.filter_w);
  }
  return Status::Ok();
}

Status CheckShapes(PrepareContext& ctx, const DepthwiseOptions& o, DepthwiseParams& p) {
  const Shape& in = ctx.input(0).shape;
  const Shape& f = ctx.input(1).shape;
  const Tensor& output = ctx.output(0);
  p.batches = in.dims[0], p.input_h = in.dims[1], p.input_w = in.dims[2], p.input_depth = in.dims[3];
  p.filter_h = f.dims[1], p.filter_w = f.dims[2], p.output_depth = f.dims[3];
  MLINFER_TRY(CheckDepth(ctx, o, p));
  Window wh, ww;
  MLINFER_TRY(ComputeWindow(ctx, o.padding, p.input_h, p.filter_h, o.stride_h, o.dilation_h, "height", &wh));
  MLINFER_TRY(ComputeWindow(ctx, o.padding, p.input_w, p.filter_w, o.stride_w, o.dilation_w, "width", &ww));
  MLINFER_TRY(RequireOutputDim(ctx, output, 0, p.batches));
  MLINFER_TRY(RequireOutputDim(ctx, output, 1, wh.out));
  MLINFER_TRY(RequireOutputDim(ctx, output, 2, ww.out));
  MLINFER_TRY(RequireOutputDim(ctx, output, 3, p.output_depth));
  p.output_h = wh.out, p.output_w = ww.out, p.pad_h = wh.pad, p.pad_w = ww.pad;
  p.stride_h = o.stride_h, p.stride_w = o.stride_w, p.dilation_h = o.dilation_h, p.dilation_w = o.dilation_w;
  MLINFER_TRY(RequireSymmetricWeights(ctx, ctx.input(1), 3, p.output_depth));
  return RequireBias(ctx, 2, p.output_depth);
}

}  // namespace

Status PrepareDepthwiseConv2D(PrepareContext& ctx) {
  MLINFER_TRY(CheckTensors(ctx));
  DepthwiseOptions options;
  MLINFER_TRY(ReadOptions(ctx, &options));
  DepthwiseData* data = nullptr;
  MLINFER_TRY(ctx.Allocate<DepthwiseData>(1, &data));
  DepthwiseParams& p = data->params;
  MLINFER_TRY(CheckShapes(ctx, options, p));
  const Tensor& output = ctx.output(0);
  ChannelMultipliers m;
  MLINFER_TRY(MakeChannelMultipliers(ctx, ctx.input(0), ctx.input(1), output, p.output_depth, true, false, &m));
  p.multipliers = m.multipliers;
  p.shifts = m.shifts;
  p.input_offset = -ctx.input(0).quant.zero_point;
  p.output_offset = output.quant.zero_point;
  MLINFER_TRY(ActivationRange(ctx, options.activation, output, &p.activation_min, &p.activation_max));
  data->kernels = ctx.kernels();
  if (data->kernels != KernelVariant::kReference) {
    int32_t* folded = nullptr;
    MLINFER_TRY(FoldBias(ctx, ctx.input(1).In<int8_t>(), p.output_depth, 1, p.output_depth, p.filter_h * p.filter_w,
                         BiasData(ctx, 2), p.input_offset, &folded));
    p.folded_bias = folded;
  }
  ctx.set_op_data(data);
  ctx.set_macs(uint64_t(output.shape.FlatSize()) * uint64_t(p.filter_h) * uint64_t(p.filter_w));
  return Status::Ok();
}

void EvalDepthwiseConv2D(const EvalContext& ctx) {
  const DepthwiseData& d = ctx.op_data<DepthwiseData>();
  const int8_t* input = ctx.input(0).In<int8_t>();
  const int8_t* filter = ctx.input(1).In<int8_t>();
  const int32_t* bias = ctx.has_input(2) ? ctx.input(2).In<int32_t>() : nullptr;
  int8_t* output = ctx.output(0).Out<int8_t>();
  if constexpr (kHaveOptimizedKernels) {
    if (d.kernels == KernelVariant::kHost) return optimized::DepthwiseConv(d.params, input, filter, bias, output);
  }
  if constexpr (kHaveCm0Kernels) {
    if (d.kernels == KernelVariant::kCm0) return cm0::DepthwiseConv(d.params, input, filter, bias, output);
  }
  reference::DepthwiseConv(d.params, input, filter, bias, output);
}

}  // namespace mote::mlinfer
