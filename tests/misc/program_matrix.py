# A small program: matrix multiplication, transpose and determinant.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose([[1, 2, 3], [4, 5, 6]]))
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[6]]))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(ident, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
