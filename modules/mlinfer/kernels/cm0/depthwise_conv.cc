// cm0/depthwise_conv.cc — see depthwise_conv.h.
//
// Three ways to walk a pixel's channels, chosen once per layer:
//  * kWords: depth multiplier 1 and word-aligned channels. Four output
//    channels read four adjacent input channels: one 32-bit load of input
//    and one of filter per tap, four MACs, accumulators in registers;
//  * kBroadcast: depth multiplier a multiple of 4 (micro_speech's 1 x 8).
//    Four output channels share one input byte: one LDRSB and one filter
//    word per tap;
//  * kPairs: anything else, two channels per walk with byte loads.
// Windows inside the image accumulate raw products and add folded_bias;
// border windows add the input offset to each input value instead (as the
// reference does) and then the plain bias, so they need no weight sums.
#include "modules/mlinfer/kernels/cm0/depthwise_conv.h"

#include "modules/mlinfer/kernels/cm0/dot.h"

namespace mote::mlinfer::cm0 {
namespace {

// One output pixel's window: the taps inside the image and the strides that
// walk them in the input and the filter.
struct Window {
  const int8_t* input;  // the first visited tap, channel 0
  int32_t rows, cols;   // visited taps
  int32_t input_col_step, input_row_step;
  int32_t filter_offset;  // of the first visited tap
  int32_t filter_row_step;
};

enum class Walk { kWords, kBroadcast, kPairs };

Walk ChooseWalk(const DepthwiseParams& p, const int8_t* input, const int8_t* filter) {
  if (!Aligned4(filter) || p.output_depth % 4 != 0) return Walk::kPairs;
  if (p.depth_multiplier % 4 == 0) return Walk::kBroadcast;
  if (p.depth_multiplier == 1 && Aligned4(input)) return Walk::kWords;
  return Walk::kPairs;
}

// acc[j] = sum over the window of x_j * w[j] for four output channels: x_j
// is input channel j of the word at x (kWords) or the one byte at x
// (kBroadcast), plus the input offset at borders (kOffset).
template <Walk kWalk, bool kOffset>
void Quad(const DepthwiseParams& p, const Window& win, const int8_t* x, const int8_t* w, int32_t* acc) {
  int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  const int32_t x_step = win.input_col_step, w_step = p.output_depth, offset = p.input_offset;
  for (int32_t r = 0; r < win.rows; ++r, x += win.input_row_step, w += win.filter_row_step) {
    const int8_t* xp = x;
    const int8_t* wp = w;
    const int8_t* const end = w + win.cols * w_step;
    for (; wp != end; xp += x_step, wp += w_step) {
      const uint32_t wv = LoadWord(wp);
      int32_t x0, x1, x2, x3;
      if constexpr (kWalk == Walk::kBroadcast) {
        x0 = x1 = x2 = x3 = kOffset ? xp[0] + offset : xp[0];
      } else {
        const uint32_t xv = LoadWord(xp);
        x0 = Byte0(xv), x1 = Byte1(xv), x2 = Byte2(xv), x3 = Byte3(xv);
        if constexpr (kOffset) x0 += offset, x1 += offset, x2 += offset, x3 += offset;
      }
      a0 += x0 * Byte0(wv);
      a1 += x1 * Byte1(wv);
      a2 += x2 * Byte2(wv);
      a3 += x3 * Byte3(wv);
    }
  }
  acc[0] = a0, acc[1] = a1, acc[2] = a2, acc[3] = a3;
}

// acc[0] = sum of x[0] * w[0], acc[1] = sum of x[kSecond] * w[1] over the window
// (x at the pair's first input channel, w at its first output channel);
// kSecond is 0 when both channels read the same input channel.
template <int32_t kSecond, bool kOffset>
void Pair(const DepthwiseParams& p, const Window& win, const int8_t* x, const int8_t* w, int32_t* acc) {
  int32_t a0 = 0, a1 = 0;
  const int32_t x_step = win.input_col_step, w_step = p.output_depth, offset = p.input_offset;
  for (int32_t r = 0; r < win.rows; ++r, x += win.input_row_step, w += win.filter_row_step) {
    const int8_t* xp = x;
    const int8_t* wp = w;
    for (int32_t c = win.cols; c != 0; --c, xp += x_step, wp += w_step) {
      const int32_t first = kOffset ? xp[0] + offset : xp[0];
      const int32_t second = kSecond == 0 ? first : kOffset ? xp[kSecond] + offset : xp[kSecond];
      a0 += first * wp[0];
      a1 += second * wp[1];
    }
  }
  acc[0] = a0, acc[1] = a1;
}

// The single channel left over by an odd channel count.
template <bool kOffset>
int32_t Single(const DepthwiseParams& p, const Window& win, const int8_t* x, const int8_t* w) {
  int32_t acc = 0;
  for (int32_t r = 0; r < win.rows; ++r, x += win.input_row_step, w += win.filter_row_step) {
    for (int32_t c = 0; c < win.cols; ++c) {
      const int32_t xv = x[c * win.input_col_step];
      acc += (kOffset ? xv + p.input_offset : xv) * w[c * p.output_depth];
    }
  }
  return acc;
}

// One pixel, four channels per walk (kWords, kBroadcast).
template <Walk kWalk, bool kOffset>
void PixelByQuads(const DepthwiseParams& p, const int8_t* filter, const Requantizer& finish, const Window& win,
                  int8_t* out) {
  const int8_t* w = filter + win.filter_offset;
  // kWords: output channel o reads input channel o. kBroadcast: channels
  // [o, o + 4) read input channel c, which advances every m / 4 quads.
  const int32_t quads_per_channel = kWalk == Walk::kWords ? 1 : p.depth_multiplier / 4;
  int32_t c = 0, quad = 0;
  for (int32_t o = 0; o < p.output_depth; o += 4) {
    int32_t acc[4];
    Quad<kWalk, kOffset>(p, win, win.input + (kWalk == Walk::kWords ? o : c), w + o, acc);
    for (int32_t j = 0; j < 4; ++j) out[o + j] = finish.Output<kOffset>(o + j, acc[j]);
    if (++quad == quads_per_channel) quad = 0, ++c;
  }
}

// One pixel, two channels per walk (any depth multiplier m).
template <bool kOffset>
void PixelByPairs(const DepthwiseParams& p, const int8_t* filter, const Requantizer& finish, const Window& win,
                  int8_t* out) {
  const int32_t m = p.depth_multiplier;
  const int8_t* w = filter + win.filter_offset;
  int32_t o = 0, c = 0, k = 0;  // output channel o = c * m + k
  for (; o + 2 <= p.output_depth; o += 2) {
    int32_t acc[2];
    if (k + 1 < m) {  // o and o + 1 both read input channel c
      Pair<0, kOffset>(p, win, win.input + c, w + o, acc);
      k += 2;
    } else {  // o reads c, o + 1 reads c + 1
      Pair<1, kOffset>(p, win, win.input + c, w + o, acc);
      k += 2 - m;
      ++c;
    }
    if (k >= m) k -= m, ++c;
    out[o] = finish.Output<kOffset>(o, acc[0]);
    out[o + 1] = finish.Output<kOffset>(o + 1, acc[1]);
  }
  if (o < p.output_depth) {
    out[o] = finish.Output<kOffset>(o, Single<kOffset>(p, win, win.input + c, w + o));
  }
}

template <bool kOffset>
void Pixel(const DepthwiseParams& p, Walk walk, const int8_t* filter, const Requantizer& finish, const Window& win,
           int8_t* out) {
  switch (walk) {
    case Walk::kWords:
      return PixelByQuads<Walk::kWords, kOffset>(p, filter, finish, win, out);
    case Walk::kBroadcast:
      return PixelByQuads<Walk::kBroadcast, kOffset>(p, filter, finish, win, out);
    case Walk::kPairs:
      return PixelByPairs<kOffset>(p, filter, finish, win, out);
  }
}

}  // namespace

void DepthwiseConv(const DepthwiseParams& p, const int8_t* input, const int8_t* filter, const int32_t* bias,
                   int8_t* output) {
  const Walk walk = ChooseWalk(p, input, filter);
  const Requantizer finish = Requantizer::For(p, bias);
  Window win;
  win.input_col_step = p.dilation_w * p.input_depth;
  win.input_row_step = p.dilation_h * p.input_w * p.input_depth;
  win.filter_row_step = p.filter_w * p.output_depth;
  int8_t* out = output;
  for (int32_t b = 0; b < p.batches; ++b) {
    const int8_t* image = input + b * p.input_h * p.input_w * p.input_depth;
    for (int32_t oy = 0; oy < p.output_h; ++oy) {
      const int32_t iy0 = oy * p.stride_h - p.pad_h;
      int32_t fy0, fy1;
      ValidTaps(iy0, p.dilation_h, p.filter_h, p.input_h, &fy0, &fy1);
      win.rows = fy1 - fy0;
      for (int32_t ox = 0; ox < p.output_w; ++ox, out += p.output_depth) {
        const int32_t ix0 = ox * p.stride_w - p.pad_w;
        int32_t fx0, fx1;
        ValidTaps(ix0, p.dilation_w, p.filter_w, p.input_w, &fx0, &fx1);
        win.cols = fx1 - fx0;
        win.input = image + ((iy0 + fy0 * p.dilation_h) * p.input_w + ix0 + fx0 * p.dilation_w) * p.input_depth;
        win.filter_offset = (fy0 * p.filter_w + fx0) * p.output_depth;
        if (fy0 == 0 && fy1 == p.filter_h && fx0 == 0 && fx1 == p.filter_w) {
          Pixel<false>(p, walk, filter, finish, win, out);
        } else {
          Pixel<true>(p, walk, filter, finish, win, out);
        }
      }
    }
  }
}

}  // namespace mote::mlinfer::cm0
