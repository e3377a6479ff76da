# ffi (host only): calling libc through libffi with MicroPython's type codes.
try:
    import ffi
except ImportError:  # built without libffi (the -m32 host build has none)
    print('SKIP')
    raise SystemExit

libc = ffi.open("libc.so.6")
strlen = libc.func("i", "strlen", "s")
print(strlen("abc") == 3, strlen("hello world"))
print(libc.func("d", "atof", "s")("2.5"))
print(libc.func("l", "labs", "l")(-42))
print(libc.func("q", "llabs", "q")(-(2 ** 40)))
print(libc.func("I", "abs", "i")(-7))
print(libc.func("s", "getenv", "s")("MOTE_FFI_NO_SUCH_VARIABLE"))
buf = bytearray(16)
libc.func("i", "snprintf", "pisi")(buf, len(buf), "%d apples", 12)
print(bytes(buf[:9]))

# a variable, read and written
errno = libc.var("i", "errno")
errno.set(0)
print(errno.get())
print(libc.addr("strlen") > 0)

# qsort with a Python comparison callback
def compare(pa, pb):
    return ffi.as_bytearray(pa, 1)[0] - ffi.as_bytearray(pb, 1)[0]

qsort = libc.func("v", "qsort", "piip")
compare_c = ffi.callback("i", compare, "pp")
letters = bytearray(b"foobar")
qsort(letters, len(letters), 1, compare_c)
print(letters)
print(compare_c.cfun() > 0)

# ints of 4 bytes sorted with a callback reading them back through ffi.func
numbers = bytearray()
for n in (300, -5, 42, 7):
    numbers += (n & 0xFFFFFFFF).to_bytes(4, "little")
def compare_ints(pa, pb):
    a = int.from_bytes(ffi.as_bytearray(pa, 4), "little")
    b = int.from_bytes(ffi.as_bytearray(pb, 4), "little")
    a -= (a >> 31) << 32
    b -= (b >> 31) << 32
    return (a > b) - (a < b)
qsort(numbers, 4, 4, ffi.callback("i", compare_ints, "pp"))
print([int.from_bytes(numbers[i:i + 4], "little") for i in range(0, 16, 4)])

# errors
try:
    ffi.open("libmote-no-such-library.so.9")
except OSError as e:
    print("OSError", e.args[0])
try:
    libc.func("i", "mote_no_such_symbol", "")
except OSError as e:
    print("OSError", e.args[0])
try:
    strlen("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    libc.func("i", "strlen", "z")
except ValueError as e:
    print("ValueError:", e)

# an exception in a callback cannot cross C: it is printed and the callback returns 0
def fails(pa, pb):
    raise RuntimeError("in the callback")

qsort(bytearray(b"ab"), 2, 1, ffi.callback("i", fails, "pp"))
print("after the failing callback")
