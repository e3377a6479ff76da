# assert passes silently when the condition holds.
assert True
assert 1 + 1 == 2, 'math is broken'
x = [1]
assert x and x[0] == 1
try:
    assert len(x) == 5, 'length is ' + str(len(x))
except AssertionError as e:
    print('caught:', e)
try:
    assert 0
except AssertionError as e:
    print('no message:', repr(str(e)), e.args)
print('end')
