# errno: the error numbers (Linux's) and the errorcode mapping.
import errno
print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.EAGAIN, errno.ENOMEM, errno.EACCES, errno.EEXIST)
print(errno.ENODEV, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.ENOSPC, errno.EROFS, errno.ENOTEMPTY)
print(errno.ETIMEDOUT, errno.ECONNRESET, errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.EINPROGRESS, errno.EALREADY)
print(errno.EADDRINUSE, errno.ENOTCONN, errno.ECONNABORTED, errno.ENOBUFS, errno.EOPNOTSUPP, errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[2], errno.errorcode[errno.ETIMEDOUT], errno.errorcode.get(22), errno.errorcode.get(99999, "none"))
print(2 in errno.errorcode, 99999 in errno.errorcode, all(errno.errorcode[getattr(errno, n)] == n for n in ("ENOENT", "EEXIST", "EINVAL")))
try:
    errno.errorcode[99999]
except KeyError as e:
    print("KeyError", e)
e = OSError(errno.ENOENT, "No such file or directory")
print(e.errno, e.strerror, e.args)
