# bisect: negative lo is ValueError, hi=None means len, hi beyond len is clamped by the search, bad types.
import bisect
a = [1, 3, 5, 7]
for args in [(a, 4, -1), (a, 4, 0, None), (a, 4, 1, 2), (a, 8, 0, 2), (a, 0, 3)]:
    try:
        print(args[1:], bisect.bisect_left(*args), bisect.bisect_right(*args))
    except ValueError as e:
        print(args[1:], "ValueError", e)
for call in ['bisect.bisect(5, 1)', 'bisect.bisect([1, 2], "a")', 'bisect.insort(None, 1)', 'bisect.bisect_left(a, 1, "0")']:
    try:
        eval(call)
    except TypeError:
        print(call, "TypeError")
try:
    bisect.insort(a, 2, -5)
except ValueError as e:
    print("insort ValueError", e)
