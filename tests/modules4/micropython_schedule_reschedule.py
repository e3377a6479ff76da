# micropython.schedule: a callback that keeps re-scheduling itself does not starve the running code.
pending = []
try:
    import micropython
    schedule = micropython.schedule
    def safe_point():
        pass  # the VM runs due callbacks at backward jumps by itself
except ImportError:
    def schedule(fn, arg):
        pending.append((fn, arg))
    def safe_point():
        if pending:
            fn, arg = pending.pop(0)
            fn(arg)

state = {"stop": False, "runs": 0}

def tick(step):
    state["runs"] += 1
    if not state["stop"]:
        schedule(tick, step + 1)

schedule(tick, 0)
main_steps = 0
for i in range(300):
    main_steps += 1
    safe_point()
state["stop"] = True
for i in range(20):
    safe_point()
runs = state["runs"]
for i in range(20):
    safe_point()
print(main_steps, runs > 1, state["runs"] == runs, pending)
