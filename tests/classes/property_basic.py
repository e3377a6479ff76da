# property with getter, setter and deleter.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273:
            value = -273
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -500
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError:
    print('read-only property')
