# Handling errors per item lets a loop continue.
inputs = ['1', 'x', '3', '', '5']
total = 0
bad = []
for s in inputs:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
results = []
for d in [2, 0, 5]:
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append(None)
print(results)
