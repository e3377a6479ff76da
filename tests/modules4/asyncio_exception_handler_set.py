# asyncio: set_exception_handler/get_exception_handler, and the handler sees an unretrieved task exception.
import asyncio

def handler(loop, context):
    print("handler:", repr(context["exception"]), "future" in context)

async def fails():
    raise ValueError("boom", 1)

async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(fails())
    for _ in range(3):
        await asyncio.sleep(0)
    print("main done")
    loop.set_exception_handler(None)

asyncio.run(main())
