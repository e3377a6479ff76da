# Boolean operators return one of their operands; bools are ints.
print(True and False, True or False, not True, not 0, not '')
print(0 or 'x', '' or [], 3 and 4, 0 and 1 / 0, 1 or 1 / 0)
print(None or 'default', [] and 'never', 'a' and 'b' and 'c')
print(True + True, True * 10, False - 1, True / 2, True == 1)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool('0'))
print(isinstance(True, int), type(True).__name__, str(False), repr(True))
print(True & False, True | False, True ^ True, ~True)
