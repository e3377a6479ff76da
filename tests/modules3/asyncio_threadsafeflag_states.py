# asyncio.ThreadSafeFlag (MicroPython): set before wait returns at once, wait clears, sets coalesce, clear() discards.
import asyncio
async def main():
    f = asyncio.ThreadSafeFlag()
    f.set()
    await f.wait()
    print("immediate")
    f.set()
    f.set()
    await f.wait()
    try:
        await asyncio.wait_for_ms(f.wait(), 20)
    except asyncio.TimeoutError:
        print("coalesced: second wait timed out")
    f.set()
    f.clear()
    try:
        await asyncio.wait_for_ms(f.wait(), 20)
    except asyncio.TimeoutError:
        print("cleared: wait timed out")
    async def later():
        await asyncio.sleep_ms(5)
        f.set()
    t = asyncio.create_task(later())
    await f.wait()
    await t
    print("woken by task")
asyncio.run(main())
