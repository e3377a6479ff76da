# heapq: the heap argument must be a list; empty heaps are IndexError.
import heapq
for call in ['heapq.heappush((), 1)', 'heapq.heappop(())', 'heapq.heapify((3, 1))', 'heapq.heapify("ab")',
             'heapq.heapreplace({}, 1)', 'heapq.heappushpop(None, 1)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError", e)
for call in ['heapq.heappop([])', 'heapq.heapreplace([], 1)']:
    try:
        eval(call)
    except IndexError as e:
        print(call, "IndexError", e)
print(heapq.heappushpop([], 5))
try:
    heapq.heappush([1], "a")
except TypeError:
    print("TypeError compare")
