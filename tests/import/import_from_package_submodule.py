# `from package import submodule` imports the submodule when the package does
# not already define that name.
import sys

# The packages live next to this file; under run_tests.py --via-mpy the
# script runs from a temporary directory, so name the current one too.
sys.path.insert(0, ".")

from imp_pkg.deep import leaf

print(leaf.LEAF)
from imp_pkg import sub

print(sub.SUB)
import imp_pkg

print(imp_pkg.deep.leaf is leaf, imp_pkg.sub is sub)
