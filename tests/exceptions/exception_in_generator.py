# Exceptions raised inside generators propagate to the consumer.
def gen():
    yield 1
    yield 2
    raise ValueError('generator failed')
out = []
try:
    for v in gen():
        out.append(v)
except ValueError as e:
    print(out, e)
def safe_gen():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield 'div by zero handled'
print(list(safe_gen()))
def cleanup():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('generator finally')
print(list(cleanup()))
