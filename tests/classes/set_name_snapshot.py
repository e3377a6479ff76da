# __set_name__ runs for every descriptor of the class body, even ones a prior __set_name__ replaced.
class Swap:
    def __init__(self, other, value):
        self.other = other
        self.value = value

    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, self.other, self.value)


class Remove:
    def __init__(self, other):
        self.other = other

    def __set_name__(self, owner, name):
        print("remove", self.other, "from", name)
        delattr(owner, self.other)


class A:
    first = Swap("second", 2)
    second = Swap("first", 1)


print(A.first, A.second)


class B:
    x = Remove("y")
    y = Remove("x")


print(hasattr(B, "x"), hasattr(B, "y"))
