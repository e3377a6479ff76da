# json — JSON encoder and decoder (CPython's json module, output byte-exact).
#
# Written in Python and frozen into the firmware (modules/pylib/manifest.py):
# the encoder and decoder are small recursive-descent loops whose cost is the
# interpreter's, and a frozen module keeps its code and constants in flash.
# The decoder walks the text with an index, never slicing more than one token;
# nesting depth is bounded by the VM's own recursion limit (RecursionError).

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if o >= 0x20 and c != '"' and c != "\\" and (o < 0x7F or not ensure_ascii):
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
        i += 1
        start = i
    if start < n:
        out.append(s[start:])
    out.append('"')
    return "".join(out)


def _float(f, allow_nan):
    if f != f:
        r = "NaN"
    elif f == float("inf"):
        r = "Infinity"
    elif f == -float("inf"):
        r = "-Infinity"
    else:
        return repr(float(f))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return r


class _Encoder:
    def __init__(self, indent, separators, sort_keys, default, ensure_ascii, skipkeys, allow_nan):
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.sort_keys = sort_keys
        self.default = default
        self.ensure_ascii = ensure_ascii
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.markers = {}

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float(k, self.allow_nan)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return "%d" % k
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def enc(self, o, out, level):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append("%d" % o)
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.enc_list(o, out, level)
        elif isinstance(o, dict):
            self.enc_dict(o, out, level)
        elif hasattr(o, "_fields"):
            self.enc_list(tuple(o), out, level)  # a namedtuple (see collections.py)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
            self.mark(o)
            self.enc(self.default(o), out, level)
            del self.markers[id(o)]

    def mark(self, o):
        i = id(o)
        if i in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[i] = o

    def open(self, out, level):
        if self.indent is None:
            return self.item_sep
        nl = "\n" + self.indent * (level + 1)
        out.append(nl)
        return self.item_sep + nl

    def close(self, out, level):
        if self.indent is not None:
            out.append("\n" + self.indent * level)

    def enc_list(self, o, out, level):
        if not o:
            out.append("[]")
            return
        self.mark(o)
        out.append("[")
        sep = self.open(out, level)
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self.enc(v, out, level + 1)
        self.close(out, level)
        out.append("]")
        del self.markers[id(o)]

    def enc_dict(self, o, out, level):
        if not o:
            out.append("{}")
            return
        self.mark(o)
        out.append("{")
        sep = self.open(out, level)
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_quote(k, self.ensure_ascii))
            out.append(self.key_sep)
            self.enc(v, out, level + 1)
        self.close(out, level)
        out.append("}")
        del self.markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    out = []
    _Encoder(indent, separators, sort_keys, default, ensure_ascii, skipkeys, allow_nan).enc(obj, out, 0)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_UNESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int, strict=True):
        self.s = s
        self.strict = strict
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int

    def ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return float("nan"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return float("inf"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return -float("inf"), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            j += 2
            is_float = True
            while j < n and "0" <= s[j] <= "9":
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                while k < n and "0" <= s[k] <= "9":
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return (self.parse_float or float)(text), j
        return (self.parse_int or int)(text), j

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        parts = []
        start = i
        while True:
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                parts.append(s[start:i])
                return "".join(parts), i + 1
            if c == "\\":
                parts.append(s[start:i])
                i += 1
                if i >= n:
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                e = s[i]
                if e == "u":
                    u = self.hex4(i + 1, i)
                    i += 5
                    if 0xD800 <= u <= 0xDBFF and s.startswith("\\u", i):
                        u2 = self.hex4(i + 2, i + 1)
                        if 0xDC00 <= u2 <= 0xDFFF:
                            u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)
                            i += 6
                    parts.append(chr(u))
                else:
                    r = _UNESC.get(e)
                    if r is None:
                        raise JSONDecodeError("Invalid \\escape", s, i - 1)
                    parts.append(r)
                    i += 1
                start = i
                continue
            if ord(c) < 0x20 and self.strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1

    def hex4(self, i, esc):
        h = self.s[i:i + 4]
        if len(h) == 4:
            for c in h:
                if c not in "0123456789abcdefABCDEF":
                    break
            else:
                return int(h, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, esc)

    def array(self, i):
        s = self.s
        out = []
        i = self.ws(i)
        if i < len(s) and s[i] == "]":
            return out, i + 1
        while True:
            i = self.ws(i)
            v, i = self.value(i)
            out.append(v)
            i = self.ws(i)
            if i < len(s) and s[i] == "]":
                return out, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)
            if i < len(s) and s[i] == "]":
                raise JSONDecodeError("Expecting value", s, i)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < len(s) and s[i] == "}":
            return self.finish(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            k, i = self.string(i + 1)
            i = self.ws(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.ws(i + 1)
            v, i = self.value(i)
            pairs.append((k, v))
            i = self.ws(i)
            if i < len(s) and s[i] == "}":
                return self.finish(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)

    def finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode()
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    d = _Decoder(s, object_hook, object_pairs_hook, parse_float, parse_int, strict)
    i = d.ws(0)
    v, i = d.value(i)
    i = d.ws(i)
    if i != len(s):
        raise JSONDecodeError("Extra data", s, i)
    return v


def load(fp, **kw):
    return loads(fp.read(), **kw)
