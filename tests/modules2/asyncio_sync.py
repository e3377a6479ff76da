# asyncio: Event, Lock (async with, FIFO), Queue (maxsize, put/get, full/empty/qsize, nowait errors).
import asyncio
async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")
async def locker(lock, name):
    async with lock:
        print(name, "in")
        await asyncio.sleep(0.01)
        print(name, "out")
async def producer(q):
    for i in range(4):
        await q.put(i)
        print("put", i, q.qsize())
async def consumer(q):
    for _ in range(4):
        v = await q.get()
        print("got", v)
        await asyncio.sleep(0)
async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "ab"]
    await asyncio.sleep(0)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set(), await ev.wait())
    ev.clear(); print(ev.is_set())
    lock = asyncio.Lock()
    await asyncio.gather(locker(lock, "x"), locker(lock, "y"), locker(lock, "z"))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    q = asyncio.Queue(2)
    print(q.empty(), q.full(), q.maxsize)
    await asyncio.gather(producer(q), consumer(q))
    q.put_nowait("a"); q.put_nowait("b")
    print(q.full(), q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
asyncio.run(main())
