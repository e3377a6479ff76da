# Conditional expressions, including nesting and laziness.
for n in (-5, 0, 5):
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 1 if True else 1 / 0
y = 1 / 0 if False else 2
print(x, y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
f = lambda v: v if v else 'empty'
print(f(''), f('full'), (lambda: 3)() if x else None)
