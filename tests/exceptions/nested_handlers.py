# Nested try statements: inner handlers see inner errors first.
def process(x):
    try:
        try:
            if x == 'inner':
                raise ValueError('inner problem')
            if x == 'outer':
                raise KeyError('outer problem')
            return 'ok'
        except ValueError as e:
            return 'inner caught ' + str(e)
        finally:
            print('inner finally for', x)
    except KeyError as e:
        return 'outer caught ' + str(e)
for x in ['fine', 'inner', 'outer']:
    print(process(x))
