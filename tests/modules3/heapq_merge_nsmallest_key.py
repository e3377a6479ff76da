# heapq.merge (key, reverse) and nlargest/nsmallest with key, n larger than the input, n <= 0.
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["c", "bb"], ["a", "dddd"], key=len)), list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(10, [3, 1, 2]))
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, [1, 2]), heapq.nlargest(1, []), heapq.nlargest(1, [2, 9, 4]))
