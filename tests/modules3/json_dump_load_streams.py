# json.dump writes to and json.load reads from io.StringIO; load of an invalid stream raises JSONDecodeError.
import io, json
s = io.StringIO()
json.dump({"k": [1, 2.5, "x"]}, s, sort_keys=True)
print(s.getvalue())
s.seek(0)
print(json.load(s))
try:
    json.load(io.StringIO('{"k": '))
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
try:
    json.dump(object(), io.StringIO())
except TypeError as e:
    print("TypeError", e)
