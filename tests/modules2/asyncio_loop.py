# asyncio: event loop object, done callbacks, task exceptions, gather cancelling, run() errors.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(2, 3)))
loop.close()
async def cb_main():
    t = asyncio.create_task(add(1, 1))
    t.add_done_callback(lambda task: print("callback", task.result()))
    await t
    await asyncio.sleep(0)
    done = asyncio.create_task(add(0, 0))
    await done
    done.add_done_callback(lambda task: print("late callback", task.done()))
    await asyncio.sleep(0)
asyncio.run(cb_main())
async def forever():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("forever cancelled")
        raise
async def outer():
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0.02)
    g.cancel() if hasattr(g, "cancel") else None
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
async def main2():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.05)
    print("outer done", t.done())
try:
    asyncio.run(main2())
except BaseException as e:
    print("main2", type(e).__name__)
async def leftover():
    try:
        await asyncio.sleep(1)
    finally:
        print("leftover cleaned up")
async def main3():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "main3"
print(asyncio.run(main3()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
async def inner_fail():
    raise KeyError("k")
async def main4():
    try:
        await asyncio.wait_for(inner_fail(), 1)
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(add(1, 2))
    print(await asyncio.wait_for(t, 1), await asyncio.sleep(0.001, "s"))
asyncio.run(main4())
