# bisect with key=: the key applies to the list items, not to the searched value; insort applies it to both.
import bisect
records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(bisect.bisect_left(records, 3, key=key), bisect.bisect_right(records, 3, key=key), bisect.bisect(records, 0, key=key))
print(bisect.bisect_left(records, 3, 2, key=key), bisect.bisect_right(records, 7, 0, 2, key=key))
bisect.insort(records, ("e", 3), key=key)
bisect.insort_left(records, ("f", 3), key=key)
print(records)
words = ["kiwi", "apple", "banana"]
print(bisect.bisect_left(words, 5, key=len), bisect.bisect_right(words, 5, key=len))
