# Modules have __doc__: the docstring, or None when there is none (native modules: None or text).
"""The docstring of this test."""
import sys
print(__doc__)
print(sys.modules[__name__].__doc__)
import math, struct, json
print(hasattr(math, "__doc__"), hasattr(struct, "__doc__"), hasattr(json, "__doc__"))
print(type(math.__doc__).__name__ in ("str", "NoneType"), getattr(sys, "__doc__", 1) != 1)
