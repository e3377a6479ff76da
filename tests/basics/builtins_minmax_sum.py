# min, max and sum.
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 7]), max((4, -1, 7)))
print(min('banana'), max(['apple', 'pear', 'fig']))
print(max([1, 5, 3], key=lambda x: -x), min(['aaa', 'b', 'cc'], key=len))
print(max([], default='empty'), min([2], default=0))
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(5)))
print(sum([[1], [2, 3]], []), sum((True, True, False)))
print(max(1, 2.5), min(-0.5, -1), max(True, 0))
