// pooling.cc — AVERAGE_POOL_2D and MAX_POOL_2D: Prepare checks and dispatch.
//
// int8 NHWC in and out with identical quantization (pooling does not
// rescale). Options: padding, strides, filter size, fused activation.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/pooling.h"

namespace mote::mlinfer {
namespace {

namespace po = schema::pool2d_options;
using namespace kernel_util;

struct PoolOptions {
  int8_t padding = 0, activation = 0;
  int32_t stride_w = 0, stride_h = 0, filter_w = 0, filter_h = 0;
};

Status ReadOptions(PrepareContext& ctx, PoolOptions* o) {
  fb::Table t;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kPool2D, &t));
  MLINFER_TRY(ctx.Option<int8_t>(t, po::kPadding, 0, "Pool2DOptions.padding", &o->padding));
  MLINFER_TRY(ctx.Option<int32_t>(t, po::kStrideW, 0, "Pool2DOptions.stride_w", &o->stride_w));
  MLINFER_TRY(ctx.Option<int32_t>(t, po::kStrideH, 0, "Pool2DOptions.stride_h", &o->stride_h));
  MLINFER_TRY(ctx.Option<int32_t>(t, po::kFilterWidth, 0, "Pool2DOptions.filter_width", &o->filter_w));
  MLINFER_TRY(ctx.Option<int32_t>(t, po::kFilterHeight, 0, "Pool2DOptions.filter_height", &o->filter_h));
  return ctx.Option<int8_t>(t, po::kActivation, 0, "Pool2DOptions.fused_activation_function", &o->activation);
}

Status PreparePool(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 1, 1, 1));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, output, "output"));
  MLINFER_TRY(RequireRank(ctx, input, 4, "input"));
  MLINFER_TRY(RequireRank(ctx, output, 4, "output"));
  MLINFER_TRY(RequireSameQuantization(ctx, input, output));
  PoolOptions o;
  MLINFER_TRY(ReadOptions(ctx, &o));
  PoolParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<PoolParams>(1, &p));
  p->batches = input.shape.dims[0], p->input_h = input.shape.dims[1], p->input_w = input.shape.dims[2];
  p->depth = input.shape.dims[3];
  Window wh, ww;
  if (int64_t{o.filter_h} * o.filter_w > (int64_t{1} << 24)) {
    return ctx.Error(ErrorKind::kNotImplementedError, "pooling window {} x {} is too large", o.filter_h, o.filter_w);
  }
  MLINFER_TRY(ComputeWindow(ctx, o.padding, p->input_h, o.filter_h, o.stride_h, 1, "height", &wh));
  MLINFER_TRY(ComputeWindow(ctx, o.padding, p->input_w, o.filter_w, o.stride_w, 1, "width", &ww));
  MLINFER_TRY(RequireOutputDim(ctx, output, 0, p->batches));
  MLINFER_TRY(RequireOutputDim(ctx, output, 1, wh.out));
  MLINFER_TRY(RequireOutputDim(ctx, output, 2, ww.out));
  MLINFER_TRY(RequireOutputDim(ctx, output, 3, p->depth));
  p->output_h = wh.out, p->output_w = ww.out, p->pad_h = wh.pad, p->pad_w = ww.pad;
  p->stride_h = o.stride_h, p->stride_w = o.stride_w, p->filter_h = o.filter_h, p->filter_w = o.filter_w;
  MLINFER_TRY(ActivationRange(ctx, o.activation, output, &p->activation_min, &p->activation_max));
  ctx.set_op_data(p);
  return Status::Ok();
}

}  // namespace

Status PrepareAveragePool2D(PrepareContext& ctx) { return PreparePool(ctx); }
Status PrepareMaxPool2D(PrepareContext& ctx) { return PreparePool(ctx); }

void EvalAveragePool2D(const EvalContext& ctx) {
  reference::AveragePool(ctx.op_data<PoolParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

void EvalMaxPool2D(const EvalContext& ctx) {
  reference::MaxPool(ctx.op_data<PoolParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

}  // namespace mote::mlinfer
