# Every kind of constant a frozen module keeps in flash.
NONE, TRUE, FALSE, ELLIPSIS = None, True, False, ...
SMALL = (0, 1, -1, 32767, -32768, 1073741823, -1073741824)
MEDIUM = (1073741824, -1073741825, 2**31, -2**31, 2**62, -2**63, 9223372036854775807)
BIG = (2**64, -2**64, 2**100 + 12345, -(10**40), 123456789012345678901234567890)
FLOATS = (0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 3.141592653589793, float("inf"))
INF, NINF = 1e999, -1e999
COMPLEX = (0j, -0j, 2j, -2.5j, 1e300j, 1e999j, (1j, 3.0))
TEXT = "hello, frozen"
UNICODE = "héllo wörld — ☃ 𝄞"
EMPTY_STR, ONE_CHAR = "", "x"
BYTES = b"\x00\x01\xfe\xff bytes \"quoted\" \\ ??="
EMPTY_BYTES = b""
NESTED = (1, ("two", (3.0, (b"four", None))), (), ((),))
LONG_TEXT = "line of frozen text " * 40
KEYWORDS = dict(alpha=1, beta=2)


def summary():
    return [len(SMALL), len(MEDIUM), len(BIG), len(FLOATS), len(LONG_TEXT)]
