# The global statement rebinds module-level names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created
    created = 'made inside'
make()
print(created)
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def read_only():
    return counter * 10
print(read_only())
