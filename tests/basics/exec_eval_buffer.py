# exec() and eval() take their source from any bytes-like object.
ns = {}
exec(bytearray(b"a = 1 + 2"), ns)
exec(memoryview(b"b = a * 10"), ns)
print(ns["a"], ns["b"])
print(eval(bytearray(b"[1, 2] * 2")), eval(memoryview(b"'x' + 'y'")), eval(b"3 ** 2"))
src = bytearray(b"print('from bytearray')")
exec(src)
for bad in (1, [1], None):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
