# Nested classes and instance counting via a class attribute.
class Outer:
    class Inner:
        def hello(self):
            return 'inner hello'
    created = 0
    def __init__(self):
        Outer.created += 1
        self.inner = Outer.Inner()
o1, o2 = Outer(), Outer()
print(o1.inner.hello(), Outer.created, Outer.Inner.__name__)
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
head = Node(1, Node(2, Node(3)))
vals = []
while head:
    vals.append(head.val)
    head = head.nxt
print(vals)
