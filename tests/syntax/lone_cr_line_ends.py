# A lone '\r' (old Mac line end) ends a source line, like '\n' and '\r\n'.
for src in ["a = 1\rb = 2\r", "a = 1\r\nb = 2\r\n", "if 1:\r    x = 1\r    y = 2\r", "t = 1 + \\\r 2\r"]:
    compile(src, "<cr>", "exec")
    print(repr(src), "compiles")

# The line number of an error counts lone '\r' line ends.
for src in ["a = 1\rb = 2\r)\r", "a = 1\r\nb = 2\r\n)\r\n", "x = '''\r\r'''\r(", "if 1:\r  a = 1\r    b = 2\r"]:
    try:
        compile(src, "<cr>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, "line", e.lineno)
