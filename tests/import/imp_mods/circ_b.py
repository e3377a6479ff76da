print("circ_b: start")
import circ_a
print("circ_b: sees circ_a.A_EARLY =", circ_a.A_EARLY)
print("circ_b: circ_a has A_LATE:", hasattr(circ_a, "A_LATE"))
B = "b"
print("circ_b: end")
