# json.dump / json.load over a file-like object, and the ujson alias.
import json
try:
    import ujson
except ImportError:
    ujson = json
class Buf:
    def __init__(self, s=""):
        self.parts = [s]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return "".join(self.parts)
b = Buf()
json.dump({"x": [1, 2, {"y": "z"}]}, b)
print(b.read())
print(json.load(b))
print(ujson.dumps([1, None]), ujson.loads("[true]"))
b2 = Buf()
json.dump([1, 2], b2, separators=(",", ":"))
print(b2.read())
from collections import namedtuple, OrderedDict
P = namedtuple("P", "x y")
print(json.dumps({"p": P(1, 2), "o": OrderedDict([("b", 1), ("a", 2)])}))
