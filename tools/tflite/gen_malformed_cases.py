#!/usr/bin/env python3
"""gen_malformed_cases.py — models the mlinfer engine must reject, and how.

Each case is (name, error kind, message fragment, model bytes). Error kinds
use the engine's ErrorKind numbering: 1 ValueError, 2 NotImplementedError,
3 MemoryError, 4 TypeError. They cover the structural verifier (identifier,
version, subgraph count, tensor indices, shapes, buffer sizes, quantization
arrays, data flow, unsupported operators) and each kernel's Prepare checks
(options, shapes, quantization). Byte-level corruption (truncation, flipped
offsets) is done in the C++ test on the real models.
"""

import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflite_writer as W  # noqa: E402
from tflite_writer import OPT, Table, TableVector, TensorSpec, OpSpec, String, Vector  # noqa: E402

VALUE, NOT_IMPLEMENTED, MEMORY, TYPE = 1, 2, 3, 4


def act(name, shape, scale=0.1, zp=0, dtype=W.INT8):
    return TensorSpec(name, dtype, shape, scale=[scale], zero_point=[zp])


def fc_tensors(units=4, depth=3):
    return [act("x", [1, depth]),
            TensorSpec("w", W.INT8, [units, depth], data=[1] * (units * depth), scale=[0.01], zero_point=[0]),
            TensorSpec("b", W.INT32, [units], data=[0] * units),
            act("y", [1, units])]


def fc_op(**kw):
    return OpSpec(W.FULLY_CONNECTED, [0, 1, 2], [3], OPT["FullyConnected"], Table({0: ("b", 0)}), **kw)


def fc_model(tensors=None, ops=None, inputs=(0,), outputs=(3,), **kw):
    return W.build_model(tensors or fc_tensors(), ops or [fc_op()], list(inputs), list(outputs), **kw)


def conv_model(stride=1, out_hw=4, act_fn=0, dtype=W.INT8, filter_zp=0, options_type=None):
    x = TensorSpec("x", dtype, [1, 4, 4, 2], **({} if dtype != W.INT8 else dict(scale=[0.1], zero_point=[0])))
    w = TensorSpec("w", W.INT8, [3, 3, 3, 2], data=[1] * 54, scale=[0.01], zero_point=[filter_zp])
    y = act("y", [1, out_hw, out_hw, 3])
    options = Table({0: ("b", 0), 1: ("i", stride), 2: ("i", stride), 3: ("b", act_fn)})
    op = OpSpec(W.CONV_2D, [0, 1, -1], [2], options_type or OPT["Conv2D"], options)
    return W.build_model([x, w, y], [op], [0], [2])


def single(code, tensors, inputs, outputs, opt=None, options=None, version=1):
    op = OpSpec(code, inputs, outputs, OPT[opt] if opt else 0, options if options is not None else
                (Table({}) if opt else None), version=version)
    graph_inputs = [i for i in inputs if i >= 0 and tensors[i].data is None]
    return W.build_model(tensors, [op], graph_inputs, outputs)


def raw_model(subgraphs, version=3):
    """A Model table with hand-made subgraphs (for subgraph-count errors)."""
    model = Table({0: ("I", version), 1: TableVector([]), 2: TableVector(subgraphs),
                   4: TableVector([Table({})])})
    return W.Serializer().finish(model)


def structural_cases():
    t = fc_tensors()
    yield "bad_identifier", VALUE, "file identifier is 'XYZW', expected 'TFL3'", fc_model(identifier=b"XYZW")
    yield "schema_version_2", VALUE, "unsupported TFLite schema version 2", fc_model(version=2)
    yield "no_subgraph", VALUE, "model has no subgraph", raw_model([])
    sg = Table({0: TableVector([]), 1: Vector("i", []), 2: Vector("i", []), 3: TableVector([])})
    yield "two_subgraphs", NOT_IMPLEMENTED, "model has 2 subgraphs", raw_model([sg, sg])
    yield "op_input_out_of_range", VALUE, "node 0: input 0 refers to tensor 7 (4 tensors)", fc_model(
        ops=[OpSpec(W.FULLY_CONNECTED, [7, 1, 2], [3], OPT["FullyConnected"], Table({}))])
    yield "op_output_negative", VALUE, "node 0: output 0 refers to tensor -1", fc_model(
        ops=[OpSpec(W.FULLY_CONNECTED, [0, 1, 2], [-1], OPT["FullyConnected"], Table({}))])
    yield "graph_input_out_of_range", VALUE, "SubGraph.inputs[0] = 9 is not a valid tensor index", fc_model(
        inputs=(9,))
    yield "graph_output_out_of_range", VALUE, "SubGraph.outputs[0] = -3 is not a valid tensor index", fc_model(
        outputs=(-3,))
    neg = fc_tensors()
    neg[0] = act("x", [1, -1])
    yield "negative_dimension", VALUE, "tensor 0: negative dimension -1 in shape [1,-1]", fc_model(neg)
    zero = fc_tensors()
    zero[0] = act("x", [1, 0])
    yield "zero_dimension", NOT_IMPLEMENTED, "tensor 0: empty shape [1,0]", fc_model(zero)
    huge = fc_tensors()
    huge[0] = act("x", [65536, 65536, 4])
    yield "huge_shape", VALUE, "tensor 0: shape [65536,65536,4] of int8 is too large", fc_model(huge)
    huge32 = fc_tensors()
    huge32[0] = act("x", [2147483647, 2147483647, 2147483647, 2147483647])
    yield "overflowing_shape", VALUE, "is too large", fc_model(huge32)
    rank7 = fc_tensors()
    rank7[0] = act("x", [1] * 7)
    yield "rank_7", NOT_IMPLEMENTED, "tensor 0: rank 7 is not supported", fc_model(rank7)
    short = [act("x", [1, 10, 10, 2]), TensorSpec("c", W.INT8, [1, 10, 10, 2], data=bytes(100), scale=[0.1],
                                                   zero_point=[0]), act("y", [1, 10, 10, 2])]
    yield "buffer_size_mismatch", VALUE, "tensor 1: buffer has 100 bytes, shape [1,10,10,2] needs 200", \
        single(W.ADD, short, [0, 1], [2], "Add")
    pc = fc_tensors()
    pc[1] = TensorSpec("w", W.INT8, [4, 3], data=[1] * 12, scale=[0.1, 0.2, 0.3], zero_point=[0, 0, 0])
    yield "per_channel_count", VALUE, "tensor 1: 3 per-channel scales but dimension 0 of shape [4,3] is 4", \
        fc_model(pc)
    zpn = fc_tensors()
    zpn[1] = TensorSpec("w", W.INT8, [4, 3], data=[1] * 12, scale=[0.1, 0.2, 0.3, 0.4], zero_point=[0, 0])
    yield "zero_point_count", VALUE, "tensor 1: 4 quantization scales but 2 zero points", fc_model(zpn)
    qdim = fc_tensors()
    qdim[1] = TensorSpec("w", W.INT8, [4, 3], data=[1] * 12, scale=[0.1] * 4, zero_point=[0] * 4,
                         quantized_dimension=5)
    yield "quantized_dimension_range", VALUE, "quantized_dimension 5 out of range", fc_model(qdim)
    nan = fc_tensors()
    nan[0] = act("x", [1, 3], scale=float("nan"))
    yield "nan_scale", VALUE, "tensor 0: quantization scale nan", fc_model(nan)
    yield "cast_unsupported", NOT_IMPLEMENTED, "operator CAST (version 3) at node 0 is not supported", single(
        W.CAST, [act("x", [4]), TensorSpec("y", W.FLOAT32, [4])], [0], [1], version=3)
    custom = OpSpec(W.CUSTOM, [0], [1], custom_code="MyOp")
    yield "custom_unsupported", NOT_IMPLEMENTED, "operator CUSTOM 'MyOp' (version 1) at node 0 is not supported", \
        W.build_model([act("x", [4]), act("y", [4])], [custom], [0], [1])
    yield "unknown_builtin", NOT_IMPLEMENTED, "unknown builtin code 999", W.build_model(
        [act("x", [4]), act("y", [4])], [OpSpec(999, [0], [1])], [0], [1])
    yield "writes_constant", VALUE, "output 0 writes tensor 1, which is a constant", fc_model(
        ops=[OpSpec(W.FULLY_CONNECTED, [0, 1, 2], [1], OPT["FullyConnected"], Table({}))])
    yield "writes_model_input", VALUE, "output 0 writes tensor 0, which is a model input", fc_model(
        ops=[OpSpec(W.FULLY_CONNECTED, [0, 1, 2], [0], OPT["FullyConnected"], Table({}))], outputs=(0,))
    twice = fc_tensors() + [act("z", [1, 4])]
    yield "written_twice", VALUE, "node 1: output 0 writes tensor 3, which is a tensor already written", fc_model(
        twice, ops=[fc_op(), fc_op()])
    yield "reads_unwritten", VALUE, "node 0: input 0 reads tensor 0, which nothing has written", fc_model(
        inputs=())
    yield "output_never_written", VALUE, "model output 1 (tensor 4) is never written", fc_model(
        fc_tensors() + [act("z", [1, 4])], outputs=(3, 4))
    yield "constant_model_input", VALUE, "model input 1 (tensor 1) is a constant", fc_model(inputs=(0, 1))
    strings = fc_tensors()
    strings[0] = TensorSpec("x", 5, [1, 3])
    yield "string_dtype", NOT_IMPLEMENTED, "tensor 0: dtype string (5) is not supported", fc_model(strings)
    bad_type = fc_tensors()
    bad_type[0] = TensorSpec("x", 77, [1, 3])
    yield "unknown_dtype", NOT_IMPLEMENTED, "tensor 0: dtype unknown (77)", fc_model(bad_type)
    yield "opcode_out_of_range", VALUE, "opcode index", bad_opcode_model()
    yield "buffer_index_out_of_range", VALUE, "tensor 0: buffer index 42 out of range", bad_buffer_model()
    yield "sparse_tensor", NOT_IMPLEMENTED, "tensor 0: sparse tensors are not supported", sparse_model()
    yield "variable_tensor", NOT_IMPLEMENTED, "tensor 0: variable tensors are not supported", variable_model()


def patched_tensor_model(field, value):
    """fc_model with tensor 0 given an extra field."""
    tensors = fc_tensors()
    buffers = [Table({})]
    tables = []
    for t in tensors:
        index = 0
        if t.data is not None:
            index = len(buffers)
            buffers.append(Table({0: W.Blob(t.data_bytes())}))
        tables.append(W.tensor_table(t, index))
    tables[0].fields[field] = value
    op = W.operator_table(fc_op(), 0)
    sg = Table({0: TableVector(tables), 1: Vector("i", [0]), 2: Vector("i", [3]), 3: TableVector([op])})
    model = Table({0: ("I", 3), 1: TableVector([W.opcode_table(W.FULLY_CONNECTED, 1, None)]),
                   2: TableVector([sg]), 4: TableVector(buffers)})
    return W.Serializer().finish(model)


def bad_buffer_model():
    return patched_tensor_model(2, ("I", 42))


def sparse_model():
    return patched_tensor_model(6, Table({}))


def variable_model():
    return patched_tensor_model(5, ("?", True))


def bad_opcode_model():
    """fc_model whose operator names operator code 5 of 1."""
    tensors = fc_tensors()
    buffers = [Table({})]
    tables = []
    for t in tensors:
        index = 0
        if t.data is not None:
            index = len(buffers)
            buffers.append(Table({0: W.Blob(t.data_bytes())}))
        tables.append(W.tensor_table(t, index))
    op = W.operator_table(fc_op(), 5)
    sg = Table({0: TableVector(tables), 1: Vector("i", [0]), 2: Vector("i", [3]), 3: TableVector([op])})
    model = Table({0: ("I", 3), 1: TableVector([W.opcode_table(W.FULLY_CONNECTED, 1, None)]),
                   2: TableVector([sg]), 4: TableVector(buffers)})
    return W.Serializer().finish(model)


def kernel_cases():
    yield "conv_stride_0", VALUE, "CONV_2D node 0: height stride 0", conv_model(stride=0)
    yield "conv_output_shape", VALUE, "CONV_2D node 0: output shape [1,5,5,3] should have 4 in dimension 1", \
        conv_model(out_hw=5)
    yield "conv_tanh_activation", NOT_IMPLEMENTED, "fused activation 4 is not supported", conv_model(act_fn=4)
    yield "conv_float", NOT_IMPLEMENTED, "CONV_2D node 0: input dtype float32 is not supported", \
        conv_model(dtype=W.FLOAT32)
    yield "conv_filter_zero_point", VALUE, "weights zero point 3 (channel 0) must be 0", conv_model(filter_zp=3)
    yield "conv_wrong_options", VALUE, "builtin options have union type 5, expected 1", conv_model(options_type=5)
    t = fc_tensors(depth=3)
    t[0] = act("x", [1, 4])
    yield "fc_input_size", VALUE, "input shape [1,4] is not a multiple of weights depth 3", fc_model(t)
    t = fc_tensors()
    t[2] = TensorSpec("b", W.INT32, [5], data=[0] * 5)
    yield "fc_bias_size", VALUE, "bias shape [5] should have 4 elements", fc_model(t)
    t = fc_tensors()
    t[2] = TensorSpec("b", W.FLOAT32, [4], data=[0.0] * 4)
    yield "fc_bias_dtype", NOT_IMPLEMENTED, "bias dtype float32 is not supported (expected int32)", fc_model(t)
    yield "fc_three_outputs", VALUE, "expects 1 outputs, got 2", fc_model(
        fc_tensors() + [act("z", [1, 4])], ops=[OpSpec(W.FULLY_CONNECTED, [0, 1, 2], [3, 4],
                                                       OPT["FullyConnected"], Table({}))])
    yield "softmax_output_quant", VALUE, "int8 output must have scale 1/256", single(
        W.SOFTMAX, [act("x", [1, 4]), act("y", [1, 4], 0.1, 0)], [0], [1], "Softmax", Table({0: ("f", 1.0)}))
    dw_w = TensorSpec("w", W.INT8, [1, 3, 3, 4], data=[1] * 36, scale=[0.01], zero_point=[0])
    yield "depthwise_multiplier", VALUE, "depth_multiplier 3 does not match", single(
        W.DEPTHWISE_CONV_2D, [act("x", [1, 5, 5, 2]), dw_w, act("y", [1, 5, 5, 4])], [0, 1, -1], [2],
        "DepthwiseConv2D", Table({1: ("i", 1), 2: ("i", 1), 3: ("i", 3)}))
    yield "add_broadcast", VALUE, "shapes [2,3] and [4] do not broadcast", single(
        W.ADD, [act("a", [2, 3]), act("b", [4]), act("y", [2, 3])], [0, 1], [2], "Add")
    yield "mean_axis_range", VALUE, "axis 5 out of range for rank 2", single(
        W.MEAN, [act("x", [2, 3]), TensorSpec("a", W.INT32, [1], data=[5]), act("y", [2])], [0, 1], [2], "Reducer")
    ss = [act("x", [4]), TensorSpec("b", W.INT32, [1], data=[0]), TensorSpec("e", W.INT32, [1], data=[4]),
          TensorSpec("s", W.INT32, [1], data=[0]), act("y", [4])]
    yield "strided_slice_stride_0", VALUE, "stride 0 is 0", single(W.STRIDED_SLICE, ss, [0, 1, 2, 3], [4],
                                                                  "StridedSlice")
    ss[3] = TensorSpec("s", W.INT32, [1], data=[1])
    yield "strided_slice_ellipsis", NOT_IMPLEMENTED, "ellipsis_mask and new_axis_mask are not supported", single(
        W.STRIDED_SLICE, ss, [0, 1, 2, 3], [4], "StridedSlice", Table({2: ("i", 1)}))
    ss[4] = act("y", [3])
    yield "strided_slice_count", VALUE, "slice selects 4 elements, output shape [3] holds 3", single(
        W.STRIDED_SLICE, ss, [0, 1, 2, 3], [4], "StridedSlice")
    yield "transpose_perm", VALUE, "entry 1 of the permutation is invalid", single(
        W.TRANSPOSE, [act("x", [2, 3]), TensorSpec("p", W.INT32, [2], data=[0, 0]), act("y", [2, 3])], [0, 1], [2],
        "Transpose")
    yield "pad_negative", VALUE, "paddings (-1, 0) on dimension 0", single(
        W.PAD, [act("x", [3]), TensorSpec("p", W.INT32, [1, 2], data=[-1, 0]), act("y", [2])], [0, 1], [2], "Pad")
    yield "concat_mismatch", VALUE, "inputs add up to 4 along axis 0, output has 5", single(
        W.CONCATENATION, [act("a", [2]), act("b", [2]), act("y", [5])], [0, 1], [2], "Concatenation",
        Table({0: ("i", 0)}))
    yield "reshape_size", VALUE, "input shape [2,3] and output shape [5] differ in size", single(
        W.RESHAPE, [act("x", [2, 3]), act("y", [5])], [0], [1], "Reshape")
    yield "quantize_int16", NOT_IMPLEMENTED, "int16 -> int8 is not supported", single(
        W.QUANTIZE, [act("x", [4], dtype=W.INT16), act("y", [4])], [0], [1], "Quantize")
    yield "relu6_requantize", VALUE, "input and output quantization differ", single(
        W.RELU6, [act("x", [4], 0.1, 0), act("y", [4], 0.2, 0)], [0], [1])
    yield "pool_filter_0", VALUE, "height stride 1, dilation 1 and filter size 0 must be >= 1", single(
        W.MAX_POOL_2D, [act("x", [1, 4, 4, 1]), act("y", [1, 4, 4, 1])], [0], [1], "Pool2D",
        Table({1: ("i", 1), 2: ("i", 1), 3: ("i", 0), 4: ("i", 0)}))
    yield "logistic_output_quant", VALUE, "int8 output must have scale 0.00390625 and zero point -128", single(
        W.LOGISTIC, [act("x", [4]), act("y", [4], 0.1, 0)], [0], [1])


def cases(rng=None):
    return list(structural_cases()) + list(kernel_cases())


if __name__ == "__main__":
    for name, kind, fragment, model in cases():
        print("%-28s %d %5d  %s" % (name, kind, len(model), fragment))
