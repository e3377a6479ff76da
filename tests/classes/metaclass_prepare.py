# A metaclass __prepare__ supplies the namespace the class body runs in, before the body runs.
log = []


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        log.append("prepare " + name + " " + str(len(bases)))
        return {"preset": 42}

    def __new__(mcs, name, bases, ns):
        log.append("new " + name + " " + str(sorted(k for k in ns if not k.startswith("__"))))
        return super().__new__(mcs, name, bases, dict(ns))


class Base:
    pass


class C(Base, metaclass=Meta):
    log.append("body sees preset " + str(preset))
    extra = 1


print(log)
print(C.preset, C.extra, type(C).__name__)


class D(C):  # the metaclass (and its __prepare__) is inherited
    pass


print(log[-2:])
