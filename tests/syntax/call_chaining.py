# Chained calls, subscripts and attribute access.
def make():
    return {'fn': lambda n: [n, n * 2, n * 3]}
print(make()['fn'](4)[2])
class Box:
    def __init__(self, v):
        self.v = v
    def wrap(self):
        return Box([self.v])
print(Box(5).wrap().wrap().v, Box('s').wrap().v[0])
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], [row[1] for row in matrix])
print('a,b'.split(',')[1].upper(), (lambda: (lambda: 'deep'))()())
