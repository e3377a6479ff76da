# asyncio.TaskGroup: a failing child cancels its siblings; the error propagates out of the block.
import asyncio
async def ok(n):
    try:
        await asyncio.sleep(0.05)
        print("ok", n)
    except asyncio.CancelledError:
        print("sibling cancelled", n)
        raise
async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(bad())
            tg.create_task(ok(2))
    except BaseException as e:
        errs = getattr(e, "exceptions", (e,))
        print("group failed", [type(x).__name__ for x in errs], [str(x) for x in errs])
asyncio.run(main())
