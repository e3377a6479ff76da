# asyncio: cancelling a wait_for raises CancelledError even if the awaited coroutine swallows the cancel.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "stubborn result"

async def waiter():
    try:
        r = await asyncio.wait_for(stubborn(), 5)
        print("not reached", r)
    except asyncio.CancelledError:
        print("wait_for raised CancelledError")
        raise

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled =", t.cancelled())

asyncio.run(main())
