# Floor division and modulo of big and mixed-sign ints follow Python's floor rules.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [7, -7, 2**65 + 3, -(2**65 + 3), 10**30 + 7, -(10**30) - 7, 3**40, 1]
for a in vals:
    for b in [3, -3, 2**33 + 1, -(2**33 + 1), 10**15, -(10**15), 7**30]:
        print(a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(divmod(10**40, 10**20), divmod(-10**40, 10**20 + 1))
print(12345678901234567890123 // 1000, -12345678901234567890123 // 1000, 12345678901234567890123 % -1000)
big = 2**200 - 1
print(big // big, big % big, big // (big + 1), (big + 1) // big)
for z in [0, 0 * 2**80]:
    t(lambda: 2**80 // z)
    t(lambda: 2**80 % z)
    t(lambda: divmod(2**80, z))
    t(lambda: 2**80 / z)
