# async for over an object implementing __aiter__ / __anext__.
class Tick:
    def __await__(self):
        yield
class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
async def main():
    out = []
    async for v in AsyncRange(4):
        out.append(v * v)
    else:
        out.append('else')
    return out
print(run(main()))
