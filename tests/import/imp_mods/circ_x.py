# `from circ_y import ...` of a name circ_y has not defined yet.
X = 1
import circ_y
