# json.loads of documents cut off at every position raises JSONDecodeError with CPython's message.
import json
full = '{"name": "mote", "list": [1, -2.5e3, true, null], "nested": {"s": "a\\u00e9b"}}'
print(json.loads(full))
for n in range(0, len(full), 3):
    try:
        json.loads(full[:n])
        print(n, "ok")
    except json.JSONDecodeError as e:
        print(n, e.msg, e.pos)
