# match: sequence patterns with one *rest (a list), *_ and a star in the middle
def f(x):
    match x:
        case [first, *rest] if not rest:
            return f"single {first}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (first, *middle, last):
            return f"first={first} middle={middle} last={last}"
        case [*all]:
            return f"all={all}"

for v in [[1], [1, 2, 1], [1, 2, 3], (1, 2), (1, 2, 3, 4), [], range(5)]:
    print(repr(v), f(v))

match (1, 2, 3):
    case [*head, tail]:
        print(head, tail, type(head).__name__)
