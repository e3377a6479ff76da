# asyncio: when the awaited task accepts the cancel, the CancelledError reaches the outer task too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError", t.cancelled())

asyncio.run(main())
