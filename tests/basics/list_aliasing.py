# Lists are shared by reference; copies are shallow.
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = list(a)
c.append(4)
print(a, c, a is c, a == c[:3])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
outer = [[1], [2]]
shallow = outer.copy()
shallow[0].append('shared')
shallow[1] = 'replaced'
print(outer, shallow)
def add(item, into):
    into.append(item)
add(5, a)
print(a)
