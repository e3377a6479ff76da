# A builtin method read from its type checks that the first argument is an instance of that type.
def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except TypeError as e:
        print(label, "TypeError", e)

items = []
list.append(items, 1)
getattr(list, "append")(items, 2)
print(items)
attempt("list.append(1, 2)", list.append, 1, 2)
attempt("list.append()", list.append)
attempt("dict.keys([1])", dict.keys, [1])
attempt("dict.get({}, 'k', 7)", dict.get, {}, "k", 7)
attempt("list.pop((1, 2))", list.pop, (1, 2))
attempt("str.upper(b'x')", str.upper, b"x")
print(list(map(str.upper, ["a", "b"])))
print(list.append == list.append, list.append != dict.get)

class Stack(list):
    pass

s = Stack()
list.append(s, 5)
Stack.append(s, 6)
print(s, Stack.append.__name__)

class Plain:
    pass

attempt("list.append(Plain(), 1)", list.append, Plain(), 1)
print(repr(list.append), repr(dict.keys))
