# A model loads from a path, bytes, a bytearray or a memoryview; buffers are used in place.
import gc
import mlinfer
from mlinfer_files import MODELS, read_bytes

path = MODELS + "micro_speech_quantized.tflite"
data = read_bytes(path)
features = read_bytes(MODELS + "testdata/micro_speech_yes_features.bin")

def output(m):
    m.set_input(0, features)
    m.invoke()
    return list(m.get_output(0))

sources = [("path", path), ("bytes", data), ("bytearray", bytearray(data)),
           ("memoryview", memoryview(data)), ("memoryview of bytearray", memoryview(bytearray(data))),
           ("keyword", None)]
for kind, source in sources:
    m = mlinfer.Model(source=path) if source is None else mlinfer.Model(source)
    print(kind, output(m))

# The model keeps its source alive: drop every other reference and collect.
m = mlinfer.Model(bytearray(data))
gc.collect()
for i in range(20):
    bytearray(b"\x11" * 1000)
gc.collect()
print("source kept", output(m))

# A slice of a larger buffer, at an odd address: the engine copies the multi-byte constants it
# cannot read aligned (int32 biases) and reads the rest in place.
padded = b"\0" + data + b"\0" * 16
m = mlinfer.Model(memoryview(padded)[1:1 + len(data)])
print("odd slice", output(m))
