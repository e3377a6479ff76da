# asyncio: Task.cancel -> CancelledError inside the task, cancelled(), cleanup in finally, wait_for timeouts.
import asyncio
async def sleeper(name):
    try:
        print(name, "start")
        await asyncio.sleep(10)
        print(name, "never")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")
async def quick():
    await asyncio.sleep(0.01)
    return "quick"
async def main():
    t = asyncio.create_task(sleeper("s1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError", t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    try:
        await asyncio.wait_for(sleeper("s2"), 0.02)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(quick(), 1))
    print(await asyncio.wait_for(quick(), None))
    try:
        if hasattr(asyncio, "wait_for_ms"):
            await asyncio.wait_for_ms(sleeper("s3"), 10)
        else:
            await asyncio.wait_for(sleeper("s3"), 0.01)
    except asyncio.TimeoutError:
        print("timeout ms")
    t2 = asyncio.create_task(sleeper("s4"))
    t2.cancel()
    await asyncio.sleep(0)
    print(t2.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
