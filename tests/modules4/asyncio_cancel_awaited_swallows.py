# asyncio: cancelling a task that awaits another task cancels only the inner one; if it swallows the cancel, the outer goes on.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallowed the cancel")
    return "inner result"

async def outer():
    r = await asyncio.create_task(stubborn())
    print("outer got", r)
    return "outer done"

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    print("cancel returns", t.cancel())
    print(await t, t.cancelled())

asyncio.run(main())
