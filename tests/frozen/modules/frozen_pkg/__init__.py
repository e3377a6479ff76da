# A frozen package: its submodules are frozen too and found through __path__.
from .inner import INNER
from . import inner as inner_mod

PKG = "frozen_pkg"
