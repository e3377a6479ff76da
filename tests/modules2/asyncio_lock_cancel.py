# asyncio.Lock: a waiter cancelled after the lock was handed to it passes the lock on.
import asyncio
async def holder(lock):
    async with lock:
        await asyncio.sleep(0.01)
        print("holder releases")
async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got lock")
    except asyncio.CancelledError:
        print(name, "cancelled")
async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    a = asyncio.create_task(waiter(lock, "a"))
    b = asyncio.create_task(waiter(lock, "b"))
    await asyncio.sleep(0)
    await h
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(lock.locked(), a.cancelled(), b.cancelled())
asyncio.run(main())
