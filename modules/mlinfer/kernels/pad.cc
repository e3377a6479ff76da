// pad.cc — PAD: Prepare checks and dispatch.
//
// Paddings are a constant int32 (or int64) tensor [rank, 2] of non-negative
// (before, after) counts. int8 pads with the zero point (real 0) and needs
// matching input/output quantization; int16, int32 and float32 pad with 0.
#include <cstring>

#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/data_movement.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

int64_t PaddingValue(const Tensor& paddings, int32_t i) {
  if (paddings.type == DataType::kInt32) return ConstInt32(paddings, i);
  int64_t v;
  std::memcpy(&v, paddings.read_data() + 8 * static_cast<size_t>(i), 8);
  return v;
}

Status CheckPaddings(PrepareContext& ctx, const Tensor& input, const Tensor& paddings) {
  MLINFER_TRY(RequireConstant(ctx, paddings, "paddings"));
  if (paddings.type != DataType::kInt32 && paddings.type != DataType::kInt64) {
    return ctx.Error(ErrorKind::kNotImplementedError, "paddings dtype {} is not supported", DataTypeName(paddings.type));
  }
  if (paddings.shape.rank != 2 || paddings.shape.dims[0] != input.shape.rank || paddings.shape.dims[1] != 2) {
    return ctx.Error(ErrorKind::kValueError, "paddings shape {} should be [{},2]", paddings.shape.arg(),
                     input.shape.rank);
  }
  return Status::Ok();
}

Status CheckTypes(PrepareContext& ctx, const Tensor& input, const Tensor& output) {
  if (input.type != output.type) return ctx.Error(ErrorKind::kValueError, "input and output dtypes differ");
  switch (input.type) {
    case DataType::kInt8:
      MLINFER_TRY(RequireInt8Activation(ctx, input, "input"));
      return RequireSameQuantization(ctx, input, output);
    case DataType::kInt16:
    case DataType::kInt32:
    case DataType::kFloat32: return Status::Ok();
    default: return ctx.Error(ErrorKind::kNotImplementedError, "dtype {} is not supported", DataTypeName(input.type));
  }
}

}  // namespace

Status PreparePad(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(2, 2, 1, 2));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  MLINFER_TRY(CheckTypes(ctx, input, output));
  MLINFER_TRY(CheckPaddings(ctx, input, ctx.input(1)));
  if (output.shape.rank != input.shape.rank) return ctx.Error(ErrorKind::kValueError, "output rank differs from input");
  PadParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<PadParams>(1, &p));
  const int shift = kMaxRank - input.shape.rank;
  for (int d = 0; d < kMaxRank; ++d) p->in_dims[d] = 1;
  for (int d = 0; d < input.shape.rank; ++d) {
    const int64_t before = PaddingValue(ctx.input(1), 2 * d), after = PaddingValue(ctx.input(1), 2 * d + 1);
    if (before < 0 || after < 0 || before + after + input.shape.dims[d] != output.shape.dims[d]) {
      return ctx.Error(ErrorKind::kValueError, "paddings ({}, {}) on dimension {} do not turn {} into output {}", before,
                       after, d, input.shape.arg(), output.shape.arg());
    }
    p->in_dims[shift + d] = input.shape.dims[d];
    p->before[shift + d] = static_cast<int32_t>(before);
    p->after[shift + d] = static_cast<int32_t>(after);
  }
  p->element_bytes = static_cast<uint32_t>(DataTypeSize(input.type));
  p->pad_byte = input.type == DataType::kInt8 ? static_cast<uint8_t>(static_cast<int8_t>(output.quant.zero_point)) : 0;
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalPad(const EvalContext& ctx) {
  reference::Pad(ctx.op_data<PadParams>(), ctx.input(0).read_data(), ctx.output(0).data);
}

}  // namespace mote::mlinfer
