// hal_host.cc — the host port's implementation of vm/hal.h (POSIX).
//
// stdout is buffered by stdio (flushed before stderr output, before reading
// stdin and at exit) so print-heavy programs do not pay a system call per
// line; stderr is written at once.
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>

#include <cstdio>
#include <cstring>

#include "ports/host/board/host_hooks.h"
#include "vm/hal.h"

namespace mote {

bool hal_stdout_write(const char* data, size_t len) {
  if (board::host_hooks) return board::host_hooks->stdout_write(data, len);  // mote --board
  return fwrite(data, 1, len, stdout) == len || len == 0;
}

bool hal_stderr_write(const char* data, size_t len) {
  if (board::host_hooks) return board::host_hooks->stderr_write(data, len);
  fflush(stdout);
  return fwrite(data, 1, len, stderr) == len || len == 0;
}

void hal_stdout_flush() {
  if (board::host_hooks) return board::host_hooks->stdout_flush();
  fflush(stdout);
}

int hal_stdin_read_byte() {
  if (board::host_hooks) return board::host_hooks->stdin_read_byte();
  fflush(stdout);
  int c = getchar();
  if (c == EOF && ferror(stdin)) clearerr(stdin);  // EINTR (Ctrl-C): the caller checks its flag
  return c;
}

uint64_t hal_ticks_us() {
  if (board::host_hooks) return board::host_hooks->ticks_us();
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000u + uint64_t(ts.tv_nsec) / 1000u;
}

uint64_t hal_ticks_ms() { return hal_ticks_us() / 1000u; }

size_t hal_c_stack_size() {
  rlimit rl;
  size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = size_t(rl.rlim_cur);
  if (size > (64u << 20)) size = 64u << 20;
  return size;
}

bool hal_read_file(const char* path, void* (*alloc)(void* ctx, size_t size), void* ctx, size_t* size_out) {
  FILE* f = fopen(path, "rb");
  if (!f) return false;
  if (fseek(f, 0, SEEK_END) != 0) {
    fclose(f);
    return false;
  }
  long n = ftell(f);
  if (n < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return false;
  }
  char* buf = static_cast<char*>(alloc(ctx, size_t(n)));
  if (!buf) {
    fclose(f);
    return false;
  }
  size_t got = fread(buf, 1, size_t(n), f);
  fclose(f);
  *size_out = got;
  return true;
}

const char* hal_platform() { return "linux"; }

const char* hal_machine() {
  static char buf[80];
  if (!buf[0]) {
    utsname u;
    if (uname(&u) == 0) {
      snprintf(buf, sizeof buf, "linux host with %s", u.machine);
    } else {
      snprintf(buf, sizeof buf, "linux host");
    }
  }
  return buf;
}

}  // namespace mote
