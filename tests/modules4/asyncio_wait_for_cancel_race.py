# asyncio: cancelling wait_for around the moment its task finishes always ends in CancelledError for the waiter.
import asyncio

async def quick(i):
    await asyncio.sleep(0)
    print("quick", i, "done")
    return i

async def waiter(i):
    try:
        return await asyncio.wait_for(quick(i), 2)
    except asyncio.CancelledError:
        print("waiter", i, "cancelled")
        raise

async def main():
    for n in range(1, 4):
        t = asyncio.create_task(waiter(n))
        for _ in range(n):
            await asyncio.sleep(0)
        print("cancel", n, "done yet:", t.done())
        t.cancel()
        try:
            print("result", await t)
        except asyncio.CancelledError:
            print("CancelledError")

asyncio.run(main())
