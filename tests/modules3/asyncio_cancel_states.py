# asyncio: cancelling a task — cancel() result, cancelled()/done(), CancelledError on await, result() of a cancelled task.
import asyncio
async def worker():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.done(), t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError", t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    done = asyncio.create_task(asyncio.sleep(0, 7))
    await done
    print(done.cancel(), done.result())
asyncio.run(main())
