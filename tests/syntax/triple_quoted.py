# Triple-quoted strings span lines and may contain quotes.
s = '''line one
line 'two' with "quotes"
line three'''
print(s)
print(len(s.split('\n')))
t = """a\
b"""
print(t)
u = """
start on next line"""
print(repr(u))
print('''single '' inside''', """double "" inside""")
