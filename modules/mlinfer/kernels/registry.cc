// registry.cc — the one table of supported operators.
//
// An explicit constexpr list (no registration macros, no build-time
// scanning): adding an operator means adding a line here and its pair of
// functions in ops.h. The table lives in flash on a microcontroller.
#include "modules/mlinfer/kernel_api.h"
#include "modules/mlinfer/kernels/ops.h"

namespace mote::mlinfer {
namespace {

using Op = schema::BuiltinOperator;

constexpr OpRegistration kRegistry[] = {
    {Op::kAdd, PrepareAdd, EvalAdd},
    {Op::kAveragePool2D, PrepareAveragePool2D, EvalAveragePool2D},
    {Op::kConcatenation, PrepareConcatenation, EvalConcatenation},
    {Op::kConv2D, PrepareConv2D, EvalConv2D},
    {Op::kDepthwiseConv2D, PrepareDepthwiseConv2D, EvalDepthwiseConv2D},
    {Op::kDequantize, PrepareDequantize, EvalDequantize},
    {Op::kFullyConnected, PrepareFullyConnected, EvalFullyConnected},
    {Op::kLogistic, PrepareLogistic, EvalLogistic},
    {Op::kMaxPool2D, PrepareMaxPool2D, EvalMaxPool2D},
    {Op::kMul, PrepareMul, EvalMul},
    {Op::kRelu, PrepareRelu, EvalRelu},
    {Op::kRelu6, PrepareRelu6, EvalRelu6},
    {Op::kReshape, PrepareReshape, EvalReshape},
    {Op::kSoftmax, PrepareSoftmax, EvalSoftmax},
    {Op::kTanh, PrepareTanh, EvalTanh},
    {Op::kPad, PreparePad, EvalPad},
    {Op::kTranspose, PrepareTranspose, EvalTranspose},
    {Op::kMean, PrepareMean, EvalMean},
    {Op::kSub, PrepareSub, EvalSub},
    {Op::kSqueeze, PrepareReshape, EvalReshape},
    {Op::kStridedSlice, PrepareStridedSlice, EvalStridedSlice},
    {Op::kMaximum, PrepareMaximumMinimum, EvalMaximum},
    {Op::kMinimum, PrepareMaximumMinimum, EvalMinimum},
    {Op::kQuantize, PrepareQuantize, EvalQuantize},
};

}  // namespace

const OpRegistration* FindOp(int32_t code) {
  for (const OpRegistration& r : kRegistry) {
    if (static_cast<int32_t>(r.op) == code) return &r;
  }
  return nullptr;
}

}  // namespace mote::mlinfer
