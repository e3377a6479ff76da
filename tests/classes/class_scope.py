# Class bodies execute once and have their own namespace.
print('before class')
class K:
    print('in class body')
    a = 1
    b = a + 1
    items = [a, b]
    def method(self):
        return K.b
print('after class')
print(K.a, K.b, K.items, K().method())
x = 'module'
class M:
    x = 'class'
    def get(self):
        return x
print(M().get(), M.x)
