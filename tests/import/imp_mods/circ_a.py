# Circular import, CPython semantics: circ_b sees this module half-built.
print("circ_a: start")
A_EARLY = "a-early"
import circ_b
A_LATE = "a-late"
print("circ_a: end, circ_b.B =", circ_b.B)
