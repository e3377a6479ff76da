// optimized/conv.cc — see conv.h. Built with -O3 on the host.
#include "modules/mlinfer/kernels/optimized/conv.h"

#include "modules/mlinfer/kernels/optimized/dot.h"

namespace mote::mlinfer::optimized {
namespace {

// The input runs of one output pixel's window, for one group: up to
// filter_h x filter_w runs of (input pointer, offset into a filter, length).
struct Run {
  const int8_t* input;
  int32_t filter_offset;
  int32_t length;
};

struct Window {
  Run runs[64];
  int32_t count = 0;
  bool interior = false;
};

// Fills `w` (or returns false if it would need more than 64 runs).
bool CollectRuns(const ConvParams& p, const int8_t* image, int32_t iy0, int32_t ix0, int32_t group, Window* w) {
  int32_t fy0, fy1, fx0, fx1;
  ValidTaps(iy0, p.dilation_h, p.filter_h, p.input_h, &fy0, &fy1);
  ValidTaps(ix0, p.dilation_w, p.filter_w, p.input_w, &fx0, &fx1);
  w->interior = fy0 == 0 && fy1 == p.filter_h && fx0 == 0 && fx1 == p.filter_w;
  w->count = 0;
  const bool whole_rows = p.dilation_w == 1 && p.filter_depth == p.input_depth;
  for (int32_t fy = fy0; fy < fy1; ++fy) {
    const int8_t* row = image + (iy0 + fy * p.dilation_h) * p.input_w * p.input_depth + group * p.filter_depth;
    const int32_t filter_row = fy * p.filter_w * p.filter_depth;
    if (whole_rows) {
      if (fx1 <= fx0) break;
      if (w->count == 64) return false;
      w->runs[w->count++] = Run{row + (ix0 + fx0) * p.input_depth, filter_row + fx0 * p.filter_depth,
                                (fx1 - fx0) * p.filter_depth};
      continue;
    }
    for (int32_t fx = fx0; fx < fx1; ++fx) {
      if (w->count == 64) return false;
      w->runs[w->count++] =
          Run{row + (ix0 + fx * p.dilation_w) * p.input_depth, filter_row + fx * p.filter_depth, p.filter_depth};
    }
  }
  return true;
}

inline int8_t Finish(const ConvParams& p, const int32_t* bias, const Window& w, int32_t o, int32_t acc,
                     int32_t weight_sum) {
  int32_t total;
  if (w.interior) {
    total = WrapAdd(acc, p.folded_bias[o]);
  } else {
    total = WrapAdd(acc, static_cast<int32_t>(static_cast<uint32_t>(p.input_offset) * static_cast<uint32_t>(weight_sum)));
    if (bias != nullptr) total = WrapAdd(total, bias[o]);
  }
  return RequantizeToInt8(total, p.multipliers[o], p.shifts[o], p.output_offset, p.activation_min, p.activation_max);
}

// Output channels [first, end) of one pixel from the runs in `w`.
void Channels(const ConvParams& p, const int8_t* filter, const int32_t* bias, const Window& w, int32_t first,
              int32_t end, int8_t* out) {
  const int32_t filter_stride = p.filter_h * p.filter_w * p.filter_depth;
  int32_t o = first;
  for (; o + 4 <= end; o += 4) {
    int32_t acc[4] = {0, 0, 0, 0};
    int32_t sums[4] = {0, 0, 0, 0};
    const int8_t* f = filter + o * filter_stride;
    for (int32_t r = 0; r < w.count; ++r) {
      Dot4(w.runs[r].input, f + w.runs[r].filter_offset, filter_stride, w.runs[r].length, acc);
      if (!w.interior) {
        for (int32_t j = 0; j < 4; ++j) sums[j] += Sum(f + j * filter_stride + w.runs[r].filter_offset, w.runs[r].length);
      }
    }
    for (int32_t j = 0; j < 4; ++j) out[o + j] = Finish(p, bias, w, o + j, acc[j], sums[j]);
  }
  for (; o < end; ++o) {
    int32_t acc = 0, sum = 0;
    const int8_t* f = filter + o * filter_stride;
    for (int32_t r = 0; r < w.count; ++r) {
      acc += Dot(w.runs[r].input, f + w.runs[r].filter_offset, w.runs[r].length);
      if (!w.interior) sum += Sum(f + w.runs[r].filter_offset, w.runs[r].length);
    }
    out[o] = Finish(p, bias, w, o, acc, sum);
  }
}

// One output pixel the slow way, for windows with more than 64 runs.
void PixelByTaps(const ConvParams& p, const int8_t* image, const int8_t* filter, const int32_t* bias, int32_t iy0,
                 int32_t ix0, int8_t* out) {
  const int32_t per_group = p.output_depth / (p.input_depth / p.filter_depth);
  for (int32_t o = 0; o < p.output_depth; ++o) {
    const int32_t group = o / per_group;
    int32_t acc = 0;
    for (int32_t fy = 0; fy < p.filter_h; ++fy) {
      const int32_t iy = iy0 + fy * p.dilation_h;
      if (iy < 0 || iy >= p.input_h) continue;
      for (int32_t fx = 0; fx < p.filter_w; ++fx) {
        const int32_t ix = ix0 + fx * p.dilation_w;
        if (ix < 0 || ix >= p.input_w) continue;
        const int8_t* x = image + (iy * p.input_w + ix) * p.input_depth + group * p.filter_depth;
        const int8_t* f = filter + ((o * p.filter_h + fy) * p.filter_w + fx) * p.filter_depth;
        for (int32_t c = 0; c < p.filter_depth; ++c) acc += f[c] * (x[c] + p.input_offset);
      }
    }
    if (bias != nullptr) acc = WrapAdd(acc, bias[o]);
    out[o] = RequantizeToInt8(acc, p.multipliers[o], p.shifts[o], p.output_offset, p.activation_min,
                              p.activation_max);
  }
}

void Pixel(const ConvParams& p, const int8_t* image, const int8_t* filter, const int32_t* bias, int32_t iy0,
           int32_t ix0, int8_t* out) {
  const int32_t groups = p.input_depth / p.filter_depth;
  const int32_t per_group = p.output_depth / groups;
  Window w;
  for (int32_t g = 0; g < groups; ++g) {
    if (!CollectRuns(p, image, iy0, ix0, g, &w)) return PixelByTaps(p, image, filter, bias, iy0, ix0, out);
    Channels(p, filter, bias, w, g * per_group, (g + 1) * per_group, out);
  }
}

}  // namespace

void Conv(const ConvParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output) {
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* image = input + b * p.input_h * p.input_w * p.input_depth;
    for (int32_t oy = 0; oy < p.output_h; ++oy) {
      for (int32_t ox = 0; ox < p.output_w; ++ox) {
        int8_t* out = output + ((b * p.output_h + oy) * p.output_w + ox) * p.output_depth;
        Pixel(p, image, filter, bias, oy * p.stride_h - p.pad_h, ox * p.stride_w - p.pad_w, out);
      }
    }
  }
}

}  // namespace mote::mlinfer::optimized
