# collections — namedtuple, OrderedDict, deque, defaultdict (CPython semantics).
#
# Frozen Python (modules/pylib/manifest.py). namedtuple builds a tuple subclass
# with a property per field instead of exec'ing generated source as CPython
# does; deque is a ring buffer over a list (O(1) at both ends, growth doubles).

__all__ = ["namedtuple", "OrderedDict", "deque", "defaultdict", "Counter"]


def _field_getter(i):
    return property(lambda self: self[i])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(str(f) for f in field_names)
    seen = set()
    for f in fields:
        if not f.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % f)
        if f.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: %r" % f)
        if f in seen:
            raise ValueError("Encountered duplicate field name: %r" % f)
        seen.add(f)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        for f, d in zip(fields[nfields - len(defaults):], defaults):
            field_defaults[f] = d

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % ("__new__", nfields + 1, len(args) + 1))
        values = list(args)
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in field_defaults:
                values.append(field_defaults[f])
            else:
                missing = [m for m in fields[len(values):] if m not in kwargs and m not in field_defaults]
                if len(missing) == 1:
                    raise TypeError("%s() missing 1 required positional argument: %r" % ("__new__", missing[0]))
                raise TypeError("%s() missing %d required positional arguments: %s"
                                % ("__new__", len(missing),
                                   ", ".join(repr(m) for m in missing[:-1]) + " and " + repr(missing[-1])))
        if kwargs:
            k = next(iter(kwargs))
            if k in fields:
                raise TypeError("%s() got multiple values for argument %r" % ("__new__", k))
            raise TypeError("%s() got an unexpected keyword argument %r" % ("__new__", k))
        if cls is _Collector:
            return tuple(values)
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__,
                           ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        result = self._make([kwargs.pop(f, v) for f, v in zip(fields, self)])
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return result

    def __getnewargs__(self):
        return tuple(self)

    if not _TUPLE_SUBCLASS:
        return _namedtuple_class(typename, fields, field_defaults, __new__, __repr__,
                                 _asdict, _replace)
    ns = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "__getnewargs__": __getnewargs__,
    }
    for i, f in enumerate(fields):
        ns[f] = _field_getter(i)
    return type(typename, (tuple,), ns)


def _can_subclass_tuple():
    try:
        type("_T", (tuple,), {})
        return True
    except TypeError:
        return False


_TUPLE_SUBCLASS = _can_subclass_tuple()


class _TupleLike:
    # A named tuple where tuple cannot be subclassed: the values live in _t
    # and every tuple operation forwards to it (isinstance(x, tuple) is False).
    __slots__ = ("_t",)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def _other(self, o):
        return o._t if isinstance(o, _TupleLike) else o

    def __eq__(self, o):
        return self._t == self._other(o)

    def __ne__(self, o):
        return self._t != self._other(o)

    def __lt__(self, o):
        return self._t < self._other(o)

    def __le__(self, o):
        return self._t <= self._other(o)

    def __gt__(self, o):
        return self._t > self._other(o)

    def __ge__(self, o):
        return self._t >= self._other(o)

    def __add__(self, o):
        return self._t + self._other(o)

    def __radd__(self, o):
        return o + self._t

    def __mul__(self, n):
        return self._t * n

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)


def _namedtuple_class(typename, fields, field_defaults, new, rep, asdict, replace):
    nfields = len(fields)

    def __new__(cls, *args, **kwargs):
        return new(cls, *args, **kwargs)

    def _make(cls, iterable):
        self = object.__new__(cls)
        self._t = tuple(iterable)
        if len(self._t) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(self._t)))
        return self

    def make_new(cls, *args, **kwargs):
        t = new(_Collector, *args, **kwargs)
        self = object.__new__(cls)
        self._t = t
        return self

    ns = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": make_new,
        "_make": classmethod(_make),
        "__repr__": rep,
        "_asdict": asdict,
        "_replace": replace,
    }
    for i, f in enumerate(fields):
        ns[f] = _field_getter(i)
    return type(typename, (_TupleLike,), ns)


class _Collector:
    pass


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        v = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, v)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, v)
        for k, x in rest:
            dict.__setitem__(self, k, x)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        k = next(iter(self))
        return k, dict.pop(self, k)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        return "%s(%r)" % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        v = self.default_factory()
        self[key] = v
        return v

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            return self.__missing__(key)

    def __repr__(self):
        f = self.default_factory
        return "%s(%s, %s)" % (self.__class__.__name__, "None" if f is None else repr(f), dict.__repr__(self))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy


class deque:
    """A ring buffer: _buf holds the items from _head, wrapping around."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def _grow(self):
        buf = self._buf
        cap = len(buf)
        h = self._head
        self._buf = buf[h:] + buf[:h] + [None] * cap
        self._head = 0

    def append(self, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) % len(self._buf)] = x
        self._len += 1

    def appendleft(self, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        i = (self._head + self._len) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        if self._len <= 1:
            return
        n %= self._len
        for _ in range(n):
            self.appendleft(self.pop())

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        items = list(self)
        del items[i]
        self.clear()
        self.extend(items)

    def __iter__(self):
        buf = self._buf
        cap = len(buf)
        h = self._head
        for i in range(self._len):
            yield buf[(h + i) % cap]

    def __reversed__(self):
        buf = self._buf
        cap = len(buf)
        h = self._head
        for i in range(self._len - 1, -1, -1):
            yield buf[(h + i) % cap]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def remove(self, x):
        items = list(self)
        for i in range(len(items)):
            if items[i] == x:
                del items[i]
                self.clear()
                self.extend(items)
                return
        raise ValueError("deque.remove(x): x not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self.clear()
        self.extend(items)

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        return list(self) < list(other)

    def __le__(self, other):
        return list(self) <= list(other)

    def __gt__(self, other):
        return list(self) > list(other)

    def __ge__(self, other):
        return list(self) >= list(other)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    __hash__ = None


class Counter(dict):
    """A dict of counts (CPython's Counter: most_common, elements, update,
    subtract, total, + - & | and unary + -)."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __getitem__(self, key):
        return dict.get(self, key, 0)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, k):
        if k in self:
            dict.__delitem__(self, k)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        return "%s({%s})" % (self.__class__.__name__,
                             ", ".join("%r: %r" % kv for kv in self.most_common()))

    def _keep(self, pairs):
        r = Counter()
        for k, v in pairs:
            if v > 0:
                r[k] = v
        return r

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self) + [k for k in other if k not in self]
        return self._keep((k, self[k] + other[k]) for k in keys)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self) + [k for k in other if k not in self]
        return self._keep((k, self[k] - other[k]) for k in keys)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self) + [k for k in other if k not in self]
        return self._keep((k, max(self[k], other[k])) for k in keys)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, min(self[k], other[k])) for k in self)

    def __pos__(self):
        return self._keep(self.items())

    def __neg__(self):
        return self._keep((k, -v) for k, v in self.items())

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for c in (self, other) for k in c)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
