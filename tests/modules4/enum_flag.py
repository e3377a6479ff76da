# enum: Flag members combine with | & ^ ~; `in` tests bits; named combinations and zero have names.
from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(list(Perm), [p.value for p in Perm], repr(Perm))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), repr(Perm.R | Perm.W | Perm.X))
print(Perm.RW & Perm.W, Perm.RW ^ Perm.R, ~Perm.R, repr(Perm(0)), Perm(0))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)), bool(Perm.R))
print(list(Perm.R | Perm.X), len(Perm.RW), (Perm.R | Perm.W) is Perm.RW)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError", e)
