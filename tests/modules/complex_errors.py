# complex: errors (bad strings, division by zero, unsupported operations, conversions).
cases = [
    ("complex('x')", lambda: complex("x")), ("complex('')", lambda: complex("")),
    ("complex('1+2')", lambda: complex("1+2")), ("complex('1', 2)", lambda: complex("1", 2)),
    ("complex(None)", lambda: complex(None)), ("complex(1, '2')", lambda: complex(1, "2")),
    ("c / 0", lambda: complex(1, 2) / 0), ("0j ** -1", lambda: complex(0, 0) ** -1),
    ("c // 2", lambda: complex(1, 2) // 2), ("c % 2", lambda: complex(1, 2) % 2),
    ("c < c", lambda: complex(1, 2) < complex(1, 1)), ("float(c)", lambda: float(complex(0, 1))),
    ("int(c)", lambda: int(complex(0, 1))), ("10 ** c", lambda: 10 ** complex(400, 0)),
    ("c ** 2**100", lambda: complex(1, 1) ** (2 ** 100)),
]
for name, f in cases:
    try:
        print(name, f())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(name, type(e).__name__, e)
