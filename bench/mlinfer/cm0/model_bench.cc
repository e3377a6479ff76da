// model_bench.cc — cycles of one whole micro_speech Invoke on an emulated
// RP2040, with the reference and with the cm0 kernels (run.sh, run.mjs).
//
// The engine is linked as an MCU build links it (MLINFER_KERNELS_CM0), the
// model and the "yes" features are embedded (models.S), and the persistent
// metadata and the arena come from a FixedBufferAllocator over a static
// array. Each variant's Invoke is timed between BKPT #5/#6 and its four
// scores compared with the documented ones ([-128, -128, 127, -128]),
// reported by BKPT #7 (r0 = scores that differ; 255 if Load failed).
#include <cstdint>
#include <cstring>
#include <span>

#include "modules/mlinfer/mlinfer.h"

extern "C" const uint8_t micro_speech_model[], micro_speech_model_end[];
extern "C" const uint8_t yes_features[], yes_features_end[];

namespace mlinfer = mote::mlinfer;

namespace {

void Time(const char* name, uint32_t macs) {
  register const char* r0 asm("r0") = name;
  register uint32_t r1 asm("r1") = macs;
  asm volatile("bkpt #5" : : "r"(r0), "r"(r1) : "memory");
}
void Timed() { asm volatile("bkpt #6" : : : "memory"); }
void Check(uint32_t wrong) {
  register uint32_t r0 asm("r0") = wrong;
  asm volatile("bkpt #7" : : "r"(r0) : "memory");
}

alignas(16) uint8_t g_memory[32768];

void Run(const char* name, bool reference) {
  mlinfer::FixedBufferAllocator allocator(g_memory);
  mlinfer::Model model;
  mlinfer::LoadOptions options;
  options.prefer_reference_kernels = reference;
  const std::span<const uint8_t> bytes(micro_speech_model, micro_speech_model_end);
  if (!model.Load(bytes, allocator, options).ok() || !model.AllocateTensors().ok() ||
      model.input(0).bytes != size_t(yes_features_end - yes_features)) {
    return Check(255);
  }
  std::memcpy(model.input(0).data, yes_features, model.input(0).bytes);
  Time(name, static_cast<uint32_t>(model.macs_per_invoke()));
  const bool ok = model.Invoke().ok();
  Timed();
  const int8_t expected[4] = {-128, -128, 127, -128};
  const auto* scores = reinterpret_cast<const int8_t*>(model.output(0).data);
  uint32_t wrong = ok ? 0 : 4;
  for (int i = 0; ok && i < 4; ++i) wrong += scores[i] != expected[i];
  Check(wrong);
}

}  // namespace

int main() {
  Run("micro_speech Invoke, reference kernels", true);
  Run("micro_speech Invoke, cm0 kernels", false);
  return 0;
}
