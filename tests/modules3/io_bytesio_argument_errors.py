# io.BytesIO/StringIO: wrong argument types for write, read, seek and truncate are TypeError; negative truncate ValueError.
import io
cases = ['io.BytesIO().write(5)', 'io.BytesIO().write(["a"])', 'io.StringIO().write(None)', 'io.BytesIO(b"x").read("1")',
         'io.StringIO("x").seek("0")', 'io.BytesIO(b"x").seek(0.0)', 'io.BytesIO(b"x").truncate(-1)',
         'io.StringIO("x").truncate(-1)', 'io.BytesIO(5)', 'io.StringIO(5)']
for c in cases:
    try:
        print(c, eval(c))
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__)
print(io.BytesIO(bytearray(b"ab")).read(), io.BytesIO(memoryview(b"cd")).getvalue(), io.StringIO(None).getvalue() == "")
