# asyncio: Lock.locked() is False right after release even when a waiter is about to take it.
import asyncio

async def waiter(lock):
    async with lock:
        print("waiter has it", lock.locked())

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    lock.release()
    print("after release", lock.locked())
    await t
    print("at the end", lock.locked())

asyncio.run(main())
