// binary.cc — ADD, SUB, MUL, MAXIMUM, MINIMUM: Prepare checks and dispatch.
//
// Two inputs of the same dtype broadcast (NumPy rules) to the output shape.
// ADD/SUB/MUL are int8 with TFLite's rescaling (reference/binary.h);
// MAXIMUM/MINIMUM accept int8, int16, int32 and float32 and compare raw
// values, as TFLite does.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/binary.h"

namespace mote::mlinfer {

bool MakeBroadcast(const Shape& a, const Shape& b, const Shape& result, Broadcast* out) {
  *out = Broadcast{};
  const int rank = result.rank < 1 ? 1 : result.rank;
  if (a.rank > result.rank || b.rank > result.rank) return false;
  out->rank = rank;
  out->same_shape = a == result && b == result;
  int32_t stride_a = 1, stride_b = 1;
  for (int d = rank - 1; d >= 0; --d) {
    const int32_t n = d - (rank - result.rank) >= 0 && result.rank > 0 ? result.dims[d] : 1;
    const int da = d - (rank - a.rank), db = d - (rank - b.rank);
    const int32_t na = da >= 0 ? a.dims[da] : 1, nb = db >= 0 ? b.dims[db] : 1;
    if ((na != n && na != 1) || (nb != n && nb != 1)) return false;
    out->dims[d] = n;
    out->stride1[d] = na == 1 ? 0 : stride_a;
    out->stride2[d] = nb == 1 ? 0 : stride_b;
    stride_a *= na;
    stride_b *= nb;
  }
  out->size = result.FlatSize();
  return true;
}

namespace {

using namespace kernel_util;

struct AddSubData {
  AddSubParams params;
  Broadcast broadcast;
};

struct MulData {
  MulParams params;
  Broadcast broadcast;
};

Status PrepareBroadcast(PrepareContext& ctx, Broadcast* out) {
  MLINFER_TRY(ctx.CheckArity(2, 2, 1, 2));
  const Tensor& a = ctx.input(0);
  const Tensor& b = ctx.input(1);
  const Tensor& output = ctx.output(0);
  if (a.type != b.type || a.type != output.type) {
    return ctx.Error(ErrorKind::kValueError, "inputs and output have different dtypes ({}, {}, {})",
                     DataTypeName(a.type), DataTypeName(b.type), DataTypeName(output.type));
  }
  if (!MakeBroadcast(a.shape, b.shape, output.shape, out)) {
    return ctx.Error(ErrorKind::kValueError, "shapes {} and {} do not broadcast to output shape {}", a.shape.arg(),
                     b.shape.arg(), output.shape.arg());
  }
  return Status::Ok();
}

Status CheckInt8(PrepareContext& ctx) {
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.input(0), "input 0"));
  MLINFER_TRY(RequireInt8Activation(ctx, ctx.input(1), "input 1"));
  return RequireInt8Activation(ctx, ctx.output(0), "output");
}

Status ReadActivation(PrepareContext& ctx, schema::OptionsType type, int8_t* activation) {
  fb::Table t;
  MLINFER_TRY(ctx.Options(type, &t));
  return ctx.Option<int8_t>(t, schema::activation_only_options::kActivation, 0, "fused_activation_function",
                            activation);
}

Status PrepareAddSub(PrepareContext& ctx, schema::OptionsType options) {
  AddSubData* data = nullptr;
  MLINFER_TRY(ctx.Allocate<AddSubData>(1, &data));
  MLINFER_TRY(PrepareBroadcast(ctx, &data->broadcast));
  MLINFER_TRY(CheckInt8(ctx));
  const float s1 = ctx.input(0).quant.scale, s2 = ctx.input(1).quant.scale;
  const double twice_max = 2.0 * static_cast<double>(s1 > s2 ? s1 : s2);
  const double out_scale = static_cast<double>(ctx.output(0).quant.scale);
  AddSubParams& p = data->params;
  p.left_shift = 20;
  MLINFER_TRY(Multiplier(ctx, static_cast<double>(s1) / twice_max, "input 0", &p.input1));
  MLINFER_TRY(Multiplier(ctx, static_cast<double>(s2) / twice_max, "input 1", &p.input2));
  MLINFER_TRY(Multiplier(ctx, twice_max / ((1 << p.left_shift) * out_scale), "output", &p.output));
  if (p.output.shift > 0) {
    return ctx.Error(ErrorKind::kValueError, "output scale {} is too small for the input scales",
                     static_cast<double>(ctx.output(0).quant.scale));
  }
  p.input1_offset = -ctx.input(0).quant.zero_point;
  p.input2_offset = -ctx.input(1).quant.zero_point;
  p.output_offset = ctx.output(0).quant.zero_point;
  int8_t activation = 0;
  MLINFER_TRY(ReadActivation(ctx, options, &activation));
  MLINFER_TRY(ActivationRange(ctx, activation, ctx.output(0), &p.activation_min, &p.activation_max));
  ctx.set_op_data(data);
  return Status::Ok();
}

}  // namespace

Status PrepareAdd(PrepareContext& ctx) { return PrepareAddSub(ctx, schema::OptionsType::kAdd); }
Status PrepareSub(PrepareContext& ctx) { return PrepareAddSub(ctx, schema::OptionsType::kSub); }

void EvalAdd(const EvalContext& ctx) {
  const AddSubData& d = ctx.op_data<AddSubData>();
  reference::AddSub(d.params, d.broadcast, ctx.input(0).In<int8_t>(), ctx.input(1).In<int8_t>(),
                    ctx.output(0).Out<int8_t>(), false);
}

void EvalSub(const EvalContext& ctx) {
  const AddSubData& d = ctx.op_data<AddSubData>();
  reference::AddSub(d.params, d.broadcast, ctx.input(0).In<int8_t>(), ctx.input(1).In<int8_t>(),
                    ctx.output(0).Out<int8_t>(), true);
}

Status PrepareMul(PrepareContext& ctx) {
  MulData* data = nullptr;
  MLINFER_TRY(ctx.Allocate<MulData>(1, &data));
  MLINFER_TRY(PrepareBroadcast(ctx, &data->broadcast));
  MLINFER_TRY(CheckInt8(ctx));
  MulParams& p = data->params;
  const double real = static_cast<double>(ctx.input(0).quant.scale) * static_cast<double>(ctx.input(1).quant.scale) /
                      static_cast<double>(ctx.output(0).quant.scale);
  MLINFER_TRY(Multiplier(ctx, real, "output", &p.output));
  p.input1_offset = -ctx.input(0).quant.zero_point;
  p.input2_offset = -ctx.input(1).quant.zero_point;
  p.output_offset = ctx.output(0).quant.zero_point;
  int8_t activation = 0;
  MLINFER_TRY(ReadActivation(ctx, schema::OptionsType::kMul, &activation));
  MLINFER_TRY(ActivationRange(ctx, activation, ctx.output(0), &p.activation_min, &p.activation_max));
  ctx.set_op_data(data);
  return Status::Ok();
}

void EvalMul(const EvalContext& ctx) {
  const MulData& d = ctx.op_data<MulData>();
  reference::Mul(d.params, d.broadcast, ctx.input(0).In<int8_t>(), ctx.input(1).In<int8_t>(),
                 ctx.output(0).Out<int8_t>());
}

Status PrepareMaximumMinimum(PrepareContext& ctx) {
  Broadcast* data = nullptr;
  MLINFER_TRY(ctx.Allocate<Broadcast>(1, &data));
  MLINFER_TRY(PrepareBroadcast(ctx, data));
  const DataType t = ctx.input(0).type;
  if (t != DataType::kInt8 && t != DataType::kInt16 && t != DataType::kInt32 && t != DataType::kFloat32) {
    return ctx.Error(ErrorKind::kNotImplementedError, "dtype {} is not supported", DataTypeName(t));
  }
  fb::Table options;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kMaximumMinimum, &options));
  ctx.set_op_data(data);
  return Status::Ok();
}

namespace {

void EvalMaxMin(const EvalContext& ctx, bool maximum) {
  const Broadcast& s = ctx.op_data<Broadcast>();
  const Tensor& a = ctx.input(0);
  const Tensor& b = ctx.input(1);
  const Tensor& out = ctx.output(0);
  switch (a.type) {
    case DataType::kInt8: return reference::MaximumMinimum(s, a.In<int8_t>(), b.In<int8_t>(), out.Out<int8_t>(), maximum);
    case DataType::kInt16:
      return reference::MaximumMinimum(s, a.In<int16_t>(), b.In<int16_t>(), out.Out<int16_t>(), maximum);
    case DataType::kInt32:
      return reference::MaximumMinimum(s, a.In<int32_t>(), b.In<int32_t>(), out.Out<int32_t>(), maximum);
    default: return reference::MaximumMinimum(s, a.In<float>(), b.In<float>(), out.Out<float>(), maximum);
  }
}

}  // namespace

void EvalMaximum(const EvalContext& ctx) { EvalMaxMin(ctx, true); }
void EvalMinimum(const EvalContext& ctx) { EvalMaxMin(ctx, false); }

}  // namespace mote::mlinfer
