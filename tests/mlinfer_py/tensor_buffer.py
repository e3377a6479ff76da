# A tensor exports the arena through the buffer protocol: views share memory, bytes() copies.
import mlinfer
from mlinfer_files import MODELS

m = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")
t = m.inputs[0]
mv = memoryview(t)
print(mv.format, mv.itemsize, mv.nbytes, len(mv), mv.readonly, len(t))

m.set_input(0, [(i % 256) - 128 for i in range(1960)])
print(mv[0], mv[1], mv[255], mv[256], mv[-1])      # a view reads the arena in place
mv[0] = 99                                        # and writes it
print(t[0], t[-1], list(t[:4]), t[1:3].tolist())
t[1] = -5
print(mv[1])
copy = bytes(t)
t[2] = 7
print(len(copy), copy[:3], copy[2] == 7)          # the copy does not follow
print(list(m.inputs[0])[:5], sum(1 for _ in t))
m.set_input(0, t)                                 # its own buffer: a no-op, not an overlap
print(list(t)[:3])

m.invoke()
out = m.get_output(0)
print(memoryview(out).tolist() == list(out), len(bytes(out)))

for bad in (lambda: t.__setitem__(0, 128), lambda: t[1960], lambda: t.__setitem__(0, 1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
