# micro_speech: the four reference feature files give exactly the README's int8 outputs.
import mlinfer
from mlinfer_files import MODELS, TESTDATA, read_bytes

EXPECTED = {
    "yes": [-128, -128, 127, -128],
    "no": [-128, -114, -128, 114],
    "silence": [-42, -68, -68, -78],
    "noise": [120, -125, -126, -125],
}
LABELS = ("silence", "unknown", "yes", "no")

m = mlinfer.Model(MODELS + "micro_speech_quantized.tflite")
for word in ("yes", "no", "silence", "noise"):
    features = read_bytes(TESTDATA + "micro_speech_" + word + "_features.bin")
    m.set_input(0, features)
    m.invoke()
    out = list(m.get_output(0))
    best = LABELS[out.index(max(out))]
    print(word, out, out == EXPECTED[word], best)

# Invoking again on the same input gives the same output (inputs survive Invoke).
m.invoke()
print(list(m.get_output(0)) == EXPECTED["noise"])
