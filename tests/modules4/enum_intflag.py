# enum: IntFlag members are ints; combining with ints keeps the flag type; str() is the int.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R | 1, repr(Perm.R | 1))
print(type(Perm.R & 4).__name__, Perm.R == 4, Perm.R + 1, ~Perm.R, repr(~Perm.W))
print(Perm(7), repr(Perm(7)), list(Perm(5)), Perm.X in Perm(3), repr(Perm(8)))
