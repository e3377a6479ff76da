// mlinfer_fuzz.cc — libFuzzer target for the mlinfer loader, verifier,
// planner and kernels.
//
// Each input is treated as a .tflite file: Load (parse + verify + Prepare +
// plan) with a bounded allocator, then, if the model fits a 256 KiB arena
// and costs at most 20 M multiply-accumulates, AllocateTensors and one
// Invoke on deterministic input bytes. The kernel set (host-optimized,
// Cortex-M0+ or reference) is chosen from the input's length, so all three
// see every kind of model. Any crash, sanitizer report or leak
// is a bug: the model is untrusted input. Built and run by
// run_mlinfer_fuzz.sh (clang, -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <span>

#include "modules/mlinfer/mlinfer.h"

namespace {

using namespace mote::mlinfer;

constexpr size_t kPersistentBytes = 4 << 20;
constexpr size_t kArenaBytes = 256 << 10;
constexpr uint64_t kMaxMacs = 20'000'000;

alignas(16) uint8_t persistent[kPersistentBytes];
alignas(16) uint8_t arena[kArenaBytes];

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FixedBufferAllocator allocator(std::span<uint8_t>(persistent, sizeof persistent));
  Model model;
  LoadOptions options;
  options.prefer_cm0_kernels = size % 3 == 1;
  options.prefer_reference_kernels = size % 3 == 2;
  if (!model.Load(std::span<const uint8_t>(data, size), allocator, options).ok()) return 0;
  if (model.arena_bytes_required() > kArenaBytes || model.macs_per_invoke() > kMaxMacs) return 0;
  if (!model.AllocateTensors(std::span<uint8_t>(arena, sizeof arena)).ok()) __builtin_trap();
  for (size_t i = 0; i < model.input_count(); ++i) {
    const TensorInfo in = model.input(i);
    for (size_t k = 0; k < in.bytes; ++k) in.data[k] = static_cast<uint8_t>(k * 37 + i);
  }
  if (!model.Invoke().ok()) __builtin_trap();
  return 0;
}
