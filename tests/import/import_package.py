# Packages: __init__, submodules, attribute binding, relative imports.
import sys

# The packages live next to this file; under run_tests.py --via-mpy the
# script runs from a temporary directory, so name the current one too.
sys.path.insert(0, ".")

import imp_pkg

print(imp_pkg.PKG_VALUE, imp_pkg.helped(1), imp_pkg.helper.__name__)
print("has __path__:", hasattr(imp_pkg, "__path__"), "| sub not yet bound:", hasattr(imp_pkg, "sub"))

import imp_pkg.sub

print(imp_pkg.sub.SUB, "| bound as attribute:", imp_pkg.sub is sys.modules["imp_pkg.sub"])

from imp_pkg.deep import leaf

print(leaf.LEAF, leaf.__name__, leaf.helped("x"))

import imp_pkg.deep.leaf as L

print(L is leaf)

from imp_pkg import sub, helper

print(sub.SUB, helper.helped(2))

try:
    leaf.beyond()
except ImportError as e:
    print(type(e).__name__, e)

try:
    import imp_pkg.deep.beyond
except ImportError as e:
    print(type(e).__name__, e)

print(sorted(k for k in sys.modules if k.startswith("imp_pkg")))
