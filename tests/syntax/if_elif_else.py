# if / elif / else chains and nested blocks.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        if n % 2:
            return 'small odd'
        else:
            return 'small even'
    else:
        return 'large'
for n in (-3, 0, 3, 4, 42):
    print(n, classify(n))
if []:
    print('not reached')
elif {}:
    print('not reached either')
else:
    print('else branch')
