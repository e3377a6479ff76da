# The value of a yield from expression is the subgenerator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def main():
    a = yield from sub(3)
    b = yield from sub(4)
    return a, b
g = main()
print(list(g))
def driver():
    result = yield from main()
    yield ('results', result)
print(list(driver()))
def empty_sub():
    return 'immediate'
    yield
def wrapper():
    v = yield from empty_sub()
    yield v
print(list(wrapper()))
