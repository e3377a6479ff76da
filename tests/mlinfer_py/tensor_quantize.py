# quantize(): q = round(x / scale) + zero_point, ties away from zero, clamped; dequantize() is exact.
import mlinfer
from mlinfer_files import MODELS

ms = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")
out = ms.outputs[0]                  # scale 1/256, zero point -128: exact in binary
print(out.scale == 1 / 256, out.zero_point)
out.quantize([2.5 / 256, -2.5 / 256, 10.0, -1.0])
print(list(out))                     # ties away from zero (-125, -131 -> -128), clamped
out.quantize([0.5, 0.25, 1 / 256, 0])
print(list(out), out.dequantize())
out.quantize((x / 512 for x in range(4)))    # any iterable
print(list(out))

hw = mlinfer.Model(MODELS + "hello_world_int8.tflite")
x = hw.inputs[0]
scale, zp = x.scale, x.zero_point
for value in (0.0, 1.0, 3.14159, 6.2, -1.0, 100.0):
    x.quantize(value)                # a number for a one-element tensor
    expected = max(-128, min(127, int(value / scale + 0.5) + zp)) if value >= 0 else -128
    q = x[0]
    print(value, q, q == expected, x.dequantize()[0] == scale * (q - zp))

# sine of the dequantized output tracks the real sine roughly
x.quantize([1.5])
hw.invoke()
y = hw.outputs[0].dequantize()[0]
print(0.9 < y < 1.1)

for bad in ([1.0, 2.0], "1.0", [float("nan")], ["a"]):
    try:
        x.quantize(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(x[0])                          # unchanged by the failed calls
