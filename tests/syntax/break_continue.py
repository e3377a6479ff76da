# break and continue in nested loops.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
n = 0
found = []
while n < 20:
    n += 1
    if n % 3:
        continue
    found.append(n)
    if len(found) == 4:
        break
print(found, n)
