# A lone '\r' ends a source line inside strings too: it ends a one-line string literal and breaks a triple-quoted one.
cases = [
    "x = 'abc\rdef'\r",
    "x = '''abc\rdef'''\ry = (\r",
    "x = 1 + \\\r\r(",
    "if True:\r\tpass\r  pass\r",
]
for src in cases:
    try:
        compile(src, "<cr>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno)
