# asyncio: how many loop iterations wait_for needs to report a quickly finishing task.
import asyncio

async def quick():
    await asyncio.sleep(0)
    return "quick"

async def runner(log):
    log.append(await asyncio.wait_for(quick(), 1))

async def main():
    log = []
    t = asyncio.create_task(runner(log))
    steps = 0
    while not t.done():
        await asyncio.sleep(0)
        steps += 1
    print(log, steps)

asyncio.run(main())
