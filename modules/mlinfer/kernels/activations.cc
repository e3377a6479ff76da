// activations.cc — LOGISTIC, TANH, RELU, RELU6: Prepare checks and dispatch.
//
// All int8 in and out, same shape. LOGISTIC/TANH outputs must carry the
// fixed quantization TFLite assumes (1/256 and -128; 1/128 and 0). RELU
// rescales to its output; RELU6 requires input and output quantization to
// match (TFLite Micro clamps without rescaling).
#include <cmath>

#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/activations.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

Status CheckUnary(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 1, 1, 1));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.input(0), "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.output(0), "output"));
  return RequireSameFlatSize(ctx, ctx.input(0), ctx.output(0));
}

Status RequireOutputQuant(PrepareContext& ctx, float scale, int32_t zero_point) {
  const Tensor& out = ctx.output(0);
  if (out.quant.scale == scale && out.quant.zero_point == zero_point) return Status::Ok();
  return ctx.Error(ErrorKind::kValueError, "int8 output must have scale {} and zero point {}, has {} and {}",
                   static_cast<double>(scale), zero_point, static_cast<double>(out.quant.scale), out.quant.zero_point);
}

// TFLite's int8 LOGISTIC/TANH input scaling: input_scale * 2^27 as a Q31
// multiplier and shift taken straight from frexp.
Status PrepareSigmoid(PrepareContext& ctx) {
  MLINFER_TRY(CheckUnary(ctx));
  SigmoidParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<SigmoidParams>(1, &p));
  const double real = static_cast<double>(ctx.input(0).quant.scale) * static_cast<double>(1 << (31 - 4));
  int shift = 0;
  const double q = std::frexp(real, &shift);
  int64_t multiplier = static_cast<int64_t>(std::round(q * static_cast<double>(int64_t{1} << 31)));
  if (multiplier >= (int64_t{1} << 31)) multiplier = (int64_t{1} << 31) - 1;
  p->input_zero_point = ctx.input(0).quant.zero_point;
  p->input_range_radius = CalculateInputRadius(4, shift, 31);
  if (shift < -31 || shift > 31) {  // never reaches MultiplyByQuantizedMultiplier with these
    multiplier = 0;
    shift = 0;
  }
  p->input_multiplier = static_cast<int32_t>(multiplier);
  p->input_left_shift = shift;
  p->size = ctx.input(0).shape.FlatSize();
  ctx.set_op_data(p);
  return Status::Ok();
}

}  // namespace

Status PrepareLogistic(PrepareContext& ctx) {
  MLINFER_TRY(PrepareSigmoid(ctx));
  return RequireOutputQuant(ctx, 1.0f / 256, -128);
}

Status PrepareTanh(PrepareContext& ctx) {
  MLINFER_TRY(PrepareSigmoid(ctx));
  return RequireOutputQuant(ctx, 1.0f / 128, 0);
}

void EvalLogistic(const EvalContext& ctx) {
  reference::Logistic(ctx.op_data<SigmoidParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

void EvalTanh(const EvalContext& ctx) {
  reference::Tanh(ctx.op_data<SigmoidParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

Status PrepareRelu(PrepareContext& ctx) {
  MLINFER_TRY(CheckUnary(ctx));
  ReluParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<ReluParams>(1, &p));
  const Tensor& in = ctx.input(0);
  const Tensor& out = ctx.output(0);
  MLINFER_TRY(Multiplier(ctx, static_cast<double>(in.quant.scale) / static_cast<double>(out.quant.scale), "output",
                         &p->output));
  p->input_zero_point = in.quant.zero_point;
  p->output_zero_point = out.quant.zero_point;
  // max(-128, zp + roundf(0 / scale)); no upper bound below 127.
  p->activation_min = out.quant.zero_point > -128 ? out.quant.zero_point : -128;
  p->activation_max = 127;
  p->size = in.shape.FlatSize();
  ctx.set_op_data(p);
  return Status::Ok();
}

Status PrepareRelu6(PrepareContext& ctx) {
  MLINFER_TRY(CheckUnary(ctx));
  MLINFER_TRY(RequireSameQuantization(ctx, ctx.input(0), ctx.output(0)));
  ReluParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<ReluParams>(1, &p));
  const Quantization& q = ctx.input(0).quant;
  // TFLite Micro: zero = zp, six = clamp(round(6 / scale) + zp) to int8.
  const int32_t six = SaturatingRoundToInt32(static_cast<double>(6.0f / q.scale));
  const int64_t six_q = int64_t{six} + q.zero_point;
  p->activation_min = q.zero_point;
  p->activation_max = static_cast<int32_t>(six_q < -128 ? -128 : six_q > 127 ? 127 : six_q);
  p->size = ctx.input(0).shape.FlatSize();
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalRelu(const EvalContext& ctx) {
  reference::Relu(ctx.op_data<ReluParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

void EvalRelu6(const EvalContext& ctx) {
  reference::Relu6(ctx.op_data<ReluParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

}  // namespace mote::mlinfer
