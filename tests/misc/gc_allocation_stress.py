# Many short-lived allocations of different kinds; results must stay correct.
import gc
total = 0
for i in range(2000):
    s = str(i) * 3
    l = [i, s, (i, i + 1)]
    d = {'k': l, 'n': i}
    total += len(s) + d['n'] + l[2][1]
print(total)
chunks = []
for i in range(50):
    chunks.append(bytearray(i))
    if i % 10 == 0:
        gc.collect()
print(sum(len(c) for c in chunks))
big = [[j for j in range(i % 17)] for i in range(500)]
print(sum(map(sum, big)))
