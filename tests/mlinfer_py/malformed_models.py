# Bad models raise ValueError naming the problem; unsupported operators raise NotImplementedError.
import mlinfer
from mlinfer_files import MODELS, read_bytes

hw = read_bytes(MODELS + "hello_world_int8.tflite")

def load(source):
    try:
        mlinfer.Model(source)
        print("loaded")
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in (0, 7, 8, 100, 2000, 2703):
    load(hw[:n])
load(b"\0" * 64)
load(hw[:4] + b"TFL2" + hw[8:])
load(MODELS + "audio_preprocessor_int8.tflite")     # the audio front end: custom Signal* ops
load(MODELS + "no_such_model.tflite")
load(MODELS)
load(12)
load(None)
load("bad\0path")

# Names in the file need not be UTF-8: such bytes reach Python as '?'.
audio = read_bytes(MODELS + "audio_preprocessor_int8.tflite")
load(audio.replace(b"SignalWindow", b"Signal\xffindow"))
ms = mlinfer.Model(read_bytes(MODELS + "micro_speech_quantized.tflite").replace(b"Reshape_1", b"Resh\xe9pe_1"))
print(ms.inputs[0].name, ms.inputs[0])

# Every truncation fails cleanly with ValueError.
kinds = {}
for n in range(len(hw)):
    try:
        mlinfer.Model(hw[:n])
        kind = "loaded"
    except Exception as e:
        kind = type(e).__name__
    kinds[kind] = kinds.get(kind, 0) + 1
print("truncations:", sorted(kinds.items()))

# Every single-byte corruption either loads and runs or raises one of the engine's errors.
kinds = {}
data = bytearray(hw)
for i in range(len(hw)):
    data[i] ^= 0xFF
    try:
        m = mlinfer.Model(bytes(data))
        m.set_input(0, bytes(len(bytes(m.inputs[0]))))   # raw bytes fit any dtype
        m.invoke()
        texts = [repr(t) + t.name + t.dtype for t in m.inputs + m.outputs] + list(m.ops)  # names are str
        kind = "ran"
    except (ValueError, NotImplementedError, MemoryError) as e:
        kind = type(e).__name__
        str(e).encode()
    kinds[kind] = kinds.get(kind, 0) + 1
    data[i] ^= 0xFF
print("corruptions:", sum(kinds.values()), sorted(kinds))
