// mean.cc — MEAN: Prepare checks and dispatch.
//
// int8 in and out; the axes are a constant int32 tensor (negative axes count
// from the end, duplicates are ignored). keep_dims changes the output shape,
// which is static, so Prepare checks the element count; it also takes part,
// with the raw axis values and the quantization, in choosing which of TFLite
// Micro's three int8 computations applies (reference/mean.h). The int32
// partial sums live in an arena scratch buffer.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/mean.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

Status ReadAxes(PrepareContext& ctx, int rank, bool* reduced) {
  const Tensor& axes = ctx.input(1);
  MLINFER_TRY(RequireConstant(ctx, axes, "axis"));
  MLINFER_TRY(RequireType(ctx, axes, DataType::kInt32, "axis"));
  for (int d = 0; d < kMaxRank; ++d) reduced[d] = false;
  for (int32_t i = 0; i < axes.shape.FlatSize(); ++i) {
    int32_t a = ConstInt32(axes, i);
    if (a < 0) a += rank;
    if (a < 0 || a >= rank) return ctx.Error(ErrorKind::kValueError, "axis {} out of range for rank {}", a, rank);
    reduced[a] = true;
  }
  return Status::Ok();
}

// TFLite Micro's test for its integer global-average-pool path: a 4-D input,
// keep_dims, and the axis tensor holding exactly 1 and 2 (raw values: -3 and
// -2 do not qualify).
bool IsSpatialMean(const Tensor& input, const Tensor& axes, bool keep_dims) {
  if (!keep_dims || input.shape.rank != 4 || axes.shape.FlatSize() != 2) return false;
  const int32_t a = ConstInt32(axes, 0), b = ConstInt32(axes, 1);
  return (a == 1 && b == 2) || (a == 2 && b == 1);
}

Status ChooseMethod(PrepareContext& ctx, const Tensor& input, const Tensor& output, bool keep_dims,
                    MeanParams* p) {
  p->input_zero_point = input.quant.zero_point;
  p->output_zero_point = output.quant.zero_point;
  if (IsSpatialMean(input, ctx.input(1), keep_dims)) {
    p->method = MeanMethod::kSpatialInteger;
    const double real = static_cast<double>(input.quant.scale) / static_cast<double>(output.quant.scale);
    return Multiplier(ctx, real, "mean", &p->multiplier);
  }
  if (input.quant.zero_point == output.quant.zero_point && input.quant.scale == output.quant.scale) {
    p->method = MeanMethod::kSameQuantization;
    return Status::Ok();
  }
  p->method = MeanMethod::kFloatRescale;
  p->scale = input.quant.scale / output.quant.scale;
  p->bias = static_cast<float>(-input.quant.zero_point) * p->scale;
  return Status::Ok();
}

}  // namespace

Status PrepareMean(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(2, 2, 1, 2));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, output, "output"));
  if (input.shape.FlatSize() > (1 << 24)) return ctx.Error(ErrorKind::kNotImplementedError, "input is too large");
  fb::Table options;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kReducer, &options));
  const int rank = input.shape.rank;
  bool reduced[kMaxRank];
  MLINFER_TRY(ReadAxes(ctx, rank, reduced));
  MeanParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<MeanParams>(1, &p));
  const int shift = kMaxRank - rank;
  int32_t out_stride = 1;
  p->count = 1;
  for (int d = kMaxRank - 1; d >= 0; --d) {
    const int axis = d - shift;
    p->in_dims[d] = axis >= 0 ? input.shape.dims[axis] : 1;
    if (axis >= 0 && reduced[axis]) {
      p->out_strides[d] = 0;
      p->count *= p->in_dims[d];
    } else {
      p->out_strides[d] = out_stride;
      out_stride *= p->in_dims[d];
    }
  }
  p->output_size = out_stride;
  if (p->output_size != output.shape.FlatSize()) {
    return ctx.Error(ErrorKind::kValueError, "mean of {} has {} elements, output shape {} has {}", input.shape.arg(),
                     p->output_size, output.shape.arg(), output.shape.FlatSize());
  }
  bool keep_dims = false;
  MLINFER_TRY(ctx.Option<bool>(options, schema::reducer_options::kKeepDims, false, "ReducerOptions.keep_dims",
                               &keep_dims));
  MLINFER_TRY(ChooseMethod(ctx, input, output, keep_dims, p));
  MLINFER_TRY(ctx.RequestScratch(0, size_t(p->output_size) * sizeof(int32_t)));
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalMean(const EvalContext& ctx) {
  reference::Mean(ctx.op_data<MeanParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>(),
                  reinterpret_cast<int32_t*>(ctx.scratch(0)));
}

}  // namespace mote::mlinfer
