# re — regular expressions (CPython's `re` syntax and results for str patterns).
#
# Frozen Python (modules/pylib/manifest.py). A pattern is parsed into a small
# tree, then compiled into a flat program of tuples `(op, a, b)` that a
# backtracking matcher runs. The matcher is one loop over that program: choice
# points, capture restores and loop-progress registers go on an explicit stack
# (a list, in the GC heap), so matching never recurses in proportion to the
# input — only a lookaround recurses, once per nesting level of the pattern.
# Loops whose body can match empty carry a progress check (MARK/PROGRESS) so
# `(a*)*` terminates. Counted repeats `x{m,n}` are unrolled.

__all__ = ["compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall",
           "finditer", "escape", "purge", "error", "Pattern", "Match",
           "I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE",
           "A", "ASCII", "U", "UNICODE", "DEBUG", "NOFLAG"]

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128
A = ASCII = 256

_FLAG_CHARS = {"i": I, "m": M, "s": S, "x": X, "a": A, "u": U, "L": L}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str) and "\n" in pattern:
                self.lineno = pattern.count("\n", 0, pos) + 1
                self.colno = pos - pattern.rfind("\n", 0, pos)
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---- character sets -------------------------------------------------------

_DIGIT, _NOTDIGIT, _WORD, _NOTWORD, _SPACE, _NOTSPACE = range(6)
_SPACES = " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0"


def _isword(c):
    return c == "_" or c.isalnum()


def _in_class(c, cls):
    if cls == _DIGIT:
        return c.isdigit()
    if cls == _NOTDIGIT:
        return not c.isdigit()
    if cls == _WORD:
        return _isword(c)
    if cls == _NOTWORD:
        return not _isword(c)
    if cls == _SPACE:
        return c in _SPACES or c.isspace()
    return not (c in _SPACES or c.isspace())


class _Set:
    __slots__ = ("negate", "chars", "ranges", "classes", "icase")

    def __init__(self, negate, icase):
        self.negate = negate
        self.chars = ""
        self.ranges = []
        self.classes = []
        self.icase = icase

    def _has(self, c):
        if c in self.chars:
            return True
        o = ord(c)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for cls in self.classes:
            if _in_class(c, cls):
                return True
        return False

    def test(self, c):
        r = self._has(c)
        if not r and self.icase:
            lc = c.lower()
            uc = c.upper()
            r = (lc != c and self._has(lc)) or (uc != c and self._has(uc))
        return r != self.negate


# ---- parser ---------------------------------------------------------------
# Nodes: ("lit", ch, icase) ("any", dotall) ("set", _Set) ("cat", [..])
# ("alt", [..]) ("group", n, node) ("rep", node, min, max|None, greedy)
# ("at", kind) ("ref", n, icase) ("look", node, behind, negate)

_AT_BOL, _AT_BOL_M, _AT_EOL, _AT_EOL_M, _AT_BOS, _AT_EOS, _AT_WORDB, _AT_NWORDB = range(8)
_REPEAT_CHARS = "*+?{"
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CLASS_ESCAPES = {"d": _DIGIT, "D": _NOTDIGIT, "w": _WORD, "W": _NOTWORD, "s": _SPACE, "S": _NOTSPACE}
_MAXREPEAT = 4294967295


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open = []  # group numbers still open (for backreference checks)

    def err(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self):
        if not self.flags & X:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            raise self.err("unbalanced parenthesis")
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c == "|" or c == ")":
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            self.skip_verbose()
            atom = self.quantifier(atom, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ("cat", items)

    def quantifier(self, atom, start):
        c = self.peek()
        if c is None or c not in _REPEAT_CHARS:
            return atom
        qpos = self.i
        if c == "{":
            r = self.counted()
            if r is None:
                return atom
            lo, hi = r
        else:
            self.i += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        if atom[0] == "at" or (atom[0] == "cat" and not atom[1]):
            raise self.err("nothing to repeat", qpos)
        if atom[0] == "rep":
            raise self.err("multiple repeat", qpos)
        greedy = True
        if self.peek() == "?":
            self.i += 1
            greedy = False
        elif self.peek() == "+":
            self.i += 1  # possessive: treated as greedy (no atomic groups)
        self.skip_verbose()
        if self.peek() is not None and self.peek() in "*+?" :
            raise self.err("multiple repeat")
        if self.peek() == "{" and self.p.find("}", self.i) > 0:
            save = self.i
            if self.counted() is not None:
                raise self.err("multiple repeat", save)
            self.i = save
        return ("rep", atom, lo, hi, greedy)

    def counted(self):
        # '{' m? (',' n?)? '}'; anything else is a literal '{'.
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_s = p[j:k]
        hi_s = lo_s
        if k < len(p) and p[k] == ",":
            k2 = k + 1
            while k2 < len(p) and p[k2].isdigit():
                k2 += 1
            hi_s = p[k + 1:k2]
            k = k2
        if k >= len(p) or p[k] != "}":
            return None
        start = self.i
        self.i = k + 1
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s else None
        if lo >= _MAXREPEAT or (hi is not None and hi >= _MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if hi is not None and hi < lo:
            raise self.err("min repeat greater than max repeat", start + 1)
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        f = self.flags
        if c == "(":
            return self.group()
        if c == "[":
            return ("set", self.charset())
        self.i += 1
        if c == ".":
            return ("any", bool(f & S))
        if c == "^":
            return ("at", _AT_BOL_M if f & M else _AT_BOL)
        if c == "$":
            return ("at", _AT_EOL_M if f & M else _AT_EOL)
        if c == "\\":
            return self.escape()
        if c in "*+?":
            raise self.err("nothing to repeat", self.i - 1)
        if c == "{":
            self.i -= 1
            save = self.i
            if self.counted() is not None:
                raise self.err("nothing to repeat", save)
            self.i = save + 1
        return ("lit", c.lower() if f & I else c, bool(f & I))

    def escape(self):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            raise self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        icase = bool(self.flags & I)
        if c in _CLASS_ESCAPES:
            s = _Set(False, False)
            s.classes.append(_CLASS_ESCAPES[c])
            return ("set", s)
        if c == "A":
            return ("at", _AT_BOS)
        if c == "Z":
            return ("at", _AT_EOS)
        if c == "b":
            return ("at", _AT_WORDB)
        if c == "B":
            return ("at", _AT_NWORDB)
        if c.isdigit():
            if c == "0":
                return self.lit(self.octal(c), icase)
            j = self.i
            if j < len(p) and p[j].isdigit():
                if c in "01234567" and p[j] in "01234567" and j + 1 < len(p) and p[j + 1] in "01234567":
                    self.i = j + 2
                    v = int(p[j - 1:j + 2], 8)
                    if v > 0o377:
                        raise self.err("octal escape value \\%s outside of range 0-0o377" % p[j - 1:j + 2], start)
                    return self.lit(chr(v), icase)
                self.i = j + 1
                n = int(p[j - 1:j + 1])
            else:
                n = int(c)
            if n > self.ngroups or n in self.open:
                if n in self.open:
                    raise self.err("cannot refer to an open group", start)
                raise self.err("invalid group reference %d" % n, start + 1)
            return ("ref", n, icase)
        ch = self.simple_escape(c, start)
        return self.lit(ch, icase)

    def lit(self, ch, icase):
        return ("lit", ch.lower() if icase else ch, icase)

    def octal(self, c):
        p = self.p
        digits = c
        while len(digits) < 3 and self.i < len(p) and p[self.i] in "01234567":
            digits += p[self.i]
            self.i += 1
        return chr(int(digits, 8))

    def simple_escape(self, c, start):
        # The escapes valid both inside and outside a set; returns the char.
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x" or c == "u" or c == "U":
            n = {"x": 2, "u": 4, "U": 8}[c]
            h = self.p[self.i:self.i + n]
            if len(h) != n or any(d not in "0123456789abcdefABCDEF" for d in h):
                raise self.err("incomplete escape \\%s%s" % (c, h), start)
            self.i += n
            v = int(h, 16)
            if v > 0x10FFFF:
                raise self.err("bad escape \\%s%s" % (c, h), start)
            return chr(v)
        if c == "0":
            return self.octal(c)
        if c == "N" and self.peek() != "{":  # \N{name}: no Unicode name table here
            raise self.err("missing {")
        if c.isalnum() and ord(c) < 128:
            raise self.err("bad escape \\%s" % c, start)
        return c

    def charset(self):
        p = self.p
        start = self.i
        self.i += 1
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        s = _Set(negate, bool(self.flags & I))
        self._cur_set_classes = s.classes  # set_item() adds \d \w \s ... here
        chars = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.err("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_pos = self.i
            lo = self.set_item()
            is_range = self.peek() == "-" and self.i + 1 < len(p) and p[self.i + 1] != "]"
            if lo is None:
                if is_range:
                    raise self.err("bad character range %s" % p[item_pos:self.i + 1 + (2 if p[self.i + 1] == "\\" else 1)], item_pos)
                continue
            if is_range:
                self.i += 1
                hi = self.set_item()
                if hi is None:
                    raise self.err("bad character range %s" % p[item_pos:self.i], item_pos)
                if ord(hi) < ord(lo):
                    raise self.err("bad character range %s" % p[item_pos:self.i], item_pos)
                s.ranges.append((ord(lo), ord(hi)))
            else:
                chars.append(lo)
        s.chars = "".join(chars)
        return s

    def set_item(self):
        # One set member: a char (returned) or a class escape (added, None returned).
        p = self.p
        c = p[self.i]
        self.i += 1
        if c != "\\":
            return c
        start = self.i - 1
        if self.i >= len(p):
            raise self.err("unterminated character set", start)
        c = p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return self._set_class(c)
        if c == "b":
            return "\b"
        if c.isdigit() and c != "0":
            if c in "01234567":
                return self.octal(c)
            raise self.err("bad escape \\%s" % c, start)
        return self.simple_escape(c, start)

    def _set_class(self, c):
        self._cur_set_classes.append(_CLASS_ESCAPES[c])
        return None

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c is None:
                raise self.err("unexpected end of pattern")
            self.i += 1
            if c == ":":
                return self.group_body(None, start)
            if c == "P":
                c2 = self.peek()
                if c2 == "<":
                    self.i += 1
                    name = self.group_name(">")
                    if not name.isidentifier():
                        raise self.err("bad character in group name %r" % name, self.i - len(name) - 1)
                    if name in self.names:
                        raise self.err("redefinition of group name %r as group %d; was group %d"
                                       % (name, self.ngroups + 1, self.names[name]), self.i - len(name) - 1)
                    self.ngroups += 1
                    n = self.ngroups
                    self.names[name] = n
                    return self.group_body(n, start)
                if c2 == "=":
                    self.i += 1
                    name = self.group_name(")")
                    if name not in self.names:
                        raise self.err("unknown group name %r" % name, self.i - len(name) - 1)
                    return ("ref", self.names[name], bool(self.flags & I))
                if c2 is None:
                    raise self.err("unexpected end of pattern")
                raise self.err("unknown extension ?P" + c2, start + 1)
            if c == "=" or c == "!":
                node = self.group_body(False, start)
                return ("look", node[2], False, c == "!")
            if c == "<":
                c2 = self.peek()
                if c2 == "=" or c2 == "!":
                    self.i += 1
                    node = self.group_body(False, start)
                    w = _width(node[2])
                    if w is None:
                        raise error("look-behind requires fixed-width pattern")
                    return ("look", node[2], w, c2 == "!")
                raise self.err("unknown extension ?<" + (c2 or ""), start + 1)
            if c == "#":
                while self.i < len(p) and p[self.i] != ")":
                    self.i += 1
                if self.i >= len(p):
                    raise self.err("missing ), unterminated comment", start)
                self.i += 1
                return None
            if c in _FLAG_CHARS or c == "-":
                return self.inline_flags(c, start)
            raise self.err("unknown extension ?" + c, start + 1)
        self.ngroups += 1
        return self.group_body(self.ngroups, start)

    def inline_flags(self, c, start):
        p = self.p
        on = 0
        off = 0
        while c in _FLAG_CHARS:
            on |= _FLAG_CHARS[c]
            c = self.peek()
            if c is None:
                raise self.err("missing -, : or )")
            self.i += 1
        if c == "-":
            c = self.peek()
            self.i += 1
            while c is not None and c in _FLAG_CHARS:
                off |= _FLAG_CHARS[c]
                c = self.peek()
                self.i += 1
            if c is None:
                raise self.err("missing :")
        if c == ")":
            if start != 0 and not self.at_start(start):
                raise self.err("global flags not at the start of the expression", start)
            self.flags |= on
            return None
        if c != ":":
            raise self.err("unknown flag" if c.isalpha() else "missing -, : or )", self.i - 1)
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        node = self.group_body(None, start)
        self.flags = saved
        return node

    def at_start(self, start):
        # Only earlier global-flag groups may precede a global-flag group.
        j = 0
        p = self.p
        while j < start:
            if p.startswith("(?", j):
                k = p.find(")", j)
                if all(ch in _FLAG_CHARS for ch in p[j + 2:k]):
                    j = k + 1
                    continue
            return False
        return True

    def group_name(self, end):
        k = self.p.find(end, self.i)
        if k < 0:
            raise self.err("missing %s, unterminated name" % end)
        name = self.p[self.i:k]
        if not name:
            raise self.err("missing group name")
        self.i = k + 1
        return name

    def group_body(self, n, start):
        if n:
            self.open.append(n)
        node = self.alternation()
        if self.peek() != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        if n:
            self.open.remove(n)
        return ("group", n, node)


def _width(node):
    # Fixed width of a node in chars, or None if it varies.
    k = node[0]
    if k == "lit" or k == "any" or k == "set":
        return 1
    if k == "at" or k == "look":
        return 0
    if k == "group":
        return _width(node[2])
    if k == "cat":
        t = 0
        for n in node[1]:
            w = _width(n)
            if w is None:
                return None
            t += w
        return t
    if k == "alt":
        ws = [_width(n) for n in node[1]]
        if None in ws or min(ws) != max(ws):
            return None
        return ws[0]
    if k == "rep":
        w = _width(node[1])
        if w is None or node[2] != node[3]:
            return None
        return w * node[2]
    return None


def _nullable(node):
    k = node[0]
    if k == "lit" or k == "any" or k == "set":
        return False
    if k == "group":
        return _nullable(node[2])
    if k == "cat":
        for n in node[1]:
            if not _nullable(n):
                return False
        return True
    if k == "alt":
        for n in node[1]:
            if _nullable(n):
                return True
        return False
    if k == "rep":
        return node[2] == 0 or _nullable(node[1])
    return True  # at, look, ref


# ---- compiler -------------------------------------------------------------

(_CHAR, _CHARI, _ANY, _ANYNL, _SET, _SPLIT, _JMP, _SAVE, _MATCH, _AT, _REF, _MARK,
 _PROGRESS, _LOOK, _STAR) = range(15)


class _Compiler:
    def __init__(self):
        self.prog = []
        self.nregs = 0

    def emit(self, op, a=None, b=None):
        self.prog.append((op, a, b))
        return len(self.prog) - 1

    def patch(self, at, op, a=None, b=None):
        self.prog[at] = (op, a, b)

    def node(self, n):
        k = n[0]
        if k == "lit":
            self.emit(_CHARI if n[2] else _CHAR, n[1])
        elif k == "any":
            self.emit(_ANY if n[1] else _ANYNL)
        elif k == "set":
            self.emit(_SET, n[1])
        elif k == "cat":
            for x in n[1]:
                self.node(x)
        elif k == "alt":
            self.alt(n[1])
        elif k == "group":
            if n[1]:
                self.emit(_SAVE, 2 * n[1])
                self.node(n[2])
                self.emit(_SAVE, 2 * n[1] + 1)
            else:
                self.node(n[2])
        elif k == "rep":
            self.rep(n)
        elif k == "at":
            self.emit(_AT, n[1])
        elif k == "ref":
            self.emit(_REF, n[1], n[2])
        elif k == "look":
            at = self.emit(_LOOK)
            self.node(n[1])
            self.emit(_MATCH)
            self.patch(at, _LOOK, len(self.prog), (n[2], n[3]))

    def alt(self, branches):
        jumps = []
        for i, b in enumerate(branches):
            if i < len(branches) - 1:
                split = self.emit(_SPLIT)
                self.node(b)
                jumps.append(self.emit(_JMP))
                self.patch(split, _SPLIT, split + 1, len(self.prog))
            else:
                self.node(b)
        for j in jumps:
            self.patch(j, _JMP, len(self.prog))

    def split(self, at, body, out, greedy):
        if greedy:
            self.patch(at, _SPLIT, body, out)
        else:
            self.patch(at, _SPLIT, out, body)

    def rep(self, n):
        _, body, lo, hi, greedy = n
        if body[0] in ("lit", "any", "set"):
            # One char per iteration: a single op that counts, with one
            # backtrack entry for the whole run (not one per char).
            self.node(body)
            one = self.prog.pop()
            self.emit(_STAR, one, (lo, hi, greedy))
            return
        for _ in range(lo):
            self.node(body)
        if hi is None:
            guard = _nullable(body)
            loop = self.emit(_SPLIT)
            if guard:
                reg = self.nregs
                self.nregs += 1
                self.emit(_MARK, reg)
            self.node(body)
            if guard:
                prog_at = self.emit(_PROGRESS, reg)
            self.emit(_JMP, loop)
            self.split(loop, loop + 1, len(self.prog), greedy)
            if guard:
                self.patch(prog_at, _PROGRESS, reg, len(self.prog))
            return
        # Optional copies; as CPython's, an empty iteration ends the repeat.
        guard = _nullable(body)
        if guard:
            reg = self.nregs
            self.nregs += 1
        splits = []
        checks = []
        for _ in range(hi - lo):
            splits.append(self.emit(_SPLIT))
            if guard:
                self.emit(_MARK, reg)
            self.node(body)
            if guard:
                checks.append(self.emit(_PROGRESS, reg))
        out = len(self.prog)
        for s in splits:
            self.split(s, s + 1, out, greedy)
        for c in checks:
            self.patch(c, _PROGRESS, reg, out)


# ---- matcher --------------------------------------------------------------

_BRANCH = 0
_RESTORE_CAP = 1
_RESTORE_REG = 2
_GREEDY = 3  # a _STAR run giving back one char at a time
_LAZY = 4    # a lazy _STAR run taking one more char at a time


def _one(op, a, s, pos):
    # Does the single-char op (op, a) match s[pos]? (pos < end is checked by the caller.)
    c = s[pos]
    if op == _CHAR:
        return c == a
    if op == _SET:
        return a.test(c)
    if op == _ANY:
        return True
    if op == _ANYNL:
        return c != "\n"
    return c.lower() == a  # _CHARI


def _at(kind, s, pos, end):
    if kind == _AT_BOL:
        return pos == 0
    if kind == _AT_BOL_M:
        return pos == 0 or s[pos - 1] == "\n"
    if kind == _AT_EOL:
        return pos == end or (pos == end - 1 and s[pos] == "\n")
    if kind == _AT_EOL_M:
        return pos == end or s[pos] == "\n"
    if kind == _AT_BOS:
        return pos == 0
    if kind == _AT_EOS:
        return pos == end
    if end == 0:
        return False  # as CPython's sre: no word boundary (or non-boundary) in ''
    a = pos > 0 and _isword(s[pos - 1])
    b = pos < end and _isword(s[pos])
    return (a != b) == (kind == _AT_WORDB)


def _run(prog, nregs, s, pc, pos, end, caps, full, noempty):
    """Runs prog from pc at pos; returns the end position or -1. caps is updated."""
    start = pos
    stack = []
    regs = [-1] * nregs
    while True:
        op, a, b = prog[pc]
        if op == _CHAR:
            if pos < end and s[pos] == a:
                pos += 1
                pc += 1
                continue
        elif op == _SET:
            if pos < end and a.test(s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == _SPLIT:
            stack.append(b)
            stack.append(pos)
            stack.append(_BRANCH)
            pc = a
            continue
        elif op == _JMP:
            pc = a
            continue
        elif op == _SAVE:
            stack.append(a)
            stack.append(caps[a])
            stack.append(_RESTORE_CAP)
            caps[a] = pos
            if a & 1 and a > 1:
                last = len(caps) - 1
                stack.append(last)
                stack.append(caps[last])
                stack.append(_RESTORE_CAP)
                caps[last] = a >> 1
            pc += 1
            continue
        elif op == _CHARI:
            if pos < end and s[pos].lower() == a:
                pos += 1
                pc += 1
                continue
        elif op == _ANYNL:
            if pos < end and s[pos] != "\n":
                pos += 1
                pc += 1
                continue
        elif op == _ANY:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif op == _MATCH:
            if (not full or pos == end) and not (noempty and pos == start):
                return pos
        elif op == _STAR:
            k, ka, _ = a
            lo, hi, greedy = b
            limit = end - pos if hi is None or hi > end - pos else hi
            n = 0
            if greedy:
                if k == _ANY:
                    n = limit
                else:
                    while n < limit and _one(k, ka, s, pos + n):
                        n += 1
                if n >= lo:
                    if n > lo:
                        stack.append(pc + 1)
                        stack.append(pos + lo)
                        stack.append(pos + n)
                        stack.append(_GREEDY)
                    pos += n
                    pc += 1
                    continue
            else:
                while n < lo and n < limit and _one(k, ka, s, pos + n):
                    n += 1
                if n >= lo:
                    pos += n
                    if hi is None or n < hi:
                        stack.append(pc)
                        stack.append(pos)
                        stack.append(n)
                        stack.append(_LAZY)
                    pc += 1
                    continue
        elif op == _AT:
            if _at(a, s, pos, end):
                pc += 1
                continue
        elif op == _MARK:
            stack.append(a)
            stack.append(regs[a])
            stack.append(_RESTORE_REG)
            regs[a] = pos
            pc += 1
            continue
        elif op == _PROGRESS:
            # An empty iteration is kept, but ends the loop.
            pc = pc + 1 if regs[a] != pos else b
            continue
        elif op == _REF:
            g0 = caps[2 * a]
            g1 = caps[2 * a + 1]
            if g0 >= 0 and g1 >= 0:
                n = g1 - g0
                t = s[pos:pos + n]
                if pos + n <= end and (t == s[g0:g1] or (b and t.lower() == s[g0:g1].lower())):
                    pos += n
                    pc += 1
                    continue
        elif op == _LOOK:
            behind, negate = b
            sub = caps[:]
            if behind is False:
                r = _run(prog, nregs, s, pc + 1, pos, end, sub, False, False)
            elif pos >= behind:
                r = _run(prog, nregs, s, pc + 1, pos - behind, pos, sub, True, False)
            else:
                r = -1
            if (r >= 0) != negate:
                if not negate:
                    for i in range(len(caps)):
                        if sub[i] != caps[i]:
                            stack.append(i)
                            stack.append(caps[i])
                            stack.append(_RESTORE_CAP)
                            caps[i] = sub[i]
                pc = a
                continue
        # Failure: unwind to the most recent choice point.
        while True:
            if not stack:
                return -1
            kind = stack.pop()
            if kind == _BRANCH:
                pos = stack.pop()
                pc = stack.pop()
                break
            if kind == _GREEDY:
                cur = stack.pop() - 1
                low = stack.pop()
                pc = stack.pop()
                if cur > low:
                    stack.append(pc)
                    stack.append(low)
                    stack.append(cur)
                    stack.append(_GREEDY)
                pos = cur
                break
            if kind == _LAZY:
                n = stack.pop()
                cur = stack.pop()
                spc = stack.pop()
                sop = prog[spc]
                k, ka, _ = sop[1]
                hi = sop[2][1]
                if cur < end and _one(k, ka, s, cur):
                    n += 1
                    cur += 1
                    if hi is None or n < hi:
                        stack.append(spc)
                        stack.append(cur)
                        stack.append(n)
                        stack.append(_LAZY)
                    pos = cur
                    pc = spc + 1
                    break
                continue
            v = stack.pop()
            i = stack.pop()
            if kind == _RESTORE_CAP:
                caps[i] = v
            else:
                regs[i] = v


# ---- Pattern and Match ----------------------------------------------------

def _check_flags(flags, is_bytes):
    # CPython's combinations that make no sense for the pattern's type.
    if is_bytes:
        if flags & U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & L and flags & A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        if flags & L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & A and flags & U:
            raise ValueError("ASCII and UNICODE flags are incompatible")


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        if isinstance(pattern, (bytes, bytearray)):
            self._bytes = True
            text = pattern.decode("latin-1") if hasattr(pattern, "decode") else str(pattern)
        else:
            self._bytes = False
            text = pattern
        parser = _Parser(text, flags)
        tree = parser.parse()
        _check_flags(parser.flags, self._bytes)
        self.flags = parser.flags | (0 if self._bytes or parser.flags & A else U)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        c = _Compiler()
        c.emit(_SAVE, 0)
        c.node(tree)
        c.emit(_SAVE, 1)
        c.emit(_MATCH)
        self._prog = c.prog
        self._nregs = c.nregs
        first = c.prog[1]
        self._first = first[1] if first[0] == _CHAR else None

    def __repr__(self):
        fl = self.flags & ~U
        if fl:
            names = []
            for name, v in (("IGNORECASE", I), ("LOCALE", L), ("MULTILINE", M), ("DOTALL", S),
                            ("VERBOSE", X), ("DEBUG", DEBUG), ("ASCII", A)):
                if fl & v:
                    names.append("re." + name)
            return "re.compile(%r, %s)" % (self.pattern, "|".join(names))
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _text(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return bytes(string).decode("latin-1")
        if not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object"
                            if isinstance(string, (bytes, bytearray)) else
                            "expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _bounds(self, s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _match_at(self, s, pos, end, full, noempty):
        caps = [-1] * (2 * self.groups + 3)
        if _run(self._prog, self._nregs, s, 0, pos, end, caps, full, noempty) >= 0:
            return caps
        return None

    def _search(self, s, pos, end, noempty=False):
        first = self._first
        while pos <= end:
            if first is not None:
                pos = s.find(first, pos, end)
                if pos < 0:
                    return None
            caps = self._match_at(s, pos, end, False, noempty)
            if caps is not None:
                return caps
            noempty = False
            pos += 1
        return None

    def match(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, end = self._bounds(s, pos, endpos)
        caps = self._match_at(s, pos, end, False, False)
        return None if caps is None else Match(self, string, s, pos, end, caps)

    def fullmatch(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, end = self._bounds(s, pos, endpos)
        caps = self._match_at(s, pos, end, True, False)
        return None if caps is None else Match(self, string, s, pos, end, caps)

    def search(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, end = self._bounds(s, pos, endpos)
        caps = self._search(s, pos, end)
        return None if caps is None else Match(self, string, s, pos, end, caps)

    def _iter(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, end = self._bounds(s, pos, endpos)
        noempty = False
        while pos <= end:
            caps = self._search(s, pos, end, noempty)
            if caps is None:
                return
            yield Match(self, string, s, pos, end, caps)
            noempty = caps[0] == caps[1]
            pos = caps[1]

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or m._empty)
            else:
                out.append(tuple(g if g is not None else m._empty for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        if type(string) is bytearray:  # as CPython: the pieces are bytes
            string = bytes(string)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if type(string) is bytearray:  # as CPython: the result is bytes
            string = bytes(string)
        if callable(repl):
            fn = repl
        else:
            tpl = _parse_template(self, repl)
            if len(tpl) == 1 and isinstance(tpl[0], (str, bytes)):
                lit = tpl[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand(m, tpl)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = fn(m)
            if r:
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _parse_template(pattern, repl):
    # A list of literal strings and group numbers.
    is_bytes = not isinstance(repl, str)
    t = repl.decode("latin-1") if is_bytes else repl
    parts = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = t[i]
        i += 1
        g = None
        if c == "g":
            if i >= n or t[i] != "<":
                raise error("missing <", repl, i)
            k = t.find(">", i + 1)
            if k < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = t[i + 1:k]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name %r" % name, repl, i + 1)
            i = k + 1
        elif c.isdigit():
            if c == "0" or (i + 1 < n and c in "01234567" and t[i] in "01234567" and t[i + 1] in "01234567"):
                j = i - 1
                while i < n and i - j < 3 and t[i] in "01234567":
                    i += 1
                lit.append(chr(int(t[j:i], 8)))
                continue
            g = int(c)
            if i < n and t[i].isdigit():
                g = g * 10 + int(t[i])
                i += 1
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, repl, start + 1)
        elif c in _SIMPLE_ESCAPES:
            lit.append(_SIMPLE_ESCAPES[c])
        elif c.isalpha() and ord(c) < 128:
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
        if g is not None:
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(g)
    if lit or not parts:
        parts.append("".join(lit))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(m, tpl):
    out = []
    for p in tpl:
        if isinstance(p, int):
            v = m.group(p)
            if v:
                out.append(v)
        else:
            out.append(p)
    return m._empty.join(out)


class Match:
    def __init__(self, pattern, string, text, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        self._empty = string[:0]
        last = caps[-1] if caps[-1] > 0 else None  # the group closed last
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for k, v in pattern.groupindex.items():
                if v == last:
                    self.lastgroup = k

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError("no such group")

    def _get(self, g, default=None):
        i = self._index(g)
        a = self._caps[2 * i]
        b = self._caps[2 * i + 1]
        if a < 0 or b < 0:
            return default
        if type(self.string) is bytearray:  # groups of a bytearray subject are bytes
            return bytes(self.string[a:b])
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {k: self._get(v, default) for k, v in self.re.groupindex.items()}

    def start(self, group=0):
        i = self._index(group)
        return self._caps[2 * i] if self._caps[2 * i + 1] >= 0 else -1

    def end(self, group=0):
        i = self._index(group)
        return self._caps[2 * i + 1] if self._caps[2 * i] >= 0 else -1

    def span(self, group=0):
        return (self.start(group), self.end(group))

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))


# ---- module functions -----------------------------------------------------

_cache = {}
_MAXCACHE = 64


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
