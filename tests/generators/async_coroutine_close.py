# Coroutines can be closed; a never-awaited coroutine is just an object.
class Tick:
    def __await__(self):
        yield
async def job():
    try:
        await Tick()
        await Tick()
        return 'finished'
    finally:
        print('job cleanup')
c = job()
c.send(None)
c.close()
print('closed')
c2 = job()
steps = 0
try:
    while True:
        c2.send(None)
        steps += 1
except StopIteration as e:
    print(e.value, steps)
c3 = job()
c3.close()
print('closing an unstarted coroutine runs no cleanup')
