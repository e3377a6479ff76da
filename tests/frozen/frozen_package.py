# A frozen package: __path__, relative imports, submodules imported later.
import sys

sys.path.append("modules")
import frozen_pkg

if sys.implementation.name == "mote":
    assert frozen_pkg.__path__ == [".frozen/frozen_pkg"], frozen_pkg.__path__
print(frozen_pkg.PKG, frozen_pkg.INNER, frozen_pkg.inner_mod.parent_value())
print("lazy bound before import:", hasattr(frozen_pkg, "lazy"))
import frozen_pkg.lazy

print(frozen_pkg.lazy.LAZY, sorted(k for k in sys.modules if k.startswith("frozen_pkg")))
from frozen_pkg import inner

print(inner is frozen_pkg.inner_mod)
try:
    import frozen_pkg.missing
except ImportError as e:
    print(type(e).__name__, e)
