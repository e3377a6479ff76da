// serial_console.h — the simulated board's serial port: a pseudo-terminal or stdin/stdout.
//
// A board's REPL lives on a UART. This class is that UART for `mote --board`: bytes in and
// out, raw (no echo, no line discipline), with the two things a UART driver on a board does
// besides moving bytes:
//   - it detects the interrupt character (Ctrl-C) on the receive path while a program runs
//     (poll_interrupt(), called from the board's event service), and
//   - it never blocks the board: reads wait at most the given time (the board keeps running
//     its timers and callbacks while the REPL waits for input), and output to a pty nobody
//     reads is dropped after a short wait instead of stalling the program, as USB CDC does.
// Program output is "cooked" like MicroPython's stdout (every LF is sent as CR LF); the REPL's
// own bytes are sent as they are.
//
// With a pty, the board keeps a handle on the far end, so tools can connect, disconnect and
// connect again (mpremote, picocom, pyserial) while the board keeps running.
//
// Host code (POSIX termios, poll).
#pragma once

#include <termios.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>

namespace mote::board {

class SerialConsole {
 public:
  static constexpr int kTimeout = -1;  // read_byte: nothing arrived in time
  static constexpr int kClosed = -2;   // read_byte: end of input (stdin closed)

  SerialConsole() = default;
  ~SerialConsole();
  SerialConsole(const SerialConsole&) = delete;
  SerialConsole& operator=(const SerialConsole&) = delete;

  // Uses stdin/stdout, switching a terminal to raw mode (restored by close()).
  void open_stdio();
  // Creates a pseudo-terminal; its far end's path goes to *path. False on failure.
  bool open_pty(std::string* path);
  void close();

  // A received byte (0..255), waiting at most timeout_ms (0: do not wait; <0: forever).
  int read_byte(int timeout_ms);
  // Reads what has arrived without waiting. True if it held `interrupt_char` (Ctrl-C unless
  // micropython.kbd_intr changed it; -1: none), which is consumed; other bytes are kept for
  // read_byte().
  bool poll_interrupt(int interrupt_char);

  void write(const char* data, size_t size);         // as is
  void write_cooked(const char* data, size_t size);  // LF -> CR LF

 private:
  bool fill(int timeout_ms);  // reads available bytes into pending_; false at end of input

  int in_fd_ = 0;
  int out_fd_ = 1;
  int peer_fd_ = -1;  // our handle on the pty's far end
  bool pty_ = false;
  bool raw_ = false;
  bool closed_ = false;
  struct termios saved_{};
  std::deque<uint8_t> pending_;
};

}  // namespace mote::board
