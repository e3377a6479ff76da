// bench.cc — cycles of the reference and the Cortex-M0+ int8 kernels on a
// few representative layers, run bare-metal on an emulated RP2040 (run.sh).
//
// For each layer the image fills the operands from a fixed pseudo-random
// sequence, then runs reference::X and cm0::X back to back between BKPT
// markers; run.mjs reads the core's cycle counter at each marker. The two
// outputs are compared byte for byte and the mismatch count reported, so a
// run also checks bit-exactness on the target itself. No libc: the image is
// linked with -nostdlib (libgcc supplies division and 64-bit multiply).
#include <cstddef>
#include <cstdint>

#include "modules/mlinfer/kernels/cm0/conv.h"
#include "modules/mlinfer/kernels/cm0/depthwise_conv.h"
#include "modules/mlinfer/kernels/cm0/fully_connected.h"
#include "modules/mlinfer/kernels/reference/conv.h"
#include "modules/mlinfer/kernels/reference/depthwise_conv.h"
#include "modules/mlinfer/kernels/reference/fully_connected.h"

namespace mlinfer = mote::mlinfer;

extern "C" void* memset(void* d, int c, size_t n) {
  auto* p = static_cast<uint8_t*>(d);
  while (n--) *p++ = static_cast<uint8_t>(c);
  return d;
}
extern "C" void* memcpy(void* d, const void* s, size_t n) {
  auto* p = static_cast<uint8_t*>(d);
  const auto* q = static_cast<const uint8_t*>(s);
  while (n--) *p++ = *q++;
  return d;
}

namespace {

// Markers for run.mjs (start reference, switch to cm0, stop timing, report
// mismatches): the arguments are in r0/r1 when the core stops.
void Begin(const char* name, uint32_t macs) {
  register const char* r0 asm("r0") = name;
  register uint32_t r1 asm("r1") = macs;
  asm volatile("bkpt #1" : : "r"(r0), "r"(r1) : "memory");
}
void Split() { asm volatile("bkpt #2" : : : "memory"); }
void Stop() { asm volatile("bkpt #4" : : : "memory"); }
void Time(const char* name, uint32_t macs) {
  register const char* r0 asm("r0") = name;
  register uint32_t r1 asm("r1") = macs;
  asm volatile("bkpt #5" : : "r"(r0), "r"(r1) : "memory");
}
void Timed() { asm volatile("bkpt #6" : : : "memory"); }
void End(uint32_t mismatches) {
  register uint32_t r0 asm("r0") = mismatches;
  asm volatile("bkpt #3" : : "r"(r0) : "memory");
}

uint32_t state = 12345;
uint32_t Next() {
  state = state * 1664525u + 1013904223u;
  return state >> 8;
}
void Fill(int8_t* p, int32_t n) {
  for (int32_t i = 0; i < n; ++i) p[i] = static_cast<int8_t>(Next());
}

// Buffers shared by all layers, word-aligned as the engine's arena is.
alignas(16) int8_t g_input[16384];
alignas(16) int8_t g_weights[16384];
alignas(16) int8_t g_out_ref[8192];
alignas(16) int8_t g_out_cm0[8192];
int32_t g_bias[256], g_folded[256], g_mult[256], g_shift[256];

// Per-channel requantization like a real layer's: multipliers in [0.5, 1),
// shifts so outputs spread over the int8 range.
void Requant(int32_t channels, int32_t shift) {
  for (int32_t c = 0; c < channels; ++c) {
    g_mult[c] = static_cast<int32_t>(0x40000000u + (Next() << 6));
    g_shift[c] = shift;
    g_bias[c] = static_cast<int32_t>(Next() % 4096) - 2048;
  }
}

// folded[o] = bias[o] + input_offset * sum_k w[o * cs + k * es], as Prepare.
void Fold(int32_t channels, int32_t cs, int32_t es, int32_t count, int32_t input_offset) {
  for (int32_t o = 0; o < channels; ++o) {
    int32_t sum = 0;
    for (int32_t k = 0; k < count; ++k) sum += g_weights[o * cs + k * es];
    g_folded[o] = g_bias[o] + input_offset * sum;
  }
}

uint32_t Mismatches(int32_t n) {
  uint32_t bad = 0;
  for (int32_t i = 0; i < n; ++i) bad += g_out_ref[i] != g_out_cm0[i];
  return bad;
}

void Conv(const char* name, int32_t h, int32_t w, int32_t depth, int32_t out_depth, int32_t k, int32_t stride,
          int32_t shift) {
  mlinfer::ConvParams p;
  p.batches = 1, p.input_h = h, p.input_w = w, p.input_depth = depth, p.filter_depth = depth;
  p.filter_h = p.filter_w = k, p.output_depth = out_depth, p.stride_h = p.stride_w = stride;
  p.output_h = (h + stride - 1) / stride, p.output_w = (w + stride - 1) / stride;  // SAME
  p.pad_h = ((p.output_h - 1) * stride + k - h) / 2, p.pad_w = ((p.output_w - 1) * stride + k - w) / 2;
  p.input_offset = 5, p.output_offset = -3;
  const int32_t window = k * k * depth;
  Fill(g_input, h * w * depth);
  Fill(g_weights, out_depth * window);
  Requant(out_depth, shift);
  Fold(out_depth, window, 1, window, p.input_offset);
  p.multipliers = g_mult, p.shifts = g_shift, p.folded_bias = g_folded;
  const int32_t outputs = p.output_h * p.output_w * out_depth;
  Begin(name, static_cast<uint32_t>(outputs * window));
  mlinfer::reference::Conv(p, g_input, g_weights, g_bias, g_out_ref);
  Split();
  mlinfer::cm0::Conv(p, g_input, g_weights, g_bias, g_out_cm0);
  Stop();
  End(Mismatches(outputs));
}

void Depthwise(const char* name, int32_t h, int32_t w, int32_t depth, int32_t multiplier, int32_t kh, int32_t kw,
               int32_t stride, int32_t shift) {
  mlinfer::DepthwiseParams p;
  p.batches = 1, p.input_h = h, p.input_w = w, p.input_depth = depth, p.depth_multiplier = multiplier;
  p.output_depth = depth * multiplier, p.filter_h = kh, p.filter_w = kw, p.stride_h = p.stride_w = stride;
  p.output_h = (h + stride - 1) / stride, p.output_w = (w + stride - 1) / stride;  // SAME
  p.pad_h = ((p.output_h - 1) * stride + kh - h) / 2, p.pad_w = ((p.output_w - 1) * stride + kw - w) / 2;
  p.input_offset = 128, p.output_offset = -128;
  Fill(g_input, h * w * depth);
  Fill(g_weights, kh * kw * p.output_depth);
  Requant(p.output_depth, shift);
  Fold(p.output_depth, 1, p.output_depth, kh * kw, p.input_offset);
  p.multipliers = g_mult, p.shifts = g_shift, p.folded_bias = g_folded;
  const int32_t outputs = p.output_h * p.output_w * p.output_depth;
  Begin(name, static_cast<uint32_t>(outputs * kh * kw));
  mlinfer::reference::DepthwiseConv(p, g_input, g_weights, g_bias, g_out_ref);
  Split();
  mlinfer::cm0::DepthwiseConv(p, g_input, g_weights, g_bias, g_out_cm0);
  Stop();
  End(Mismatches(outputs));
}

void FullyConnected(const char* name, int32_t in, int32_t out, int32_t shift) {
  mlinfer::FullyConnectedParams p;
  p.batches = 1, p.accum_depth = in, p.output_depth = out, p.channel_stride = 0;
  p.input_offset = 128, p.output_offset = 10;
  Fill(g_input, in);
  Fill(g_weights, in * out);
  Requant(out, shift);
  Fold(out, in, 1, in, p.input_offset);
  p.multipliers = g_mult, p.shifts = g_shift, p.folded_bias = g_folded;
  Begin(name, static_cast<uint32_t>(in * out));
  mlinfer::reference::FullyConnected(p, g_input, g_weights, g_bias, g_out_ref);
  Split();
  mlinfer::cm0::FullyConnected(p, g_input, g_weights, g_bias, g_out_cm0);
  Stop();
  End(Mismatches(out));
}

}  // namespace

// loops.cc, compiled like the cm0 kernels.
void Dot2x2Words(const int8_t* x0, const int8_t* x1, const int8_t* w0, const int8_t* w1, int32_t n4, int32_t* acc);
void Dot1x2Words(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n4, int32_t* acc);
void Dot1x2Bytes(const int8_t* x, const int8_t* w0, const int8_t* w1, int32_t n, int32_t* acc);
int32_t ReferenceDot(const int8_t* x, const int8_t* w, int32_t n, int32_t offset);
int32_t Requantize(const int32_t* acc, int32_t n);

namespace {

// The inner loops alone over 4096-byte runs (one call each, so call
// overhead is negligible).
void InnerLoops() {
  constexpr int32_t n = 4096;
  int32_t acc[4];
  const int8_t* x = g_weights;  // any bytes will do
  Time("reference loop (1 channel, bytes)", n);
  acc[0] = ReferenceDot(x, x + n, n, 3);
  Timed();
  Time("Dot1x2Bytes (1 pixel x 2 channels)", 2 * n);
  Dot1x2Bytes(x, x + n, x + 2 * n, n, acc);
  Timed();
  Time("Dot1x2Words (1 pixel x 2 channels)", 2 * n);
  Dot1x2Words(x, x + n, x + 2 * n, n / 4, acc);
  Timed();
  Time("Dot2x2Words (2 pixels x 2 channels)", 4 * n);
  Dot2x2Words(x, x + n, x + 2 * n, x + 3 * n, n / 4, acc);
  Timed();
  for (int32_t i = 0; i < 256; ++i) g_folded[i] = static_cast<int32_t>(Next() << 4) - (1 << 27);
  Time("RequantizeToInt8 (per output, not MAC)", 256);
  acc[0] += Requantize(g_folded, 256);
  Timed();
  g_bias[0] = acc[0] + acc[1] + acc[2] + acc[3];  // keep the results live
}

}  // namespace

int main() {
  InnerLoops();
  Conv("CONV_2D 16x16x16->16 3x3 SAME", 16, 16, 16, 16, 3, 1, -10);
  Conv("CONV_2D 32x32x3->8 3x3 stride 2", 32, 32, 3, 8, 3, 2, -8);
  Depthwise("DEPTHWISE 16x16x32 3x3 SAME", 16, 16, 32, 1, 3, 3, 1, -8);
  Depthwise("DEPTHWISE 49x40x1 x8 10x8 s2 (micro_speech)", 49, 40, 1, 8, 10, 8, 2, -10);
  FullyConnected("FULLY_CONNECTED 256->64", 256, 64, -10);
  FullyConnected("FULLY_CONNECTED 4000->4 (micro_speech)", 4000, 4, -12);
  return 0;
}
