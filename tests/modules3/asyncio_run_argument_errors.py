# asyncio.run and create_task need a coroutine: other values are TypeError/ValueError as in CPython.
import asyncio
for v in (1, None, lambda: 1):
    try:
        asyncio.run(v)
    except (TypeError, ValueError) as e:
        print("run", type(e).__name__)
async def main():
    for v in (1, "x"):
        try:
            asyncio.create_task(v)
        except TypeError:
            print("create_task TypeError")
    return "done"
print(asyncio.run(main()))
async def raiser():
    raise KeyError("k")
try:
    asyncio.run(raiser())
except KeyError as e:
    print("KeyError", e)
