# itertools: product, permutations, combinations, combinations_with_replacement (CPython order).
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()))
print(list(it.product("ab", repeat=0)), list(it.product("a", [])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations("ab", 3)))
print(list(it.permutations([], 0)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)))
print(list(it.combinations("abc", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)))
print(list(it.combinations_with_replacement("ab", 0)))
for f, args in [(it.combinations, ("ab", -1)), (it.permutations, ("ab", -1)), (it.product, ("ab",))]:
    try:
        if f is it.product:
            list(f(*args, repeat=-1))
        else:
            list(f(*args))
    except ValueError as e:
        print("ValueError", e)
