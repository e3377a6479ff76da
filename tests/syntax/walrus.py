# Assignment expressions (:=).
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long list', n)
it = iter(data)
while (item := next(it, None)) is not None:
    print('item', item)
print([y for x in data if (y := x * 2) > 5])
print(y)
print((z := 10) + z, z)
vals = [v := 1, v + 1, v + 2]
print(vals, v)
