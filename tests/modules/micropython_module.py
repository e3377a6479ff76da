# micropython: const, the code-emitter decorators (accepted, the function stays bytecode),
# opt_level, schedule and the read-outs. CPython has no such module: a stand-in is used there.
try:
    import micropython
except ImportError:
    class micropython:
        const = staticmethod(lambda x: x)
        native = viper = bytecode = staticmethod(lambda f: f)
        _level = [0]
        @staticmethod
        def opt_level(*a):
            if not a:
                return micropython._level[0]
            micropython._level[0] = a[0]
        @staticmethod
        def schedule(f, a):
            f(a)
        stack_use = staticmethod(lambda: 1)
        heap_locked = staticmethod(lambda: 0)
        mem_info = qstr_info = kbd_intr = alloc_emergency_exception_buf = staticmethod(lambda *a: None)
X = micropython.const(5)
print(X, micropython.const("s"), micropython.const((1, 2)))
@micropython.native
def f(x): return x + 1
@micropython.viper
def g(x): return x * 2
@micropython.bytecode
def h(): return "h"
print(f(1), g(2), h(), f.__name__)
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.stack_use() > 0, micropython.heap_locked())
print(callable(micropython.mem_info), callable(micropython.qstr_info), micropython.kbd_intr(-1), micropython.kbd_intr(3))
print(micropython.alloc_emergency_exception_buf(100))
got = []
micropython.schedule(got.append, 42)
for i in range(100):
    pass
print(got)
