import sys


class Replacement:
    def __getattr__(self, name):
        return "replacement:" + name


sys.modules[__name__] = Replacement()
