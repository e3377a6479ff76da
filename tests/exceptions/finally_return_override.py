# A return in finally overrides the try block's return.
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    x = 1
    try:
        return x
    finally:
        x = 2
print(g())
def h(log):
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(h([]))
