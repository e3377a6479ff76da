# Tuple subclass instances compare, order and hash like the equal tuple; they work as dict and set keys.
class P(tuple):
    pass

p = P([1, 2])
print(p == (1, 2), (1, 2) == p, p != (1, 2), p == P((1, 2)), p == [1, 2])
print(p < (1, 3), (1, 3) > p, p <= (1, 2), (0, 9) < p, sorted([P((2,)), (1,), P((0, 5))]))
print(hash(p) == hash((1, 2)), {p: "p"}[(1, 2)], {(1, 2): "t"}[p], len({p, (1, 2)}))
print(max(P((1, 2)), (1, 3)), min([P((5,)), P((4,))]))
