# The arena: exact size by default, an explicit size (too small -> MemoryError saying how much is
# needed), or a caller's bytearray used in place.
import mlinfer
from mlinfer_files import MODELS, read_bytes

ms = read_bytes(MODELS + "micro_speech_quantized.tflite")
hw = read_bytes(MODELS + "hello_world_int8.tflite")
pattern = [(i * 7) % 256 - 128 for i in range(1960)]
EXPECTED = [-128, 121, -123, -127]

def run(m):
    m.set_input(0, pattern)
    m.invoke()
    return list(m.get_output(0)) == EXPECTED

m = mlinfer.Model(ms)
print(m.arena_size, m.arena_used, run(m))
m = mlinfer.Model(ms, arena_size=8000)
print(m.arena_size, m.arena_used, run(m))
m = mlinfer.Model(ms, 5984)                          # positional, exactly enough
print(m.arena_size, run(m))

for arena in (5983, 100, 0, -1, bytearray(5983), bytes(6000), "big", 1.5):
    try:
        mlinfer.Model(ms, arena_size=arena)
        print("loaded")
    except (MemoryError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A bytearray arena is used in place: the tensors live in it.
buf = bytearray(6000)
m = mlinfer.Model(ms, arena_size=buf)
print(m.arena_size, m.arena_used, run(m))
m.set_input(0, [0x55 - 128] * 1960)                  # int8 -43 is byte 0xD5
print(buf.count(b"\xd5") >= 1960)
m.inputs[0][0] = 1
print(buf.count(b"\x01") >= 1)
print(run(m))

# The same buffer serves the next model (the old one must not be used after that).
h = mlinfer.Model(hw, arena_size=buf)
h.set_input(0, [10])
h.invoke()
print(h.arena_size, list(h.get_output(0)))

# A misaligned writable view needs up to 15 more bytes; the engine says how many.
view = memoryview(bytearray(48 + 15))[1:]
try:
    mlinfer.Model(hw, arena_size=view)
except MemoryError as e:
    print("MemoryError:", e)
view = memoryview(bytearray(48 + 16))[1:]
h = mlinfer.Model(hw, arena_size=view)
h.set_input(0, [10])
h.invoke()
print(h.arena_size, list(h.get_output(0)))
