# asyncio: run, create_task ordering, sleep, sleep(0) interleaving, awaiting tasks, results, current_task.
import asyncio
try:
    import uasyncio
except ImportError:
    uasyncio = asyncio
async def worker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name + " done"
async def main():
    t1 = asyncio.create_task(worker("a", 3, 0))
    t2 = asyncio.create_task(worker("b", 2, 0))
    print("created", t1.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    t3 = asyncio.create_task(worker("slow", 1, 0.03))
    t4 = asyncio.create_task(worker("fast", 1, 0.01))
    print(await t3, await t4)
    print(asyncio.current_task() is not None, await asyncio.sleep(0, "val"))
    return 42
print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")
async def main2():
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError as e:
        print("caught", e, t.done(), type(t.exception()).__name__)
asyncio.run(main2())
try:
    asyncio.run(boom())
except ValueError as e:
    print("run raised", e)
print(uasyncio.run(worker("u", 1, 0)))
