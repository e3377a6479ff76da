// hal_stdlib.cc — the host port's remaining standard-library functions of vm/hal.h: console
// input readiness (select.poll on sys.stdin), the local time zone (time.localtime), and the
// interrupt character (micropython.kbd_intr).
#include <poll.h>
#include <time.h>

#include "ports/host/board/host_hooks.h"
#include "vm/hal.h"

namespace mote {

namespace {
int g_interrupt_char = 3;
}  // namespace

int hal_stdin_any() {
  if (board::host_hooks) return 1;  // the board's serial console: a read may wait
  pollfd p{0, POLLIN, 0};
  return poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)) ? 1 : 0;
}

int32_t hal_utc_offset_s(int64_t utc_seconds) {
  time_t t = time_t(utc_seconds);
  tm local;
  if (localtime_r(&t, &local) == nullptr) return 0;
  return int32_t(local.tm_gmtoff);
}

// Recorded for the terminal (ports/host/terminal.cc) to consult; the host's Ctrl-C arrives as
// SIGINT from the tty driver in script mode, which this does not change.
void hal_set_interrupt_char(int c) { g_interrupt_char = c; }
int hal_interrupt_char() { return g_interrupt_char; }

}  // namespace mote
