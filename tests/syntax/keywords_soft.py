# Names that are not keywords can be used freely as identifiers.
match = 1
case = 2
_ = 3
print_ = 4
type_ = 'x'
print(match + case + _ + print_, type_)
def f(match, case=0):
    return match - case
print(f(10, case=4))
__dunder = 'ok'
print(__dunder)
