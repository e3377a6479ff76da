# Case mapping (ASCII letters) and title/capitalize rules.
for s in ['hello World', 'HELLO', '', "they're bill's friends", 'a1b2c3', 'ABC def GHI', 'mIxEd CaSe 123', '_x_y']:
    print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
print('hello'.upper().lower(), 'x'.title(), '1a'.capitalize(), 'a b'.title(), '3rd place'.title())
