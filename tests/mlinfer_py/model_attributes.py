# Model and Tensor introspection: inputs/outputs, shapes, dtypes, quantization, ops, MACs, arena.
import mlinfer
from mlinfer_files import MODELS

for name in ("hello_world_int8.tflite", "micro_speech_quantized.tflite"):
    m = mlinfer.Model(MODELS + name)
    print(name)
    print(" ", m)
    print("  ops", m.ops)
    print("  macs", m.macs, "arena_size", m.arena_size, "arena_used", m.arena_used)
    for kind, tensors in (("input", m.inputs), ("output", m.outputs)):
        for t in tensors:
            print(" ", kind, repr(t.name), t.dtype, t.shape, t.scale, t.zero_point, len(t), t.nbytes)
            print("   ", t)
    print("  tuples", type(m.inputs).__name__, type(m.ops).__name__, len(m.inputs), len(m.outputs))
    print("  same object", m.get_output(0) is m.outputs[0], m.get_input(0) is m.inputs[0],
          m.get_output(-1) is m.outputs[0])
    print("  isinstance", isinstance(m, mlinfer.Model), isinstance(m.inputs[0], mlinfer.Tensor))

print(type(m).__name__, type(m.inputs[0]).__name__, mlinfer.__name__)
try:
    mlinfer.Tensor()
except TypeError as e:
    print("TypeError:", e)
try:
    m.macs = 5
except AttributeError:
    print("AttributeError")
