"""String processing: building, formatting, joining, splitting, replacing.

Builds a synthetic text with f-strings and str.join, then repeatedly
tokenises it (split, strip, lower/upper), rewrites it (replace, slicing,
concatenation), searches it (find, count, startswith/endswith, in) and
tallies words in a dict.  Prints lengths and counts as a checksum.
"""

ROUNDS = 250
LINES = 500

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliett", "kilo", "lima", "mike", "november",
         "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
         "victor", "whiskey", "xray", "yankee", "zulu"]


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def build_text(n_lines, seed):
    rng = lcg(seed)
    lines = []
    for i in range(n_lines):
        count = 4 + next(rng) % 9
        words = [WORDS[next(rng) % len(WORDS)] for _ in range(count)]
        if i % 3 == 0:
            words[0] = words[0].capitalize()
        lines.append(f"{i:05d}: " + " ".join(words) + f" ({count} words).")
    return "\n".join(lines)


def str_checksum(s):
    # Cheap, order-sensitive checksum over a sample of characters.
    h = len(s)
    for ch in s[::97]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def process(text):
    counts = {}
    total_words = 0
    out_lines = []
    for line in text.split("\n"):
        head, _, body = line.partition(": ")
        body = body.rstrip(".")
        paren = body.find(" (")
        if paren >= 0:
            body = body[:paren]
        for word in body.lower().split():
            counts[word] = counts.get(word, 0) + 1
            total_words += 1
        rewritten = body.replace("alpha", "ALPHA").replace("e", "3")
        if rewritten.startswith("ALPHA") or rewritten.endswith("zulu"):
            rewritten = rewritten.upper()
        out_lines.append(f"[{int(head)}|{len(body)}] {rewritten}")
    return counts, total_words, "\n".join(out_lines)


def concat_build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            s += "\n"
    return s


def main():
    total = 0
    checksum = 0
    text_len = 0
    found = 0
    merged = {}
    for r in range(ROUNDS):
        text = build_text(LINES, r + 1)
        text_len += len(text)
        counts, total_words, rewritten = process(text)
        total += total_words
        checksum = (checksum * 7 + str_checksum(rewritten)) % 1000000007
        checksum = (checksum + rewritten.count("3") + len(counts)) % 1000000007
        found += sum(1 for w in WORDS if w in text) + text.count("zulu")
        for word, c in counts.items():
            merged[word] = merged.get(word, 0) + c

    built = concat_build(100000)
    lines = built.splitlines()
    numbers = sum(int(line[:9]) for line in lines)
    top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    joined = ",".join(f"{w}={c}" for w, c in top)
    print(f"strings text_len={text_len} words={total} checksum={checksum} "
          f"lines={len(lines)} numbers={numbers} found={found} top={joined}")


main()
