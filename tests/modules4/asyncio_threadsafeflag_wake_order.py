# asyncio: ThreadSafeFlag.set() wakes its waiter on the next loop iteration, not at once (MicroPython's order).
import asyncio
if not hasattr(asyncio, "ThreadSafeFlag"):
    class ThreadSafeFlag:  # CPython stand-in with the same wake-up timing
        def __init__(self):
            self._ev = asyncio.Event()
        def set(self):
            asyncio.get_event_loop().call_soon(self._ev.set)
        def clear(self):
            self._ev.clear()
        async def wait(self):
            await self._ev.wait()
            self._ev.clear()
    asyncio.ThreadSafeFlag = ThreadSafeFlag

async def waiter(flag):
    print("waiting")
    await flag.wait()
    print("woken")

async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter(flag))
    await asyncio.sleep(0)
    flag.set()
    print("set")
    await asyncio.sleep(0)
    print("one iteration later")
    await t
    print("done")

asyncio.run(main())
