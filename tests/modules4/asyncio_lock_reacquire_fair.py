# asyncio: a releaser that immediately re-acquires queues behind the waiter it woke.
import asyncio

async def holder(lock, name):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.01)
    print(name, "released, locked =", lock.locked())
    async with lock:
        print(name, "has it again")

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(holder(lock, "a"))
    await asyncio.sleep(0)
    b = asyncio.create_task(holder(lock, "b"))
    await asyncio.gather(a, b)

asyncio.run(main())
