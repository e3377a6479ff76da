# match: capture patterns bind the subject, `_` binds nothing, the last case may be irrefutable
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "captured " + repr(other)

print(f(1), f(2), f("s"))

def g(x):
    match x:
        case 1:
            return "one"
        case _:
            return "wildcard"

print(g(1), g(None))
try:
    _
except NameError as e:
    print("NameError", e)

# a capture outside a function binds a module global
match 42:
    case answer:
        pass
print(answer)
