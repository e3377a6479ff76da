# Code objects of every shape, frozen: they run from flash.
import sys

LOG = []


def defaults(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


def posonly(x, y, /, z):
    return x + y + z


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


def gen(n):
    for i in range(n):
        got = yield i * i
        if got:
            LOG.append(got)
    return "done"


async def coro(x):
    return x + 1


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def describe(self):
        return "%s(%r)" % (self.kind, self.v)


class Derived(Base):
    kind = "derived"

    def describe(self):
        return "<" + super().describe() + ">"

    @property
    def double(self):
        return self.v * 2

    @staticmethod
    def static():
        return "static"

    @classmethod
    def cls(cls):
        return cls.__name__


class FrozenError(Exception):
    pass


def raises(depth):
    if depth == 0:
        raise FrozenError("deep in frozen code")
    return raises(depth - 1)


def handles():
    out = []
    for exc in (ValueError, KeyError, FrozenError):
        try:
            try:
                raise exc("x")
            finally:
                out.append("finally")
        except (ValueError, KeyError) as e:
            out.append(type(e).__name__)
        except Exception as e:
            out.append("other:" + type(e).__name__)
        else:
            out.append("else")
    return out


def comprehensions(n):
    return ([i for i in range(n)], {i: i * i for i in range(n)}, {i % 3 for i in range(n)},
            list(x + 1 for x in range(n)), [f"{i:03d}|{i!r:>4}" for i in range(n)])


def with_statement():
    class Ctx:
        def __enter__(self):
            LOG.append("enter")
            return self

        def __exit__(self, *exc):
            LOG.append("exit:%s" % (exc[0].__name__ if exc[0] else None))
            return True

    with Ctx():
        raise RuntimeError("swallowed")
    return LOG[-2:]


lam = lambda a, *, b=3: a * b
IS_MOTE = sys.implementation.name == "mote"
