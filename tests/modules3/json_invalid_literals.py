# json.loads: NaN/Infinity are accepted; other bare words, Python literals and bad numbers are not.
import json
print(json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads("[1e400]"))
for s in ["nan", "inf", "True", "None", "'a'", "+1", ".5", "1.", "1e", "0x10", "00", "-", "--1", "1_000", "[NaN, infinity]"]:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e)
