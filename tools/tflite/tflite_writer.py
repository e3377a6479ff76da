#!/usr/bin/env python3
"""tflite_writer.py — write small TFLite flatbuffers with the Python stdlib.

Used by the mlinfer tests to build single-operator models (and deliberately
malformed ones) without TensorFlow. Two layers:

* A minimal flatbuffer serializer: `Table`, `Vector`, `TableVector`,
  `String`, `Blob` objects serialized front to back (a parent before its
  children, so every uoffset points forward; each vtable just before its
  table). Scalars are aligned to their size and byte blobs to 16, as flatc
  would; the layout differs from flatc's but is equally valid.
* TFLite helpers: `TensorSpec`, `OpSpec` and `build_model()` for schema
  version 3 models with one subgraph. Field numbers follow schema.fbs (a
  union takes two slots: type, then value).

Example:
    spec = TensorSpec("x", INT8, [1, 4], scale=[0.5], zero_point=[0])
    model = build_model([spec, ...], [OpSpec(FULLY_CONNECTED, [0, 1, 2], [3],
                         options_type=8, options=Table({0: ("b", 1)}))],
                         inputs=[0], outputs=[3])
"""

import struct

# TensorType
FLOAT32, INT32, UINT8, INT64, BOOL, INT16, INT8 = 0, 2, 3, 4, 6, 7, 9
DTYPE_SIZE = {FLOAT32: 4, INT32: 4, UINT8: 1, INT64: 8, BOOL: 1, INT16: 2, INT8: 1}
DTYPE_FORMAT = {FLOAT32: "f", INT32: "i", UINT8: "B", INT64: "q", BOOL: "B", INT16: "h", INT8: "b"}

# BuiltinOperator
ADD, AVERAGE_POOL_2D, CONCATENATION, CONV_2D, DEPTHWISE_CONV_2D = 0, 1, 2, 3, 4
DEQUANTIZE, FULLY_CONNECTED, LOGISTIC, MAX_POOL_2D, MUL = 6, 9, 14, 17, 18
RELU, RELU6, RESHAPE, SOFTMAX, TANH, CUSTOM, PAD = 19, 21, 22, 25, 28, 32, 34
TRANSPOSE, MEAN, SUB, SQUEEZE, STRIDED_SLICE, CAST = 39, 40, 41, 43, 45, 53
MAXIMUM, MINIMUM, QUANTIZE = 55, 57, 114

# BuiltinOptions union types
OPT = {
    "Conv2D": 1, "DepthwiseConv2D": 2, "Pool2D": 5, "FullyConnected": 8,
    "Softmax": 9, "Concatenation": 10, "Add": 11, "Reshape": 17, "Mul": 21,
    "Pad": 22, "Transpose": 26, "Reducer": 27, "Sub": 28, "Squeeze": 30,
    "StridedSlice": 32, "Dequantize": 38, "MaximumMinimum": 39, "Quantize": 89,
}

SCALAR_SIZE = {"b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
               "f": 4, "q": 8, "Q": 8, "d": 8}


class Table:
    """A table: {field_id: value}. A value is a scalar ("fmt", v) or an
    object (Table, Vector, TableVector, String, Blob)."""

    def __init__(self, fields=None):
        self.fields = dict(fields or {})


class Vector:
    """A vector of scalars of struct format `fmt`."""

    def __init__(self, fmt, values):
        self.fmt, self.values = fmt, list(values)


class TableVector:
    def __init__(self, tables):
        self.tables = list(tables)


class String:
    def __init__(self, text):
        self.data = text.encode() if isinstance(text, str) else bytes(text)


class Blob:
    """A [ubyte] vector whose payload starts 16-aligned (Buffer.data)."""

    def __init__(self, data, align=16):
        self.data, self.align = bytes(data), align


class Serializer:
    def __init__(self, identifier=b"TFL3"):
        self.buf = bytearray(struct.pack("<I", 0) + identifier)

    def pad_to(self, align, offset=0):
        """Pads so that len(buf) + offset is a multiple of align."""
        while (len(self.buf) + offset) % align:
            self.buf.append(0)

    def patch_uoffset(self, at, target):
        struct.pack_into("<I", self.buf, at, target - at)

    def finish(self, root):
        pos = self.write(root)
        self.patch_uoffset(0, pos)
        return bytes(self.buf)

    def write(self, obj):
        if isinstance(obj, Table):
            return self.write_table(obj)
        if isinstance(obj, Vector):
            return self.write_vector(obj)
        if isinstance(obj, TableVector):
            return self.write_table_vector(obj)
        if isinstance(obj, String):
            return self.write_bytes(obj.data + b"\0", 4, len(obj.data))
        if isinstance(obj, Blob):
            return self.write_bytes(obj.data, obj.align, len(obj.data))
        raise TypeError(obj)

    def write_bytes(self, data, align, length):
        self.pad_to(align, 4)
        pos = len(self.buf)
        self.buf += struct.pack("<I", length) + data
        return pos

    def write_vector(self, v):
        size = SCALAR_SIZE[v.fmt]
        self.pad_to(max(size, 4), 4)
        pos = len(self.buf)
        self.buf += struct.pack("<I", len(v.values))
        for x in v.values:
            self.buf += struct.pack("<" + v.fmt, x)
        return pos

    def write_table_vector(self, v):
        self.pad_to(4)
        pos = len(self.buf)
        self.buf += struct.pack("<I", len(v.tables))
        slots = []
        for _ in v.tables:
            slots.append(len(self.buf))
            self.buf += b"\0\0\0\0"
        for slot, table in zip(slots, v.tables):
            self.patch_uoffset(slot, self.write(table))
        return pos

    def layout(self, table):
        """Inline layout: [(field_id, offset_in_table, size, value)], object size."""
        items = []
        for fid, value in sorted(table.fields.items()):
            size = SCALAR_SIZE[value[0]] if isinstance(value, tuple) else 4
            items.append((fid, size, value))
        items.sort(key=lambda item: -item[1])  # largest first: natural alignment
        offset, placed = 4, []
        for fid, size, value in items:
            offset = (offset + size - 1) // size * size
            placed.append((fid, offset, size, value))
            offset += size
        return placed, offset

    def write_table(self, table):
        placed, object_size = self.layout(table)
        max_id = max(table.fields) if table.fields else -1
        vtable = [0] * (max_id + 1)
        for fid, off, _, _ in placed:
            vtable[fid] = off
        self.pad_to(2)
        vpos = len(self.buf)
        self.buf += struct.pack("<HH", 4 + 2 * len(vtable), object_size)
        self.buf += struct.pack("<%dH" % len(vtable), *vtable)
        self.pad_to(8)
        tpos = len(self.buf)
        self.buf += bytes(object_size)
        struct.pack_into("<i", self.buf, tpos, tpos - vpos)
        children = []
        for fid, off, size, value in placed:
            if isinstance(value, tuple):
                struct.pack_into("<" + value[0], self.buf, tpos + off, value[1])
            else:
                children.append((tpos + off, value))
        for at, child in children:
            self.patch_uoffset(at, self.write(child))
        return tpos


class TensorSpec:
    """A tensor: dtype, shape, optional constant data (a list of numbers, or
    bytes), optional quantization (per-tensor or per-channel)."""

    def __init__(self, name, dtype, shape, data=None, scale=None, zero_point=None,
                 quantized_dimension=0):
        self.name, self.dtype, self.shape = name, dtype, list(shape)
        self.data, self.scale, self.zero_point = data, scale, zero_point
        self.quantized_dimension = quantized_dimension

    def data_bytes(self):
        if self.data is None or isinstance(self.data, (bytes, bytearray)):
            return self.data
        return struct.pack("<%d%s" % (len(self.data), DTYPE_FORMAT[self.dtype]), *self.data)


class OpSpec:
    def __init__(self, code, inputs, outputs, options_type=0, options=None, version=1,
                 custom_code=None):
        self.code, self.inputs, self.outputs = code, list(inputs), list(outputs)
        self.options_type, self.options = options_type, options
        self.version, self.custom_code = version, custom_code


def quantization_table(t):
    if t.scale is None:
        return None
    zps = t.zero_point if t.zero_point is not None else [0] * len(t.scale)
    return Table({2: Vector("f", t.scale), 3: Vector("q", zps),
                  6: ("i", t.quantized_dimension)})


def tensor_table(t, buffer_index):
    fields = {0: Vector("i", t.shape), 1: ("b", t.dtype), 2: ("I", buffer_index),
              3: String(t.name)}
    q = quantization_table(t)
    if q is not None:
        fields[4] = q
    return Table(fields)


def opcode_table(code, version, custom_code):
    fields = {0: ("b", min(code, 127)), 2: ("i", version), 3: ("i", code)}
    if custom_code is not None:
        fields[1] = String(custom_code)
    return Table(fields)


def operator_table(op, opcode_index):
    fields = {0: ("I", opcode_index), 1: Vector("i", op.inputs), 2: Vector("i", op.outputs)}
    if op.options is not None:
        fields[3] = ("B", op.options_type)
        fields[4] = op.options
    return Table(fields)


def build_model(tensors, ops, inputs, outputs, version=3, identifier=b"TFL3"):
    """Serializes a one-subgraph TFLite model and returns its bytes."""
    buffers = [Table({})]  # buffer 0: the empty sentinel
    tensor_tables = []
    for t in tensors:
        data = t.data_bytes()
        index = 0
        if data is not None:
            index = len(buffers)
            buffers.append(Table({0: Blob(data)}))
        tensor_tables.append(tensor_table(t, index))
    codes, op_tables = [], []
    for op in ops:
        key = (op.code, op.version, op.custom_code)
        if key not in codes:
            codes.append(key)
        op_tables.append(operator_table(op, codes.index(key)))
    subgraph = Table({0: TableVector(tensor_tables), 1: Vector("i", inputs),
                      2: Vector("i", outputs), 3: TableVector(op_tables), 4: String("main")})
    model = Table({0: ("I", version),
                   1: TableVector([opcode_table(*k) for k in codes]),
                   2: TableVector([subgraph]),
                   3: String("mlinfer test model"),
                   4: TableVector(buffers)})
    return Serializer(identifier).finish(model)
