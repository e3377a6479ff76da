# typing — the type-hint names, so annotated code that imports them runs (a CPython subset).
# Frozen Python. Hints have no run-time meaning here, as in MicroPython: every name is a
# placeholder that can be subscripted (List[int]), combined (X | None) and called, and the
# decorators return their argument. Classes that code derives from (Generic, Protocol,
# TypedDict, Sized, Iterable...) are real classes. Any name not defined below is made on first use by the
# module __getattr__, so new typing names do not break imports.

TYPE_CHECKING = False


class _Hint:
    """A typing placeholder such as List, Any or a TypeVar."""

    def __init__(self, name):
        self._name = name

    def __getitem__(self, item):
        return self

    def __call__(self, *args, **kwargs):
        return args[0] if args else None

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self

    def __getattr__(self, name):  # ParamSpec's P.args and P.kwargs
        return self

    def __repr__(self):
        return "typing." + self._name


class Generic:
    def __class_getitem__(cls, item):
        return cls


class Protocol(Generic):
    pass


class _TypedDictMeta(type):
    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(dict, metaclass=_TypedDictMeta):
    # As CPython: a TypedDict's instances are plain dicts, and TypedDict("Name", fields)
    # is the functional form of a class statement.
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _TypedDictMeta(args[0], (TypedDict,), {})
        return dict(*args, **kwargs)

    def __init_subclass__(cls, **options):  # total=, closed=, extra_items=
        pass


# The abstract collection types are classes too (code derives protocols from them).
for _name in ("Sized", "Hashable", "Container", "Iterable", "Iterator", "Reversible", "Collection",
              "Sequence", "MutableSequence", "Mapping", "MutableMapping", "AbstractSet",
              "MutableSet", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
              "Generator", "AsyncGenerator", "ContextManager", "AsyncContextManager"):
    globals()[_name] = type(_name, (Generic,), {})
del _name


def TypeVar(name, *constraints, **options):
    return _Hint(name)


ParamSpec = TypeVarTuple = TypeVar
AnyStr = TypeVar("AnyStr", str, bytes)


def NewType(name, tp):
    # As CPython: calling the new type returns its argument unchanged.
    return lambda value: value


def cast(tp, value):
    return value


def _identity(obj):
    return obj


overload = final = no_type_check = runtime_checkable = override = _identity


def get_origin(tp):
    return None


def get_args(tp):
    return ()


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    hint = _Hint(name)
    globals()[name] = hint
    return hint
