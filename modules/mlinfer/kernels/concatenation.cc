// concatenation.cc — CONCATENATION: Prepare checks and dispatch.
//
// Up to 16 inputs of one dtype and rank, equal in every dimension but the
// axis; int8 inputs must share the output's quantization (TFLite Micro does
// not rescale). No fused activation.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/data_movement.h"

namespace mote::mlinfer {
namespace {

namespace co = schema::concatenation_options;
using namespace kernel_util;

Status ReadAxis(PrepareContext& ctx, int32_t* axis) {
  fb::Table t;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kConcatenation, &t));
  int8_t activation = 0;
  MLINFER_TRY(ctx.Option<int32_t>(t, co::kAxis, 0, "ConcatenationOptions.axis", axis));
  MLINFER_TRY(ctx.Option<int8_t>(t, co::kActivation, 0, "ConcatenationOptions.fused_activation_function", &activation));
  if (activation != 0) return ctx.Error(ErrorKind::kNotImplementedError, "fused activation {} is not supported", activation);
  const int rank = ctx.output(0).shape.rank;
  if (*axis < 0) *axis += rank;
  if (*axis < 0 || *axis >= rank) return ctx.Error(ErrorKind::kValueError, "axis out of range for rank {}", rank);
  return Status::Ok();
}

Status CheckInput(PrepareContext& ctx, uint32_t i, int32_t axis) {
  const Tensor& in = ctx.input(i);
  const Tensor& out = ctx.output(0);
  if (in.type != out.type || in.shape.rank != out.shape.rank) {
    return ctx.Error(ErrorKind::kValueError, "input {} ({} {}) does not match output ({} {})", i, DataTypeName(in.type),
                     in.shape.arg(), DataTypeName(out.type), out.shape.arg());
  }
  for (int d = 0; d < out.shape.rank; ++d) {
    if (d != axis && in.shape.dims[d] != out.shape.dims[d]) {
      return ctx.Error(ErrorKind::kValueError, "input {} shape {} does not match output shape {}", i, in.shape.arg(),
                       out.shape.arg());
    }
  }
  if (out.type == DataType::kInt8) {
    MLINFER_TRY(RequireInt8Activation(ctx, in, "input"));
    MLINFER_TRY(RequireSameQuantization(ctx, in, out));
  }
  return Status::Ok();
}

}  // namespace

Status PrepareConcatenation(PrepareContext& ctx) {
  if (ctx.input_count() > static_cast<uint32_t>(kMaxConcatInputs)) {
    return ctx.Error(ErrorKind::kNotImplementedError, "{} inputs (at most {} are supported)", ctx.input_count(),
                     kMaxConcatInputs);
  }
  MLINFER_TRY(ctx.CheckArity(1, kMaxConcatInputs, 1, ctx.input_count()));
  int32_t axis = 0;
  MLINFER_TRY(ReadAxis(ctx, &axis));
  const Tensor& out = ctx.output(0);
  if (DataTypeSize(out.type) == 0) return ctx.Error(ErrorKind::kNotImplementedError, "dtype is not supported");
  ConcatParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<ConcatParams>(1, &p));
  int64_t axis_total = 0;
  for (uint32_t i = 0; i < ctx.input_count(); ++i) {
    MLINFER_TRY(CheckInput(ctx, i, axis));
    const Shape& s = ctx.input(i).shape;
    axis_total += s.dims[axis];
    int64_t inner = DataTypeSize(out.type);
    for (int d = axis; d < s.rank; ++d) inner *= s.dims[d];
    p->input_bytes[i] = static_cast<uint32_t>(inner);
  }
  if (axis_total != out.shape.dims[axis]) {
    return ctx.Error(ErrorKind::kValueError, "inputs add up to {} along axis {}, output has {}", axis_total, axis,
                     out.shape.dims[axis]);
  }
  p->input_count = static_cast<int32_t>(ctx.input_count());
  p->outer_size = 1;
  for (int d = 0; d < axis; ++d) p->outer_size *= out.shape.dims[d];
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalConcatenation(const EvalContext& ctx) {
  const ConcatParams& p = ctx.op_data<ConcatParams>();
  const uint8_t* inputs[kMaxConcatInputs];
  for (int32_t i = 0; i < p.input_count; ++i) inputs[i] = ctx.input(static_cast<uint32_t>(i)).read_data();
  reference::Concatenation(p, inputs, ctx.output(0).data);
}

}  // namespace mote::mlinfer
