# asyncio: a task that cancels itself and then returns ends cancelled (the return value is dropped).
import asyncio

async def worker():
    print("worker runs")
    me.cancel()
    return 42

async def main():
    global me
    me = asyncio.create_task(worker())
    try:
        print(await me)
    except asyncio.CancelledError:
        print("CancelledError")
    print(me.done(), me.cancelled())

asyncio.run(main())
