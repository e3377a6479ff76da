# asyncio.Lock: releasing an unlocked lock is RuntimeError; Event set/clear/is_set; async with on a Lock.
import asyncio
async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    async with lock:
        print("inside", lock.locked())
    print("after", lock.locked())
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
