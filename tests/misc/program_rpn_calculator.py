# A small program: a reverse-Polish-notation calculator with error handling.
def rpn(expr):
    stack = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
           '*': lambda a, b: a * b, '/': lambda a, b: a // b}
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError('malformed expression')
    return stack[0]
for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 4', '1 0 /', '1 +', '2 x *', '99999999999 99999999999 *']:
    try:
        print(e, '=', rpn(e))
    except (ValueError, IndexError, ZeroDivisionError) as err:
        print(e, '->', type(err).__name__, err)
