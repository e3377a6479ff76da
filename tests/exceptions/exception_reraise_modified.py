# Handlers may wrap, translate or re-raise exceptions.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError('cannot parse ' + repr(s))
def safe_parse(s, default):
    try:
        return parse(s)
    except LookupError as e:
        print('warning:', e)
        return default
print(safe_parse('12', 0), safe_parse('zz', -1))
def reraise_same():
    try:
        parse('q')
    except LookupError as e:
        e.args = ('modified message',)
        raise
try:
    reraise_same()
except LookupError as e:
    print(e)
