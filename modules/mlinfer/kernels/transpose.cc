// transpose.cc — TRANSPOSE: Prepare checks and dispatch.
//
// The permutation is a constant int32 vector, a permutation of [0, rank);
// output dimension i is input dimension perm[i]. Any fixed-size dtype; int8
// tensors must share quantization.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/data_movement.h"

namespace mote::mlinfer {
namespace {

using namespace kernel_util;

Status ReadPermutation(PrepareContext& ctx, int rank, int32_t* perm) {
  const Tensor& t = ctx.input(1);
  MLINFER_TRY(RequireConstant(ctx, t, "permutation"));
  MLINFER_TRY(RequireType(ctx, t, DataType::kInt32, "permutation"));
  if (t.shape.FlatSize() != rank) {
    return ctx.Error(ErrorKind::kValueError, "permutation has {} entries for rank {}", t.shape.FlatSize(), rank);
  }
  bool seen[kMaxRank] = {};
  for (int i = 0; i < rank; ++i) {
    perm[i] = ConstInt32(t, i);
    if (perm[i] < 0) perm[i] += rank;
    if (perm[i] < 0 || perm[i] >= rank || seen[perm[i]]) {
      return ctx.Error(ErrorKind::kValueError, "entry {} of the permutation is invalid", i);
    }
    seen[perm[i]] = true;
  }
  return Status::Ok();
}

}  // namespace

Status PrepareTranspose(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(2, 2, 1, 2));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  const int rank = input.shape.rank;
  if (input.type != output.type || output.shape.rank != rank || DataTypeSize(input.type) == 0) {
    return ctx.Error(ErrorKind::kValueError, "input and output dtypes or ranks differ");
  }
  if (input.type == DataType::kInt8) MLINFER_TRY(RequireSameQuantization(ctx, input, output));
  int32_t perm[kMaxRank];
  MLINFER_TRY(ReadPermutation(ctx, rank, perm));
  TransposeParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<TransposeParams>(1, &p));
  int32_t in_strides[kMaxRank];
  int32_t stride = 1;
  for (int d = rank - 1; d >= 0; --d) {
    in_strides[d] = stride;
    stride *= input.shape.dims[d];
  }
  const int shift = kMaxRank - rank;
  for (int d = 0; d < kMaxRank; ++d) p->out_dims[d] = 1;
  for (int i = 0; i < rank; ++i) {
    if (output.shape.dims[i] != input.shape.dims[perm[i]]) {
      return ctx.Error(ErrorKind::kValueError, "output shape {} is not input shape {} permuted", output.shape.arg(),
                       input.shape.arg());
    }
    p->out_dims[shift + i] = output.shape.dims[i];
    p->in_strides[shift + i] = in_strides[perm[i]];
  }
  p->element_bytes = static_cast<uint32_t>(DataTypeSize(input.type));
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalTranspose(const EvalContext& ctx) {
  reference::Transpose(ctx.op_data<TransposeParams>(), ctx.input(0).read_data(), ctx.output(0).data);
}

}  // namespace mote::mlinfer
