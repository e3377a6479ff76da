// cm0/conv.cc — see conv.h.
#include "modules/mlinfer/kernels/cm0/conv.h"

#include "modules/mlinfer/kernels/cm0/dot.h"

namespace mote::mlinfer::cm0 {
namespace {

// The part of one output pixel's window inside the image, for one group.
struct Window {
  const int8_t* image;  // the batch's image, offset to the group's first channel
  int32_t iy0, ix0;     // window origin (may be negative)
  int32_t fy0, fy1, fx0, fx1;
};

// Calls run(x, filter_offset, length) for each contiguous input run of `w`.
template <typename Run>
inline void ForEachRun(const ConvParams& p, const Window& w, Run run) {
  const bool whole_rows = p.dilation_w == 1 && p.filter_depth == p.input_depth;
  for (int32_t fy = w.fy0; fy < w.fy1; ++fy) {
    const int8_t* row = w.image + (w.iy0 + fy * p.dilation_h) * p.input_w * p.input_depth;
    const int32_t filter_row = fy * p.filter_w * p.filter_depth;
    if (whole_rows) {
      run(row + (w.ix0 + w.fx0) * p.input_depth, filter_row + w.fx0 * p.filter_depth,
          (w.fx1 - w.fx0) * p.filter_depth);
      continue;
    }
    for (int32_t fx = w.fx0; fx < w.fx1; ++fx) {
      run(row + (w.ix0 + fx * p.dilation_w) * p.input_depth, filter_row + fx * p.filter_depth, p.filter_depth);
    }
  }
}

// Output channels [first, end) of one pixel: raw products inside the image,
// offset products at borders (kOffset; see dot.h).
template <bool kOffset>
void Channels(const ConvParams& p, const int8_t* filter, const Requantizer& finish, const Window& w, int32_t first,
              int32_t end, int8_t* out) {
  const int32_t window = p.filter_h * p.filter_w * p.filter_depth;
  const int32_t offset = p.input_offset;
  int32_t o = first;
  for (; o + 2 <= end; o += 2) {
    const int8_t* f0 = filter + o * window;
    const int8_t* f1 = f0 + window;
    int32_t acc0 = 0, acc1 = 0;
    ForEachRun(p, w, [&](const int8_t* x, int32_t at, int32_t n) {
      Dot1x2<kOffset>(x, f0 + at, f1 + at, n, offset, &acc0, &acc1);
    });
    out[o] = finish.Output<kOffset>(o, acc0);
    out[o + 1] = finish.Output<kOffset>(o + 1, acc1);
  }
  if (o < end) {
    const int8_t* f0 = filter + o * window;
    int32_t acc = 0;
    ForEachRun(p, w, [&](const int8_t* x, int32_t at, int32_t n) { acc += Dot1<kOffset>(x, f0 + at, n, offset); });
    out[o] = finish.Output<kOffset>(o, acc);
  }
}

}  // namespace

void Conv(const ConvParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output) {
  const int32_t groups = p.input_depth / p.filter_depth;
  const int32_t per_group = p.output_depth / groups;
  const Requantizer finish = Requantizer::For(p, bias);
  int8_t* out = output;
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* image = input + b * p.input_h * p.input_w * p.input_depth;
    for (int32_t oy = 0; oy < p.output_h; ++oy) {
      Window w;
      w.iy0 = oy * p.stride_h - p.pad_h;
      ValidTaps(w.iy0, p.dilation_h, p.filter_h, p.input_h, &w.fy0, &w.fy1);
      for (int32_t ox = 0; ox < p.output_w; ++ox, out += p.output_depth) {
        w.ix0 = ox * p.stride_w - p.pad_w;
        ValidTaps(w.ix0, p.dilation_w, p.filter_w, p.input_w, &w.fx0, &w.fx1);
        const bool interior = w.fy0 == 0 && w.fy1 == p.filter_h && w.fx0 == 0 && w.fx1 == p.filter_w;
        for (int32_t g = 0; g < groups; ++g) {
          w.image = image + g * p.filter_depth;
          if (interior) {
            Channels<false>(p, filter, finish, w, g * per_group, (g + 1) * per_group, out);
          } else {
            Channels<true>(p, filter, finish, w, g * per_group, (g + 1) * per_group, out);
          }
        }
      }
    }
  }
}

}  // namespace mote::mlinfer::cm0
