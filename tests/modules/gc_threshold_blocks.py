# gc.threshold (MicroPython's API) counts whole heap blocks; -1 turns it off.
import gc

print(gc.threshold(1), gc.threshold())
gc.threshold(100)
print(gc.threshold() % 16 == 0, 0 < gc.threshold() <= 100)
gc.threshold(-1)
print(gc.threshold())
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__)
