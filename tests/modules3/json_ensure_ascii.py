# json.dumps escapes non-ASCII (and astral characters as surrogate pairs) unless ensure_ascii=False.
import json
s = "caf\u00e9 \u20ac \U0001f600 \x00\x1f\"\\/"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False) == '"' + "caf\u00e9 \u20ac \U0001f600 \\u0000\\u001f\\\"\\\\/" + '"')
print(json.loads(json.dumps(s)) == s, json.loads('"\\ud83d\\ude00"') == "\U0001f600")
