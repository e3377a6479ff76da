# asyncio: gather(return_exceptions=True) reports a cancelled child as CancelledError('').
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    a.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print(res)
    print(type(res[0]).__name__, res[0].args)

asyncio.run(main())
