# Equal values must have equal hashes (only comparisons are printed).
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1, 'a')))
print(hash(b'xy') == hash(bytes([120, 121])), hash(frozenset('ab')) == hash(frozenset('ba')))
print(hash(None) == hash(None), hash(2 ** 70) == hash(2 ** 70))
print(hash(-1) == hash(-1.0), hash(5) == hash(5.0))
print(type(hash('x')).__name__)
