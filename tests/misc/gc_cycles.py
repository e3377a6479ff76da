# Reference cycles are collected without disturbing reachable objects.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
keep = []
for i in range(200):
    a = Node('a' + str(i))
    b = Node('b' + str(i))
    a.other = b
    b.other = a
    if i % 50 == 0:
        keep.append(a)
del a, b
gc.collect()
print([n.name + '->' + n.other.name + '->' + n.other.other.name for n in keep])
lst = []
lst.append(lst)
del lst
gc.collect()
d = {}
d['self'] = d
print(d['self']['self'] is d)
