# micropython: argument errors of const, opt_level, schedule, kbd_intr and heap_lock.
import micropython
for call in ['micropython.const()', 'micropython.const(1, 2)', 'micropython.opt_level("1")', 'micropython.opt_level(1, 2)',
             'micropython.schedule(print)', 'micropython.schedule(5, 1)', 'micropython.kbd_intr("x")',
             'micropython.heap_lock(1)', 'micropython.stack_use(1)', 'micropython.mem_info(1, 2, 3)']:
    try:
        eval(call)
        print(call, "ok")
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__)
print(micropython.opt_level())
