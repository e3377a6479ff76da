# Backslash escape sequences in string literals.
print('tab:\t|', 'nl:\n|', 'cr-free', 'bs:\\', 'q:\'', 'dq:\"')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600')
print(len('\0'), ord('\0'), ord('\a'), ord('\b'), ord('\f'), ord('\v'), ord('\r'))
print(repr('\x7f'), len('\\n'), '\x41' == 'A', '\7' == '\x07')
print("it's", 'say "x"', "mix \"and\" 'this'")
