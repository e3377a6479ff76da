# from m import *: __all__ when present, else the public names.
import sys

sys.path.insert(0, "imp_mods")

from stars import *

print(sorted(n for n in dir() if n in ("public_a", "public_b", "_listed_private", "_unlisted")))

from stars_noall import *

print(visible, visible_func(), "_hidden" in dir())
