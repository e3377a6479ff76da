# gc.enable/disable/isenabled.
import gc
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(100)]
gc.enable()
print(gc.isenabled())
gc.collect()
print(len(junk), junk[-1])
