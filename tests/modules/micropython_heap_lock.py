# micropython: while the heap is locked an allocation raises MemoryError; heap_unlock returns the
# remaining depth. MicroPython-only, hence the .exp (docs/differences.md). The trial runs once
# unlocked first, so that nothing it needs is allocated for the first time under the lock.
import micropython
def trial(use_lock):
    lock = micropython.heap_lock if use_lock else (lambda: None)
    unlock = micropython.heap_unlock if use_lock else (lambda: 0)
    locked = micropython.heap_locked
    lock()
    depth = locked()
    try:
        x = [1] * 100
        result = "allocated"
    except MemoryError:
        result = "MemoryError"
    lock()
    inner = locked()
    left = unlock()
    outer = unlock()
    return depth, result, inner, left, outer, locked()
print(trial(False))
print(trial(True))
x = [1] * 100
print(len(x))
try:
    micropython.alloc_emergency_exception_buf(-1)
except ValueError as e:
    print("ValueError", e)
try:
    micropython.schedule(1, None)
except TypeError as e:
    print("TypeError", e)
