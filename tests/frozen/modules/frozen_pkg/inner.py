INNER = "inner"


def parent_value():
    from . import PKG
    return PKG
