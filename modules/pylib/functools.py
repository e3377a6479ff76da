# functools — partial, reduce, wraps/update_wrapper, cmp_to_key, lru_cache, cache,
# total_ordering (CPython semantics). Frozen Python (modules/pylib/manifest.py).

__all__ = ["partial", "reduce", "wraps", "update_wrapper", "cmp_to_key", "lru_cache", "cache",
           "total_ordering", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def reduce(function, sequence, *initial):
    # initial is positional-only, as in CPython (reduce(f, s, initial=0) is a TypeError).
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got %d" % (2 + len(initial)))
    it = iter(sequence)
    if not initial:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial[0]
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __new__(cls, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)

    def __get__(self, obj, objtype=None):
        return self


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _CacheInfo(hits, misses, maxsize, currsize):
    from collections import namedtuple
    global _CacheInfo
    _CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")
    return _CacheInfo(hits, misses, maxsize, currsize)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    # The cache dict keeps insertion order; a hit moves its key to the end,
    # so the first key is the least recently used.
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            if key in cache:
                del cache[key]
            elif maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    def has(name):
        for c in cls.__mro__:
            if c is not object and name in c.__dict__:
                return True
        return False
    if has("__lt__"):
        lt = cls.__lt__
        if not has("__gt__"):
            cls.__gt__ = lambda a, b: b.__lt__(a) if type(a) is type(b) else (not lt(a, b) and a != b)
        if not has("__le__"):
            cls.__le__ = lambda a, b: lt(a, b) or a == b
        if not has("__ge__"):
            cls.__ge__ = lambda a, b: not lt(a, b)
    elif has("__le__"):
        le = cls.__le__
        if not has("__ge__"):
            cls.__ge__ = lambda a, b: not le(a, b) or a == b
        if not has("__lt__"):
            cls.__lt__ = lambda a, b: le(a, b) and a != b
        if not has("__gt__"):
            cls.__gt__ = lambda a, b: not le(a, b)
    elif has("__gt__"):
        gt = cls.__gt__
        if not has("__lt__"):
            cls.__lt__ = lambda a, b: not gt(a, b) and a != b
        if not has("__ge__"):
            cls.__ge__ = lambda a, b: gt(a, b) or a == b
        if not has("__le__"):
            cls.__le__ = lambda a, b: not gt(a, b)
    elif has("__ge__"):
        ge = cls.__ge__
        if not has("__le__"):
            cls.__le__ = lambda a, b: not ge(a, b) or a == b
        if not has("__gt__"):
            cls.__gt__ = lambda a, b: ge(a, b) and a != b
        if not has("__lt__"):
            cls.__lt__ = lambda a, b: not ge(a, b)
    else:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    return cls
