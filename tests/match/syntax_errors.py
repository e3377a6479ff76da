# match: compile-time errors for unreachable cases, duplicate bindings and inconsistent alternatives
sources = [
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case (z): pass\n case 1: pass",
    "match x:\n case 1 | w: pass\n case 2: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a] | b: pass",
    "match x:\n case [a, *b] | [b]: pass",
    "match x:\n case {1: a, 1: b}: pass",
    "match x:\n case A(x=1, x=2): pass",
    "match x:\n case A(x=1, 2): pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case 1 as _: pass",
    "match x:\n case f'{x}': pass",
    "match x:\n case y if y: pass\n case 1: pass",
    "match x:\n case [a, b] | (b, a): pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
