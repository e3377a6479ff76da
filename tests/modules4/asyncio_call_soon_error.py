# asyncio: a failing call_soon callback is reported to the exception handler and later callbacks still run.
import asyncio

def handler(loop, context):
    print("handler:", repr(context["exception"]))

def fails(n):
    raise IndexError(n)

def works(n):
    print("works", n)

async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(fails, 1)
    loop.call_soon(works, 2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")
    loop.set_exception_handler(None)

asyncio.run(main())
