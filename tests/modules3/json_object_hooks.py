# json.loads hooks: object_hook, object_pairs_hook (wins over object_hook), parse_float, parse_int.
import json
doc = '{"a": 1, "b": [1.5, {"c": 2}], "a": 3}'
print(json.loads(doc), json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d)), json.loads(doc, object_pairs_hook=tuple, object_hook=dict))
print(json.loads("[1, 2.5]", parse_float=str, parse_int=lambda s: int(s) * 10))
def fail(d):
    raise KeyError("hook")
try:
    json.loads("{}", object_hook=fail)
except KeyError as e:
    print("KeyError", e)
