print("imp_pkg.helper: runs, __name__ =", __name__)


def helped(x):
    return "helped(%s)" % x
