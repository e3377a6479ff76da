# Malformed imaginary literals are SyntaxErrors with CPython's messages.
for src in ["1_j", "0x1j", "1jj", "1j1", "1__0j", "0b1j", "1ej", "0o7j", "1.5jx"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
