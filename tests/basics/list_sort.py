# list.sort and sorted with key= and reverse=, which are stable.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Pie', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3, -1, -4, 2], key=abs), sorted('hello'))
print(sorted([]), sorted([1]), sorted((2.5, 1, -0.5)))
