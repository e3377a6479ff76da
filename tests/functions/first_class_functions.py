# Functions are values: stored, passed and returned.
def double(x): return x * 2
def square(x): return x * x
ops = {'double': double, 'square': square, 'neg': lambda x: -x}
for name in ops:
    print(name, ops[name](7))
def apply_all(fns, v):
    return [f(v) for f in fns]
print(apply_all([double, square, str], 3))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(double, square)(3), compose()(5))
print(double.__name__, callable(double), callable(3))
