# asyncio: MicroPython's additions (sleep_ms, wait_for_ms, ThreadSafeFlag); CPython runs a stand-in.
import asyncio
if not hasattr(asyncio, "sleep_ms"):
    async def sleep_ms(ms, result=None):
        return await asyncio.sleep(ms / 1000, result)
    async def wait_for_ms(aw, ms):
        return await asyncio.wait_for(aw, ms / 1000)
    class ThreadSafeFlag:
        def __init__(self):
            self.ev = asyncio.Event()
        def set(self):
            self.ev.set()
        def clear(self):
            self.ev.clear()
        async def wait(self):
            await self.ev.wait()
            self.ev.clear()
    asyncio.sleep_ms = sleep_ms
    asyncio.wait_for_ms = wait_for_ms
    asyncio.ThreadSafeFlag = ThreadSafeFlag
async def setter(flag):
    for i in range(3):
        await asyncio.sleep_ms(5)
        print("set", i)
        flag.set()
async def main():
    print(await asyncio.sleep_ms(1, "slept"))
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(setter(flag))
    for i in range(3):
        await flag.wait()
        print("flag", i)
    await t
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(100), 10)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for_ms(asyncio.sleep_ms(1, "in time"), 500))
asyncio.run(main())
