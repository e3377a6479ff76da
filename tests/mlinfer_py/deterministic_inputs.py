# The testdata README's deterministic input: input[i] = (i*7) % 256 - 128, on both models.
import mlinfer
from mlinfer_files import MODELS

def pattern(n):
    return [(i * 7) % 256 - 128 for i in range(n)]

hw = mlinfer.Model(MODELS + "hello_world_int8.tflite")
hw.set_input(0, pattern(1))
hw.invoke()
print("hello_world", list(hw.get_output(0)), list(hw.get_output(0)) == [4])

ms = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")
ms.set_input(0, pattern(1960))
ms.invoke()
out = list(ms.get_output(0))
print("micro_speech", out, out == [-128, 121, -123, -127])

# The same values as raw bytes (two's complement) and as a tuple.
ms.set_input(0, bytes([v & 0xFF for v in pattern(1960)]))
ms.invoke()
print(list(ms.get_output(0)) == out)
ms.set_input(0, tuple(pattern(1960)))
ms.invoke()
print(list(ms.get_output(0)) == out)
