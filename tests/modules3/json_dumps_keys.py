# json.dumps: int/float/bool/None keys become strings, other keys are TypeError unless skipkeys=True.
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps({"b": 1, "a": 2}, sort_keys=True))
for d in ({(1, 2): 1}, {b"x": 1}, {frozenset(): 1}):
    try:
        json.dumps(d)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
