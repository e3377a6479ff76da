# asyncio.TaskGroup: a failing child cancels its siblings; tasks started before the failure see CancelledError.
import asyncio
log = []
async def sleeper(n):
    try:
        await asyncio.sleep(n)
        log.append("slept %s" % n)
    except asyncio.CancelledError:
        log.append("cancelled %s" % n)
        raise
async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(0))
            tg.create_task(sleeper(1))
            tg.create_task(failer())
    except BaseException as e:
        print(type(e).__name__ in ("ExceptionGroup", "ValueError"))
    print(log)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0, "r"))
    print(t.result())
asyncio.run(main())
