# Not imported by __init__: `import frozen_pkg.lazy` finds it on demand.
from .inner import parent_value
LAZY = "lazy:" + parent_value()
