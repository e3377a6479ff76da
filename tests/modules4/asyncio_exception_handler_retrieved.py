# asyncio: a task exception that is awaited or read with exception() never reaches the loop's handler.
import asyncio

def handler(loop, context):
    print("handler called:", repr(context["exception"]))

async def fails(n):
    raise KeyError(n)

async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    t1 = asyncio.create_task(fails(1))
    await asyncio.sleep(0)
    try:
        await t1
    except KeyError as e:
        print("awaited:", repr(e))
    t2 = asyncio.create_task(fails(2))
    await asyncio.sleep(0)
    print("exception():", repr(t2.exception()))
    for _ in range(3):
        await asyncio.sleep(0)
    print("main done")
    loop.set_exception_handler(None)

asyncio.run(main())
