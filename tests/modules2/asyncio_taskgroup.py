# asyncio.TaskGroup: waits for all children; results via tasks.
import asyncio
async def job(n):
    await asyncio.sleep(0.01 * n)
    print("job", n)
    return n * n
async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(n)) for n in (3, 1, 2)]
        print("spawned")
    print([t.result() for t in ts])
asyncio.run(main())
