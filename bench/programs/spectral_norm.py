"""Spectral norm of an infinite matrix (Computer Language Benchmarks Game).

Power iteration with the matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1):
nested loops of float multiply-adds and integer index arithmetic, plus
function calls in the inner loop.  Prints the norm to nine decimals.
"""

N = 350
ITERATIONS = 10


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    print(f"spectral_norm n={N} norm={spectral_norm(N):.9f}")


main()
