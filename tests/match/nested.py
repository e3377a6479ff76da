# match: patterns nest (sequences of mappings of class patterns...), bodies can break/continue/return
class Node:
    __match_args__ = ("op", "args")
    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)

def evaluate(e):
    match e:
        case int(v) | float(v):
            return v
        case Node("+", [a, b]):
            return evaluate(a) + evaluate(b)
        case Node("*", [a, b]):
            return evaluate(a) * evaluate(b)
        case Node("neg", [a]):
            return -evaluate(a)
        case Node(op, args):
            raise ValueError(f"bad node {op} with {len(args)} args")

print(evaluate(Node("+", 1, Node("*", 2, Node("neg", 3)))))
try:
    evaluate(Node("/", 1, 2))
except ValueError as e:
    print(e)

events = [{"kind": "key", "keys": ["a", "b"]}, {"kind": "skip"}, {"kind": "click", "pos": (3, 4)}, {"kind": "quit"}, {"kind": "key", "keys": []}]
for ev in events:
    match ev:
        case {"kind": "key", "keys": [first, *_]}:
            print("key", first)
        case {"kind": "skip"}:
            continue
        case {"kind": "click", "pos": (x, y)}:
            print("click", x + y)
        case {"kind": "quit"}:
            print("quit")
            break
    print("after", ev["kind"])
