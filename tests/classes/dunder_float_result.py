# float() rejects a __float__ that returns a non-float, naming the class and result type.
class GivesInt:
    def __float__(self):
        return 6


class GivesStr:
    def __float__(self):
        return "a"


class GivesFloat:
    def __float__(self):
        return 2.5


for obj in (GivesInt(), GivesStr()):
    try:
        float(obj)
    except TypeError as e:
        print("TypeError", e)
print(float(GivesFloat()))
try:
    float(object())
except TypeError as e:
    print("TypeError", e)
