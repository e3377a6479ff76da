# Helper for import_module_globals_after_import.py: functions that read and rebind module globals.
COUNT = 0
NAMES = ["a", "b"]


def bump():
    global COUNT
    COUNT += 1
    return COUNT


def read(name):
    return globals().get(name, "missing")


def late():
    return LATE
