# json.JSONDecodeError is a ValueError subclass with msg, doc, pos, lineno and colno.
import json
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
doc = '{\n  "a": 1,\n  "b": [1, 2,, 3]\n}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    print(e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(isinstance(e, json.JSONDecodeError), e.pos, e)
