# async def / await driven by a tiny hand-written event loop (no asyncio).
class Yield:
    def __await__(self):
        yield 'suspended'
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
async def add(a, b):
    await Yield()
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
coro = main()
print(type(coro).__name__)
print(run(coro))
