# User-defined exception classes and a hierarchy.
class AppError(Exception):
    pass
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    pass
for cls in [AppError, NetworkError, TimeoutError_]:
    try:
        raise cls('from ' + cls.__name__)
    except NetworkError as e:
        print('network handler:', e)
    except AppError as e:
        print('app handler:', e)
print(issubclass(TimeoutError_, AppError), isinstance(NetworkError(), Exception))
try:
    raise TimeoutError_
except AppError as e:
    print(type(e).__name__, repr(str(e)))
