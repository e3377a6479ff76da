# The OSError subclasses have CPython's hierarchy; IOError and EnvironmentError are OSError.
subs = [BlockingIOError, ChildProcessError, ConnectionError, FileExistsError, FileNotFoundError,
        InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]
for t in subs:
    print(t.__name__, t.__bases__[0].__name__, issubclass(t, Exception))
for t in (BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError):
    print(t.__name__, t.__bases__[0].__name__, issubclass(t, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, ConnectionError))
try:
    raise FileNotFoundError(2, "No such file or directory", "f.txt")
except IOError as e:
    print("caught as IOError:", type(e).__name__, e)
