# asyncio.Lock: waiters acquire in FIFO order; a cancelled waiter does not take the lock.
import asyncio
async def worker(lock, name, out):
    async with lock:
        out.append(name + "+")
        await asyncio.sleep(0)
        out.append(name + "-")
async def main():
    lock = asyncio.Lock()
    out = []
    await asyncio.gather(*(worker(lock, n, out) for n in "abc"))
    print(out)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter", lock.locked())
    lock.release()
    print(lock.locked())
asyncio.run(main())
