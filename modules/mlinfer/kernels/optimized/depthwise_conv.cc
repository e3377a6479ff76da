// optimized/depthwise_conv.cc — see depthwise_conv.h. Built with -O3 on the host.
//
// For each output pixel, output channels are processed in chunks of 16 whose
// accumulators stay in vector registers across the whole window. A chunk
// reads its input channels in one of three ways, chosen once per chunk:
// contiguously (depth multiplier 1), as one broadcast value (the whole chunk
// comes from one input channel, e.g. micro_speech's 1 x 8), or through a
// small index table (other multipliers).
#include "modules/mlinfer/kernels/optimized/depthwise_conv.h"

#include "modules/mlinfer/kernels/optimized/dot.h"

namespace mote::mlinfer::optimized {
namespace {

constexpr int32_t kChunk = 16;

struct Taps {
  int32_t fy0, fy1, fx0, fx1;
  bool interior;
};

enum class Gather { kContiguous, kBroadcast, kIndexed };

struct Chunk {
  int32_t first = 0;  // first output channel
  int32_t n = 0;      // channels in this chunk, <= kChunk
  Gather gather = Gather::kContiguous;
  int32_t channel = 0;          // input channel of output channel `first`
  int32_t index[kChunk] = {};  // kIndexed: input channel of each output channel, minus `channel`
};

Chunk MakeChunk(const DepthwiseParams& p, int32_t first) {
  Chunk c;
  c.first = first;
  c.n = p.output_depth - first < kChunk ? p.output_depth - first : kChunk;
  const int32_t m = p.depth_multiplier;
  c.channel = first / m;
  if (m == 1) {
    c.gather = Gather::kContiguous;
  } else if ((first + c.n - 1) / m == c.channel) {
    c.gather = Gather::kBroadcast;
  } else {
    c.gather = Gather::kIndexed;
    for (int32_t j = 0; j < c.n; ++j) c.index[j] = (first + j) / m - c.channel;
  }
  return c;
}

// Sums the chunk over the window: acc[j] += w[j] * x[j] per tap (x offset to
// the chunk's first input channel) and, at borders, sums[j] += w[j]. N is
// the chunk width when known at compile time (0: c.n), so the fixed-width
// loops keep acc and sums in vector registers across the taps.
template <Gather kGather, int32_t N, bool kBorder>
void Accumulate(const DepthwiseParams& p, const int8_t* image, const int8_t* filter, int32_t iy0, int32_t ix0,
                const Taps& t, const Chunk& c, int32_t* acc_out, int32_t* sums_out) {
  const int32_t n = N > 0 ? N : c.n;
  int32_t acc[kChunk] = {};
  int32_t sums[kChunk] = {};
  for (int32_t fy = t.fy0; fy < t.fy1; ++fy) {
    const int8_t* row = image + (iy0 + fy * p.dilation_h) * p.input_w * p.input_depth + c.channel;
    const int8_t* __restrict w = filter + (fy * p.filter_w + t.fx0) * p.output_depth + c.first;
    for (int32_t fx = t.fx0; fx < t.fx1; ++fx, w += p.output_depth) {
      const int8_t* __restrict x = row + (ix0 + fx * p.dilation_w) * p.input_depth;
      // An int8 x int8 product fits in int16 (|p| <= 2^14); saying so lets
      // the compiler multiply 16-bit lanes (pmullw) instead of 32-bit ones,
      // which baseline x86-64 lacks.
      if constexpr (kGather == Gather::kContiguous) {
        for (int32_t j = 0; j < n; ++j) acc[j] += static_cast<int16_t>(w[j] * x[j]);
      } else if constexpr (kGather == Gather::kBroadcast) {
        const int16_t xv = x[0];
        for (int32_t j = 0; j < n; ++j) acc[j] += static_cast<int16_t>(xv * w[j]);
      } else {
        for (int32_t j = 0; j < n; ++j) acc[j] += int32_t{w[j]} * x[c.index[j]];
      }
      if constexpr (kBorder) {
        for (int32_t j = 0; j < n; ++j) sums[j] += w[j];
      }
    }
  }
  for (int32_t j = 0; j < n; ++j) acc_out[j] = acc[j];
  if constexpr (kBorder) {
    for (int32_t j = 0; j < n; ++j) sums_out[j] = sums[j];
  }
}

template <Gather kGather, bool kBorder>
void AccumulateAnyWidth(const DepthwiseParams& p, const int8_t* image, const int8_t* filter, int32_t iy0,
                        int32_t ix0, const Taps& t, const Chunk& c, int32_t* acc, int32_t* sums) {
  if (c.n == 16) return Accumulate<kGather, 16, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
  if (c.n == 8) return Accumulate<kGather, 8, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
  Accumulate<kGather, 0, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
}

template <bool kBorder>
void AccumulateChunk(const DepthwiseParams& p, const int8_t* image, const int8_t* filter, int32_t iy0, int32_t ix0,
                     const Taps& t, const Chunk& c, int32_t* acc, int32_t* sums) {
  switch (c.gather) {
    case Gather::kContiguous:
      return AccumulateAnyWidth<Gather::kContiguous, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
    case Gather::kBroadcast:
      return AccumulateAnyWidth<Gather::kBroadcast, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
    case Gather::kIndexed:
      return Accumulate<Gather::kIndexed, 0, kBorder>(p, image, filter, iy0, ix0, t, c, acc, sums);
  }
}

void ChunkAt(const DepthwiseParams& p, const int8_t* image, const int8_t* filter, const int32_t* bias, int32_t iy0,
             int32_t ix0, const Taps& t, const Chunk& c, int8_t* out) {
  int32_t acc[kChunk];
  int32_t sums[kChunk];
  if (t.interior) {
    AccumulateChunk<false>(p, image, filter, iy0, ix0, t, c, acc, sums);
  } else {
    AccumulateChunk<true>(p, image, filter, iy0, ix0, t, c, acc, sums);
  }
  for (int32_t j = 0; j < c.n; ++j) {
    const int32_t o = c.first + j;
    int32_t total;
    if (t.interior) {
      total = WrapAdd(acc[j], p.folded_bias[o]);
    } else {
      total = WrapAdd(acc[j], static_cast<int32_t>(static_cast<uint32_t>(p.input_offset) * static_cast<uint32_t>(sums[j])));
      if (bias != nullptr) total = WrapAdd(total, bias[o]);
    }
    out[o] = RequantizeToInt8(total, p.multipliers[o], p.shifts[o], p.output_offset, p.activation_min,
                              p.activation_max);
  }
}

}  // namespace

void DepthwiseConv(const DepthwiseParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias,
                   int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* image = input + b * p.input_h * p.input_w * p.input_depth;
    for (int32_t oy = 0; oy < p.output_h; ++oy) {
      const int32_t iy0 = oy * p.stride_h - p.pad_h;
      Taps t;
      ValidTaps(iy0, p.dilation_h, p.filter_h, p.input_h, &t.fy0, &t.fy1);
      for (int32_t ox = 0; ox < p.output_w; ++ox) {
        const int32_t ix0 = ox * p.stride_w - p.pad_w;
        ValidTaps(ix0, p.dilation_w, p.filter_w, p.input_w, &t.fx0, &t.fx1);
        t.interior = t.fy0 == 0 && t.fy1 == p.filter_h && t.fx0 == 0 && t.fx1 == p.filter_w;
        int8_t* out = output + ((b * p.output_h + oy) * p.output_w + ox) * p.output_depth;
        for (int32_t first = 0; first < p.output_depth; first += kChunk) {
          ChunkAt(p, image, filter, bias, iy0, ix0, t, MakeChunk(p, first), out);
        }
      }
    }
  }
}

}  // namespace mote::mlinfer::optimized
