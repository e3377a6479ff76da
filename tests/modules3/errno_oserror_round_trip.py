# errno constants round-trip through OSError: the subclass, e.errno, errorcode names and strerror text.
import errno
for name in ("ENOENT", "EEXIST", "EACCES", "EISDIR", "ENOTDIR", "EAGAIN", "ETIMEDOUT", "EINVAL", "EIO", "ENOSPC"):
    code = getattr(errno, name)
    e = OSError(code, "text")
    print(name, code, errno.errorcode[code], type(e).__name__, e.errno == code, str(e))
print(sorted(n for n in ("ENOENT", "EIO", "EBADF") if hasattr(errno, n)), hasattr(errno, "ENOTATHING"))
