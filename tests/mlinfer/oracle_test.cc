// oracle_test.cc — every operator against the independent Python oracle.
//
// tools/tflite/gen_kernel_cases.py (run by ctest before this suite) writes
// single-operator models with random shapes, quantization and options, and
// small whole networks (gen_network_cases.py), their inputs, and the outputs
// int8_oracle.py computes from TFLite's documented semantics. Each case must match bit for bit with the reference kernels and
// with the optimized ones.
#include <gtest/gtest.h>

#include <cstring>

#include "tests/mlinfer/test_util.h"

namespace mote::mlinfer {
namespace {

using testing::CountingAllocator;
using testing::OracleCase;

const std::vector<OracleCase>& AllCases() {
  static const std::vector<OracleCase> cases = testing::ReadOracleCases();
  return cases;
}

// Runs one case; returns "" or a description of the first difference.
std::string RunCase(const OracleCase& c, KernelVariant kernels) {
  CountingAllocator allocator;
  Model model;
  LoadOptions options;
  options.prefer_reference_kernels = kernels == KernelVariant::kReference;
  options.prefer_cm0_kernels = kernels == KernelVariant::kCm0;
  Status s = model.Load(c.model, allocator, options);
  if (!s.ok()) return std::string("Load failed: ") + s.message();
  s = model.AllocateTensors();
  if (!s.ok()) return std::string("AllocateTensors failed: ") + s.message();
  if (model.input_count() != c.inputs.size()) return "input count differs";
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    if (model.input(i).bytes != c.inputs[i].size()) return "input size differs";
    std::memcpy(model.input(i).data, c.inputs[i].data(), c.inputs[i].size());
  }
  if (!model.Invoke().ok()) return "Invoke failed";
  for (size_t o = 0; o < c.outputs.size(); ++o) {
    const TensorInfo out = model.output(o);
    if (out.bytes != c.outputs[o].size()) return "output size differs";
    for (size_t k = 0; k < out.bytes; ++k) {
      if (out.data[k] != c.outputs[o][k]) {
        return "output byte " + std::to_string(k) + " is " + std::to_string(int(int8_t(out.data[k]))) +
               ", oracle says " + std::to_string(int(int8_t(c.outputs[o][k])));
      }
    }
  }
  return "";
}

class OracleTest : public ::testing::TestWithParam<const char*> {};

TEST_P(OracleTest, MatchesPythonOracleBitForBit) {
  ASSERT_FALSE(AllCases().empty()) << "no cases in " << testing::CasesDir()
                                   << "; run tools/tflite/gen_kernel_cases.py --out <that dir>";
  const std::string prefix = std::string(GetParam()) + "_";
  int count = 0;
  for (const OracleCase& c : AllCases()) {
    if (c.name.compare(0, prefix.size(), prefix) != 0 || !std::isdigit(c.name[prefix.size()])) continue;
    ++count;
    EXPECT_EQ(RunCase(c, KernelVariant::kReference), "") << c.name << " (reference kernels)";
    EXPECT_EQ(RunCase(c, KernelVariant::kHost), "") << c.name << " (optimized kernels)";
    EXPECT_EQ(RunCase(c, KernelVariant::kCm0), "") << c.name << " (cm0 kernels)";
  }
  EXPECT_GT(count, 0);
}

INSTANTIATE_TEST_SUITE_P(Ops, OracleTest,
                         ::testing::Values("fully_connected", "conv_2d", "depthwise_conv_2d", "average_pool_2d",
                                           "max_pool_2d", "add", "sub", "mul", "maximum", "minimum", "softmax",
                                           "logistic", "tanh", "relu", "relu6", "reshape", "squeeze", "quantize",
                                           "dequantize", "concatenation", "pad", "transpose", "mean",
                                           "strided_slice"),
                         [](const auto& info) { return std::string(info.param); });

// Whole networks from tools/tflite/gen_network_cases.py: scaled-down DS-CNN,
// MobileNet v1, ResNet-8 and autoencoder graphs, and one mixing the other ops.
INSTANTIATE_TEST_SUITE_P(Networks, OracleTest,
                         ::testing::Values("net_ds_cnn", "net_mobilenet", "net_resnet", "net_autoencoder",
                                           "net_mixed"),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace mote::mlinfer
