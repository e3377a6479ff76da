# collections — namedtuple, OrderedDict, deque, defaultdict (CPython semantics).
#
# Frozen Python (modules/pylib/manifest.py). namedtuple builds a tuple subclass
# (__slots__ = (): no instance dict) with a property per field instead of
# exec'ing generated source as CPython does, so creating one compiles nothing;
# its __new__ takes *args/**kwargs and raises the errors CPython's generated
# signature would. deque is a ring buffer over a list (O(1) at both ends,
# growth doubles).

__all__ = ["namedtuple", "OrderedDict", "deque", "defaultdict", "Counter"]


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"))


_repr_running = set()  # ids of the containers whose repr is being built


def _recursive_repr(placeholder):
    # CPython's reprlib.recursive_repr: a container met again inside its own
    # repr (d["me"] = d) shows as `placeholder` instead of recursing forever.
    def wrap(method):
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return placeholder
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)
        return __repr__
    return wrap


def _field_getter(i):
    return property(lambda self: self[i])


def _check_names(typename, fields, rename):
    if rename:
        seen = set()
        for i, f in enumerate(fields):
            if not f.isidentifier() or f in _KEYWORDS or f.startswith("_") or f in seen:
                fields[i] = "_%d" % i
            seen.add(f)
    for name in [typename] + fields:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for f in fields:
        if f.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % f)
        if f in seen:
            raise ValueError("Encountered duplicate field name: %r" % f)
        seen.add(f)


def _quoted_list(names):
    q = ["%r" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + " and " + q[1]
    return ", ".join(q[:-1]) + ", and " + q[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(f) for f in field_names]
    typename = str(typename)
    _check_names(typename, fields, rename)
    fields = tuple(fields)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    new_name = typename + ".__new__()"

    def arity_error(given):
        least = nfields - len(field_defaults) + 1
        takes = "%d" % (nfields + 1) if least == nfields + 1 else "from %d to %d" % (least, nfields + 1)
        return TypeError("%s takes %s positional arguments but %d were given" % (new_name, takes, given + 1))

    def __new__(cls, *args, **kwargs):
        # Like the signature (cls, f1, f2, ...) CPython generates, with its messages.
        if len(args) == nfields and not kwargs:
            return tuple.__new__(cls, args)
        if len(args) > nfields:
            raise arity_error(len(args))
        values = list(args)
        for f in fields[:len(args)]:
            if f in kwargs:
                raise TypeError("%s got multiple values for argument %r" % (new_name, f))
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in field_defaults:
                values.append(field_defaults[f])
            else:
                missing = [m for m in fields[len(values):] if m not in kwargs and m not in field_defaults]
                raise TypeError("%s missing %d required positional argument%s: %s"
                                % (new_name, len(missing), "" if len(missing) == 1 else "s",
                                   _quoted_list(missing)))
        if kwargs:
            raise TypeError("%s got an unexpected keyword argument %r" % (new_name, next(iter(kwargs))))
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

    ns = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__new__": __new__,
        "_make": classmethod(_make),
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "__getnewargs__": __getnewargs__,
    }
    if module is not None:
        ns["__module__"] = module
    for i, f in enumerate(fields):
        ns[f] = _field_getter(i)
    return type(typename, (tuple,), ns)


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

    @_recursive_repr("...")
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

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.__class__(other)
        d.update(self)
        return d

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

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.__class__(self.default_factory, other)
        d.update(self)
        return d


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

    @_recursive_repr("[...]")
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

    def __imul__(self, n):
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        if n <= 0:
            self.clear()
        return self

    def __mul__(self, n):
        return self.copy().__imul__(n)

    __rmul__ = __mul__

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

    # Multiset inclusion (CPython 3.10+): missing counts are zero.
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] <= other[k] for c in (self, other) for k in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] >= other[k] for c in (self, other) for k in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other
