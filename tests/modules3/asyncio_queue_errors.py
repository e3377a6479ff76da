# asyncio.Queue: get_nowait on empty is QueueEmpty, put_nowait on full is QueueFull; sizes and FIFO order.
import asyncio
async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    await q.put(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(await q.get(), q.get_nowait(), q.empty())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")
asyncio.run(main())
