# None is a singleton; functions without return give None.
def nothing():
    pass
r = nothing()
print(r, r is None, r == None, type(r).__name__)
print(None is None, None != 0, None != '', repr(None), str(None))
print([None] * 2, {None: None})
x = None
if not x:
    print('None is falsy')
print(nothing() is nothing())
