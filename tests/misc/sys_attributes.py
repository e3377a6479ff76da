# Portable facts about the sys module.
import sys
print(sys.maxsize > 2 ** 30, sys.maxsize >= 2 ** 31 - 1)
print(sys.byteorder in ('little', 'big'))
print(type(sys.maxsize).__name__, sys.maxsize + 1 > sys.maxsize)
print(callable(sys.exit), isinstance(sys.argv, list))
