#!/usr/bin/env python3
"""gen_network_cases.py — whole-network test cases for the mlinfer engine.

The single-operator cases of gen_kernel_cases.py check each kernel alone.
These check what only a real model exercises: many operators chained through
one planned arena (tensors reused between non-overlapping lifetimes), each
layer's output quantization feeding the next layer's input, residual
branches that keep a tensor alive across several layers, and graphs whose
model inputs/outputs are float with QUANTIZE/DEQUANTIZE at the ends.

The architectures are scaled-down versions of the TinyML reference models
(MLPerf Tiny): a DS-CNN keyword spotter, a MobileNet-v1 style visual wake
words net, a ResNet-8 style CIFAR classifier and an anomaly-detection
autoencoder, plus a graph that mixes the remaining operators. Weights,
quantization and inputs are random but seeded; the expected outputs are
computed layer by layer with int8_oracle.

`Net` builds a graph and its oracle values together: every layer method
adds the operator's tensors and returns the index of its output tensor,
whose values the oracle has already computed.
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import int8_oracle as O  # noqa: E402
import tflite_writer as W  # noqa: E402
from tflite_writer import OPT, Table, TensorSpec, OpSpec, Vector  # noqa: E402

f32 = O.f32
ACT_NONE, ACT_RELU, ACT_RELU6 = 0, 1, 3
SAME, VALID = 0, 1


class Net:
    def __init__(self, rng):
        self.rng = rng
        self.tensors, self.ops, self.inputs, self.input_data = [], [], [], []
        self.values = {}  # tensor index -> (values, shape, (scale, zero_point) or None)

    # --- tensors --------------------------------------------------------------

    def _tensor(self, spec, values=None, q=None):
        self.tensors.append(spec)
        index = len(self.tensors) - 1
        if values is not None:
            self.values[index] = (values, list(spec.shape), q)
        return index

    def _activation(self, name, shape, q, values):
        return self._tensor(TensorSpec(name, W.INT8, shape, scale=[q[0]], zero_point=[q[1]]), values, q)

    def _const(self, name, dtype, shape, data, **quant):
        return self._tensor(TensorSpec(name, dtype, shape, data=data, **quant))

    def _op(self, code, inputs, outputs, opt_name=None, options=None):
        self.ops.append(OpSpec(code, inputs, outputs, OPT[opt_name] if opt_name else 0,
                               options if options is not None else (Table({}) if opt_name else None)))

    def _name(self, kind):
        return "%s_%d" % (kind, len(self.ops))

    def _out_q(self, in_scale, w_scale, depth):
        scale = f32(in_scale * w_scale * math.sqrt(max(depth, 1)) * 40.0 * self.rng.uniform(0.6, 1.6))
        return scale, self.rng.randint(-20, 20)

    def int8_input(self, shape, scale=0.05, zero_point=-3):
        values = [self.rng.randint(-128, 127) for _ in range(O.flat(shape))]
        index = self._activation("input", shape, (f32(scale), zero_point), values)
        self.inputs.append(index)
        self.input_data.append(struct_pack("b", values))
        return index

    def float_input(self, shape):
        values = [f32(self.rng.uniform(-3.0, 3.0)) for _ in range(O.flat(shape))]
        index = self._tensor(TensorSpec("input", W.FLOAT32, shape), values, None)
        self.inputs.append(index)
        self.input_data.append(struct_pack("f", values))
        return index

    def shape(self, x):
        return self.values[x][1]

    # --- layers ---------------------------------------------------------------

    def _weights(self, channels):
        return [f32(self.rng.uniform(0.004, 0.02)) for _ in range(channels)]

    def conv(self, x, out_channels, kernel, stride=1, padding=SAME, act=ACT_RELU, dilation=1):
        xv, xs, qi = self.values[x]
        depth = xs[3]
        fh, fw = kernel
        w = [self.rng.randint(-127, 127) for _ in range(out_channels * fh * fw * depth)]
        ws = self._weights(out_channels)
        bias = [self.rng.randint(-600, 600) for _ in range(out_channels)]
        qo = self._out_q(qi[0], ws[0], fh * fw * depth)
        opts = (padding, stride, stride, dilation, dilation, act)
        y, ys = O.conv2d(xv, xs, w, [out_channels, fh, fw, depth], bias, qi, ws, qo, opts)
        wi = self._const(self._name("conv_w"), W.INT8, [out_channels, fh, fw, depth], w, scale=ws,
                         zero_point=[0] * out_channels)
        bi = self._const(self._name("conv_b"), W.INT32, [out_channels], bias)
        out = self._activation(self._name("conv"), ys, qo, y)
        self._op(W.CONV_2D, [x, wi, bi], [out], "Conv2D",
                 Table({0: ("b", padding), 1: ("i", stride), 2: ("i", stride), 3: ("b", act),
                        4: ("i", dilation), 5: ("i", dilation)}))
        return out

    def depthwise(self, x, kernel=(3, 3), stride=1, padding=SAME, act=ACT_RELU, multiplier=1):
        xv, xs, qi = self.values[x]
        channels = xs[3] * multiplier
        fh, fw = kernel
        w = [self.rng.randint(-127, 127) for _ in range(fh * fw * channels)]
        ws = self._weights(channels)
        bias = [self.rng.randint(-300, 300) for _ in range(channels)]
        qo = self._out_q(qi[0], ws[0], fh * fw)
        opts = (padding, stride, stride, 1, 1, act)
        y, ys = O.depthwise_conv2d(xv, xs, w, [1, fh, fw, channels], bias, qi, ws, qo, opts)
        wi = self._const(self._name("dw_w"), W.INT8, [1, fh, fw, channels], w, scale=ws,
                         zero_point=[0] * channels, quantized_dimension=3)
        bi = self._const(self._name("dw_b"), W.INT32, [channels], bias)
        out = self._activation(self._name("dw"), ys, qo, y)
        self._op(W.DEPTHWISE_CONV_2D, [x, wi, bi], [out], "DepthwiseConv2D",
                 Table({0: ("b", padding), 1: ("i", stride), 2: ("i", stride), 3: ("i", multiplier),
                        4: ("b", act), 5: ("i", 1), 6: ("i", 1)}))
        return out

    def fully_connected(self, x, units, act=ACT_NONE, per_channel=False, out_scale=None):
        """`out_scale` fixes the output scale (logits for a SOFTMAX: its
        input's float range decides how peaked it is); the weight scales are
        then chosen to keep the int8 outputs spread as in the other layers."""
        xv, xs, qi = self.values[x]
        depth = xs[-1]
        w = [self.rng.randint(-127, 127) for _ in range(units * depth)]
        ws = self._weights(units) if per_channel else self._weights(1)
        qo = self._out_q(qi[0], ws[0], depth)
        if out_scale is not None:
            ws = [f32(w_scale * out_scale / qo[0]) for w_scale in ws]
            qo = (f32(out_scale), qo[1])
        bias = [self.rng.randint(-900, 900) for _ in range(units)]
        y = O.fully_connected(xv, xs, w, [units, depth], bias, qi, ws, qo, act)
        wi = self._const(self._name("fc_w"), W.INT8, [units, depth], w, scale=ws, zero_point=[0] * len(ws))
        bi = self._const(self._name("fc_b"), W.INT32, [units], bias)
        out = self._activation(self._name("fc"), [O.flat(xs) // depth, units], qo, y)
        self._op(W.FULLY_CONNECTED, [x, wi, bi], [out], "FullyConnected", Table({0: ("b", act)}))
        return out

    def pool(self, x, size, stride, average=True, padding=VALID):
        xv, xs, q = self.values[x]
        y, ys = O.pool2d(xv, xs, q, (padding, stride, stride, size[0], size[1], ACT_NONE), average)
        out = self._activation(self._name("pool"), ys, q, y)
        self._op(W.AVERAGE_POOL_2D if average else W.MAX_POOL_2D, [x], [out], "Pool2D",
                 Table({0: ("b", padding), 1: ("i", stride), 2: ("i", stride), 3: ("i", size[1]),
                        4: ("i", size[0]), 5: ("b", ACT_NONE)}))
        return out

    def global_average_pool(self, x):
        xs = self.shape(x)
        return self.pool(x, (xs[1], xs[2]), 1)

    def reshape(self, x, shape):
        xv, _, q = self.values[x]
        si = self._const(self._name("shape"), W.INT32, [len(shape)], shape)
        out = self._activation(self._name("reshape"), shape, q, list(xv))
        self._op(W.RESHAPE, [x, si], [out], "Reshape", Table({0: Vector("i", shape)}))
        return out

    def softmax(self, x):
        xv, xs, qi = self.values[x]
        y = O.softmax(xv, xs, qi, 1.0)
        out = self._activation(self._name("softmax"), xs, (f32(1 / 256), -128), y)
        self._op(W.SOFTMAX, [x], [out], "Softmax", Table({0: ("f", f32(1.0))}))
        return out

    def add(self, a, b, act=ACT_RELU):
        av, shape, qa = self.values[a]
        bv, _, qb = self.values[b]
        qo = (f32(max(qa[0], qb[0]) * 1.6), self.rng.randint(-10, 10))
        y = O.add_sub(av, shape, bv, shape, shape, qa, qb, qo, act, False)
        out = self._activation(self._name("add"), shape, qo, y)
        self._op(W.ADD, [a, b], [out], "Add", Table({0: ("b", act)}))
        return out

    def mul(self, a, b):
        av, shape, qa = self.values[a]
        bv, _, qb = self.values[b]
        qo = (f32(qa[0] * qb[0] * 90), self.rng.randint(-10, 10))
        y = O.mul(av, shape, bv, shape, shape, qa, qb, qo, ACT_NONE)
        out = self._activation(self._name("mul"), shape, qo, y)
        self._op(W.MUL, [a, b], [out], "Mul", Table({0: ("b", ACT_NONE)}))
        return out

    def logistic(self, x):
        xv, xs, qi = self.values[x]
        out = self._activation(self._name("logistic"), xs, (f32(1 / 256), -128), O.logistic(xv, qi))
        self._op(W.LOGISTIC, [x], [out])
        return out

    def tanh(self, x):
        xv, xs, qi = self.values[x]
        out = self._activation(self._name("tanh"), xs, (f32(1 / 128), 0), O.tanh(xv, qi))
        self._op(W.TANH, [x], [out])
        return out

    def concatenation(self, xs_list, axis):
        q = self.values[xs_list[0]][2]
        values = [self.values[x][0] for x in xs_list]
        shapes = [self.shape(x) for x in xs_list]
        out_shape = list(shapes[0])
        out_shape[axis] = sum(s[axis] for s in shapes)
        out = self._activation(self._name("concat"), out_shape, q, O.concatenation(values, shapes, axis))
        self._op(W.CONCATENATION, list(xs_list), [out], "Concatenation", Table({0: ("i", axis), 1: ("b", 0)}))
        return out

    def pad(self, x, paddings):
        xv, xs, q = self.values[x]
        y, ys = O.pad(xv, xs, paddings, q[1])
        pi = self._const(self._name("paddings"), W.INT32, [len(xs), 2], [v for p in paddings for v in p])
        out = self._activation(self._name("pad"), ys, q, y)
        self._op(W.PAD, [x, pi], [out], "Pad")
        return out

    def mean(self, x, axes, keep_dims, same_quantization=False):
        xv, xs, qi = self.values[x]
        qo = qi if same_quantization else (f32(qi[0] * 0.7), qi[1])
        y = O.mean(xv, xs, axes, qi, qo, keep_dims)
        ys = [1 if d in axes else s for d, s in enumerate(xs)] if keep_dims else \
            [s for d, s in enumerate(xs) if d not in axes]
        ai = self._const(self._name("axes"), W.INT32, [len(axes)], axes)
        out = self._activation(self._name("mean"), ys, qo, y)
        self._op(W.MEAN, [x, ai], [out], "Reducer", Table({0: ("?", keep_dims)}))
        return out

    def transpose(self, x, perm):
        xv, xs, q = self.values[x]
        y, ys = O.transpose(xv, xs, perm)
        pi = self._const(self._name("perm"), W.INT32, [len(perm)], perm)
        out = self._activation(self._name("transpose"), ys, q, y)
        self._op(W.TRANSPOSE, [x, pi], [out], "Transpose")
        return out

    def quantize(self, x, q):
        xv, xs, _ = self.values[x]
        q = (f32(q[0]), q[1])
        out = self._activation(self._name("quantize"), xs, q, O.quantize_float(xv, q))
        self._op(W.QUANTIZE, [x], [out], "Quantize")
        return out

    def requantize(self, x, q):
        """QUANTIZE int8 -> int8, as converters insert before a CONCATENATION
        whose inputs differ in quantization (int8 concatenation does not
        rescale)."""
        xv, xs, qi = self.values[x]
        out = self._activation(self._name("requantize"), xs, q, O.requantize_int8(xv, qi, q))
        self._op(W.QUANTIZE, [x], [out], "Quantize")
        return out

    def dequantize(self, x):
        xv, xs, q = self.values[x]
        out = self._tensor(TensorSpec(self._name("dequantize"), W.FLOAT32, xs), O.dequantize(xv, q), None)
        self._op(W.DEQUANTIZE, [x], [out], "Dequantize")
        return out

    # --- the model ------------------------------------------------------------

    def build(self, name, outputs):
        model = W.build_model(self.tensors, self.ops, self.inputs, outputs)
        expected = []
        for o in outputs:
            values = self.values[o][0]
            expected.append(struct_pack("f" if self.tensors[o].dtype == W.FLOAT32 else "b", values))
        return name, model, list(self.input_data), expected


def struct_pack(fmt, values):
    import struct
    return struct.pack("<%d%s" % (len(values), fmt), *values)


# --- architectures --------------------------------------------------------------

def ds_cnn(rng, i):
    """Keyword spotting: a strided first conv over MFCC frames, depthwise-
    separable blocks, global average pool, classifier."""
    net = Net(rng)
    x = net.int8_input([1, 13, 7, 1], 0.1, 20)
    x = net.conv(x, 8, (5, 3), stride=2, act=ACT_RELU)
    for _ in range(2):
        x = net.depthwise(x, (3, 3), act=ACT_RELU)
        x = net.conv(x, 8, (1, 1), act=ACT_RELU)
    x = net.global_average_pool(x)
    x = net.reshape(x, [1, 8])
    x = net.fully_connected(x, 6, out_scale=0.08)
    return net.build("net_ds_cnn_%02d" % i, [net.softmax(x)])


def mobilenet(rng, i):
    """Visual wake words: MobileNet v1 blocks with RELU6, an explicit PAD
    before a VALID strided depthwise conv, MEAN as the global pool (each of
    TFLite Micro's three int8 MEAN computations in one variant or another)."""
    net = Net(rng)
    x = net.int8_input([1, 12, 12, 3], 0.0078125, 0)
    x = net.conv(x, 6, (3, 3), stride=2, act=ACT_RELU6)
    x = net.depthwise(x, act=ACT_RELU6)
    x = net.conv(x, 8, (1, 1), act=ACT_RELU6)
    x = net.pad(x, [(0, 0), (0, 1), (0, 1), (0, 0)])
    x = net.depthwise(x, stride=2, padding=VALID, act=ACT_RELU6, multiplier=2)
    x = net.conv(x, 10, (1, 1), act=ACT_RELU6)
    # MEAN as Keras' GlobalAveragePooling2D converts (keep_dims False), or
    # with keep_dims and a RESHAPE (TFLite Micro's integer path); the output
    # quantization equal to the input's or not.
    keep_dims = i % 2 == 1
    x = net.mean(x, [1, 2], keep_dims, same_quantization=i % 4 >= 2)
    if keep_dims:
        x = net.reshape(x, [1, 10])
    x = net.fully_connected(x, 2, per_channel=True, out_scale=0.03)
    return net.build("net_mobilenet_%02d" % i, [net.softmax(x)])


def resnet(rng, i):
    """CIFAR ResNet-8 style: residual blocks whose shortcut is a tensor kept
    alive across two convolutions (or a strided 1x1 projection)."""
    net = Net(rng)
    x = net.int8_input([1, 10, 10, 3], 0.03, -10)
    x = net.conv(x, 8, (3, 3), act=ACT_RELU)
    for stride, channels in ((1, 8), (2, 12)):
        y = net.conv(x, channels, (3, 3), stride=stride, act=ACT_RELU)
        y = net.conv(y, channels, (3, 3), act=ACT_NONE)
        shortcut = x if stride == 1 else net.conv(x, channels, (1, 1), stride=stride, act=ACT_NONE)
        x = net.add(y, shortcut, act=ACT_RELU)
    x = net.pool(x, (5, 5), 5, average=True)
    x = net.reshape(x, [1, 12])
    x = net.fully_connected(x, 10, out_scale=0.06)
    return net.build("net_resnet_%02d" % i, [net.softmax(x)])


def autoencoder(rng, i):
    """Anomaly detection: float in, QUANTIZE, a bottlenecked stack of dense
    layers, DEQUANTIZE, float out."""
    net = Net(rng)
    x = net.float_input([1, 40])
    x = net.quantize(x, (0.025, 2))
    for units in (24, 8, 24):
        x = net.fully_connected(x, units, act=ACT_RELU, per_channel=rng.random() < 0.5)
    x = net.fully_connected(x, 40)
    return net.build("net_autoencoder_%02d" % i, [net.dequantize(x)])


def mixed(rng, i):
    """Two branches (MAX_POOL, and a gated branch: LOGISTIC x TANH via MUL,
    requantized to the other branch's scale) joined by CONCATENATION, then
    TRANSPOSE; two outputs, one of them an
    intermediate tensor that must survive to the end."""
    net = Net(rng)
    x = net.int8_input([1, 6, 6, 4], 0.05, 5)
    a = net.conv(x, 4, (3, 3), act=ACT_NONE)
    gate = net.mul(net.logistic(a), net.tanh(a))
    b = net.pool(x, (2, 2), 1, average=False, padding=SAME)
    joined = net.concatenation([net.requantize(gate, net.values[b][2]), b], 3)
    t = net.transpose(joined, [0, 3, 1, 2])
    return net.build("net_mixed_%02d" % i, [a, t])


ARCHITECTURES = [ds_cnn, mobilenet, resnet, autoencoder, mixed]


def cases(rng, per_architecture=4):
    """(name, model, inputs, outputs) tuples: `per_architecture` seeded
    variants of each architecture."""
    return [arch(rng, i) for arch in ARCHITECTURES for i in range(per_architecture)]
