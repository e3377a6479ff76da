# Errors specific to bytes and bytearray.
def attempt(fn):
    try:
        fn()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = b'ab'
ba = bytearray(b'ab')
attempt(lambda: bytes([300]))
attempt(lambda: bytes([-1]))
attempt(lambda: b + 'c')
attempt(lambda: b[5])
def set_big():
    ba[0] = 256
def set_bytes():
    b[0] = 1
attempt(set_big)
attempt(set_bytes)
attempt(lambda: bytes('abc'))
