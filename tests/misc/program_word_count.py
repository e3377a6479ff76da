# A small program: counting words and letters in a text.
text = '''the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
quick quick quick'''
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f'{word:<8}{n:>3}')
letters = {}
for ch in text:
    if ch != ' ' and ch != '\n':
        letters[ch] = letters.get(ch, 0) + 1
print(len(letters), max(letters, key=lambda c: (letters[c], c)))
lines = text.split('\n')
print([len(line.split()) for line in lines])
