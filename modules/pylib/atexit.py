# atexit — functions to call when the program ends (CPython's interface).
# The host port calls _run_exitfuncs() once the main program has finished
# (normally, by SystemExit or by an uncaught exception, after its traceback).
# Frozen Python.
import sys

_handlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    # Last registered runs first; an exception is reported and the rest still run.
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            sys.print_exception(e, sys.stderr)
