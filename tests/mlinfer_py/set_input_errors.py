# set_input(): wrong length -> ValueError with the expected shape, wrong dtype -> TypeError.
import mlinfer
from mlinfer_files import MODELS

m = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")

def attempt(*args):
    try:
        m.set_input(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(0, bytes(10))                               # raw bytes of the wrong length
attempt(0, bytearray(1961))
attempt(0, [0] * 10)                                # a list of the wrong length
attempt(0, memoryview(bytearray(4 * 1960)).cast("f"))   # typed buffers of another dtype
attempt(0, memoryview(bytearray(2 * 1960)).cast("h"))
attempt(0, [0.5] * 1960)                            # floats for an int8 tensor
attempt(0, [0] * 1959 + [128])                      # out of the int8 range
attempt(0, [0] * 1959 + [-129])
attempt(0, [0] * 1959 + [2 ** 70])
attempt(0, "x" * 1960)                              # a str is not data
attempt(0, 1960)
attempt(0, None)
attempt(1, bytes(1960))                             # input index
attempt(-2, bytes(1960))
attempt("0", bytes(1960))
attempt(0, [1] * 1960)                              # valid forms
attempt(0, bytes(1960))
attempt(0, memoryview(bytearray(1960)).cast("b"))
attempt(0, range(1960))                             # any iterable (128 is out of range)
attempt(0, (i - 128 for i in range(256)))           # a generator of the wrong length

# A failed set_input leaves the input as it was.
m.set_input(0, [7] * 1960)
attempt(0, [1] * 1000 + [300] * 960)
print(m.inputs[0][0], m.inputs[0][1959])
for call in (lambda: m.get_output(1), lambda: m.get_input(5)):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
