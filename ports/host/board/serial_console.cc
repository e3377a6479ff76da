// serial_console.cc — raw byte I/O over a pty or stdio with poll(2) timeouts.
#include "ports/host/board/serial_console.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace mote::board {
namespace {

constexpr int kWriteWaitMs = 50;  // give a slow reader this long before dropping output

void make_raw(struct termios* t) {
  cfmakeraw(t);
  t->c_cc[VMIN] = 1;
  t->c_cc[VTIME] = 0;
}

}  // namespace

SerialConsole::~SerialConsole() { close(); }

void SerialConsole::open_stdio() {
  in_fd_ = STDIN_FILENO;
  out_fd_ = STDOUT_FILENO;
  if (isatty(in_fd_) && tcgetattr(in_fd_, &saved_) == 0) {
    struct termios raw = saved_;
    make_raw(&raw);
    raw_ = tcsetattr(in_fd_, TCSANOW, &raw) == 0;
  }
}

bool SerialConsole::open_pty(std::string* path) {
  const int main_fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (main_fd < 0) return false;
  char name[128];
  if (grantpt(main_fd) != 0 || unlockpt(main_fd) != 0 || ptsname_r(main_fd, name, sizeof name) != 0) {
    ::close(main_fd);
    return false;
  }
  const int peer = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (peer < 0) {
    ::close(main_fd);
    return false;
  }
  struct termios t;
  if (tcgetattr(peer, &t) == 0) {  // raw until a tool sets its own settings
    make_raw(&t);
    tcsetattr(peer, TCSANOW, &t);
  }
  fcntl(main_fd, F_SETFL, fcntl(main_fd, F_GETFL) | O_NONBLOCK);
  in_fd_ = out_fd_ = main_fd;
  peer_fd_ = peer;
  pty_ = true;
  *path = name;
  return true;
}

void SerialConsole::close() {
  if (raw_) tcsetattr(in_fd_, TCSANOW, &saved_);
  raw_ = false;
  if (pty_) {
    ::close(in_fd_);
    ::close(peer_fd_);
    pty_ = false;
  }
}

bool SerialConsole::fill(int timeout_ms) {
  if (closed_) return false;
  struct pollfd p = {in_fd_, POLLIN, 0};
  int r = poll(&p, 1, timeout_ms);
  if (r <= 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR))) return true;
  uint8_t buf[256];
  ssize_t n = read(in_fd_, buf, sizeof buf);
  if (n > 0) {
    pending_.insert(pending_.end(), buf, buf + n);
  } else if (n == 0 || (errno != EAGAIN && errno != EINTR && errno != EIO)) {
    closed_ = !pty_;  // stdin at its end; a pty only loses its client, which may come back
  }
  return !closed_;
}

int SerialConsole::read_byte(int timeout_ms) {
  if (pending_.empty() && !fill(timeout_ms)) return kClosed;
  if (pending_.empty()) return closed_ ? kClosed : kTimeout;
  uint8_t b = pending_.front();
  pending_.pop_front();
  return b;
}

bool SerialConsole::poll_interrupt(int interrupt_char) {
  size_t before = pending_.size();
  fill(0);
  for (size_t i = before; i < pending_.size() && interrupt_char >= 0; ++i) {
    if (pending_[i] == interrupt_char) {
      pending_.erase(pending_.begin() + static_cast<long>(i));  // consumed, like a UART ISR does
      return true;
    }
  }
  return false;
}

void SerialConsole::write(const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(out_fd_, data, size);
    if (n > 0) {
      data += n;
      size -= static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      struct pollfd p = {out_fd_, POLLOUT, 0};
      if (poll(&p, 1, kWriteWaitMs) > 0) continue;
    }
    return;  // nobody is reading (or the console is gone): drop, as a USB CDC port does
  }
}

void SerialConsole::write_cooked(const char* data, size_t size) {
  size_t start = 0;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] != '\n') continue;
    write(data + start, i - start);
    write("\r\n", 2);
    start = i + 1;
  }
  write(data + start, size - start);
}

}  // namespace mote::board
