# asyncio: an exception in a done callback goes to the loop's exception handler; other callbacks and the loop go on.
import asyncio

def handler(loop, context):
    print("handler:", type(context["exception"]).__name__)

def bad(task):
    raise ValueError("callback failed")

def good(task):
    print("good callback, result", task.result())

async def work():
    await asyncio.sleep(0)
    return 7

async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    t = asyncio.create_task(work())
    t.add_done_callback(bad)
    t.add_done_callback(good)
    print("awaited", await t)
    for _ in range(3):
        await asyncio.sleep(0)
    print("loop still running")
    asyncio.get_event_loop().set_exception_handler(None)

asyncio.run(main())
