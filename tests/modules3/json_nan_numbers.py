# json.dumps of special floats, big ints and allow_nan=False; loads of big and exponent numbers.
import json
print(json.dumps([float("inf"), float("-inf"), 1e300, -0.0, 2**100, 1.5, 10**20]))
print(json.dumps(float("nan")))
for v in (float("inf"), [float("-inf")], {"a": float("nan")}):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("1E2"), json.loads("2.5e-3"))
