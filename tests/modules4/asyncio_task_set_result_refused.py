# asyncio: a Task refuses set_result() and set_exception() with RuntimeError.
import asyncio

async def noop():
    return 1

async def main():
    t = asyncio.create_task(noop())
    for call in (lambda: t.set_result(5), lambda: t.set_exception(KeyError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t)

asyncio.run(main())
