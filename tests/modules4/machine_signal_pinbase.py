# machine: Signal drives a pin written in Python (a machine.PinBase subclass) through its value() method.
try:
    import machine
    PinBase, Signal = machine.PinBase, machine.Signal
except (ImportError, AttributeError):
    class PinBase:  # CPython stand-in with MicroPython's behaviour
        pass
    class Signal:
        def __init__(self, pin, invert=False):
            self.pin, self.invert = pin, invert
        def value(self, v=None):
            if v is None:
                return int(bool(self.pin.value()) != self.invert)
            self.pin.value(int(bool(v) != self.invert))
        def on(self):
            self.value(1)
        def off(self):
            self.value(0)

class LogPin(PinBase):
    def __init__(self):
        self.level = 0
    def value(self, v=None):
        if v is None:
            return self.level
        print("  write", v)
        self.level = v

p = LogPin()
s = Signal(p)
s.value(1)
print(p.level, s.value())
s.off()
print(p.level, s.value())
inv = Signal(p, invert=True)
inv.on()
print(p.level, inv.value())
inv.value(False)
print(p.level, inv.value(), isinstance(p, PinBase))
