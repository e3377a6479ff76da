# Complex literals as match value patterns and mapping keys (real +/- imaginary, signed parts).
def kind(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "1+2j"
        case -1.5 - 0.5j:
            return "-1.5-0.5j"
        case 3j | -3j:
            return "+-3j"
        case {2j: v, 1 + 1j: w}:
            return "map %s %s" % (v, w)
        case _:
            return "other"

for z in [0, 0j, complex(1, 2), -1.5 - 0.5j, 3j, -3j, {2j: "a", 1 + 1j: "b"}, 1 + 3j, 2j]:
    print(z, kind(z))
for src in ["1 + 2", "1j + 2j", "1 + x", "1 + -2j"]:
    try:
        compile("match x:\n    case %s:\n        pass\n" % src, "<s>", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg, e.offset)
