# asyncio: on timeout wait_for cancels its task; a task that swallows the cancel has its result returned.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed")
    return "kept"

async def plain():
    await asyncio.sleep(1)

async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(plain(), 0.01)
    except asyncio.TimeoutError:
        print("TimeoutError")

asyncio.run(main())
