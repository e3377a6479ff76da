# asyncio.Event.wait under wait_for: timeouts, being set by another task, and several waiters woken together.
import asyncio
async def waiter(ev, name, out):
    await ev.wait()
    out.append(name)
async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timeout", ev.is_set())
    out = []
    tasks = [asyncio.create_task(waiter(ev, n, out)) for n in "abc"]
    await asyncio.sleep(0)
    print(out)
    ev.set()
    await asyncio.gather(*tasks)
    print(out, await asyncio.wait_for(ev.wait(), 0.01))
asyncio.run(main())
