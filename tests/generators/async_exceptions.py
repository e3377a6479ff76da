# Exceptions propagate through awaits and can be caught in coroutines.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    await Tick()
    raise ValueError('async failure')
async def handles():
    try:
        await fails()
    except ValueError as e:
        return 'handled: ' + str(e)
    finally:
        print('finally in coroutine')
print(run(handles()))
try:
    run(fails())
except ValueError as e:
    print('escaped to caller:', e)
c = fails()
c.send(None)
try:
    c.throw(KeyError('thrown in'))
except KeyError as e:
    print('throw propagated', e)
