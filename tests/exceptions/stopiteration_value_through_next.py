# next() on a class-based iterator (directly or through map/enumerate/zip/filter) re-raises its StopIteration with the value.
class Stops:
    def __init__(self, *items, value=None):
        self.items, self.value = list(items), value

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop(0)
        raise StopIteration(self.value)

def attempt(label, it):
    try:
        print(label, next(it))
    except StopIteration as e:
        print(label, "StopIteration", e.args, e.value)

attempt("direct", Stops(value=42))
attempt("direct-none", Stops())
attempt("map", map(str, Stops(value="m")))
attempt("enumerate", enumerate(Stops(value=7)))
attempt("zip", zip(Stops(value=(1, 2))))
attempt("filter", filter(None, Stops(0, value="f")))
attempt("item", Stops(5, value=9))
attempt("list-iter", iter([]))
print(next(Stops(value=3), "default"))

# A loop swallows the StopIteration; a later next() on another iterator is unaffected.
for x in Stops(1, value=99):
    print("loop", x)
attempt("after-loop", iter(()))
