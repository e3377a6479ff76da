# json.dumps with sort_keys and indent on nested data, ensure_ascii=False, and round-tripping through loads.
import json
v = {"z": [3, {"b": 1, "a": [True, None]}], "a": {"y": 1.25, "x": "é"}, "m": []}
s = json.dumps(v, sort_keys=True, indent=3, ensure_ascii=False)
print(s)
print(json.loads(s) == v, json.dumps(v, sort_keys=True, separators=(",", ":")))
print(json.dumps([[[]], {}], indent=2))
