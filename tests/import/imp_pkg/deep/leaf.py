print("imp_pkg.deep.leaf: runs, __name__ =", __name__)
from .. import PKG_VALUE
from ..helper import helped
LEAF = "leaf(" + PKG_VALUE + ")"


def beyond():
    # Three dots from imp_pkg.deep.leaf reach above the top-level package.
    from ... import anything
