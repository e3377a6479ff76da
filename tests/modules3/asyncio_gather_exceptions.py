# asyncio.gather: the first exception propagates; return_exceptions=True returns them in order.
import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    try:
        await asyncio.gather(ok(1), bad("boom"), ok(3))
    except ValueError as e:
        print("ValueError", e)
    res = await asyncio.gather(ok(1), bad("x"), ok(3), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0], str(res[1]), res[2])
    print(await asyncio.gather())
asyncio.run(main())
