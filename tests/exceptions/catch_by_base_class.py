# Builtin exceptions are caught by their base classes.
def trigger(kind):
    if kind == 'zero':
        return 1 // 0
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'value':
        return int('x')
for kind in ['zero', 'key', 'index', 'value']:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError', type(e).__name__)
    except LookupError as e:
        print(kind, 'LookupError', type(e).__name__)
    except Exception as e:
        print(kind, 'Exception', type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(NotImplementedError, RuntimeError))
