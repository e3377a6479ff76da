// strided_slice.cc — STRIDED_SLICE: Prepare checks and dispatch.
//
// begin, end and strides are constant int32 vectors with one entry per input
// dimension (TFLite Micro reads exactly that many). Masks:
// begin, end, shrink_axis and the `offset` flag are supported; ellipsis and
// new_axis are not (TFLite Micro rejects them too). Start and stop per axis
// follow TFLite's StridedSliceStartForAxis / StridedSliceEndForAxis, with
// arithmetic in 64 bits. The number of elements this selects must equal the
// output's, so Eval never writes past the output.
#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"
#include "modules/mlinfer/kernels/reference/data_movement.h"

namespace mote::mlinfer {
namespace {

namespace so = schema::strided_slice_options;
using namespace kernel_util;

struct SliceOptions {
  int32_t begin_mask = 0, end_mask = 0, ellipsis_mask = 0, new_axis_mask = 0, shrink_axis_mask = 0;
  bool offset = false;
};

Status ReadOptions(PrepareContext& ctx, SliceOptions* o) {
  fb::Table t;
  MLINFER_TRY(ctx.Options(schema::OptionsType::kStridedSlice, &t));
  MLINFER_TRY(ctx.Option<int32_t>(t, so::kBeginMask, 0, "StridedSliceOptions.begin_mask", &o->begin_mask));
  MLINFER_TRY(ctx.Option<int32_t>(t, so::kEndMask, 0, "StridedSliceOptions.end_mask", &o->end_mask));
  MLINFER_TRY(ctx.Option<int32_t>(t, so::kEllipsisMask, 0, "StridedSliceOptions.ellipsis_mask", &o->ellipsis_mask));
  MLINFER_TRY(ctx.Option<int32_t>(t, so::kNewAxisMask, 0, "StridedSliceOptions.new_axis_mask", &o->new_axis_mask));
  MLINFER_TRY(
      ctx.Option<int32_t>(t, so::kShrinkAxisMask, 0, "StridedSliceOptions.shrink_axis_mask", &o->shrink_axis_mask));
  MLINFER_TRY(ctx.BoolOption(t, so::kOffset, "StridedSliceOptions.offset", &o->offset));
  if (o->ellipsis_mask != 0 || o->new_axis_mask != 0) {
    return ctx.Error(ErrorKind::kNotImplementedError, "ellipsis_mask and new_axis_mask are not supported");
  }
  return Status::Ok();
}

Status CheckIndexTensors(PrepareContext& ctx, int32_t* n) {
  *n = ctx.input(1).shape.FlatSize();
  for (uint32_t i = 1; i <= 3; ++i) {
    const Tensor& t = ctx.input(i);
    MLINFER_TRY(RequireConstant(ctx, t, "begin/end/strides"));
    MLINFER_TRY(RequireType(ctx, t, DataType::kInt32, "begin/end/strides"));
    if (t.shape.rank != 1 || t.shape.FlatSize() != ctx.input(0).shape.rank) {
      return ctx.Error(ErrorKind::kValueError, "begin/end/strides must be vectors of length {} (the input rank)",
                       ctx.input(0).shape.rank);
    }
  }
  return Status::Ok();
}

int64_t Clamp(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

// Start and stop of one axis (dimension `size`), per TFLite's
// StridedSliceStartForAxis / StridedSliceEndForAxis.
void AxisRange(const SliceOptions& o, int bit, int64_t begin, int64_t end, int64_t stride, int64_t size, int64_t* start,
               int64_t* stop) {
  int64_t s = begin < 0 ? begin + size : begin;
  s = stride > 0 ? Clamp(s, 0, size) : Clamp(s, -1, size - 1);
  if (o.begin_mask & (1 << bit)) s = stride > 0 ? 0 : size - 1;
  *start = s;
  if (o.shrink_axis_mask & (1 << bit)) {
    *stop = s >= size ? s : s + 1;
    return;
  }
  int64_t e = o.offset ? end + s : end;
  if (e < 0) e += size;
  e = stride > 0 ? Clamp(e, 0, size) : Clamp(e, -1, size - 1);
  if (o.end_mask & (1 << bit)) e = stride > 0 ? size : -1;
  *stop = e;
}

int64_t AxisCount(int64_t start, int64_t stop, int64_t stride) {
  const int64_t span = stride > 0 ? stop - start : start - stop;
  const int64_t step = stride > 0 ? stride : -stride;
  return span <= 0 ? 0 : (span + step - 1) / step;
}

}  // namespace

Status PrepareStridedSlice(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(4, 4, 1, 4));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  if (input.type != output.type || DataTypeSize(input.type) == 0) {
    return ctx.Error(ErrorKind::kValueError, "input and output dtypes differ");
  }
  if (input.type == DataType::kInt8) MLINFER_TRY(RequireSameQuantization(ctx, input, output));
  SliceOptions o;
  MLINFER_TRY(ReadOptions(ctx, &o));
  int32_t n = 0;
  MLINFER_TRY(CheckIndexTensors(ctx, &n));
  StridedSliceParams* p = nullptr;
  MLINFER_TRY(ctx.Allocate<StridedSliceParams>(1, &p));
  const int rank = input.shape.rank;
  const int lead = kMaxRank - rank;  // 6D padding in front of the input
  const int first = rank - n;        // input axes before the listed ones are taken whole
  int64_t total = 1;
  int32_t stride = 1;
  for (int d = kMaxRank - 1; d >= 0; --d) {
    const int axis = d - lead;
    const int64_t size = axis >= 0 ? input.shape.dims[axis] : 1;
    int64_t start = 0, stop = size, step = 1;
    if (axis >= first) {
      const int k = axis - first;
      step = ConstInt32(ctx.input(3), k);
      if (step == 0) return ctx.Error(ErrorKind::kValueError, "stride {} is 0", k);
      AxisRange(o, k, ConstInt32(ctx.input(1), k), ConstInt32(ctx.input(2), k), step, size, &start, &stop);
    }
    total *= AxisCount(start, stop, step);
    p->start[d] = static_cast<int32_t>(start), p->stop[d] = static_cast<int32_t>(stop);
    p->stride[d] = static_cast<int32_t>(step), p->in_strides[d] = stride;
    stride *= static_cast<int32_t>(size);
  }
  if (total != output.shape.FlatSize()) {
    return ctx.Error(ErrorKind::kValueError, "slice selects {} elements, output shape {} holds {}", total,
                     output.shape.arg(), output.shape.FlatSize());
  }
  p->element_bytes = static_cast<uint32_t>(DataTypeSize(input.type));
  ctx.set_op_data(p);
  return Status::Ok();
}

void EvalStridedSlice(const EvalContext& ctx) {
  reference::StridedSlice(ctx.op_data<StridedSliceParams>(), ctx.input(0).read_data(), ctx.output(0).data);
}

}  // namespace mote::mlinfer
