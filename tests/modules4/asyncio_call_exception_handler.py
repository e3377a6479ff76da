# asyncio: Loop.call_exception_handler passes (loop, context) to the handler that was set.
import asyncio

calls = []

def handler(loop, context):
    calls.append((loop is asyncio.get_event_loop(), context["message"]))

async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "first"})
    loop.call_exception_handler({"message": "second", "exception": ValueError()})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
print(calls)
