// schema.h — the part of the TFLite flatbuffer schema (version 3) we read.
//
// Field numbers are vtable slots: the n-th field declared in a table of
// schema.fbs is slot n, and a union field takes two slots (its type byte,
// then its value). Only the tables and fields the loader or a kernel reads
// are listed; everything else in a model is ignored, never rejected, unless
// it changes meaning (sparsity, custom quantization, external buffers).
#pragma once

#include <cstdint>
#include <string_view>

namespace mote::mlinfer::schema {

// File identifier at bytes 4..8 and the schema version we accept.
inline constexpr std::string_view kFileIdentifier = "TFL3";
inline constexpr uint32_t kSchemaVersion = 3;

namespace model {
inline constexpr int kVersion = 0, kOperatorCodes = 1, kSubgraphs = 2, kDescription = 3, kBuffers = 4;
}
namespace operator_code {
inline constexpr int kDeprecatedBuiltinCode = 0, kCustomCode = 1, kVersion = 2, kBuiltinCode = 3;
}
namespace subgraph {
inline constexpr int kTensors = 0, kInputs = 1, kOutputs = 2, kOperators = 3, kName = 4;
}
namespace buffer {
inline constexpr int kData = 0, kOffset = 1, kSize = 2;
}
namespace tensor {
inline constexpr int kShape = 0, kType = 1, kBuffer = 2, kName = 3, kQuantization = 4, kIsVariable = 5,
                     kSparsity = 6, kShapeSignature = 7, kHasRank = 8, kVariantTensors = 9,
                     kExternalBuffer = 10;
}
namespace quantization {
inline constexpr int kMin = 0, kMax = 1, kScale = 2, kZeroPoint = 3, kDetailsType = 4, kDetails = 5,
                     kQuantizedDimension = 6;
}
namespace op {  // table Operator
inline constexpr int kOpcodeIndex = 0, kInputs = 1, kOutputs = 2, kBuiltinOptionsType = 3,
                     kBuiltinOptions = 4, kCustomOptions = 5, kCustomOptionsFormat = 6,
                     kMutatingVariableInputs = 7, kIntermediates = 8, kLargeCustomOptionsOffset = 9,
                     kLargeCustomOptionsSize = 10, kBuiltinOptions2Type = 11, kBuiltinOptions2 = 12;
}

// Builtin option tables, by field.
namespace conv2d_options {
inline constexpr int kPadding = 0, kStrideW = 1, kStrideH = 2, kActivation = 3, kDilationW = 4,
                     kDilationH = 5, kQuantizedBiasType = 6;
}
namespace depthwise_options {
inline constexpr int kPadding = 0, kStrideW = 1, kStrideH = 2, kDepthMultiplier = 3, kActivation = 4,
                     kDilationW = 5, kDilationH = 6;
}
namespace pool2d_options {
inline constexpr int kPadding = 0, kStrideW = 1, kStrideH = 2, kFilterWidth = 3, kFilterHeight = 4,
                     kActivation = 5;
}
namespace fully_connected_options {
inline constexpr int kActivation = 0, kWeightsFormat = 1, kKeepNumDims = 2, kAsymmetricQuantizeInputs = 3,
                     kQuantizedBiasType = 4;
}
namespace softmax_options {
inline constexpr int kBeta = 0;
}
namespace concatenation_options {
inline constexpr int kAxis = 0, kActivation = 1;
}
namespace activation_only_options {  // AddOptions, SubOptions, MulOptions
inline constexpr int kActivation = 0;
}
namespace reshape_options {
inline constexpr int kNewShape = 0;
}
namespace squeeze_options {
inline constexpr int kSqueezeDims = 0;
}
namespace reducer_options {
inline constexpr int kKeepDims = 0;
}
namespace strided_slice_options {
inline constexpr int kBeginMask = 0, kEndMask = 1, kEllipsisMask = 2, kNewAxisMask = 3, kShrinkAxisMask = 4,
                     kOffset = 5;
}

// Values of the BuiltinOptions union type byte that we read.
enum class OptionsType : uint8_t {
  kNone = 0,
  kConv2D = 1,
  kDepthwiseConv2D = 2,
  kPool2D = 5,
  kFullyConnected = 8,
  kSoftmax = 9,
  kConcatenation = 10,
  kAdd = 11,
  kReshape = 17,
  kMul = 21,
  kPad = 22,
  kTranspose = 26,
  kReducer = 27,
  kSub = 28,
  kSqueeze = 30,
  kStridedSlice = 32,
  kDequantize = 38,
  kMaximumMinimum = 39,
  kQuantize = 89,
};

// BuiltinOperator values of the operators the engine implements, plus CUSTOM.
enum class BuiltinOperator : int32_t {
  kAdd = 0,
  kAveragePool2D = 1,
  kConcatenation = 2,
  kConv2D = 3,
  kDepthwiseConv2D = 4,
  kDequantize = 6,
  kFullyConnected = 9,
  kLogistic = 14,
  kMaxPool2D = 17,
  kMul = 18,
  kRelu = 19,
  kRelu6 = 21,
  kReshape = 22,
  kSoftmax = 25,
  kTanh = 28,
  kCustom = 32,
  kPad = 34,
  kTranspose = 39,
  kMean = 40,
  kSub = 41,
  kSqueeze = 43,
  kStridedSlice = 45,
  kMaximum = 55,
  kMinimum = 57,
  kQuantize = 114,
};

enum class Padding : int8_t { kSame = 0, kValid = 1 };

enum class Activation : int8_t { kNone = 0, kRelu = 1, kReluN1To1 = 2, kRelu6 = 3, kTanh = 4, kSignBit = 5 };

// The schema's name of builtin operator `code` ("CONV_2D"), or "" if unknown.
std::string_view BuiltinOperatorName(int32_t code);

}  // namespace mote::mlinfer::schema
