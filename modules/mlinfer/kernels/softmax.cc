// softmax.cc — SOFTMAX: Prepare checks and dispatch.
//
// int8 in, int8 out with TFLite's fixed output quantization (scale 1/256,
// zero point -128); softmax over the last dimension. Prepare turns
// beta * input_scale into the Q5.26 input multiplier (TFLite's
// PreprocessSoftmaxScaling) and the cut-off diff_min.
#include <cmath>

#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/softmax.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

constexpr int kScaledDiffIntegerBits = 5;

Status CheckTensors(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 1, 1, 1));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
  MLINFER_TRY(RequireInt8Activation(ctx, output, "output"));
  MLINFER_TRY(RequireSameShape(ctx, input, output));
  if (input.shape.rank < 1) return ctx.Error(ErrorKind::kValueError, "input must have rank >= 1");
  if (output.quant.zero_point != -128 || output.quant.scale != 1.0f / 256) {
    return ctx.Error(ErrorKind::kValueError, "int8 output must have scale 1/256 and zero point -128, has {} and {}",
                     static_cast<double>(output.quant.scale), output.quant.zero_point);
  }
  return Status::Ok();
}

}  // namespace

Status PrepareSoftmax(PrepareContext& ctx) {
  MLINFER_TRY(CheckTensors(ctx));
  fb::Table options;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kSoftmax, &options));
  float beta = 0.0f;
  MLINFER_TRY(ctx.Option<float>(options, schema::softmax_options::kBeta, 0.0f, "SoftmaxOptions.beta", &beta));
  const double real = static_cast<double>(beta) * static_cast<double>(ctx.input(0).quant.scale) *
                      static_cast<double>(1 << (31 - kScaledDiffIntegerBits));
  const double capped = real < 2147483647.0 ? real : 2147483647.0;
  QuantizedMultiplier m;
  if (!(capped > 1.0) || !QuantizeMultiplier(capped, &m) || m.shift < 0) {
    return ctx.Error(ErrorKind::kValueError, "beta {} x input scale {} is out of range", static_cast<double>(beta),
                     static_cast<double>(ctx.input(0).quant.scale));
  }
  SoftmaxParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<SoftmaxParams>(1, &p));
  p->input_multiplier = m.multiplier;
  p->input_left_shift = m.shift;
  p->diff_min = -CalculateInputRadius(kScaledDiffIntegerBits, m.shift);
  const Shape& shape = ctx.input(0).shape;
  p->depth = shape.dims[shape.rank - 1];
  p->outer_size = shape.FlatSize() / p->depth;
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalSoftmax(const EvalContext& ctx) {
  reference::Softmax(ctx.op_data<SoftmaxParams>(), ctx.input(0).In<int8_t>(), ctx.output(0).Out<int8_t>());
}

}  // namespace mote::mlinfer
