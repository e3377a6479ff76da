# An OrderedDict or deque that contains itself prints a placeholder instead of recursing forever.
from collections import OrderedDict, deque

od = OrderedDict(a=1)
od["self"] = od
print(od)

dq = deque([1, 2])
dq.append(dq)
print(dq)

bounded = deque([0], maxlen=3)
bounded.append(bounded)
print(bounded)

# Mutual containment, and the same container twice (not a cycle).
left = OrderedDict()
right = deque([left])
left["right"] = right
print(left, right)
shared = deque([1])
print(OrderedDict(x=shared, y=shared), repr(deque([od])))
print(OrderedDict(), deque())
