# is* predicates on ASCII text (and empty strings).
tests = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '12.5', ' ', ' \t\n', 'a b', 'Hello World', 'Hello world',
         'HELLO WORLD', '_id', 'id_2', '2id', 'class', 'x\x00', 'tab\t', 'a!', 'É', '\u3000', 'αβγ']
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
