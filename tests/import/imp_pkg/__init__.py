# A regular package with relative imports.
print("imp_pkg: __init__ runs, __name__ =", __name__)
PKG_VALUE = "pkg"
from . import helper
from .helper import helped
