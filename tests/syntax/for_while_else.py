# The else clause of loops runs only when no break happened.
for i in range(3):
    pass
else:
    print('for finished', i)
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for x in []:
    print('never')
else:
    print('empty for still runs else')
