# OSError(errno, strerror) constructs the subclass CPython maps that errno to; other errnos stay OSError.
import errno
names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "ECHILD", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST",
         "ENOTDIR", "EISDIR", "EPIPE", "ECONNABORTED", "ECONNRESET", "ESHUTDOWN", "ETIMEDOUT",
         "ECONNREFUSED", "EALREADY", "EINPROGRESS", "EIO", "EINVAL", "ENOSPC", "EBADF"]
for name in names:
    e = OSError(getattr(errno, name), "msg")
    print(name, type(e).__name__, isinstance(e, OSError))
print(type(OSError(99999, "x")).__name__, type(OSError(-2, "x")).__name__, type(OSError("2", "x")).__name__)
