# Arguments are evaluated left to right, before the call.
log = []
def v(tag, value):
    log.append(tag)
    return value
def f(a, b, c=None, d=None):
    log.append('call')
    return a + b
print(f(v('a', 1), v('b', 2), d=v('d', 4), c=v('c', 3)))
print(log)
log = []
v('callee', f)(v('x', 10), v('y', 20))
print(log)
