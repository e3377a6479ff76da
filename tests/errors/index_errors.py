# Indexing past the end of sequences.
def attempt(fn):
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e)
lst, tup, s, r = [1, 2], (1,), 'ab', range(3)
attempt(lambda: lst[2])
attempt(lambda: lst[-3])
attempt(lambda: tup[1])
attempt(lambda: s[5])
attempt(lambda: r[3])
attempt(lambda: [][0])
def assign():
    lst[10] = 1
attempt(assign)
print(lst[5:10], s[10:])
