# zlib.compressobj: chunks then flush give a stream decompress() reads back; bad level/method are errors.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
co = zlib.compressobj(6)
parts = [co.compress(b"part %d " % i) for i in range(20)]
parts.append(co.flush())
print(zlib.decompress(b"".join(parts)) == b"".join(b"part %d " % i for i in range(20)))
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
blob = raw.compress(b"raw deflate") + raw.flush()
print(zlib.decompress(blob, -15))
for call in ['zlib.compressobj(10)', 'zlib.compressobj(1, 7)', 'zlib.compressobj(1, zlib.DEFLATED, 99)']:
    try:
        eval(call)
        print(call, "ok")
    except (ValueError, zlib.error) as e:
        print(call, type(e).__name__)
