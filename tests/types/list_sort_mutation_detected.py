# A key or comparison that changes the list being sorted (even clear() or append) raises ValueError; the list keeps its items.
class Meddler:
    calls = 0

    def __init__(self, target, value, action):
        self.target, self.value, self.action = target, value, action

    def __lt__(self, other):
        Meddler.calls += 1
        if Meddler.calls == 5:
            self.action(self.target)
        return self.value < other.value

for name, action in [("clear", list.clear), ("append", lambda l: l.append(None)),
                     ("extend", lambda l: l.extend(range(50))), ("slice", lambda l: l.__setitem__(slice(0, 0), [1]))]:
    Meddler.calls = 0
    data = []
    data.extend(Meddler(data, v, action) for v in (5, 3, 9, 1, 7, 2, 8))
    try:
        data.sort()
        print(name, "sorted")
    except ValueError as e:
        print(name, "ValueError", e)
    print(len(data), sorted(m.value for m in data))

# Reading the list during a sort sees it empty.
seen = []
nums = [3, 1, 2]
nums.sort(key=lambda x: (seen.append(len(nums)), x)[1])
print(nums, seen)
