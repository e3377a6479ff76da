# Exceptions unwind through several frames until a handler is found.
trace = []
def level3():
    trace.append('level3')
    raise RuntimeError('deep')
def level2():
    trace.append('level2')
    try:
        level3()
    finally:
        trace.append('level2 finally')
def level1():
    trace.append('level1')
    level2()
    trace.append('not reached')
try:
    level1()
except RuntimeError as e:
    trace.append('handled ' + str(e))
print(trace)
