# Raising and catching many builtin exception types by name.
types = [ValueError, TypeError, KeyError, IndexError, AttributeError, NameError,
         ZeroDivisionError, OverflowError, RuntimeError, NotImplementedError,
         StopIteration, AssertionError, LookupError, ArithmeticError,
         UnboundLocalError, RecursionError, MemoryError, OSError, ImportError,
         EOFError, KeyboardInterrupt, SystemExit, GeneratorExit]
for t in types:
    try:
        raise t('msg')
    except BaseException as e:
        print(type(e).__name__, type(e) is t, e.args)
