# A dict holding its own values()/items() view, or a defaultdict holding itself, prints with ... placeholders.
from collections import defaultdict

d = {"n": 1}
d["values"] = d.values()
print(d)

e = {}
e["items"] = e.items()
print(e, len(repr(e)))

f = {"keys": None}
f["keys"] = f.keys()
print(f)

dd = defaultdict(list)
dd["me"] = dd
dd["other"].append(1)
print(dd)

nested = {"inner": {"list": []}}
nested["inner"]["list"].append(nested)
print(nested, str(nested) == repr(nested))
