# Uncaught exception raised two calls deep: traceback frames, outermost first.
def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

print('average of [2, 4]:', average([2, 4]))
print('average of []:')
average([])
print('not reached')
