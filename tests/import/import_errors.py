# ImportError / ModuleNotFoundError and their messages.
import sys

# The packages live next to this file; under run_tests.py --via-mpy the
# script runs from a temporary directory, so name the current one too.
sys.path.insert(0, ".")

sys.path.insert(0, "imp_mods")

print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    import imp_pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    import plain.inner
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from plain import does_not_exist
except ImportError as e:
    # The message ends with the module's path in parentheses: drop it.
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])

try:
    from imp_pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    import fails
except ValueError as e:
    print("ValueError:", e, "| left in sys.modules:", "fails" in sys.modules)
try:
    import fails
except ValueError as e:
    print("again:", e, "| runs:", sys.fails_runs)
