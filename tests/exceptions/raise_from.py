# raise ... from sets __cause__.
class ConfigError(Exception):
    pass
def load():
    try:
        int('abc')
    except ValueError as e:
        raise ConfigError('bad config') from e
try:
    load()
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    raise KeyError('x') from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__)
