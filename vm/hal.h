// hal.h — what every port supplies to the core (MicroPython's mphal.h idea).
//
// The core never includes a port header; it calls these functions, and each
// port (ports/host, ports/rp2040, ...) defines them once. Keep the list short:
// only what the core itself needs (console I/O, time, interrupt polling,
// stack limits, file reading for imports).
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote {

// Writes bytes to the console's output / error stream. Returns false on an
// I/O error (the caller raises OSError).
bool hal_stdout_write(const char* data, size_t len);
bool hal_stderr_write(const char* data, size_t len);
void hal_stdout_flush();

// Reads one byte from the console input; -1 at end of input.
int hal_stdin_read_byte();

// Milliseconds / microseconds since an arbitrary start (monotonic).
uint64_t hal_ticks_ms();
uint64_t hal_ticks_us();

// Usable bytes of C stack for the thread running Python, measured from the
// base passed to Vm::init (the core keeps a safety margin below it).
size_t hal_c_stack_size();

// Reads a whole file into a buffer the caller provides through `alloc`
// (called once with the size; returns where to put the bytes or nullptr).
// Returns false if the file does not exist or cannot be read. Ports without
// a filesystem return false.
bool hal_read_file(const char* path, void* (*alloc)(void* ctx, size_t size), void* ctx,
                   size_t* size_out);

// What is at `path` (for the import machinery, vm/import.cc): nothing, a
// regular file, or a directory. Ports without a filesystem return kMissing.
// Implemented for the host in ports/host/hal_fs.cc.
enum class HalPathKind : uint8_t { kMissing, kFile, kDir };
HalPathKind hal_stat(const char* path);

// --- the standard library's port functions (modules/time, os, io, select, micropython) ----
//
// Files and directories. Every function returns >= 0 on success or a negative errno value
// (-ENOENT...) with the numbers of the errno module (Linux's, as MicroPython's). Paths are
// NUL-terminated UTF-8; a relative path is relative to the current directory. Implemented for
// the host in ports/host/hal_files.cc (POSIX; under `mote --board`, absolute paths are mapped
// into the board directory) and ports/host/hal_stdlib.cc. A port without a filesystem (or time
// zone, or console-readiness test) compiles modules/common/hal_defaults.cc into its image
// instead of writing these: weak defaults, the file functions returning -ENODEV (19).
enum HalOpenFlags : uint8_t {
  kHalOpenRead = 1,
  kHalOpenWrite = 2,
  kHalOpenCreate = 4,     // create if missing
  kHalOpenTruncate = 8,   // empty it first
  kHalOpenAppend = 16,    // every write goes to the end
  kHalOpenExclusive = 32, // fail with -EEXIST if it exists
};
// Opens a file; returns a handle >= 0.
int hal_file_open(const char* path, uint8_t flags);
int hal_file_close(int handle);
// Bytes read (0 at the end of the file) / written, or -errno.
long hal_file_read(int handle, void* buf, size_t len);
long hal_file_write(int handle, const void* buf, size_t len);
// Moves the position (whence 0: from the start, 1: from here, 2: from the end); returns it.
int64_t hal_file_seek(int handle, int64_t offset, int whence);
// Makes written data durable.
int hal_file_sync(int handle);

// What os.stat returns. mode has 0x4000 for a directory, 0x8000 for a regular file (plus
// permission bits where the port has them); times are seconds since 1970.
struct HalFileStat {
  uint32_t mode;
  uint64_t inode;
  uint64_t device;
  uint32_t nlink;
  uint32_t uid;
  uint32_t gid;
  uint64_t size;
  int64_t atime;
  int64_t mtime;
  int64_t ctime;
};
int hal_fs_stat(const char* path, HalFileStat* out);
// What os.statvfs returns (POSIX statvfs, in this order).
struct HalFsStat {
  uint64_t bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax;
};
int hal_fs_statvfs(const char* path, HalFsStat* out);
int hal_fs_mkdir(const char* path);
int hal_fs_rmdir(const char* path);
int hal_fs_remove(const char* path);
int hal_fs_rename(const char* from, const char* to);
int hal_fs_chdir(const char* path);
// Writes the current directory (NUL-terminated) into buf; returns its length.
int hal_fs_getcwd(char* buf, size_t cap);
// One directory entry for hal_fs_listdir: name (NUL-terminated), kind as in HalFileStat::mode
// (0x4000 / 0x8000), inode and size (0 where unknown).
struct HalDirEntry {
  const char* name;
  uint32_t kind;
  uint64_t inode;
  uint64_t size;
};
// Calls fn(ctx, entry) for every entry of the directory except "." and "..", in the order the
// filesystem gives; stops early (returning 0) when fn returns false.
int hal_fs_listdir(const char* path, bool (*fn)(void* ctx, const HalDirEntry& entry), void* ctx);

// Bytes that can be read from the console input without waiting (select.poll on sys.stdin);
// ports that cannot tell return 1 if input may be there. Default (hal_defaults.cc): 0.
int hal_stdin_any();

// Local time zone: the offset in seconds of local time from UTC at `utc_seconds` (since 1970),
// for time.localtime and time.mktime. Default (hal_defaults.cc, no time zone): 0.
int32_t hal_utc_offset_s(int64_t utc_seconds);

// micropython.kbd_intr(c): the console byte that raises KeyboardInterrupt (3, Ctrl-C), or -1
// to disable it. The port's console reads hal_interrupt_char() where it checks for Ctrl-C.
// Defaults (hal_defaults.cc): set is recorded, get returns it (3 until set).
void hal_set_interrupt_char(int c);
int hal_interrupt_char();

// Name of the machine for the banner and sys.platform ("linux", "rp2").
const char* hal_platform();
const char* hal_machine();  // "linux host with x86_64"

}  // namespace mote
