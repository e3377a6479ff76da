# gc: enable/disable/isenabled round trip, collect() returns an int, bad arguments are TypeError.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__)
garbage = [[i] for i in range(1000)]
del garbage
print(gc.collect() >= 0)
for call in ['gc.enable(1)', 'gc.isenabled(True)', 'gc.collect("x")']:
    try:
        eval(call)
        print(call, "ok")
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__)
