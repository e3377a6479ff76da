# micropython.heap_lock: print() of strings and small ints works while the heap is locked (as in an IRQ handler).
try:
    import micropython
    lock, unlock = micropython.heap_lock, micropython.heap_unlock
except ImportError:
    lock = unlock = lambda: None

def report(n):
    print("value", n, sep=": ", end="!\n")

lock()
print("locked print")
report(5)
print(1, -2, True, None)
print()
unlock()
print("unlocked", [1, 2])
