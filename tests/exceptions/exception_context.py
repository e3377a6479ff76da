# Raising inside an except block records the original as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__)
try:
    raise TypeError('fresh')
except TypeError as e:
    print(e.__context__)
