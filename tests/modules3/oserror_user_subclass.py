# A user subclass of OSError keeps its own type (no errno mapping) and still parses the arguments.
class StorageError(OSError):
    pass
class PathError(OSError):
    def __init__(self, path):
        super().__init__(2, "No such file or directory", path)
        self.extra = "x"
e = StorageError(2, "nf", "f.txt")
print(type(e).__name__, e, e.errno, e.filename, e.args, isinstance(e, FileNotFoundError))
e = PathError("p.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args, e.extra)
class MyNotFound(FileNotFoundError):
    pass
e = MyNotFound(13, "Permission denied")
print(type(e).__name__, e, isinstance(e, PermissionError))
try:
    raise PathError("q.txt")
except OSError as e:
    print("caught", type(e).__name__, e)
