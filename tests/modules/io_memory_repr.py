# repr of io.StringIO and io.BytesIO names the _io module, as CPython's does.
import io

for obj in (io.StringIO("x"), io.BytesIO(b"y")):
    r = repr(obj)
    print(r.split(" at ")[0], r.endswith(">"), "io." + type(obj).__name__ in r)
    obj.close()
    print(repr(obj).split(" at ")[0])
