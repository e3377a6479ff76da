# A counter built from a closure and nonlocal; each closure is independent.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
