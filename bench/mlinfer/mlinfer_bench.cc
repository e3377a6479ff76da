// mlinfer_bench.cc — latency and throughput of the mlinfer engine.
//
// Prints, for the reference models in shared/models (hello_world,
// micro_speech), the median Invoke latency, MAC/s and arena size with the
// optimized and the reference kernels; then, for one large CONV_2D,
// DEPTHWISE_CONV_2D and FULLY_CONNECTED layer each, the MAC/s of the
// reference and the optimized kernel. Single-threaded; medians over repeated
// runs after a warm-up.
//
//   build/mlinfer_bench [shared_dir] [--quick]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/kernels/optimized/conv.h"
#include "modules/mlinfer/kernels/optimized/depthwise_conv.h"
#include "modules/mlinfer/kernels/optimized/fully_connected.h"
#include "modules/mlinfer/mlinfer.h"

namespace {

using namespace mote::mlinfer;
using Clock = std::chrono::steady_clock;

class MallocAllocator final : public Allocator {
 public:
  void* Allocate(size_t bytes, size_t alignment) override {
    return std::aligned_alloc(alignment < sizeof(void*) ? sizeof(void*) : alignment,
                              (bytes + alignment - 1) / alignment * alignment);
  }
  void Deallocate(void* p, size_t, size_t) override { std::free(p); }
};

struct Timing {
  double median = 0;  // seconds per call
  double best = 0;
};

// Seconds per call of f over `runs` timed batches of `inner` calls. The
// median is the figure to quote; the best batch shows the uncontended speed
// on a shared machine.
template <typename F>
Timing Time(F&& f, int runs, int inner) {
  for (int i = 0; i < inner; ++i) f();  // warm-up
  std::vector<double> samples;
  for (int r = 0; r < runs; ++r) {
    const auto start = Clock::now();
    for (int i = 0; i < inner; ++i) f();
    samples.push_back(std::chrono::duration<double>(Clock::now() - start).count() / inner);
  }
  std::sort(samples.begin(), samples.end());
  return Timing{samples[samples.size() / 2], samples[0]};
}

std::vector<uint8_t> ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

void BenchModel(const std::string& dir, const char* file, bool quick) {
  const std::vector<uint8_t> bytes = ReadFile(dir + "/models/" + file);
  if (bytes.empty()) {
    std::printf("%-32s cannot read %s/models/%s\n", file, dir.c_str(), file);
    return;
  }
  for (bool reference : {false, true}) {
    MallocAllocator allocator;
    Model model;
    LoadOptions options;
    options.prefer_reference_kernels = reference;
    Status s = model.Load(bytes, allocator, options);
    if (s.ok()) s = model.AllocateTensors();
    if (!s.ok()) {
      std::printf("%-32s %s\n", file, s.message());
      return;
    }
    std::mt19937 rng(1);
    for (size_t i = 0; i < model.input(0).bytes; ++i) model.input(0).data[i] = static_cast<uint8_t>(rng());
    const Timing t = Time([&] { model.Invoke().IgnoreError(); }, quick ? 5 : 31, quick ? 20 : 200);
    std::printf("%-30s %-9s median %8.2f us (best %8.2f)  %6.3f GMAC/s  %6llu MACs  arena %5zu B  persistent %4zu B\n",
                file, reference ? "reference" : "optimized", t.median * 1e6, t.best * 1e6,
                model.macs_per_invoke() / t.median / 1e9, static_cast<unsigned long long>(model.macs_per_invoke()),
                model.arena_bytes_required(), model.persistent_bytes());
  }
}

std::vector<int8_t> RandomInt8(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<int8_t> v(n);
  for (auto& x : v) x = static_cast<int8_t>(rng());
  return v;
}

struct Requant {
  std::vector<int32_t> multipliers, shifts, bias;
  explicit Requant(int32_t channels)
      : multipliers(channels, 1 << 30), shifts(channels, -8), bias(channels, 100) {}
};

void Report(const char* layer, double macs, Timing reference, Timing optimized) {
  std::printf("%-40s reference %6.3f GMAC/s (best %6.3f)   optimized %6.3f GMAC/s (best %6.3f)   x%.1f\n", layer,
              macs / reference.median / 1e9, macs / reference.best / 1e9, macs / optimized.median / 1e9,
              macs / optimized.best / 1e9, reference.median / optimized.median);
}

void BenchConv(bool quick) {
  ConvParams p;
  p.batches = 1, p.input_h = p.input_w = 32, p.input_depth = 64, p.filter_depth = 64, p.output_depth = 64;
  p.filter_h = p.filter_w = 3, p.pad_h = p.pad_w = 1, p.output_h = p.output_w = 32;
  p.input_offset = 5;
  Requant q(p.output_depth);
  p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data(), p.folded_bias = q.bias.data();
  const auto x = RandomInt8(32 * 32 * 64, 1), w = RandomInt8(64 * 9 * 64, 2);
  std::vector<int8_t> out(32 * 32 * 64);
  const double macs = 32.0 * 32 * 64 * 9 * 64;
  const Timing ref = Time([&] { reference::Conv(p, x.data(), w.data(), q.bias.data(), out.data()); },
                                   quick ? 3 : 7, 1);
  const Timing opt = Time([&] { optimized::Conv(p, x.data(), w.data(), q.bias.data(), out.data()); },
                                   quick ? 5 : 21, quick ? 2 : 10);
  Report("CONV_2D 1x32x32x64 -> 64, 3x3 SAME", macs, ref, opt);
}

void BenchDepthwise(bool quick) {
  DepthwiseParams p;
  p.batches = 1, p.input_h = p.input_w = 56, p.input_depth = 128, p.output_depth = 128, p.depth_multiplier = 1;
  p.filter_h = p.filter_w = 3, p.pad_h = p.pad_w = 1, p.output_h = p.output_w = 56;
  p.input_offset = 5;
  Requant q(p.output_depth);
  p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data(), p.folded_bias = q.bias.data();
  const auto x = RandomInt8(56 * 56 * 128, 1), w = RandomInt8(9 * 128, 2);
  std::vector<int8_t> out(56 * 56 * 128);
  const double macs = 56.0 * 56 * 128 * 9;
  const Timing ref = Time(
      [&] { reference::DepthwiseConv(p, x.data(), w.data(), q.bias.data(), out.data()); }, quick ? 3 : 7, 1);
  const Timing opt = Time(
      [&] { optimized::DepthwiseConv(p, x.data(), w.data(), q.bias.data(), out.data()); }, quick ? 5 : 21,
      quick ? 2 : 10);
  Report("DEPTHWISE_CONV_2D 1x56x56x128, 3x3 SAME", macs, ref, opt);
}

void BenchFullyConnected(bool quick) {
  FullyConnectedParams p;
  p.batches = 1, p.accum_depth = 1024, p.output_depth = 1024, p.input_offset = 5, p.channel_stride = 0;
  Requant q(p.output_depth);
  p.multipliers = q.multipliers.data(), p.shifts = q.shifts.data(), p.folded_bias = q.bias.data();
  const auto x = RandomInt8(1024, 1), w = RandomInt8(1024 * 1024, 2);
  std::vector<int8_t> out(1024);
  const double macs = 1024.0 * 1024;
  const Timing ref = Time(
      [&] { reference::FullyConnected(p, x.data(), w.data(), q.bias.data(), out.data()); }, quick ? 3 : 9,
      quick ? 2 : 5);
  const Timing opt = Time(
      [&] { optimized::FullyConnected(p, x.data(), w.data(), q.bias.data(), out.data()); }, quick ? 5 : 31,
      quick ? 20 : 100);
  Report("FULLY_CONNECTED 1024 -> 1024", macs, ref, opt);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = MLINFER_SHARED_DIR;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      quick = true;
    } else {
      dir = argv[i];
    }
  }
  std::printf("mlinfer_bench (single thread; optimized kernels %s)\n\n", kHaveOptimizedKernels ? "built in" : "absent");
  BenchModel(dir, "hello_world_int8.tflite", quick);
  BenchModel(dir, "micro_speech_quantized.tflite", quick);
  std::printf("\n");
  BenchConv(quick);
  BenchDepthwise(quick);
  BenchFullyConnected(quick);
  return 0;
}
