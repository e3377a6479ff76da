# 100! and properties of its digits.
f = 1
for i in range(2, 101):
    f *= i
s = str(f)
print(f)
print(len(s), sum(int(c) for c in s), len(s) - len(s.rstrip('0')))
g = f
count = 0
while g % 10 == 0:
    g //= 10
    count += 1
print(count, g % 1000)
