# Explicit and implicit line continuation.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,
    3,
]
print(values)
d = {'a': 1,
     'b': 2}
print(d)
result = max(10,
             20,
             5)
print(result)
if total > 5 and \
   result > 5:
    print('both')
s = ('x'
     'y')
print(s)
