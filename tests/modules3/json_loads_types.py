# json.loads accepts str, bytes and bytearray (UTF-8); other types are TypeError.
import json
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'"\xc3\xa9"')), json.loads('  [ ]  '))
for v in (None, 1, 1.5, ["[]"], memoryview(b"[]")):
    try:
        json.loads(v)
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
