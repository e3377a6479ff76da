# asyncio.gather: results in argument order, exceptions (first raised, or returned), nested gathers.
import asyncio
async def val(x, d):
    await asyncio.sleep(d)
    print("done", x)
    return x
async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)
async def main():
    print(await asyncio.gather(val(1, 0.03), val(2, 0.01), val(3, 0.02)))
    print(await asyncio.gather())
    print(await asyncio.gather(val("a", 0), fail("x", 0), return_exceptions=True))
    try:
        await asyncio.gather(val("b", 0.02), fail("y", 0.01))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.03)
    t = asyncio.create_task(val("t", 0))
    print(await asyncio.gather(t, val("u", 0), asyncio.gather(val("v", 0))))
asyncio.run(main())
