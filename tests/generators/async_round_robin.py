# A tiny round-robin scheduler interleaving several coroutines.
class Tick:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(name + str(i))
        await Tick()
    return name + ' done'
def run_all(coros):
    results = {}
    queue = list(coros)
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
res = run_all([('a', worker('a', 3, log)), ('b', worker('b', 1, log)), ('c', worker('c', 2, log))])
print(log)
print(res)
