// ops.h — the Prepare and Eval functions of every operator, for the registry.
//
// One pair per operator (kernel_api.h explains the contract). Operators that
// share a kernel file share a Prepare where the checks are the same.
#pragma once

#include "modules/mlinfer/kernel_api.h"

namespace mote::mlinfer {

Status PrepareFullyConnected(PrepareContext& ctx);
void EvalFullyConnected(const EvalContext& ctx);
Status PrepareConv2D(PrepareContext& ctx);
void EvalConv2D(const EvalContext& ctx);
Status PrepareDepthwiseConv2D(PrepareContext& ctx);
void EvalDepthwiseConv2D(const EvalContext& ctx);
Status PrepareAveragePool2D(PrepareContext& ctx);
void EvalAveragePool2D(const EvalContext& ctx);
Status PrepareMaxPool2D(PrepareContext& ctx);
void EvalMaxPool2D(const EvalContext& ctx);
Status PrepareAdd(PrepareContext& ctx);
Status PrepareSub(PrepareContext& ctx);
void EvalAdd(const EvalContext& ctx);
void EvalSub(const EvalContext& ctx);
Status PrepareMul(PrepareContext& ctx);
void EvalMul(const EvalContext& ctx);
Status PrepareMaximumMinimum(PrepareContext& ctx);
void EvalMaximum(const EvalContext& ctx);
void EvalMinimum(const EvalContext& ctx);
Status PrepareSoftmax(PrepareContext& ctx);
void EvalSoftmax(const EvalContext& ctx);
Status PrepareLogistic(PrepareContext& ctx);
void EvalLogistic(const EvalContext& ctx);
Status PrepareTanh(PrepareContext& ctx);
void EvalTanh(const EvalContext& ctx);
Status PrepareRelu(PrepareContext& ctx);
void EvalRelu(const EvalContext& ctx);
Status PrepareRelu6(PrepareContext& ctx);
void EvalRelu6(const EvalContext& ctx);
Status PrepareReshape(PrepareContext& ctx);  // RESHAPE and SQUEEZE
void EvalReshape(const EvalContext& ctx);
Status PrepareQuantize(PrepareContext& ctx);
void EvalQuantize(const EvalContext& ctx);
Status PrepareDequantize(PrepareContext& ctx);
void EvalDequantize(const EvalContext& ctx);
Status PrepareConcatenation(PrepareContext& ctx);
void EvalConcatenation(const EvalContext& ctx);
Status PreparePad(PrepareContext& ctx);
void EvalPad(const EvalContext& ctx);
Status PrepareMean(PrepareContext& ctx);
void EvalMean(const EvalContext& ctx);
Status PrepareStridedSlice(PrepareContext& ctx);
void EvalStridedSlice(const EvalContext& ctx);
Status PrepareTranspose(PrepareContext& ctx);
void EvalTranspose(const EvalContext& ctx);

}  // namespace mote::mlinfer
