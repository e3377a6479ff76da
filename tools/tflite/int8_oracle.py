#!/usr/bin/env python3
"""int8_oracle.py — TFLite's int8 kernel arithmetic, written plainly in Python.

An independent statement of the semantics the C++ engine must match bit for
bit, following TFLite's documented reference kernels (tensorflow/lite/kernels/
internal/reference and TFLite Micro's Prepare code):

* Requantization: QuantizeMultiplier (frexp, round to Q31) and
  MultiplyByQuantizedMultiplier ("double rounding": rounding doubling high
  multiply, then rounding right shift). int32 overflow wraps, as on every
  machine TFLite runs on.
* Fixed-point exp / logistic / tanh / reciprocal as in gemmlowp's
  fixedpoint.h (used by the int8 SOFTMAX, LOGISTIC and TANH kernels).
* float32 arithmetic (QUANTIZE, MEAN, activation bounds) emulated by
  rounding every intermediate to float32.

Tensors are flat Python lists in row-major order with an explicit shape.
Everything is straightforward loops: slow, but obviously the definition.
"""

import math
import struct

INT32_MIN, INT32_MAX = -(1 << 31), (1 << 31) - 1


# --- scalar helpers ---------------------------------------------------------

def wrap32(x):
    """x modulo 2^32 as a signed int32 (TFLite's int32 arithmetic wraps)."""
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


def f32(x):
    """Rounds a Python float to the nearest float32."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def round_half_away(x):
    """std::round: to nearest, ties away from zero (exact for all doubles)."""
    a = abs(x)
    f = math.floor(a)
    r = f + 1 if a - f >= 0.5 else f
    return -r if x < 0 else r


def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v


def srdhm(a, b):
    """gemmlowp SaturatingRoundingDoublingHighMul for int32."""
    if a == b == INT32_MIN:
        return INT32_MAX
    ab = a * b
    nudge = (1 << 30) if ab >= 0 else 1 - (1 << 30)
    q = abs(ab + nudge) >> 31  # C++ '/' truncates toward zero
    return wrap32(q if ab + nudge >= 0 else -q)


def rdbpot(x, exponent):
    """gemmlowp RoundingDivideByPOT: x / 2^exponent, ties away from zero."""
    mask = (1 << exponent) - 1
    remainder = x & mask
    threshold = (mask >> 1) + (1 if x < 0 else 0)
    return (x >> exponent) + (1 if remainder > threshold else 0)


def mbqm(x, multiplier, shift):
    """TFLite MultiplyByQuantizedMultiplier (double rounding)."""
    left = shift if shift > 0 else 0
    right = 0 if shift > 0 else -shift
    return rdbpot(srdhm(wrap32(x << left), multiplier), right)


def quantize_multiplier(m):
    """TFLite QuantizeMultiplier: (q31 multiplier, shift)."""
    if m == 0.0:
        return 0, 0
    q, shift = math.frexp(m)
    q_fixed = round_half_away(q * (1 << 31))
    if q_fixed == (1 << 31):
        q_fixed //= 2
        shift += 1
    if shift < -31:
        return 0, 0
    return q_fixed, shift


def requantize(acc, multiplier, shift, out_zp, lo, hi):
    return clamp(wrap32(mbqm(acc, multiplier, shift) + out_zp), lo, hi)


def activation_range(act, scale, zp):
    """CalculateActivationRangeQuantized for int8: NONE/RELU/RELU_N1_TO_1/RELU6."""
    def q(f):
        return zp + int(round_half_away(f32(f / scale)))
    if act == 0:
        return -128, 127
    if act == 1:
        return max(-128, q(0.0)), 127
    if act == 2:
        return max(-128, q(-1.0)), min(127, q(1.0))
    if act == 3:
        return max(-128, q(0.0)), min(127, q(6.0))
    raise ValueError("activation %d" % act)


# --- shapes -----------------------------------------------------------------

def flat(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def strides(shape):
    s, acc = [0] * len(shape), 1
    for i in range(len(shape) - 1, -1, -1):
        s[i] = acc
        acc *= shape[i]
    return s


def index_iter(shape):
    """All multi-indices of `shape` in row-major order."""
    if not shape:
        yield ()
        return
    idx = [0] * len(shape)
    while True:
        yield tuple(idx)
        d = len(shape) - 1
        while d >= 0:
            idx[d] += 1
            if idx[d] < shape[d]:
                break
            idx[d] = 0
            d -= 1
        if d < 0:
            return


def window(padding, size, filt, stride, dilation):
    """(output size, padding before) as TFLite's ComputePaddingHeightWidth."""
    eff = (filt - 1) * dilation + 1
    out = (size + stride - 1) // stride if padding == 0 else (size + stride - eff) // stride
    total = max(0, (out - 1) * stride + eff - size)
    return out, total // 2


# --- convolutions -----------------------------------------------------------

def channel_multipliers(in_scale, w_scales, out_scale, channels, fc_per_tensor=False):
    res = []
    for c in range(channels):
        ws = w_scales[c] if len(w_scales) > 1 else w_scales[0]
        if fc_per_tensor and len(w_scales) == 1:
            real = f32(in_scale * ws) / out_scale  # float product, then double
        else:
            real = in_scale * ws / out_scale
        res.append(quantize_multiplier(real))
    return res


def fully_connected(x, x_shape, w, w_shape, bias, in_q, w_scales, out_q, act):
    out_depth, depth = w_shape
    batches = flat(x_shape) // depth
    mults = channel_multipliers(in_q[0], w_scales, out_q[0], out_depth, fc_per_tensor=True)
    lo, hi = activation_range(act, out_q[0], out_q[1])
    out = []
    for b in range(batches):
        for o in range(out_depth):
            acc = sum(w[o * depth + k] * (x[b * depth + k] - in_q[1]) for k in range(depth))
            if bias is not None:
                acc = wrap32(acc + bias[o])
            m, s = mults[o]
            out.append(requantize(acc, m, s, out_q[1], lo, hi))
    return out


def conv2d(x, xs, w, ws, bias, in_q, w_scales, out_q, opts):
    n, h, wd, c = xs
    oc, fh, fw, fd = ws
    pad, sh, sw, dh, dw, act = opts
    oh, ph = window(pad, h, fh, sh, dh)
    ow, pw = window(pad, wd, fw, sw, dw)
    groups = c // fd
    per_group = oc // groups
    mults = channel_multipliers(in_q[0], w_scales, out_q[0], oc)
    lo, hi = activation_range(act, out_q[0], out_q[1])
    out = []
    for b in range(n):
        for oy in range(oh):
            for ox in range(ow):
                for o in range(oc):
                    g = o // per_group
                    acc = 0
                    for fy in range(fh):
                        iy = oy * sh - ph + fy * dh
                        if not 0 <= iy < h:
                            continue
                        for fx in range(fw):
                            ix = ox * sw - pw + fx * dw
                            if not 0 <= ix < wd:
                                continue
                            for ci in range(fd):
                                xv = x[((b * h + iy) * wd + ix) * c + g * fd + ci]
                                acc += w[((o * fh + fy) * fw + fx) * fd + ci] * (xv - in_q[1])
                    if bias is not None:
                        acc = wrap32(acc + bias[o])
                    m, s = mults[o]
                    out.append(requantize(acc, m, s, out_q[1], lo, hi))
    return out, [n, oh, ow, oc]


def depthwise_conv2d(x, xs, w, ws, bias, in_q, w_scales, out_q, opts):
    n, h, wd, c = xs
    _, fh, fw, oc = ws
    pad, sh, sw, dh, dw, act = opts
    mult = oc // c
    oh, ph = window(pad, h, fh, sh, dh)
    ow, pw = window(pad, wd, fw, sw, dw)
    mults = channel_multipliers(in_q[0], w_scales, out_q[0], oc)
    lo, hi = activation_range(act, out_q[0], out_q[1])
    out = []
    for b in range(n):
        for oy in range(oh):
            for ox in range(ow):
                for o in range(oc):
                    ci = o // mult
                    acc = 0
                    for fy in range(fh):
                        iy = oy * sh - ph + fy * dh
                        for fx in range(fw):
                            ix = ox * sw - pw + fx * dw
                            if 0 <= iy < h and 0 <= ix < wd:
                                xv = x[((b * h + iy) * wd + ix) * c + ci]
                                acc += w[(fy * fw + fx) * oc + o] * (xv - in_q[1])
                    if bias is not None:
                        acc = wrap32(acc + bias[o])
                    m, s = mults[o]
                    out.append(requantize(acc, m, s, out_q[1], lo, hi))
    return out, [n, oh, ow, oc]


def pool2d(x, xs, out_q, opts, average):
    n, h, wd, c = xs
    pad, sh, sw, fh, fw, act = opts
    oh, ph = window(pad, h, fh, sh, 1)
    ow, pw = window(pad, wd, fw, sw, 1)
    lo, hi = activation_range(act, out_q[0], out_q[1])
    out = []
    for b in range(n):
        for oy in range(oh):
            for ox in range(ow):
                for ch in range(c):
                    vals = []
                    for fy in range(fh):
                        iy = oy * sh - ph + fy
                        for fx in range(fw):
                            ix = ox * sw - pw + fx
                            if 0 <= iy < h and 0 <= ix < wd:
                                vals.append(x[((b * h + iy) * wd + ix) * c + ch])
                    if average:
                        # Round half away from zero; C++ '/' truncates toward zero.
                        s, k = sum(vals), len(vals)
                        v = (s + k // 2) // k if s > 0 else -((k // 2 - s) // k)
                    else:
                        v = max(vals)
                    out.append(clamp(v, lo, hi))
    return out, [n, oh, ow, c]


# --- elementwise ------------------------------------------------------------

def broadcast(a_shape, b_shape, out_shape):
    """Yields (i_a, i_b) flat indices for each output element."""
    r = len(out_shape)
    pa = [1] * (r - len(a_shape)) + list(a_shape)
    pb = [1] * (r - len(b_shape)) + list(b_shape)
    sa, sb = strides(pa), strides(pb)
    for idx in index_iter(out_shape):
        ia = sum((0 if pa[d] == 1 else idx[d]) * sa[d] for d in range(r))
        ib = sum((0 if pb[d] == 1 else idx[d]) * sb[d] for d in range(r))
        yield ia, ib


def add_sub(a, a_shape, b, b_shape, out_shape, qa, qb, qo, act, subtract):
    twice_max = 2.0 * max(qa[0], qb[0])
    m1 = quantize_multiplier(qa[0] / twice_max)
    m2 = quantize_multiplier(qb[0] / twice_max)
    mo = quantize_multiplier(twice_max / ((1 << 20) * qo[0]))
    lo, hi = activation_range(act, qo[0], qo[1])
    out = []
    for ia, ib in broadcast(a_shape, b_shape, out_shape):
        s1 = mbqm(wrap32((a[ia] - qa[1]) << 20), *m1)
        s2 = mbqm(wrap32((b[ib] - qb[1]) << 20), *m2)
        raw = wrap32(s1 - s2 if subtract else s1 + s2)
        out.append(requantize(raw, mo[0], mo[1], qo[1], lo, hi))
    return out


def mul(a, a_shape, b, b_shape, out_shape, qa, qb, qo, act):
    m = quantize_multiplier(qa[0] * qb[0] / qo[0])
    lo, hi = activation_range(act, qo[0], qo[1])
    return [requantize((a[ia] - qa[1]) * (b[ib] - qb[1]), m[0], m[1], qo[1], lo, hi)
            for ia, ib in broadcast(a_shape, b_shape, out_shape)]


def maximum_minimum(a, a_shape, b, b_shape, out_shape, maximum):
    return [(max if maximum else min)(a[ia], b[ib]) for ia, ib in broadcast(a_shape, b_shape, out_shape)]


# --- fixed point (gemmlowp) -------------------------------------------------

def sat_mul_pot(x, exponent):
    """SaturatingRoundingMultiplyByPOT."""
    if exponent == 0:
        return x
    if exponent < 0:
        return rdbpot(x, -exponent)
    threshold = (1 << (31 - exponent)) - 1
    if x > threshold:
        return INT32_MAX
    if x < -threshold:
        return INT32_MIN
    return wrap32(x << exponent)


def rescale(x, src_bits, dst_bits):
    return sat_mul_pot(x, src_bits - dst_bits)


def one(bits):
    return INT32_MAX if bits == 0 else 1 << (31 - bits)


def exp_quarter(a):
    """exp(a) for a in [-1/4, 0), Q0 in and out."""
    x = wrap32(a + (1 << 28))
    x2 = srdhm(x, x)
    x3 = srdhm(x2, x)
    x4 = srdhm(x2, x2)
    x4_4 = rdbpot(x4, 2)
    poly = rdbpot(wrap32(srdhm(wrap32(x4_4 + x3), 715827883) + x2), 1)
    return wrap32(1895147668 + srdhm(1895147668, wrap32(x + poly)))


def exp_negative(a, bits):
    """exp(a) for a <= 0 in Q(bits); result Q0."""
    frac = 31 - bits
    quarter = 1 << (frac - 2)
    amq = wrap32((a & (quarter - 1)) - quarter)
    result = exp_quarter(rescale(amq, bits, 0))
    remainder = wrap32(amq - a)
    consts = {-2: 1672461947, -1: 1302514674, 0: 790015084, 1: 290630308,
              2: 39332535, 3: 720401, 4: 242}
    for k in range(-2, 5):
        if bits > k and remainder & (1 << (frac + k)):
            result = srdhm(result, consts[k])
    if bits > 5 and a < -(1 << (36 - bits)):
        result = 0
    return INT32_MAX if a == 0 else result


def newton_reciprocal(half_den):
    x = wrap32(1515870810 + srdhm(half_den, -1010580540))
    for _ in range(3):
        t = srdhm(half_den, x)
        x = wrap32(x + rescale(srdhm(x, wrap32((1 << 29) - t)), 4, 2))
    return x


def half_sum(a, b):
    """RoundingHalfSum: (a + b) / 2, ties away from zero."""
    s = a + b
    return (s + 1) // 2 if s >= 0 else -((1 - s) // 2)


def one_over_one_plus_x(a):
    return rescale(newton_reciprocal(half_sum(a, INT32_MAX)), 1, 0)


def one_minus_x_over_one_plus_x(a):
    return rescale(wrap32(newton_reciprocal(half_sum(a, INT32_MAX)) - (1 << 29)), 2, 0)


def fp_logistic(a, bits):
    if a == 0:
        return 1 << 30
    r = one_over_one_plus_x(exp_negative(-abs(a), bits))
    return r if a > 0 else wrap32(INT32_MAX - r)


def fp_tanh(a, bits):
    if a == 0:
        return 0
    n = a if a < 0 else -a
    t = one_minus_x_over_one_plus_x(exp_negative(n, bits + 1))
    return wrap32(-t) if a < 0 else t


def input_radius(integer_bits, left_shift):
    return int(math.floor(((1 << integer_bits) - 1) * 2.0 ** (31 - integer_bits - left_shift)))


# --- activations ------------------------------------------------------------

def sigmoid_params(in_scale):
    real = in_scale * (1 << 27)
    q, shift = math.frexp(real)
    return int(round_half_away(q * (1 << 31))), shift, input_radius(4, shift)


def logistic(x, in_q):
    m, s, radius = sigmoid_params(in_q[0])
    out = []
    for v in x:
        d = v - in_q[1]
        if d <= -radius:
            out.append(-128)
        elif d >= radius:
            out.append(127)
        else:
            q0 = fp_logistic(mbqm(d, m, s), 4)
            out.append(clamp(rdbpot(q0, 23) - 128, -128, 127))
    return out


def tanh(x, in_q):
    m, s, radius = sigmoid_params(in_q[0])
    out = []
    for v in x:
        d = v - in_q[1]
        if d <= -radius:
            out.append(-128)
        elif d >= radius:
            out.append(127)
        else:
            q0 = fp_tanh(mbqm(d, m, s), 4)
            out.append(clamp(rdbpot(q0, 24), -128, 127))
    return out


def softmax(x, shape, in_q, beta):
    depth = shape[-1]
    real = min(beta * in_q[0] * (1 << 26), (1 << 31) - 1.0)
    m, s = quantize_multiplier(real)
    diff_min = -input_radius(5, s)
    out = []
    for r in range(len(x) // depth):
        row = x[r * depth:(r + 1) * depth]
        mx = max(row)
        total = 0
        exps = []
        for v in row:
            d = v - mx
            if d >= diff_min:
                e = exp_negative(srdhm(wrap32(d << s), m), 5)
                exps.append(e)
                total = wrap32(total + rescale(e, 0, 12))
            else:
                exps.append(None)
        headroom = 32 - total.bit_length() if total > 0 else 0
        bits_over = 12 - headroom
        shifted = wrap32(((total & 0xFFFFFFFF) << headroom) - (1 << 31))
        scale = one_over_one_plus_x(shifted)
        exponent = clamp(bits_over + 31 - 8, 0, 31)
        for e in exps:
            if e is None:
                out.append(-128)
            else:
                out.append(clamp(rdbpot(srdhm(scale, e), exponent) - 128, -128, 127))
    return out


def relu(x, in_q, out_q):
    m, s = quantize_multiplier(in_q[0] / out_q[0])
    lo = max(-128, out_q[1])
    return [requantize(v - in_q[1], m, s, out_q[1], lo, 127) for v in x]


def relu6(x, q):
    six = clamp(int(round_half_away(f32(6.0 / q[0]))) + q[1], -128, 127)
    return [clamp(v, q[1], six) for v in x]


# --- conversions ------------------------------------------------------------

def quantize_float(x, out_q):
    return [clamp(int(round_half_away(f32(f32(v) / f32(out_q[0])))) + out_q[1], -128, 127) for v in x]


def requantize_int8(x, in_q, out_q):
    m, s = quantize_multiplier(in_q[0] / out_q[0])
    return [requantize(v - in_q[1], m, s, out_q[1], -128, 127) for v in x]


def dequantize(x, q):
    return [f32(f32(q[0]) * float(v - q[1])) for v in x]


# --- data movement and reductions -------------------------------------------

def concatenation(inputs, shapes, axis):
    outer = flat(shapes[0][:axis])
    out = []
    for o in range(outer):
        for x, s in zip(inputs, shapes):
            inner = flat(s[axis:])
            out.extend(x[o * inner:(o + 1) * inner])
    return out


def pad(x, shape, paddings, value):
    out_shape = [b + d + a for d, (b, a) in zip(shape, paddings)]
    st = strides(shape)
    out = []
    for idx in index_iter(out_shape):
        inside = all(paddings[d][0] <= idx[d] < paddings[d][0] + shape[d] for d in range(len(shape)))
        out.append(x[sum((idx[d] - paddings[d][0]) * st[d] for d in range(len(shape)))] if inside else value)
    return out, out_shape


def transpose(x, shape, perm):
    out_shape = [shape[p] for p in perm]
    st = strides(shape)
    return [x[sum(idx[i] * st[perm[i]] for i in range(len(perm)))] for idx in index_iter(out_shape)], out_shape


def c_div(a, b):
    """C++ integer division: truncates toward zero."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def mean(x, shape, axes, in_q, out_q, keep_dims=False):
    """TFLite Micro's int8 MEAN, which picks one of three computations:
    keep_dims over exactly axes [1, 2] of a 4-D input -> integer multiplier
    and rounded division; equal input/output quantization -> truncated
    integer mean; otherwise float rescaling."""
    raw_axes = list(axes)
    axes = sorted({a + len(shape) if a < 0 else a for a in axes})
    out_shape = [d for i, d in enumerate(shape) if i not in axes]
    sums = {}
    st = strides(shape)
    for idx in index_iter(shape):
        key = tuple(idx[i] for i in range(len(shape)) if i not in axes)
        sums[key] = sums.get(key, 0) + x[sum(i * s for i, s in zip(idx, st))]
    count = flat([shape[a] for a in axes])
    out = []
    if keep_dims and len(shape) == 4 and raw_axes in ([1, 2], [2, 1]):
        m, s = quantize_multiplier(in_q[0] / out_q[0])
        for key in index_iter(out_shape):
            acc = mbqm(wrap32(sums[key] - count * in_q[1]), m, s)
            acc = c_div(acc + count // 2, count) if acc > 0 else c_div(acc - count // 2, count)
            out.append(clamp(acc + out_q[1], -128, 127))
        return out
    if in_q == out_q:
        return [c_div(sums[key], count) for key in index_iter(out_shape)]
    scale = f32(in_q[0] / out_q[0])
    bias = f32(float(-in_q[1]) * scale)
    for key in index_iter(out_shape):
        m = f32(f32(float(sums[key])) / f32(float(count)))
        v = f32(round_half_away(f32(f32(m * scale) + bias)) + out_q[1])
        out.append(int(clamp(v, -128.0, 127.0)))
    return out


def strided_slice(x, shape, begin, end, stride, begin_mask, end_mask, shrink_mask, offset):
    ranges = []
    for a, size in enumerate(shape):
        st = stride[a]
        s = begin[a] + size if begin[a] < 0 else begin[a]
        s = clamp(s, 0, size) if st > 0 else clamp(s, -1, size - 1)
        if begin_mask >> a & 1:
            s = 0 if st > 0 else size - 1
        if shrink_mask >> a & 1:
            e = s if s >= size else s + 1
        else:
            e = end[a] + s if offset else end[a]
            e = e + size if e < 0 else e
            e = clamp(e, 0, size) if st > 0 else clamp(e, -1, size - 1)
            if end_mask >> a & 1:
                e = size if st > 0 else -1
        ranges.append(list(range(s, e, st)))
    strd = strides(shape)
    out = []

    def walk(a, base):
        if a == len(shape):
            out.append(x[base])
            return
        for i in ranges[a]:
            walk(a + 1, base + i * strd[a])
    walk(0, 0)
    out_shape = [len(r) for a, r in enumerate(ranges) if not shrink_mask >> a & 1]
    return out, out_shape
