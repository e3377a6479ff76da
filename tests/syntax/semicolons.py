# Several simple statements on one line separated by semicolons.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 0; x += 5; print(x);
if c: print('c is set'); print('second')
for i in range(3): print(i, end=' '); print('|', end=' ')
print()
def f(): return 'one-liner'
print(f())
