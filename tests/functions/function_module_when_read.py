# function.__module__ is the globals' __name__ when read (docs/differences.md): rebinding __name__ later changes it
def f():
    pass

print(f.__module__)
__name__ = "renamed"
print(f.__module__)
f.__module__ = "assigned"
__name__ = "again"
print(f.__module__)
