# A tuple subclass unpacks, splats as *args (the callee gets a plain tuple) and serves where natives want a tuple.
class P(tuple):
    pass

a, b = P([1, 2])
first, *rest = P("xyz")
print(a, b, first, rest)

def f(*args):
    return args, type(args).__name__

print(f(*P([3, 4])))
print("%s-%s" % P(["a", "b"]), "%d%%" % P([5]))
print("hello".startswith(P(["x", "he"])), "hello".endswith(P(["lo"])), b"ab".startswith(P([b"a"])))
print(isinstance(1, P([str, int])), issubclass(bool, P([int])))
print(dict([P(["k", 1])]), list(zip(P([1, 2]), P("ab"))), sum(P([1, 2, 3])), sorted(P([3, 1, 2])))
print(" ".join(P(["a", "b"])), set(P([1, 1, 2])) == {1, 2}, list(enumerate(P("ab"))))
