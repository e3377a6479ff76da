# Searching and transforming methods shared by bytes and bytearray.
for b in [b'hello world hello', bytearray(b'hello world hello')]:
    print(b.find(b'o'), b.find(111), b.rfind(b'hello'), b.find(b'xyz'), b.index(b'world'), b.rindex(b'l'), b.count(b'l'),
          b.count(108), b.count(b''), b.find(b'', 17), b.find(b'l', 5, 10), b.rfind(b'o', -5))
    print(b.startswith(b'he'), b.endswith((b'x', b'llo')), b.startswith(b'world', 6), b.replace(b'hello', b'bye'),
          b.replace(b'l', b'L', 2), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    print(b.partition(b' '), b.rpartition(b' '), b.partition(b'z'), b.removeprefix(b'hello '), b.removesuffix(b'lo'),
          b.center(21, b'*'), b.ljust(19), b.rjust(19, b'-'), b.zfill(19))
    print(b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.isascii(), b'123'.isdigit(),
          b'   '.isspace(), b'ABC'.isupper(), b''.isalpha(), b'\xff'.isascii())
    print(type(b.upper()).__name__, type(b[0:2]).__name__, type(b.split()[0]).__name__, b'x' in b, 104 in b, b'' in b)
for f in [lambda: b'a'.find('a'), lambda: b'a'.find(300), lambda: 'a' in b'a', lambda: 300 in b'a', lambda: b'a'.index(b'b'),
          lambda: b'a'.startswith('a'), lambda: b'a'.replace('a', b'b'), lambda: b'a'.center(5, '*'), lambda: b'ab'.partition(b'')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
