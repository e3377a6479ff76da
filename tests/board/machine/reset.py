# machine.reset() is a hard reset: main.py runs again with HARD_RESET as the cause.
import machine

if machine.reset_cause() == machine.HARD_RESET:
    print("after machine.reset()")
else:
    print("resetting")
    try:
        machine.reset()
    except SystemExit:
        print("not printed: SystemExit is raised again at the next call until the program ends")
