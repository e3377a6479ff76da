# A builtin method read from its type is a method_descriptor that knows its name and owning class.
for method in (list.append, dict.get, str.join, bytes.hex, set.add):
    print(type(method).__name__, method.__name__, method.__objclass__.__name__, repr(method))

print(list.append == list.append, list.append != list.extend, hash(list.pop) == hash(list.pop))
print(callable(str.upper), str.upper("abc"), str.join("-", "xyz"))

class Words(str):
    pass

print(str.upper(Words("mixed")), Words.upper(Words("sub")), type(Words.upper).__name__)
print(sorted(["b", "A", "c"], key=str.lower), list(map(dict.copy, [{1: 2}])))
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError", e)
