# json.dumps with indent (int, str, 0), separators and both together.
import json
v = {"a": [1, {"b": None}], "c": [], "d": {}}
print(json.dumps(v, indent=2))
print(json.dumps(v, indent="\t"))
print(json.dumps(v, indent=0))
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, indent=1, separators=(",", ": ")))
print(json.dumps([1, 2], separators=(";", "=")), json.dumps({"x": 1}, separators=(" , ", " : ")))
