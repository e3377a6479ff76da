# Over-the-air update: a new Model loads while the old one is alive, a failed load leaves the
# old one working, and models survive garbage collection.
import gc
import mlinfer
from mlinfer_files import MODELS, read_bytes

ms = read_bytes(MODELS + "micro_speech_quantized.tflite")
pattern = [(i * 7) % 256 - 128 for i in range(1960)]
EXPECTED = [-128, 121, -123, -127]

def check(m):
    m.set_input(0, pattern)
    m.invoke()
    return list(m.get_output(0)) == EXPECTED

current = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")
print("current", check(current))

# A bad update (truncated download, wrong file) raises; the running model is untouched.
for update in (ms[:5000], MODELS + "audio_preprocessor_int8.tflite", MODELS + "missing.tflite"):
    try:
        current = mlinfer.Model(update)
    except (ValueError, NotImplementedError, OSError) as e:
        print(type(e).__name__)
    print("still current", check(current))

# A good update: both alive at once, then the new one replaces the old.
new = mlinfer.Model(ms)
print("both", check(current), check(new))
hw = mlinfer.Model(MODELS + "hello_world_int8.tflite")
hw.set_input(0, [0])
print("interleaved", check(new), check(current), hw.invoke() is None, check(new))
current = new
del new

# Churn: load and drop models with collections and garbage in between; survivors keep working.
keep = [mlinfer.Model(bytearray(ms)) for _ in range(3)]
for i in range(20):
    junk = [bytearray(b"\xff" * 600) for _ in range(50)]
    dropped = mlinfer.Model(ms)
    gc.collect()
print("after churn", [check(m) for m in keep], check(current))

# Memory comes back: dropping models and collecting returns the heap to where it was.
gc.collect()
before = gc.mem_alloc()
for i in range(10):
    mlinfer.Model(ms)
junk = None
dropped = None
gc.collect()
print("memory returned", gc.mem_alloc() - before < 16000)  # one model: ~8 KB

# 400 loads of ~8 KB each need more than the whole 2 MiB heap unless dropped models are reclaimed.
for i in range(400):
    dropped = mlinfer.Model(ms)
print("400 loads", check(dropped), check(current))
