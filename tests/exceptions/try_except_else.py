# else runs only when the try block raised nothing.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('division failed')
    else:
        print('result', r)
attempt(2)
attempt(0)
try:
    pass
except Exception:
    print('no')
else:
    print('else after empty try')
