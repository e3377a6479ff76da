# Simple recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print([fact(i) for i in range(8)], fact(25))
print([fib(i) for i in range(15)])
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))
