# gc.collect() can be called at any time; live objects survive it.
import gc
data = [list(range(i)) for i in range(20)]
gc.collect()
print(sum(len(x) for x in data))
d = {str(i): [i] * 3 for i in range(10)}
del data
gc.collect()
print(d['7'], len(d))
gc.collect()
gc.collect()
print('ok')
