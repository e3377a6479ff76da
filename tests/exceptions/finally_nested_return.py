# Nested try/finally blocks all run when returning from deep inside.
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return 'returned at ' + str(i)
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
    return 'not reached'
print(f())
def g():
    try:
        for x in [1, 2]:
            try:
                return x
            finally:
                print('loop finally', x)
    finally:
        print('function finally')
print(g())
