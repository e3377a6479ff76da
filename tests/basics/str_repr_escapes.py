# repr() of strings chooses quotes and escapes control characters.
print(repr('plain'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('tab\there'), repr('new\nline'), repr('back\\slash'), repr('\r'))
print(repr('\x00\x01\x7f'), repr('\x1b'))
print(repr('caf\u00e9'), repr(''))
print(['a', "b'c"], ('x\n',))
