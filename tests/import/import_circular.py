# Circular imports behave as in CPython: the partially initialised module is
# in sys.modules and visible to the module that imports it back.
import sys

sys.path.insert(0, "imp_mods")

import circ_a

print("main: circ_a.A_LATE =", circ_a.A_LATE, "| circ_a.circ_b.B =", circ_a.circ_b.B)

import circ_x

print("main: circ_x.circ_y.X =", circ_x.circ_y.X)
