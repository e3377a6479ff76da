# f-strings: conversions, nested specs, expressions, self-documenting '='.
name, n, f = 'Ann', 42, 3.14159
print(f"{name}|{name!r}|{name!s}|{name!a}|{'é'!a}|{n:5}|{f:.2f}|{n!r:>6}")
print(f"{n + 1}{'-' * 3}{[1, 2][1]}{ {'k': 5}['k'] }{(lambda: 9)()}")
width, prec = 12, 4
print(f"[{f:{width}.{prec}f}]", f"[{f:{'<'}{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{{literal}} {n}}}" if False else f"{{literal}} {n}")
print(f"{2**100:,}", f"{-0.0:z.1f}", f"{1e6:,.0f}", f"{255:#06x}")
