// mean.cc — MEAN: Prepare checks and dispatch.
//
// int8 in and out; the axes are a constant int32 tensor (negative axes count
// from the end, duplicates are ignored). keep_dims only changes the output
// shape, which is static, so Prepare checks the element count. The int32
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
  p->scale = input.quant.scale / output.quant.scale;
  p->bias = static_cast<float>(-input.quant.zero_point) * p->scale;
  p->output_zero_point = output.quant.zero_point;
  MLINFER_TRY(ctx.RequestScratch(0, size_t(p->output_size) * sizeof(int32_t)));
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalMean(const EvalContext& ctx) {
  reference::Mean(ctx.op_data<MeanParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>(),
                  reinterpret_cast<int32_t*>(ctx.scratch(0)));
}

}  // namespace mote::mlinfer
