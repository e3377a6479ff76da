# json.loads of a str starting with a BOM is JSONDecodeError "Unexpected UTF-8 BOM"; whitespace around values is fine.
import json
for s in ("\ufeff1", "\ufeff[]", " \ufeff1", "\t\n 1 \r\n"):
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos)
