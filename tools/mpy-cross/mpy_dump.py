#!/usr/bin/env python3
"""Print the structure of a Mote .mpy file (docs/mpy-format.md).

An independent reader of the format, written from the specification alone:
the tests use it to check that what mpy-cross writes is what the document
says, and people use it to look inside a file:

    python3 tools/mpy-cross/mpy_dump.py file.mpy [--code]

--code also disassembles the bytecode (opcode names from vm/opcodes.def).
As a module: read_mpy(data) returns a dict; MpyError is raised for a file
that breaks the specification.
"""

import os
import re
import struct
import sys
import zlib

MAGIC = ord("T")
VERSION = 2
FEATURES = {0x01: "float", 0x02: "bigint"}
OPCODES_DEF = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "..", "..", "vm", "opcodes.def")


class MpyError(Exception):
    pass


def load_opcodes(path=OPCODES_DEF):
    """[(name, operand_kind)] in opcode order, parsed from vm/opcodes.def."""
    ops = []
    with open(path) as f:
        for line in f:
            m = re.match(r"OP\((\w+),\s*(\w+),", line)
            if m:
                ops.append((m.group(1), m.group(2)))
    return ops


class Reader:
    def __init__(self, data, end):
        self.data = data
        self.pos = 0
        self.end = end

    def take(self, n, what):
        if self.pos + n > self.end:
            raise MpyError("truncated: %s needs %d bytes, %d left"
                           % (what, n, self.end - self.pos))
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def vuint(self, what, limit=0xFFFFFFFF):
        value = shift = 0
        while True:
            b = self.take(1, what)[0]
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                if b == 0 and shift:
                    raise MpyError("over-long number for %s" % what)
                break
            shift += 7
            if shift > 28:
                raise MpyError("number too long for %s" % what)
        if value > limit:
            raise MpyError("%s %d out of range" % (what, value))
        return value


def read_const(r, qstrs, features, depth):
    tag = chr(r.take(1, "constant tag")[0])
    if tag in "NFTE":
        return {"N": None, "F": False, "T": True, "E": Ellipsis}[tag]
    if tag == "i":
        head = r.vuint("int size")
        mag = int.from_bytes(r.take(head >> 1, "int"), "little")
        value = -mag if head & 1 else mag
        if not -2**30 <= value < 2**30 and not features & 2:
            raise MpyError("big int without the bigint feature bit")
        return value
    if tag == "d":
        if not features & 1:
            raise MpyError("float without the float feature bit")
        return struct.unpack("<d", r.take(8, "float"))[0]
    if tag == "j":
        if not features & 1:
            raise MpyError("complex without the float feature bit")
        return complex(*struct.unpack("<dd", r.take(16, "complex")))
    if tag == "s":
        return r.take(r.vuint("str length"), "str").decode("utf-8", "surrogatepass")
    if tag == "b":
        return bytes(r.take(r.vuint("bytes length"), "bytes"))
    if tag == "q":
        return ("qstr", qstrs[r.vuint("qstr", len(qstrs) - 1)])
    if tag == "t":
        if depth >= 48:
            raise MpyError("nesting too deep")
        return tuple(read_const(r, qstrs, features, depth + 1)
                     for _ in range(r.vuint("tuple length")))
    if tag == "c":
        if depth >= 48:
            raise MpyError("nesting too deep")
        return read_code(r, qstrs, features, depth + 1)
    raise MpyError("unknown constant tag %r" % tag)


def read_code(r, qstrs, features, depth=0):
    q = lambda what: qstrs[r.vuint(what, len(qstrs) - 1)]
    c = {}
    for field in ("flags", "n_pos", "n_posonly", "n_kwonly", "n_slots", "n_free", "stack_size"):
        c[field] = r.vuint(field, 0xFFFF)
    c["name"] = q("name")
    c["qualname"] = q("qualname")
    c["first_line"] = r.vuint("first_line")
    c["cell_slots"] = [r.vuint("cell slot", 0xFFFF) for _ in range(r.vuint("n_cells", 0xFFFF))]
    c["slot_names"] = [q("slot name") for _ in range(c["n_slots"])]
    c["bytecode"] = bytes(r.take(r.vuint("bytecode length", 0xFFFF), "bytecode"))
    c["exc_table"] = []
    for _ in range(r.vuint("n_exc", 0xFFFF)):
        start, length, handler, d = (r.vuint("exception entry", 0xFFFF) for _ in range(4))
        c["exc_table"].append((start, start + length, handler, d))
    c["line_table"] = bytes(r.take(r.vuint("line table length", 0xFFFF), "line table"))
    c["consts"] = [read_const(r, qstrs, features, depth)
                   for _ in range(r.vuint("n_consts", 0xFFFF))]
    return c


def read_mpy(data):
    """Parse a whole .mpy file; returns a dict (raises MpyError)."""
    if len(data) < 2:
        raise MpyError("truncated header")
    if data[0] == ord("M"):
        raise MpyError("a MicroPython .mpy (version %d)" % data[1])
    if data[0] != MAGIC:
        raise MpyError("bad magic 0x%02x" % data[0])
    if data[1] != VERSION:
        raise MpyError("Mote .mpy version %d, expected %d" % (data[1], VERSION))
    if len(data) < 9:
        raise MpyError("too short")
    features, reserved = data[2], data[3]
    if reserved or features & ~3:
        raise MpyError("unknown header bits")
    r = Reader(data, len(data) - 4)
    r.pos = 4
    n_qstrs = r.vuint("n_qstrs", 65535)
    n_names = r.vuint("n_names", n_qstrs)
    qstrs = [r.take(r.vuint("qstr length", 65535), "qstr").decode("utf-8", "surrogatepass")
             for _ in range(n_qstrs)]
    filename = qstrs[r.vuint("filename", n_qstrs - 1)]
    module = read_code(r, qstrs, features)
    if r.pos != r.end:
        raise MpyError("%d bytes of trailing data" % (r.end - r.pos))
    crc = int.from_bytes(data[-4:], "little")
    if crc != zlib.crc32(data[:-4]):
        raise MpyError("checksum mismatch")
    return {"features": features, "qstrs": qstrs, "n_names": n_names,
            "filename": filename, "module": module}


def disassemble(code, qstrs, n_names, ops, indent):
    bc = code["bytecode"]
    pc = 0
    while pc < len(bc):
        name, kind = ops[bc[pc]] if bc[pc] < len(ops) else ("?%d" % bc[pc], "NONE")
        if kind == "NONE":
            print("%s%5d %s" % (indent, pc, name))
            pc += 1
            continue
        arg = bc[pc + 1] | bc[pc + 2] << 8
        note = ""
        if kind == "NAME" and arg < n_names:
            note = " (%s)" % qstrs[arg]
        elif kind == "LOCAL" and arg < len(code["slot_names"]):
            note = " (%s)" % code["slot_names"][arg]
        elif kind == "CONST" and arg < len(code["consts"]):
            c = code["consts"][arg]
            note = " (<code %s>)" % c["name"] if isinstance(c, dict) else " (%r)" % (c,)
        elif kind == "S16":
            arg = arg - 0x10000 if arg & 0x8000 else arg
        print("%s%5d %-22s %d%s" % (indent, pc, name, arg, note))
        pc += 3


def dump_code(code, qstrs, n_names, ops, indent=""):
    flags = code["flags"]
    print("%scode %s (qualname %s), line %d, flags 0x%x" % (
        indent, code["name"], code["qualname"], code["first_line"], flags))
    print("%s  args %d (posonly %d, kwonly %d), slots %d (free %d, cells %s), stack %d" % (
        indent, code["n_pos"], code["n_posonly"], code["n_kwonly"], code["n_slots"],
        code["n_free"], code["cell_slots"], code["stack_size"]))
    print("%s  slot names %s" % (indent, code["slot_names"]))
    print("%s  bytecode %d bytes, line table %d bytes, exception table %s" % (
        indent, len(code["bytecode"]), len(code["line_table"]), code["exc_table"]))
    if ops:
        disassemble(code, qstrs, n_names, ops, indent + "  ")
    for i, c in enumerate(code["consts"]):
        if isinstance(c, dict):
            print("%s  const %d:" % (indent, i))
            dump_code(c, qstrs, n_names, ops, indent + "    ")
        else:
            print("%s  const %d: %r" % (indent, i, c))


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    with open(argv[0], "rb") as f:
        data = f.read()
    try:
        m = read_mpy(data)
    except MpyError as e:
        print("%s: invalid: %s" % (argv[0], e), file=sys.stderr)
        return 1
    feats = [n for bit, n in FEATURES.items() if m["features"] & bit]
    print("Mote .mpy version %d, %d bytes, features: %s" % (
        VERSION, len(data), ", ".join(feats) or "none"))
    print("source %s; %d qstrs (%d in the names table)" % (
        m["filename"], len(m["qstrs"]), m["n_names"]))
    ops = load_opcodes() if "--code" in argv else None
    dump_code(m["module"], m["qstrs"], m["n_names"], ops)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
