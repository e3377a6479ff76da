# Rich comparison methods, including reflection.
class Ver:
    def __init__(self, major, minor):
        self.t = (major, minor)
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __repr__(self):
        return 'v' + str(self.t[0]) + '.' + str(self.t[1])
a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b)
print(sorted([Ver(2, 0), Ver(1, 5), Ver(1, 0)]), max([a, b]), min([b, a]))
class Always:
    def __eq__(self, o):
        return True
print(Always() == 3, 3 == Always(), Always() != 3, [1, Always()] == [1, 'x'])
