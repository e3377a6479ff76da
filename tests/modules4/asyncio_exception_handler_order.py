# asyncio: several failing detached tasks reach the handler in the order they failed.
import asyncio

seen = []

def handler(loop, context):
    seen.append(context["exception"].args)

async def fails(n):
    raise RuntimeError(n, n * 10)

async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    for i in range(3):
        asyncio.create_task(fails(i))
    for _ in range(3):
        await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)

asyncio.run(main())
