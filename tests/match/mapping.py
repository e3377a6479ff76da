# match: mapping patterns match dicts with at least the given keys; extra keys are allowed
def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {1: one, 2.5: two}:
            return f"numeric {one} {two}"
        case {}:
            return "some mapping"
    return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1}, {"type": "circle", "r": 3, "extra": 0},
          {1: "a", 2.5: "b"}, {}, {"z": 1}, [("type", "circle")], "type"]:
    print(f(v))
