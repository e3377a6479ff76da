# json.dump to a real text file and json.load back; a truncated file gives JSONDecodeError with the position.
import json, os
name = "json_dump_file_tmp.json"
data = {"list": [1, 2.5, None], "text": "h\u00e9", "nested": {"t": True}}
with open(name, "w") as f:
    print(json.dump(data, f, indent=1))
with open(name) as f:
    print(json.load(f) == data)
with open(name) as f:
    text = f.read()
with open(name, "w") as f:
    f.write(text[:20])
with open(name) as f:
    try:
        json.load(f)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno)
os.remove(name)
