try:
    from circ_x import NOT_YET
except ImportError as e:
    print("circ_y:", type(e).__name__, str(e).rsplit(" (", 1)[0])
from circ_x import X
print("circ_y: X =", X)
