// terminal.cc — termios raw/cooked switching, byte I/O and the pty console.
//
// Raw mode follows MicroPython's unix port (mp_hal_stdio_mode_raw) with two differences that
// matter for byte-exact tools: output processing (OPOST) is off too, since the REPL already
// writes "\r\n" and "\n" -> "\r\n" would turn it into "\r\r\n"; and the switch uses TCSANOW, not
// TCSAFLUSH, so input a tool sent while a program ran is not thrown away.
#include "ports/host/terminal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <cstdint>

namespace mote::terminal {
namespace {

struct Console {
  int in_fd = STDIN_FILENO;
  int out_fd = STDOUT_FILENO;
  bool pty = false;
  int pty_peer = -1;  // our own handle on the pty's far end: keeps reads from failing with EIO
  bool saved = false;
  bool raw = false;
  struct termios original;
  // Bytes read by poll_interrupt() and not yet returned by read_byte().
  uint8_t pending[256];
  size_t pending_start = 0;
  size_t pending_count = 0;
};

Console console;
void (*volatile interrupt_callback)() = nullptr;

void restore_at_exit() { leave_raw_mode(); }

void on_sigint(int) {
  void (*callback)() = interrupt_callback;
  if (callback != nullptr) callback();
}

struct termios raw_settings(const struct termios& original) {
  struct termios t = original;
  t.c_iflag &= ~(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON);
  t.c_oflag &= ~OPOST;
  t.c_cflag = (t.c_cflag & ~(CSIZE | PARENB)) | CS8;
  t.c_lflag &= ~(ECHO | ICANON | IEXTEN | ISIG);
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 0;
  return t;
}

bool take_pending(int* byte) {
  if (console.pending_count == 0) return false;
  *byte = console.pending[console.pending_start];
  console.pending_start = (console.pending_start + 1) % sizeof(console.pending);
  --console.pending_count;
  return true;
}

void keep_pending(uint8_t byte) {
  const size_t end = (console.pending_start + console.pending_count) % sizeof(console.pending);
  console.pending[end] = byte;
  ++console.pending_count;
}

}  // namespace

bool enter_raw_mode() {
  if (console.pty) return true;
  if (!isatty(console.in_fd)) return false;
  if (!console.saved) {
    if (tcgetattr(console.in_fd, &console.original) != 0) return false;
    console.saved = true;
    atexit(restore_at_exit);
  }
  const struct termios raw = raw_settings(console.original);
  if (tcsetattr(console.in_fd, TCSANOW, &raw) != 0) return false;
  console.raw = true;
  return true;
}

void leave_raw_mode() {
  if (!console.raw) return;
  tcsetattr(console.in_fd, TCSANOW, &console.original);
  console.raw = false;
}

int read_byte() {
  int byte;
  if (take_pending(&byte)) return byte;
  uint8_t c;
  for (;;) {
    const ssize_t n = read(console.in_fd, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) return kInterrupted;
    if (n < 0 && errno == EAGAIN) continue;
    return kEndOfInput;
  }
}

void write(const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(console.out_fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data += n;
    size -= static_cast<size_t>(n);
  }
}

void install_sigint_handler(void (*on_interrupt)()) {
  interrupt_callback = on_interrupt;
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = on_interrupt != nullptr ? on_sigint : SIG_DFL;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR
  sigaction(SIGINT, &action, nullptr);
}

bool open_pty(char* path, size_t capacity) {
  const int main_fd = posix_openpt(O_RDWR | O_NOCTTY);
  if (main_fd < 0) return false;
  char name[128];
  if (grantpt(main_fd) != 0 || unlockpt(main_fd) != 0 ||
      ptsname_r(main_fd, name, sizeof(name)) != 0 || strlen(name) >= capacity) {
    close(main_fd);
    return false;
  }
  const int peer = open(name, O_RDWR | O_NOCTTY);
  if (peer < 0) {
    close(main_fd);
    return false;
  }
  // Raw until a tool sets its own settings: no echo of our output back to us, no translation.
  struct termios t;
  if (tcgetattr(peer, &t) == 0) {
    cfmakeraw(&t);
    tcsetattr(peer, TCSANOW, &t);
  }
  leave_raw_mode();
  console.in_fd = console.out_fd = main_fd;
  console.pty = true;
  console.pty_peer = peer;
  memcpy(path, name, strlen(name) + 1);
  return true;
}

bool poll_interrupt() {
  bool interrupted = false;
  struct pollfd waiting = {console.in_fd, POLLIN, 0};
  while (console.pending_count < sizeof(console.pending) && poll(&waiting, 1, 0) == 1 &&
         (waiting.revents & POLLIN) != 0) {
    uint8_t c;
    if (read(console.in_fd, &c, 1) != 1) break;
    if (c == 0x03) {
      interrupted = true;
    } else {
      keep_pending(c);
    }
  }
  return interrupted;
}

}  // namespace mote::terminal
