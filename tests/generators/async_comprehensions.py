# async comprehensions (PEP 530): async for and await in list/set/dict comprehensions and generator expressions
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def double(x):
    return 2 * x

async def agen(n):
    for i in range(n):
        yield i * 10

async def main():
    print([x async for x in Ticker(4)])
    print(sorted({x % 2 async for x in Ticker(5)}))
    print({x: x * x async for x in Ticker(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(4) if x != 10])
    print([(x, y) async for x in Ticker(2) for y in "ab"])
    print([[y async for y in Ticker(x)] for x in range(3)])
    g = (await double(x) async for x in Ticker(3))
    print(type(g).__name__, [v async for v in g])
    n = 0
    async for v in (x + 100 async for x in agen(2)):
        n += v
    print(n)
    return "done"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

print(run(main()))

for src in ["def f(y):\n    return [x async for x in y]", "def f(y):\n    return [await x for x in y]",
            "def f(y):\n    return (x async for x in y)", "def f(y):\n    return [[x async for x in y] for z in y]",
            "async def f(y):\n    return [(x async for x in y) for z in y]"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
