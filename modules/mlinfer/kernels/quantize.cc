// quantize.cc — QUANTIZE (float32 -> int8, int8 -> int8) and DEQUANTIZE
// (int8 -> float32): Prepare checks and dispatch.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/quantize.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

struct QuantizeData {
  QuantizeParams params;
  bool from_float = false;
};

Status Unsupported(PrepareContext& ctx) {
  return ctx.Error(ErrorKind::kNotImplementedError, "{} -> {} is not supported", DataTypeName(ctx.input(0).type),
                   DataTypeName(ctx.output(0).type));
}

}  // namespace

Status PrepareQuantize(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 1, 1, 1));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(RequireSameFlatSize(ctx, input, output));
  if (output.type != DataType::kInt8) return Unsupported(ctx);
  MLINFER_TRY(RequireInt8Activation(ctx, output, "output"));
  QuantizeData* data = nullptr;
  MLINFER_TRY(ctx.Allocate<QuantizeData>(1, &data));
  QuantizeParams& p = data->params;
  p.size = input.shape.FlatSize();
  p.scale = output.quant.scale;
  p.zero_point = output.quant.zero_point;
  if (input.type == DataType::kFloat32) {
    data->from_float = true;
  } else if (input.type == DataType::kInt8) {
    MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
    p.input_zero_point = input.quant.zero_point;
    const double real = static_cast<double>(input.quant.scale) / static_cast<double>(output.quant.scale);
    MLINFER_TRY(Multiplier(ctx, real, "output", &p.requantize));
  } else {
    return Unsupported(ctx);
  }
  ctx.set_op_data(data);
  return Status::Ok();
}

void EvalQuantize(const EvalContext& ctx) {
  const QuantizeData& d = ctx.op_data<QuantizeData>();
  if (d.from_float) return reference::QuantizeFloat(d.params, ctx.input(0).In<float>(), ctx.output(0).Out<int8_t>());
  reference::Requantize(d.params, ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

Status PrepareDequantize(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 1, 1, 1));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(RequireSameFlatSize(ctx, input, output));
  if (input.type != DataType::kInt8 || output.type != DataType::kFloat32) return Unsupported(ctx);
  MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
  QuantizeParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<QuantizeParams>(1, &p));
  p->size = input.shape.FlatSize();
  p->scale = input.quant.scale;
  p->zero_point = input.quant.zero_point;
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalDequantize(const EvalContext& ctx) {
  reference::Dequantize(ctx.op_data<QuantizeParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<float>());
}

}  // namespace mote::mlinfer
