# asyncio: cancelling the outermost of three tasks awaiting each other reaches the innermost first.
import asyncio

async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(1)
        else:
            await asyncio.create_task(level(n - 1))
    except asyncio.CancelledError:
        print("level", n, "cancelled")
        raise

async def main():
    t = asyncio.create_task(level(2))
    await asyncio.sleep(0.01)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("outer done, cancelled =", t.cancelled())

asyncio.run(main())
