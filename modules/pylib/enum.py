# enum — Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique (a CPython 3.11
# subset: no functional API, no boundary modes, no _ignore_). Frozen Python.
#
# The metaclass finds the members in the finished class body (every public
# name that is not a descriptor), so it needs no special namespace. Members
# are stored straight in the class dict; the metaclass's __setattr__ keeps
# them read-only.


class auto:
    # A placeholder value; EnumType replaces it with _generate_next_value_().
    # `RW = R | W` of two autos is an auto combining their values once known.
    _value = None

    def __init__(self, _combine=None):
        self._combine = _combine

    def __repr__(self):
        return "auto()"

    def __or__(self, other):
        return auto((lambda a, b: a | b, self, other))

    def __and__(self, other):
        return auto((lambda a, b: a & b, self, other))

    def __xor__(self, other):
        return auto((lambda a, b: a ^ b, self, other))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def _resolve(self, enum_class, name, last_values):
        if self._combine is not None:
            op, left, right = self._combine
            self._value = op(_auto_value(left), _auto_value(right))
        elif self._value is None:
            self._value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
        return self._value


def _auto_value(value):
    return value._value if isinstance(value, auto) else value


def _function():
    pass


def _is_descriptor(obj):
    # (Mote's functions, property, classmethod and staticmethod have no __get__.)
    builtin = (type(_function), property, classmethod, staticmethod)
    return (isinstance(obj, builtin) or hasattr(obj, "__get__")
            or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_member_name(name, value):
    return not name.startswith("_") and not _is_descriptor(value)


def _is_flag(cls):
    return Flag is not None and issubclass(cls, Flag)


def _hash_value(member):
    return hash(member._value_)


def _is_single_bit(num):
    return num > 0 and num & (num - 1) == 0


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kw):
        member_type = object
        for base in bases:
            if isinstance(base, EnumType):
                if base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
                if base._member_type_ is not object:
                    member_type = base._member_type_
            elif base is not object:
                member_type = base
        members = [(k, v) for k, v in classdict.items() if _is_member_name(k, v)]
        for name, _ in members:
            del classdict[name]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kw)
        if member_type is not object:
            metacls._keep_enum_methods_(enum_class, bases, classdict, member_type)
        enum_class._member_type_ = member_type
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._flag_mask_ = 0
        values = []
        for name, value in members:
            if isinstance(value, auto):
                value = value._resolve(enum_class, name, values)
            values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    @staticmethod
    def _keep_enum_methods_(enum_class, bases, classdict, member_type):
        # In class IntEnum(int, Enum) int's repr would shadow the enum's.
        first_enum = [b for b in bases if isinstance(b, EnumType)][-1]
        for name in ("__repr__", "__str__", "__format__"):
            found = getattr(enum_class, name)
            if name not in classdict and found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if "__hash__" not in classdict:  # hash as the value, as int's own hash would
            type.__setattr__(enum_class, "__hash__", _hash_value)

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, *args)
            value = cls._member_type_(*args)
        member._value_ = value
        member._name_ = name
        member.__init__(*args)
        canonical = cls._value2member_map_.get(value)
        if canonical is not None:
            member = canonical  # a second name for a value is an alias
        else:
            cls._value2member_map_[value] = member
            if not _is_flag(cls) or _is_single_bit(value):
                cls._member_names_.append(name)
            if _is_flag(cls):
                cls._flag_mask_ |= value
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():  # unhashable values
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __repr__(cls):
        kind = "flag" if _is_flag(cls) else "enum"
        return "<%s %r>" % (kind, cls.__name__)


EnumMeta = EnumType
Flag = None  # EnumType.__repr__ and _add_member_ look for it before it exists


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class ReprEnum(Enum):
    # Only repr() says it is an enum; str() and format() are the mixed-in type's.
    def __str__(self):
        return self._member_type_.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        if value < 0:
            value &= cls._flag_mask_
        unknown = value & ~cls._flag_mask_
        if unknown and cls._member_type_ is object:
            raise ValueError("%r invalid value %r" % (cls, value))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        if unknown and names:
            names.append(str(unknown))
        member._name_ = "|".join(names) if names else None
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is int and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        other = self._operand(other)
        return NotImplemented if other is None else type(self)(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        return NotImplemented if other is None else type(self)(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        return NotImplemented if other is None else type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__
    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    aliases = ["%s -> %s" % (alias, member._name_)
               for alias, member in enumeration.__members__.items() if alias != member._name_]
    if aliases:
        raise ValueError("duplicate values found in %r: %s" % (enumeration, ", ".join(aliases)))
    return enumeration
