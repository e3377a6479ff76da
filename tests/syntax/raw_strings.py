# Raw strings keep backslashes literally.
print(r'\n', r'\t\\', R'raw\x41', len(r'\n'), r'C:\dir\file')
print(rb'\x00', Rb'\n', bR'a\b', br'\\' == b'\\\\')
print(r"quote\"inside", r'\'')
print(repr(r'\d+\s*'), r'' == '')
