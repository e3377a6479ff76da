# asyncio: a task that cancels itself gets CancelledError at its next await.
import asyncio

async def worker():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError:
        print("cancelled at the await")
    return "finished anyway"

async def main():
    t = asyncio.create_task(worker())
    print(await t, t.cancelled())

asyncio.run(main())
