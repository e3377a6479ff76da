# **kwargs collects extra keyword arguments into a dict (in call order).
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(z=26, a=1, m=13))
def g(x, **opts):
    return x, opts
print(g(1), g(1, y=2), g(x=5, w=0))
def show(**kw):
    for k, v in kw.items():
        print(k, '=', v)
show(alpha=1, beta='two')
opts = {'p': 1, 'q': 2}
print(f(**opts), f(**opts, r=3), f(**opts) is opts)
