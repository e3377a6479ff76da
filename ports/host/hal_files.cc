// hal_files.cc — the host port's files and directories for open(), io and os (vm/hal.h):
// POSIX calls, with errno returned negated (Linux numbers are the errno module's numbers).
//
// Under `mote --board` the board directory is the board's "/": an absolute path is mapped
// into it (board::host_hooks->fs_root), and getcwd() reports the directory relative to it, so
// a script sees the same tree as on the board's flash. The process's working directory starts
// in the board directory, so relative paths need no mapping.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "ports/host/board/host_hooks.h"
#include "vm/hal.h"

namespace mote {

namespace {

constexpr size_t kPathMax = 4096;

// The board root under `mote --board`, else nullptr.
const char* fs_root() {
  return board::host_hooks && board::host_hooks->fs_root && board::host_hooks->fs_root[0]
             ? board::host_hooks->fs_root
             : nullptr;
}

// The host path for `path`: itself, or root + path for an absolute path in board mode.
struct HostPath {
  char buf[kPathMax];
  const char* get(const char* path) {
    const char* root = fs_root();
    if (root == nullptr || path[0] != '/') return path;
    snprintf(buf, sizeof buf, "%s%s", root, path);
    return buf;
  }
};

int neg_errno() { return errno ? -errno : -EIO; }

}  // namespace

int hal_file_open(const char* path, uint8_t flags) {
  int oflags = 0;
  bool r = flags & kHalOpenRead, w = flags & (kHalOpenWrite | kHalOpenAppend);
  oflags = r && w ? O_RDWR : w ? O_WRONLY : O_RDONLY;
  if (flags & kHalOpenCreate) oflags |= O_CREAT;
  if (flags & kHalOpenTruncate) oflags |= O_TRUNC;
  if (flags & kHalOpenAppend) oflags |= O_APPEND;
  if (flags & kHalOpenExclusive) oflags |= O_EXCL;
  HostPath hp;
  int fd = open(hp.get(path), oflags | O_CLOEXEC, 0666);
  if (fd < 0) return neg_errno();
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {  // CPython: IsADirectoryError
    close(fd);
    return -EISDIR;
  }
  return fd;
}

int hal_file_close(int handle) { return close(handle) == 0 ? 0 : neg_errno(); }

long hal_file_read(int handle, void* buf, size_t len) {
  for (;;) {
    ssize_t n = read(handle, buf, len);
    if (n >= 0) return long(n);
    if (errno != EINTR) return neg_errno();
  }
}

long hal_file_write(int handle, const void* buf, size_t len) {
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(handle, static_cast<const char*>(buf) + done, len - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return done ? long(done) : neg_errno();
    }
    done += size_t(n);
  }
  return long(done);
}

int64_t hal_file_seek(int handle, int64_t offset, int whence) {
  off_t r = lseek(handle, off_t(offset), whence == 2 ? SEEK_END : whence == 1 ? SEEK_CUR : SEEK_SET);
  return r < 0 ? neg_errno() : int64_t(r);
}

int hal_file_sync(int handle) { return fsync(handle) == 0 || errno == EINVAL ? 0 : neg_errno(); }

int hal_fs_stat(const char* path, HalFileStat* out) {
  HostPath hp;
  struct stat st;
  if (stat(hp.get(path), &st) != 0) return neg_errno();
  *out = HalFileStat{uint32_t(st.st_mode), uint64_t(st.st_ino), uint64_t(st.st_dev), uint32_t(st.st_nlink),
                     uint32_t(st.st_uid), uint32_t(st.st_gid), uint64_t(st.st_size), int64_t(st.st_atime),
                     int64_t(st.st_mtime), int64_t(st.st_ctime)};
  return 0;
}

int hal_fs_statvfs(const char* path, HalFsStat* out) {
  HostPath hp;
  struct statvfs s;
  if (statvfs(hp.get(path), &s) != 0) return neg_errno();
  *out = HalFsStat{s.f_bsize, s.f_frsize, s.f_blocks, s.f_bfree, s.f_bavail,
                   s.f_files, s.f_ffree,  s.f_favail, s.f_flag,  s.f_namemax};
  return 0;
}

int hal_fs_mkdir(const char* path) {
  HostPath hp;
  return mkdir(hp.get(path), 0777) == 0 ? 0 : neg_errno();
}

int hal_fs_rmdir(const char* path) {
  HostPath hp;
  return rmdir(hp.get(path)) == 0 ? 0 : neg_errno();
}

int hal_fs_remove(const char* path) {
  HostPath hp;
  return unlink(hp.get(path)) == 0 ? 0 : neg_errno();
}

int hal_fs_rename(const char* from, const char* to) {
  HostPath a, b;
  return rename(a.get(from), b.get(to)) == 0 ? 0 : neg_errno();
}

int hal_fs_chdir(const char* path) {
  HostPath hp;
  return chdir(hp.get(path)) == 0 ? 0 : neg_errno();
}

int hal_fs_getcwd(char* buf, size_t cap) {
  char host[kPathMax];
  if (getcwd(host, sizeof host) == nullptr) return neg_errno();
  const char* shown = host;
  if (const char* root = fs_root()) {  // the part below the board root, "/" for the root
    char real_root[kPathMax];
    if (realpath(root, real_root) != nullptr) {
      size_t n = strlen(real_root);
      if (strncmp(host, real_root, n) == 0 && (host[n] == '/' || host[n] == 0)) shown = host[n] ? host + n : "/";
    }
  }
  size_t len = strlen(shown);
  if (len + 1 > cap) return -ERANGE;
  memcpy(buf, shown, len + 1);
  return int(len);
}

int hal_fs_listdir(const char* path, bool (*fn)(void* ctx, const HalDirEntry& entry), void* ctx) {
  HostPath hp;
  const char* dir_path = hp.get(path[0] ? path : ".");
  DIR* d = opendir(dir_path);
  if (d == nullptr) return neg_errno();
  int result = 0;
  while (dirent* e = readdir(d)) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    HalDirEntry entry{e->d_name, 0, uint64_t(e->d_ino), 0};
    char full[kPathMax];
    snprintf(full, sizeof full, "%s/%s", dir_path, e->d_name);
    struct stat st;
    if (stat(full, &st) == 0) {
      entry.kind = S_ISDIR(st.st_mode) ? 0x4000 : 0x8000;
      entry.size = S_ISREG(st.st_mode) ? uint64_t(st.st_size) : 0;
    } else {
      entry.kind = e->d_type == DT_DIR ? 0x4000 : 0x8000;
    }
    if (!fn(ctx, entry)) break;
  }
  closedir(d);
  return result;
}

}  // namespace mote
