# break and continue inside try run the finally block on the way out.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print('while finally', n)
print('n =', n)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            continue
        print('after finally', i)
