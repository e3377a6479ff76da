# json.loads: malformed strings (bad escapes, control characters, short \u escapes) are errors.
import json
for s in ['"\\x41"', '"\\u12g4"', '"\\u"', '"tab\there"', '"nl\nhere"', '"\\', '"abc\\"', "'single'", '"\\ud83d\\ude00"']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e)
print(json.loads('"tab\there"', strict=False) == "tab\there")
