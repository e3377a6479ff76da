# __getitem__, __setitem__, __delitem__, __len__ and __contains__.
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __contains__(self, k):
        return k in self.data
s = Store()
s['a'] = 1
s['b'] = 2
s['a'] += 10
print(s['a'], len(s), 'a' in s, 'z' in s, 'z' not in s)
del s['b']
print(len(s), bool(s), bool(Store()))
