# json: malformed input raises ValueError (JSONDecodeError) with CPython's messages and positions.
import json
bad = ["", "   ", "[", "[1,", "[1,]", "[1 2]", '{"a" 1}', '{"a": 1,}', "{1: 2}", '{"a": 1', '"abc',
       '"a\\qb"', '"\\u12"', '"a\nb"', "tru", "nul", "01", "1 2", "-", "[1]x", "\n\n  x", '{"a":}']
for s in bad:
    try:
        json.loads(s)
        print("no error", repr(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, isinstance(e, ValueError), e)
try:
    json.loads('[1, x]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
for v in [object(), {(1, 2): 3}, b"x"]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
