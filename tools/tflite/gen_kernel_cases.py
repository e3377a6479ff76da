#!/usr/bin/env python3
"""gen_kernel_cases.py — single-operator test cases for the mlinfer engine.

For every supported operator this draws random but reproducible (seeded)
configurations — shapes, per-tensor and per-channel quantization, padding,
strides, dilation, depth multipliers, fused activations, broadcasting, masks —
builds a one-op .tflite model with tflite_writer, random inputs, and the
expected outputs from int8_oracle. It also writes models the engine must
reject (malformed structure or invalid operator configurations) with the
error kind and a message fragment they must produce.

Output (in --out):
  oracle_cases.bin     count, then per case: name, model, inputs, outputs
  malformed_cases.bin  count, then per case: name, error kind, substring, model
Both are read by tests/mlinfer/oracle_test.cc and malformed_test.cc.
Every string and blob is a little-endian u32 length then bytes.

Usage: gen_kernel_cases.py --out DIR [--seed N] [--per-op N]
"""

import argparse
import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import int8_oracle as O  # noqa: E402
import tflite_writer as W  # noqa: E402
from tflite_writer import OPT, Table, TensorSpec, OpSpec, Vector  # noqa: E402

f32 = O.f32


class Case:
    def __init__(self, name, model, inputs, outputs):
        self.name, self.model, self.inputs, self.outputs = name, model, inputs, outputs


def pack_int8(values):
    return struct.pack("<%db" % len(values), *values)


def pack(dtype, values):
    return struct.pack("<%d%s" % (len(values), W.DTYPE_FORMAT[dtype]), *values)


def rand_int8(rng, n):
    return [rng.randint(-128, 127) for _ in range(n)]


def rand_quant(rng, lo=0.004, hi=0.3):
    return f32(math.exp(rng.uniform(math.log(lo), math.log(hi)))), rng.randint(-128, 127)


def act_tensor(name, shape, q, data=None):
    return TensorSpec(name, W.INT8, shape, data=data, scale=[q[0]], zero_point=[q[1]])


def one_op(code, tensors, inputs, outputs, opt_name=None, options=None, const_inputs=()):
    """A model whose only operator reads `inputs` and writes `outputs`.
    Model inputs are the operator's non-constant inputs."""
    op = OpSpec(code, inputs, outputs, OPT[opt_name] if opt_name else 0,
                options if options is not None else (Table({}) if opt_name else None))
    graph_inputs = [i for i in inputs if i >= 0 and tensors[i].data is None]
    return W.build_model(tensors, [op], graph_inputs, outputs)


def out_scale_for(rng, in_scale, w_scale, depth):
    return f32(in_scale * w_scale * math.sqrt(max(depth, 1)) * 60.0 * rng.uniform(0.4, 2.5))


def weights_quant(rng, channels, per_channel):
    n = channels if per_channel else 1
    return [f32(rng.uniform(0.002, 0.03)) for _ in range(n)]


# --- convolution family -------------------------------------------------------

def gen_fully_connected(rng, i):
    batches, depth, units = rng.randint(1, 3), rng.randint(1, 48), rng.randint(1, 21)
    per_channel, has_bias, act = rng.random() < 0.5, rng.random() < 0.8, rng.choice([0, 1, 2, 3])
    qi = rand_quant(rng)
    ws = weights_quant(rng, units, per_channel)
    qo = (out_scale_for(rng, qi[0], ws[0], depth), rng.randint(-128, 127))
    w = rand_int8(rng, units * depth)
    bias = [rng.randint(-3000, 3000) for _ in range(units)] if has_bias else None
    x_shape = rng.choice([[batches, depth], [batches, 1, depth]]) if depth > 0 else [batches, depth]
    x = rand_int8(rng, batches * depth)
    out_shape = [batches, units]
    tensors = [act_tensor("x", x_shape, qi),
               TensorSpec("w", W.INT8, [units, depth], data=w, scale=ws, zero_point=[0] * len(ws)),
               TensorSpec("b", W.INT32, [units], data=bias if has_bias else [0] * units),
               act_tensor("y", out_shape, qo)]
    inputs = [0, 1, 2 if has_bias else -1]
    model = one_op(W.FULLY_CONNECTED, tensors, inputs, [3], "FullyConnected", Table({0: ("b", act)}))
    y = O.fully_connected(x, x_shape, w, [units, depth], bias, qi, ws, qo, act)
    return Case("fully_connected_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


def conv_opts(rng, h, w, fh, fw):
    for _ in range(100):
        pad, sh, sw = rng.choice([0, 1]), rng.randint(1, 3), rng.randint(1, 3)
        dh, dw = rng.choice([1, 1, 2]), rng.choice([1, 1, 2])
        if pad == 1 and ((fh - 1) * dh + 1 > h or (fw - 1) * dw + 1 > w):
            continue
        return pad, sh, sw, dh, dw, rng.choice([0, 1, 2, 3])
    return 0, 1, 1, 1, 1, 0


def conv_options_table(opts):
    pad, sh, sw, dh, dw, act = opts
    return Table({0: ("b", pad), 1: ("i", sw), 2: ("i", sh), 3: ("b", act), 4: ("i", dw), 5: ("i", dh)})


def gen_conv(rng, i):
    n, h, w = rng.randint(1, 2), rng.randint(1, 9), rng.randint(1, 9)
    groups = rng.choice([1, 1, 1, 2, 3])
    fd = rng.randint(1, 4)
    c, oc = fd * groups, groups * rng.randint(1, 4)
    fh, fw = rng.randint(1, 4), rng.randint(1, 4)
    opts = conv_opts(rng, h, w, fh, fw)
    per_channel, has_bias = rng.random() < 0.7, rng.random() < 0.8
    qi = rand_quant(rng)
    ws = weights_quant(rng, oc, per_channel)
    qo = (out_scale_for(rng, qi[0], ws[0], fh * fw * fd), rng.randint(-128, 127))
    x, wt = rand_int8(rng, n * h * w * c), rand_int8(rng, oc * fh * fw * fd)
    bias = [rng.randint(-2000, 2000) for _ in range(oc)] if has_bias else None
    y, y_shape = O.conv2d(x, [n, h, w, c], wt, [oc, fh, fw, fd], bias, qi, ws, qo, opts)
    tensors = [act_tensor("x", [n, h, w, c], qi),
               TensorSpec("w", W.INT8, [oc, fh, fw, fd], data=wt, scale=ws, zero_point=[0] * len(ws)),
               TensorSpec("b", W.INT32, [oc], data=bias if has_bias else [0] * oc),
               act_tensor("y", y_shape, qo)]
    model = one_op(W.CONV_2D, tensors, [0, 1, 2 if has_bias else -1], [3], "Conv2D", conv_options_table(opts))
    return Case("conv_2d_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


def gen_depthwise(rng, i):
    n, h, w = rng.randint(1, 2), rng.randint(1, 10), rng.randint(1, 10)
    c, mult = rng.choice([(1, 8), (1, 1), (2, 1), (3, 2), (4, 1), (5, 3), (8, 1), (2, 4)])
    oc = c * mult
    fh, fw = rng.randint(1, 5), rng.randint(1, 5)
    opts = conv_opts(rng, h, w, fh, fw)
    per_channel, has_bias = rng.random() < 0.7, rng.random() < 0.8
    qi = rand_quant(rng)
    ws = weights_quant(rng, oc, per_channel)
    qo = (out_scale_for(rng, qi[0], ws[0], fh * fw), rng.randint(-128, 127))
    x, wt = rand_int8(rng, n * h * w * c), rand_int8(rng, fh * fw * oc)
    bias = [rng.randint(-2000, 2000) for _ in range(oc)] if has_bias else None
    y, y_shape = O.depthwise_conv2d(x, [n, h, w, c], wt, [1, fh, fw, oc], bias, qi, ws, qo, opts)
    pad, sh, sw, dh, dw, act = opts
    options = Table({0: ("b", pad), 1: ("i", sw), 2: ("i", sh), 3: ("i", mult), 4: ("b", act),
                     5: ("i", dw), 6: ("i", dh)})
    tensors = [act_tensor("x", [n, h, w, c], qi),
               TensorSpec("w", W.INT8, [1, fh, fw, oc], data=wt, scale=ws, zero_point=[0] * len(ws),
                          quantized_dimension=3),
               TensorSpec("b", W.INT32, [oc], data=bias if has_bias else [0] * oc),
               act_tensor("y", y_shape, qo)]
    model = one_op(W.DEPTHWISE_CONV_2D, tensors, [0, 1, 2 if has_bias else -1], [3], "DepthwiseConv2D", options)
    return Case("depthwise_conv_2d_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


def gen_pool(rng, i, average):
    n, h, w, c = rng.randint(1, 2), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 5)
    fh, fw = rng.randint(1, 4), rng.randint(1, 4)
    pad = rng.choice([0, 1]) if fh <= h and fw <= w else 0
    sh, sw, act = rng.randint(1, 3), rng.randint(1, 3), rng.choice([0, 1, 2, 3])
    q = rand_quant(rng, 0.01, 0.1)
    x = rand_int8(rng, n * h * w * c)
    opts = (pad, sh, sw, fh, fw, act)
    y, y_shape = O.pool2d(x, [n, h, w, c], q, opts, average)
    options = Table({0: ("b", pad), 1: ("i", sw), 2: ("i", sh), 3: ("i", fw), 4: ("i", fh), 5: ("b", act)})
    code = W.AVERAGE_POOL_2D if average else W.MAX_POOL_2D
    model = one_op(code, [act_tensor("x", [n, h, w, c], q), act_tensor("y", y_shape, q)], [0], [1], "Pool2D",
                   options)
    return Case("%s_%03d" % ("average_pool_2d" if average else "max_pool_2d", i), model, [pack_int8(x)],
                [pack_int8(y)])


# --- elementwise --------------------------------------------------------------

def broadcast_shapes(rng):
    rank = rng.randint(1, 4)
    out = [rng.randint(1, 5) for _ in range(rank)]
    def variant():
        s = [d if rng.random() < 0.6 else 1 for d in out]
        return s[rng.randint(0, rank - 1):] if rng.random() < 0.3 else s
    a, b = variant(), variant()
    if rng.random() < 0.4:
        a = list(out)
    # the output shape is the broadcast of a and b
    r = max(len(a), len(b))
    pa, pb = [1] * (r - len(a)) + a, [1] * (r - len(b)) + b
    return a, b, [max(x, y) for x, y in zip(pa, pb)]


def gen_add_sub_mul(rng, i, kind):
    a_shape, b_shape, out_shape = broadcast_shapes(rng)
    qa, qb = rand_quant(rng, 0.01, 0.2), rand_quant(rng, 0.01, 0.2)
    if kind == "mul":
        qo = (f32(qa[0] * qb[0] * 128 * rng.uniform(0.3, 2.0)), rng.randint(-128, 127))
    else:
        qo = (f32(max(qa[0], qb[0]) * rng.uniform(0.8, 3.0)), rng.randint(-128, 127))
    act = rng.choice([0, 1, 2, 3])
    a, b = rand_int8(rng, O.flat(a_shape)), rand_int8(rng, O.flat(b_shape))
    if kind == "mul":
        y = O.mul(a, a_shape, b, b_shape, out_shape, qa, qb, qo, act)
    else:
        y = O.add_sub(a, a_shape, b, b_shape, out_shape, qa, qb, qo, act, kind == "sub")
    code, opt = {"add": (W.ADD, "Add"), "sub": (W.SUB, "Sub"), "mul": (W.MUL, "Mul")}[kind]
    tensors = [act_tensor("a", a_shape, qa), act_tensor("b", b_shape, qb), act_tensor("y", out_shape, qo)]
    model = one_op(code, tensors, [0, 1], [2], opt, Table({0: ("b", act)}))
    return Case("%s_%03d" % (kind, i), model, [pack_int8(a), pack_int8(b)], [pack_int8(y)])


def gen_max_min(rng, i, maximum):
    a_shape, b_shape, out_shape = broadcast_shapes(rng)
    dtype = rng.choice([W.INT8, W.INT8, W.INT32, W.FLOAT32, W.INT16])
    if dtype == W.FLOAT32:
        gen = lambda n: [f32(rng.uniform(-100, 100)) for _ in range(n)]
    elif dtype == W.INT32:
        gen = lambda n: [rng.randint(-1 << 31, (1 << 31) - 1) for _ in range(n)]
    elif dtype == W.INT16:
        gen = lambda n: [rng.randint(-32768, 32767) for _ in range(n)]
    else:
        gen = lambda n: rand_int8(rng, n)
    a, b = gen(O.flat(a_shape)), gen(O.flat(b_shape))
    y = O.maximum_minimum(a, a_shape, b, b_shape, out_shape, maximum)
    q = dict(scale=[0.05], zero_point=[3]) if dtype == W.INT8 else {}
    tensors = [TensorSpec("a", dtype, a_shape, **q), TensorSpec("b", dtype, b_shape, **q),
               TensorSpec("y", dtype, out_shape, **q)]
    model = one_op(W.MAXIMUM if maximum else W.MINIMUM, tensors, [0, 1], [2], "MaximumMinimum")
    return Case("%s_%03d" % ("maximum" if maximum else "minimum", i), model, [pack(dtype, a), pack(dtype, b)],
                [pack(dtype, y)])


# --- activations --------------------------------------------------------------

def all_int8_input(rng):
    x = list(range(-128, 128))
    rng.shuffle(x)
    return x


def gen_sigmoid(rng, i, is_tanh):
    qi = (f32(math.exp(rng.uniform(math.log(0.0005), math.log(2.0)))), rng.randint(-128, 127))
    x = all_int8_input(rng)
    y = O.tanh(x, qi) if is_tanh else O.logistic(x, qi)
    qo = (f32(1 / 128), 0) if is_tanh else (f32(1 / 256), -128)
    shape = rng.choice([[256], [1, 256], [4, 64], [2, 2, 64]])
    model = one_op(W.TANH if is_tanh else W.LOGISTIC, [act_tensor("x", shape, qi), act_tensor("y", shape, qo)],
                   [0], [1])
    return Case("%s_%03d" % ("tanh" if is_tanh else "logistic", i), model, [pack_int8(x)], [pack_int8(y)])


def gen_softmax(rng, i):
    depth = rng.choice([1, 2, 4, 10, 37, 100])
    shape = rng.choice([[1, depth], [3, depth], [2, 2, depth]])
    qi = rand_quant(rng, 0.01, 0.5)
    beta = f32(rng.choice([1.0, 1.0, 0.5, 2.0, 0.1]))
    x = rand_int8(rng, O.flat(shape))
    if rng.random() < 0.3:
        x = [rng.randint(100, 127) for _ in x]  # several near the max
    y = O.softmax(x, shape, qi, beta)
    qo = (f32(1 / 256), -128)
    model = one_op(W.SOFTMAX, [act_tensor("x", shape, qi), act_tensor("y", shape, qo)], [0], [1], "Softmax",
                   Table({0: ("f", beta)}))
    return Case("softmax_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


def gen_relu(rng, i, six):
    shape = [rng.randint(1, 4), rng.randint(1, 40)]
    qi = rand_quant(rng, 0.01, 0.2)
    qo = qi if six or rng.random() < 0.3 else rand_quant(rng, 0.01, 0.2)
    x = rand_int8(rng, O.flat(shape))
    y = O.relu6(x, qi) if six else O.relu(x, qi, qo)
    model = one_op(W.RELU6 if six else W.RELU, [act_tensor("x", shape, qi), act_tensor("y", shape, qo)], [0], [1])
    return Case("%s_%03d" % ("relu6" if six else "relu", i), model, [pack_int8(x)], [pack_int8(y)])


# --- conversions --------------------------------------------------------------

def gen_quantize(rng, i):
    shape = [rng.randint(1, 3), rng.randint(1, 30)]
    qo = rand_quant(rng, 0.01, 0.5)
    if rng.random() < 0.6:
        x = [f32(rng.uniform(-40, 40) * rng.choice([1, 1, 0.01, 100])) for _ in range(O.flat(shape))]
        x[0] = f32(qo[0] * 2.5)  # ties round away from zero
        y = O.quantize_float(x, qo)
        tensors = [TensorSpec("x", W.FLOAT32, shape), act_tensor("y", shape, qo)]
        data = pack(W.FLOAT32, x)
    else:
        qi = rand_quant(rng, 0.01, 0.5)
        x = rand_int8(rng, O.flat(shape))
        y = O.requantize_int8(x, qi, qo)
        tensors = [act_tensor("x", shape, qi), act_tensor("y", shape, qo)]
        data = pack_int8(x)
    model = one_op(W.QUANTIZE, tensors, [0], [1], "Quantize")
    return Case("quantize_%03d" % i, model, [data], [pack_int8(y)])


def gen_dequantize(rng, i):
    shape = [rng.randint(1, 3), rng.randint(1, 30)]
    q = rand_quant(rng, 0.001, 2.0)
    x = rand_int8(rng, O.flat(shape))
    y = O.dequantize(x, q)
    model = one_op(W.DEQUANTIZE, [act_tensor("x", shape, q), TensorSpec("y", W.FLOAT32, shape)], [0], [1],
                   "Dequantize")
    return Case("dequantize_%03d" % i, model, [pack_int8(x)], [pack(W.FLOAT32, y)])


def gen_reshape(rng, i, squeeze):
    dims = [rng.randint(1, 5) for _ in range(rng.randint(1, 4))]
    n = O.flat(dims)
    out = [n] if not squeeze else [d for d in dims if d != 1] or [1]
    q = rand_quant(rng)
    x = rand_int8(rng, n)
    if squeeze:
        model = one_op(W.SQUEEZE, [act_tensor("x", dims, q), act_tensor("y", out, q)], [0], [1], "Squeeze")
    else:
        shape_t = TensorSpec("shape", W.INT32, [1], data=[n])
        model = one_op(W.RESHAPE, [act_tensor("x", dims, q), shape_t, act_tensor("y", out, q)], [0, 1], [2],
                       "Reshape", Table({0: Vector("i", out)}))
    return Case("%s_%03d" % ("squeeze" if squeeze else "reshape", i), model, [pack_int8(x)], [pack_int8(x)])


# --- data movement and reductions ----------------------------------------------

def gen_concatenation(rng, i):
    rank = rng.randint(1, 4)
    base = [rng.randint(1, 4) for _ in range(rank)]
    axis = rng.randint(0, rank - 1)
    count = rng.randint(1, 4)
    shapes = []
    for _ in range(count):
        s = list(base)
        s[axis] = rng.randint(1, 4)
        shapes.append(s)
    q = rand_quant(rng)
    xs = [rand_int8(rng, O.flat(s)) for s in shapes]
    y = O.concatenation(xs, shapes, axis)
    out_shape = list(base)
    out_shape[axis] = sum(s[axis] for s in shapes)
    tensors = [act_tensor("x%d" % k, s, q) for k, s in enumerate(shapes)] + [act_tensor("y", out_shape, q)]
    axis_opt = axis - rank if rng.random() < 0.3 else axis
    model = one_op(W.CONCATENATION, tensors, list(range(count)), [count], "Concatenation",
                   Table({0: ("i", axis_opt), 1: ("b", 0)}))
    return Case("concatenation_%03d" % i, model, [pack_int8(x) for x in xs], [pack_int8(y)])


def gen_pad(rng, i):
    rank = rng.randint(1, 4)
    shape = [rng.randint(1, 4) for _ in range(rank)]
    paddings = [(rng.randint(0, 2), rng.randint(0, 2)) for _ in range(rank)]
    dtype = rng.choice([W.INT8, W.INT8, W.INT32, W.FLOAT32])
    if dtype == W.INT8:
        q = rand_quant(rng)
        x, value, spec = rand_int8(rng, O.flat(shape)), q[1], dict(scale=[q[0]], zero_point=[q[1]])
    elif dtype == W.INT32:
        x, value, spec = [rng.randint(-1000, 1000) for _ in range(O.flat(shape))], 0, {}
    else:
        x, value, spec = [f32(rng.uniform(-5, 5)) for _ in range(O.flat(shape))], 0.0, {}
    y, out_shape = O.pad(x, shape, paddings, value)
    pads = TensorSpec("paddings", W.INT32, [rank, 2], data=[v for p in paddings for v in p])
    tensors = [TensorSpec("x", dtype, shape, **spec), pads, TensorSpec("y", dtype, out_shape, **spec)]
    model = one_op(W.PAD, tensors, [0, 1], [2], "Pad")
    return Case("pad_%03d" % i, model, [pack(dtype, x)], [pack(dtype, y)])


def gen_transpose(rng, i):
    rank = rng.randint(1, 6)
    shape = [rng.randint(1, 4) for _ in range(rank)]
    perm = list(range(rank))
    rng.shuffle(perm)
    dtype = rng.choice([W.INT8, W.INT32])
    x = rand_int8(rng, O.flat(shape)) if dtype == W.INT8 else [rng.randint(-99999, 99999) for _ in range(O.flat(shape))]
    y, out_shape = O.transpose(x, shape, perm)
    spec = dict(scale=[0.1], zero_point=[0]) if dtype == W.INT8 else {}
    tensors = [TensorSpec("x", dtype, shape, **spec), TensorSpec("perm", W.INT32, [rank], data=perm),
               TensorSpec("y", dtype, out_shape, **spec)]
    model = one_op(W.TRANSPOSE, tensors, [0, 1], [2], "Transpose")
    return Case("transpose_%03d" % i, model, [pack(dtype, x)], [pack(dtype, y)])


def gen_mean(rng, i):
    if rng.random() < 0.3:  # the spatial (global average pool) case, if keep
        rank, shape, axes = 4, [rng.randint(1, 2)] + [rng.randint(1, 9) for _ in range(3)], rng.choice([[1, 2], [2, 1]])
        if rng.random() < 0.2:
            axes = [a - rank for a in axes]  # raw values decide: not the spatial case
    else:
        rank = rng.randint(1, 4)
        shape = [rng.randint(1, 6) for _ in range(rank)]
        axes = rng.sample(range(rank), rng.randint(1, rank))
        axes = [a - rank if rng.random() < 0.3 else a for a in axes]
        if rng.random() < 0.2:
            axes.append(axes[0])  # duplicates are ignored
    keep = rng.random() < 0.5
    qi = rand_quant(rng)
    qo = qi if rng.random() < 0.3 else rand_quant(rng)
    x = rand_int8(rng, O.flat(shape))
    y = O.mean(x, shape, axes, qi, qo, keep)
    resolved = {a % rank for a in axes}
    out_shape = [1 if d in resolved else s for d, s in enumerate(shape)] if keep else \
        [s for d, s in enumerate(shape) if d not in resolved]
    tensors = [act_tensor("x", shape, qi), TensorSpec("axes", W.INT32, [len(axes)], data=axes),
               act_tensor("y", out_shape, qo)]
    keep_byte = (1 if i % 3 else 99) if keep else 0  # a bool field: any nonzero byte is true
    model = one_op(W.MEAN, tensors, [0, 1], [2], "Reducer", Table({0: ("B", keep_byte)}))
    return Case("mean_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


def gen_strided_slice(rng, i):
    while True:
        rank = rng.randint(1, 4)
        shape = [rng.randint(1, 6) for _ in range(rank)]
        begin = [rng.randint(-7, 7) for _ in range(rank)]
        end = [rng.randint(-7, 7) for _ in range(rank)]
        stride = [rng.choice([1, 1, 2, 3, -1, -2]) for _ in range(rank)]
        bm, em, sm = rng.randint(0, 15), rng.randint(0, 15), rng.randint(0, 15) if rng.random() < 0.3 else 0
        offset = rng.random() < 0.15
        q = rand_quant(rng)
        x = rand_int8(rng, O.flat(shape))
        y, out_shape = O.strided_slice(x, shape, begin, end, stride, bm, em, sm & ((1 << rank) - 1), offset)
        if y:
            break
    sm &= (1 << rank) - 1
    tensors = [act_tensor("x", shape, q), TensorSpec("begin", W.INT32, [rank], data=begin),
               TensorSpec("end", W.INT32, [rank], data=end), TensorSpec("strides", W.INT32, [rank], data=stride),
               act_tensor("y", out_shape, q)]
    options = Table({0: ("i", bm), 1: ("i", em), 4: ("i", sm), 5: ("?", offset)})
    model = one_op(W.STRIDED_SLICE, tensors, [0, 1, 2, 3], [4], "StridedSlice", options)
    return Case("strided_slice_%03d" % i, model, [pack_int8(x)], [pack_int8(y)])


GENERATORS = [
    ("fully_connected", gen_fully_connected),
    ("conv_2d", gen_conv),
    ("depthwise_conv_2d", gen_depthwise),
    ("average_pool_2d", lambda r, i: gen_pool(r, i, True)),
    ("max_pool_2d", lambda r, i: gen_pool(r, i, False)),
    ("add", lambda r, i: gen_add_sub_mul(r, i, "add")),
    ("sub", lambda r, i: gen_add_sub_mul(r, i, "sub")),
    ("mul", lambda r, i: gen_add_sub_mul(r, i, "mul")),
    ("maximum", lambda r, i: gen_max_min(r, i, True)),
    ("minimum", lambda r, i: gen_max_min(r, i, False)),
    ("softmax", gen_softmax),
    ("logistic", lambda r, i: gen_sigmoid(r, i, False)),
    ("tanh", lambda r, i: gen_sigmoid(r, i, True)),
    ("relu", lambda r, i: gen_relu(r, i, False)),
    ("relu6", lambda r, i: gen_relu(r, i, True)),
    ("reshape", lambda r, i: gen_reshape(r, i, False)),
    ("squeeze", lambda r, i: gen_reshape(r, i, True)),
    ("quantize", gen_quantize),
    ("dequantize", gen_dequantize),
    ("concatenation", gen_concatenation),
    ("pad", gen_pad),
    ("transpose", gen_transpose),
    ("mean", gen_mean),
    ("strided_slice", gen_strided_slice),
]


def blob(data):
    return struct.pack("<I", len(data)) + data


def write_cases(path, cases):
    out = bytearray(struct.pack("<I", len(cases)))
    for c in cases:
        out += blob(c.name.encode()) + blob(c.model)
        out += struct.pack("<I", len(c.inputs)) + b"".join(blob(x) for x in c.inputs)
        out += struct.pack("<I", len(c.outputs)) + b"".join(blob(y) for y in c.outputs)
    with open(path, "wb") as f:
        f.write(out)


def write_malformed(path, cases):
    out = bytearray(struct.pack("<I", len(cases)))
    for name, kind, fragment, model in cases:
        out += blob(name.encode()) + struct.pack("<B", kind) + blob(fragment.encode()) + blob(model)
    with open(path, "wb") as f:
        f.write(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20260820)
    parser.add_argument("--per-op", type=int, default=40)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    cases = []
    for name, gen in GENERATORS:
        rng = random.Random("%d:%s" % (args.seed, name))
        cases += [gen(rng, i) for i in range(args.per_op)]
    import gen_network_cases
    cases += [Case(*c) for c in gen_network_cases.cases(random.Random("%d:networks" % args.seed))]
    write_cases(os.path.join(args.out, "oracle_cases.bin"), cases)
    import gen_malformed_cases
    malformed = gen_malformed_cases.cases(random.Random(args.seed))
    write_malformed(os.path.join(args.out, "malformed_cases.bin"), malformed)
    print("wrote %d oracle cases and %d malformed models to %s" % (len(cases), len(malformed), args.out))


if __name__ == "__main__":
    main()
