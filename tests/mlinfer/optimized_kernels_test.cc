// optimized_kernels_test.cc — each optimized kernel, host (kernels/optimized)
// and Cortex-M0+ (kernels/cm0), is bit-exact with its reference kernel on
// many random shapes and parameters: odd sizes, block remainders (channels
// not a multiple of 2, 4 or 64, runs not a multiple of 4), aligned and
// misaligned buffers (the cm0 kernels load words only when aligned), borders
// on every side, strides, dilations, groups, depth multipliers, per-channel
// multipliers and extreme offsets.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "modules/mlinfer/kernels/cm0/conv.h"
#include "modules/mlinfer/kernels/cm0/depthwise_conv.h"
#include "modules/mlinfer/kernels/cm0/fully_connected.h"
#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/kernels/optimized/conv.h"
#include "modules/mlinfer/kernels/optimized/depthwise_conv.h"
#include "modules/mlinfer/kernels/optimized/fully_connected.h"

namespace mote::mlinfer {
namespace {

class Random {
 public:
  explicit Random(uint32_t seed) : rng_(seed) {}
  int32_t Int(int32_t lo, int32_t hi) { return std::uniform_int_distribution<int32_t>(lo, hi)(rng_); }
  std::vector<int8_t> Int8s(size_t n) {
    std::vector<int8_t> v(n);
    for (auto& x : v) x = static_cast<int8_t>(Int(-128, 127));
    return v;
  }
  std::vector<int32_t> Int32s(size_t n, int32_t lo, int32_t hi) {
    std::vector<int32_t> v(n);
    for (auto& x : v) x = Int(lo, hi);
    return v;
  }

 private:
  std::mt19937 rng_;
};

// Random requantization and activation parameters for `channels` channels.
struct Requant {
  std::vector<int32_t> multipliers, shifts;
  int32_t input_offset, output_offset, activation_min, activation_max;

  Requant(Random& r, int32_t channels) {
    multipliers = r.Int32s(channels, 1 << 30, INT32_MAX);
    shifts = r.Int32s(channels, -14, 1);
    input_offset = r.Int(-127, 128);
    if (r.Int(0, 4) == 0) input_offset = r.Int(0, 1) == 0 ? -127 : 128;  // the extremes
    output_offset = r.Int(-128, 127);
    activation_min = r.Int(-128, 0);
    activation_max = r.Int(activation_min, 127);
  }
};

// bias[o] + input_offset * sum of weights of channel o (wrapping).
std::vector<int32_t> Fold(const std::vector<int8_t>& w, int32_t channels, int32_t channel_stride,
                          int32_t element_stride, int32_t count, const int32_t* bias, int32_t input_offset) {
  std::vector<int32_t> folded(channels);
  for (int32_t c = 0; c < channels; ++c) {
    int64_t sum = 0;
    for (int32_t k = 0; k < count; ++k) sum += w[c * channel_stride + k * element_stride];
    folded[c] = static_cast<int32_t>(static_cast<uint32_t>(input_offset) * static_cast<uint32_t>(sum) +
                                     static_cast<uint32_t>(bias ? bias[c] : 0));
  }
  return folded;
}

// Output size and padding, as TFLite computes them.
void Window(Random& r, int32_t in, int32_t filter, int32_t stride, int32_t dilation, int32_t* out, int32_t* pad) {
  const int32_t effective = (filter - 1) * dilation + 1;
  const bool same = effective > in || r.Int(0, 1) == 0;
  *out = same ? (in + stride - 1) / stride : (in + stride - effective) / stride;
  *pad = std::max(0, ((*out - 1) * stride + effective - in)) / 2;
}

// A copy of `v` starting `shift` bytes past a 16-byte boundary (the vector's
// own storage), so kernels see aligned and misaligned operands.
class Shifted {
 public:
  Shifted(const std::vector<int8_t>& v, int32_t shift) : storage_(v.size() + 3), shift_(shift) {
    std::copy(v.begin(), v.end(), storage_.begin() + shift);
  }
  const int8_t* data() const { return storage_.data() + shift_; }

 private:
  std::vector<int8_t> storage_;
  int32_t shift_;
};

// Half the cases use 4-byte-aligned buffers, half a random misalignment.
int32_t RandomShift(Random& r) { return r.Int(0, 1) == 0 ? 0 : r.Int(1, 3); }

void RunKernel(KernelVariant v, const FullyConnectedParams& p, const int8_t* x, const int8_t* w, const int32_t* b,
         int8_t* out) {
  if (v == KernelVariant::kCm0) return cm0::FullyConnected(p, x, w, b, out);
  optimized::FullyConnected(p, x, w, b, out);
}
void RunKernel(KernelVariant v, const ConvParams& p, const int8_t* x, const int8_t* w, const int32_t* b, int8_t* out) {
  if (v == KernelVariant::kCm0) return cm0::Conv(p, x, w, b, out);
  optimized::Conv(p, x, w, b, out);
}
void RunKernel(KernelVariant v, const DepthwiseParams& p, const int8_t* x, const int8_t* w, const int32_t* b,
         int8_t* out) {
  if (v == KernelVariant::kCm0) return cm0::DepthwiseConv(p, x, w, b, out);
  optimized::DepthwiseConv(p, x, w, b, out);
}

class OptimizedKernels : public ::testing::TestWithParam<KernelVariant> {
 protected:
  KernelVariant variant() const { return GetParam(); }
};

INSTANTIATE_TEST_SUITE_P(Variants, OptimizedKernels, ::testing::Values(KernelVariant::kHost, KernelVariant::kCm0),
                         [](const auto& info) { return info.param == KernelVariant::kCm0 ? "Cm0" : "Host"; });

TEST(OptimizedKernelsBuild, AreCompiledIn) {
  EXPECT_TRUE(kHaveOptimizedKernels);
  EXPECT_TRUE(kHaveCm0Kernels);
  EXPECT_EQ(kDefaultKernels, KernelVariant::kHost);
  EXPECT_EQ(ChooseKernels(false, true), KernelVariant::kCm0);
  EXPECT_EQ(ChooseKernels(true, true), KernelVariant::kReference);
}

TEST_P(OptimizedKernels, FullyConnectedMatchesReference) {
  Random r(1);
  for (int iteration = 0; iteration < 600; ++iteration) {
    FullyConnectedParams p;
    p.batches = r.Int(1, 4), p.output_depth = r.Int(1, 70), p.accum_depth = r.Int(1, 300);
    if (iteration % 3 == 0) p.accum_depth = 4 * r.Int(1, 75);  // whole words per row
    Requant q(r, p.output_depth);
    p.channel_stride = r.Int(0, 1);
    p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data();
    p.input_offset = q.input_offset, p.output_offset = q.output_offset;
    p.activation_min = q.activation_min, p.activation_max = q.activation_max;
    const auto x = r.Int8s(size_t(p.batches) * p.accum_depth);
    const auto w = r.Int8s(size_t(p.output_depth) * p.accum_depth);
    const auto bias = r.Int32s(p.output_depth, -100000, 100000);
    const int32_t* b = r.Int(0, 3) == 0 ? nullptr : bias.data();
    const auto folded = Fold(w, p.output_depth, p.accum_depth, 1, p.accum_depth, b, p.input_offset);
    p.folded_bias = folded.data();
    std::vector<int8_t> expected(size_t(p.batches) * p.output_depth), actual(expected.size());
    reference::FullyConnected(p, x.data(), w.data(), b, expected.data());
    const Shifted xs(x, RandomShift(r)), ws(w, RandomShift(r));
    RunKernel(variant(), p, xs.data(), ws.data(), b, actual.data());
    ASSERT_EQ(actual, expected) << "iteration " << iteration;
  }
}

ConvParams RandomConv(Random& r, bool big_windows) {
  ConvParams p;
  p.batches = r.Int(1, 2);
  p.input_h = r.Int(1, 14), p.input_w = r.Int(1, 14);
  p.filter_depth = r.Int(0, 2) == 0 ? 4 * r.Int(1, 6) : r.Int(1, 24);
  const int32_t groups = r.Int(0, 3) == 0 ? r.Int(2, 3) : 1;
  p.input_depth = p.filter_depth * groups;
  p.output_depth = groups * r.Int(1, 13);
  p.filter_h = r.Int(1, big_windows ? 9 : 5), p.filter_w = r.Int(1, big_windows ? 9 : 5);
  p.stride_h = r.Int(1, 3), p.stride_w = r.Int(1, 3);
  p.dilation_h = r.Int(0, 3) == 0 ? r.Int(2, 3) : 1, p.dilation_w = r.Int(0, 3) == 0 ? r.Int(2, 3) : 1;
  Window(r, p.input_h, p.filter_h, p.stride_h, p.dilation_h, &p.output_h, &p.pad_h);
  Window(r, p.input_w, p.filter_w, p.stride_w, p.dilation_w, &p.output_w, &p.pad_w);
  return p;
}

void CheckConv(KernelVariant variant, Random& r, ConvParams p, int iteration) {
  Requant q(r, p.output_depth);
  p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data();
  p.input_offset = q.input_offset, p.output_offset = q.output_offset;
  p.activation_min = q.activation_min, p.activation_max = q.activation_max;
  const int32_t window = p.filter_h * p.filter_w * p.filter_depth;
  const auto x = r.Int8s(size_t(p.batches) * p.input_h * p.input_w * p.input_depth);
  const auto w = r.Int8s(size_t(p.output_depth) * window);
  const auto bias = r.Int32s(p.output_depth, -100000, 100000);
  const int32_t* b = r.Int(0, 3) == 0 ? nullptr : bias.data();
  const auto folded = Fold(w, p.output_depth, window, 1, window, b, p.input_offset);
  p.folded_bias = folded.data();
  std::vector<int8_t> expected(size_t(p.batches) * p.output_h * p.output_w * p.output_depth), actual(expected.size());
  reference::Conv(p, x.data(), w.data(), b, expected.data());
  const Shifted xs(x, RandomShift(r)), ws(w, RandomShift(r));
  RunKernel(variant, p, xs.data(), ws.data(), b, actual.data());
  ASSERT_EQ(actual, expected) << "iteration " << iteration << ": in " << p.input_h << "x" << p.input_w << "x"
                              << p.input_depth << " filter " << p.filter_h << "x" << p.filter_w << "x"
                              << p.filter_depth << " out depth " << p.output_depth << " stride " << p.stride_h << ","
                              << p.stride_w << " dilation " << p.dilation_h << "," << p.dilation_w;
}

TEST_P(OptimizedKernels, ConvMatchesReference) {
  Random r(2);
  for (int iteration = 0; iteration < 600; ++iteration) CheckConv(variant(), r, RandomConv(r, false), iteration);
}

TEST_P(OptimizedKernels, ConvWithManyRunsPerWindowMatchesReference) {
  // Width-dilated or grouped 9x9 windows need more than the 64 runs the fast
  // path collects and take the per-tap path.
  Random r(3);
  for (int iteration = 0; iteration < 100; ++iteration) CheckConv(variant(), r, RandomConv(r, true), iteration);
  for (int iteration = 0; iteration < 20; ++iteration) {
    ConvParams p = RandomConv(r, true);
    p.input_h = p.input_w = 24, p.filter_h = p.filter_w = 9, p.dilation_w = 2, p.stride_h = p.stride_w = 2;
    Window(r, p.input_h, p.filter_h, p.stride_h, p.dilation_h, &p.output_h, &p.pad_h);
    Window(r, p.input_w, p.filter_w, p.stride_w, p.dilation_w, &p.output_w, &p.pad_w);
    CheckConv(variant(), r, p, 1000 + iteration);
  }
}

TEST_P(OptimizedKernels, DepthwiseConvMatchesReference) {
  Random r(4);
  for (int iteration = 0; iteration < 600; ++iteration) {
    DepthwiseParams p;
    p.batches = r.Int(1, 2);
    p.input_h = r.Int(1, 16), p.input_w = r.Int(1, 16);
    p.input_depth = r.Int(0, 2) == 0 ? r.Int(1, 3) : r.Int(1, 90);
    p.depth_multiplier = r.Int(0, 2) == 0 ? r.Int(2, 9) : 1;
    p.output_depth = p.input_depth * p.depth_multiplier;
    p.filter_h = r.Int(1, 10), p.filter_w = r.Int(1, 10);
    p.stride_h = r.Int(1, 3), p.stride_w = r.Int(1, 3);
    p.dilation_h = r.Int(0, 3) == 0 ? r.Int(2, 3) : 1, p.dilation_w = r.Int(0, 3) == 0 ? r.Int(2, 3) : 1;
    Window(r, p.input_h, p.filter_h, p.stride_h, p.dilation_h, &p.output_h, &p.pad_h);
    Window(r, p.input_w, p.filter_w, p.stride_w, p.dilation_w, &p.output_w, &p.pad_w);
    Requant q(r, p.output_depth);
    p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data();
    p.input_offset = q.input_offset, p.output_offset = q.output_offset;
    p.activation_min = q.activation_min, p.activation_max = q.activation_max;
    const auto x = r.Int8s(size_t(p.batches) * p.input_h * p.input_w * p.input_depth);
    const auto w = r.Int8s(size_t(p.filter_h) * p.filter_w * p.output_depth);
    const auto bias = r.Int32s(p.output_depth, -100000, 100000);
    const int32_t* b = r.Int(0, 3) == 0 ? nullptr : bias.data();
    const auto folded = Fold(w, p.output_depth, 1, p.output_depth, p.filter_h * p.filter_w, b, p.input_offset);
    p.folded_bias = folded.data();
    std::vector<int8_t> expected(size_t(p.batches) * p.output_h * p.output_w * p.output_depth),
        actual(expected.size());
    reference::DepthwiseConv(p, x.data(), w.data(), b, expected.data());
    const Shifted xs(x, RandomShift(r)), ws(w, RandomShift(r));
    RunKernel(variant(), p, xs.data(), ws.data(), b, actual.data());
    ASSERT_EQ(actual, expected) << "iteration " << iteration << ": in " << p.input_h << "x" << p.input_w << "x"
                                << p.input_depth << " multiplier " << p.depth_multiplier << " filter " << p.filter_h
                                << "x" << p.filter_w;
  }
}

}  // namespace
}  // namespace mote::mlinfer
