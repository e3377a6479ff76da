# asyncio.wait_for: a timeout raises the builtin TimeoutError (an OSError) and cancels the awaited task.
import asyncio
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.TimeoutError, OSError))
async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise
async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, log)
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except OSError as e:
        print("caught as OSError:", type(e).__name__)
asyncio.run(main())
