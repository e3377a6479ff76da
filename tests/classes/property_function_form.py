# property() called directly, and properties are inherited.
class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = v * 2
    width = property(get_w, set_w)
class BigBox(Box):
    @property
    def area(self):
        return self.width * self.width
b = BigBox()
b.width = 5
print(b.width, b.area, isinstance(Box.width, property))
