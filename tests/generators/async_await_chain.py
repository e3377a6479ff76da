# Awaiting through several coroutine layers, with a value-producing awaitable.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ('request', self.v)
        return self.v * 2
def run(coro):
    while True:
        try:
            msg = coro.send(None)
            print('loop saw', msg)
        except StopIteration as e:
            return e.value
async def level3(n):
    return await Value(n)
async def level2(n):
    a = await level3(n)
    b = await level3(n + 1)
    return a + b
async def level1():
    return [await level2(1), await level2(10)]
print(run(level1()))
