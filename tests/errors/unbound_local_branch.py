# A name assigned only in an untaken branch is unbound.
def pick(flag):
    if flag:
        result = 'set'
    return result
print(pick(True))
try:
    pick(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in []:
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
