# async with calls __aenter__ and __aexit__.
class Tick:
    def __await__(self):
        yield
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Tick()
        print('open', self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print('close', self.name, typ.__name__ if typ else None)
        return typ is KeyError
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with Resource('db') as r:
        print('using', r)
    async with Resource('file'):
        raise KeyError('suppressed by __aexit__')
    try:
        async with Resource('net'):
            raise ValueError('escapes')
    except ValueError as e:
        print('caught', e)
    return 'done'
print(run(main()))
