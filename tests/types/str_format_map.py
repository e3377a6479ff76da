# str.format_map uses the mapping directly (including __missing__).
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print('{name} is {age}'.format_map({'name': 'Bo', 'age': 3}))
print('{a} {b} {a}'.format_map(Default(a=1)))
print('{x[0]} {x[1]:>4}'.format_map({'x': [5, 6]}))
class M:
    def __getitem__(self, k):
        return k.upper()
print('{hello} {world!r}'.format_map(M()))
