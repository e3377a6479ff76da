# Uncaught KeyError raised inside a lambda: the message is the key's repr.
table = {'a': 1}
lookup = lambda key: table[key]

def run(keys):
    out = []
    for k in keys:
        out.append(lookup(k))
    return out

print(run(['a']))
run(['a', 'missing'])
