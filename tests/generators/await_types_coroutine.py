# A generator wrapped by types.coroutine can be awaited, passing sent values through.
import types


@types.coroutine
def pause(value):
    got = yield value
    return got * 2


async def task():
    a = await pause("first")
    b = await pause("second")
    return a + b


c = task()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
