print("imp_pkg.sub: runs, __name__ =", __name__)
from . import PKG_VALUE
from .helper import helped
from .deep import leaf
from .deep.leaf import LEAF
SUB = "sub:" + PKG_VALUE + ":" + LEAF
