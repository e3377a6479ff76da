# `yield from` a class-based iterator takes its result from the StopIteration that __next__ raises.
class Countdown:
    def __init__(self, n, result, exc=StopIteration):
        self.n, self.result, self.exc = n, result, exc

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise self.exc(self.result)
        self.n -= 1
        return self.n

class Done(StopIteration):
    pass

def delegate(it):
    result = yield from it
    print("result", result)
    return result

print(list(delegate(Countdown(3, "fin"))))
print(list(delegate(Countdown(0, (1, 2)))))
print(list(delegate(Countdown(2, "sub", Done))))
print(list(delegate(iter([7, 8]))))

def bare():
    result = yield from Countdown(1, None)
    print("bare", result)
    yield "after"

print(list(bare()))
