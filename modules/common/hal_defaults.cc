// hal_defaults.cc — defaults for the standard library's port functions (vm/hal.h), for a port
// without a filesystem, time zone or console-readiness test: it compiles this file into its
// image (it is not part of mote_core, so the host's real ones are never shadowed by these). The
// definitions are weak, so a port may still define any one of them itself.
#include "vm/hal.h"

namespace mote {

namespace {
constexpr int kENODEV = 19;
int g_interrupt_char = 3;
}  // namespace

[[gnu::weak]] int hal_file_open(const char*, uint8_t) { return -kENODEV; }
[[gnu::weak]] int hal_file_close(int) { return -kENODEV; }
[[gnu::weak]] long hal_file_read(int, void*, size_t) { return -kENODEV; }
[[gnu::weak]] long hal_file_write(int, const void*, size_t) { return -kENODEV; }
[[gnu::weak]] int64_t hal_file_seek(int, int64_t, int) { return -kENODEV; }
[[gnu::weak]] int hal_file_sync(int) { return -kENODEV; }
[[gnu::weak]] int hal_fs_stat(const char*, HalFileStat*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_statvfs(const char*, HalFsStat*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_mkdir(const char*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_rmdir(const char*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_remove(const char*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_rename(const char*, const char*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_chdir(const char*) { return -kENODEV; }
[[gnu::weak]] int hal_fs_getcwd(char* buf, size_t cap) {
  if (cap < 2) return -kENODEV;
  buf[0] = '/';
  buf[1] = 0;
  return 1;
}
[[gnu::weak]] int hal_fs_listdir(const char*, bool (*)(void*, const HalDirEntry&), void*) { return -kENODEV; }
[[gnu::weak]] int hal_stdin_any() { return 0; }
[[gnu::weak]] int32_t hal_utc_offset_s(int64_t) { return 0; }
[[gnu::weak]] void hal_set_interrupt_char(int c) { g_interrupt_char = c; }
[[gnu::weak]] int hal_interrupt_char() { return g_interrupt_char; }

}  // namespace mote
