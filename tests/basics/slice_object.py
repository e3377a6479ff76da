# slice objects can be created explicitly and used as indices.
s = slice(1, 7, 2)
print(s.start, s.stop, s.step, s)
print(slice(4), slice(None, 3), slice(2, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], 'abcdefgh'[s])
class Show:
    def __getitem__(self, key):
        return key
x = Show()
print(x[1:2], x[::3], x[:], x[1:2, 3], x[5])
