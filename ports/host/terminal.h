// terminal.h — the host port's console: raw mode while the REPL reads, cooked while code runs.
//
// The REPL (vm/repl.h) edits lines itself, so while it waits for input the terminal must hand
// over every byte untouched: raw mode turns off echo, line buffering, signal keys (Ctrl-C
// arrives as byte 0x03) and all newline translation in both directions (the REPL writes "\r\n"
// itself, and tools such as mpremote compare those bytes exactly). While a program runs, the
// original settings are back, so Ctrl-C raises SIGINT, which the VM glue turns into a
// KeyboardInterrupt through install_sigint_handler(). The original settings are also restored
// at exit (atexit) — but not after a crash by a fatal signal; `stty sane` repairs that.
//
// The console is stdin/stdout, or, after open_pty(), a new pseudo-terminal whose other end a
// tool opens as if it were a board's serial port ("mpremote connect /dev/pts/N"). In pty mode
// the tool owns the line settings, raw-mode switching does nothing, and no SIGINT exists: the
// VM glue polls poll_interrupt() while code runs, as a board's UART interrupt would.
//
// A typical host main loop:
//
//   terminal::install_sigint_handler(&vm_raise_keyboard_interrupt);
//   terminal::enter_raw_mode();
//   repl.start();
//   for (int c; (c = terminal::read_byte()) != terminal::kEndOfInput;) {
//     if (c >= 0 && repl.feed(static_cast<uint8_t>(c)) == Repl::Flow::kExit) break;
//   }
//   terminal::leave_raw_mode();
//
// with ReplHost::write() calling terminal::write(), and ReplHost::execute() running the
// program between terminal::leave_raw_mode() and terminal::enter_raw_mode().
//
// Port code: POSIX (termios, signals, ptys). Not thread-safe; one console per process.
#pragma once

#include <cstddef>

namespace mote::terminal {

// read_byte() results besides 0..255.
inline constexpr int kEndOfInput = -1;   // end of file, or the console is gone
inline constexpr int kInterrupted = -2;  // a SIGINT arrived while waiting (cooked mode only)

// Switches the console to raw mode, saving the original settings the first time (and
// registering their restoration at exit). Returns false if stdin is not a terminal (a pipe or
// a file: there is nothing to switch, and input is read as it comes). Idempotent.
bool enter_raw_mode();

// Restores the settings saved by enter_raw_mode(). Does nothing if raw mode is not on.
void leave_raw_mode();

// Blocks for one byte of input: 0..255, kEndOfInput or kInterrupted.
int read_byte();

// Writes all `size` bytes (retrying short writes); gives up silently if the console is gone.
void write(const char* data, size_t size);

// Calls `on_interrupt` from the SIGINT handler: it must be async-signal-safe (set a flag).
// The handler does not restart interrupted reads, so a blocked read_byte() returns
// kInterrupted. nullptr restores the default action (terminate).
void install_sigint_handler(void (*on_interrupt)());

// Moves the console to a new pseudo-terminal and writes the path of its other end (e.g.
// "/dev/pts/3", NUL-terminated) into `path`. The pty stays usable across tool connections
// (mpremote may connect, disconnect and connect again). Returns false, console unchanged, on
// failure or if `capacity` is too small.
bool open_pty(char* path, size_t capacity);

// While code runs: reads any input already waiting, without blocking. Returns true if it held a
// Ctrl-C (0x03), which is consumed; other bytes are kept for read_byte(), up to 256 of them
// (later ones stay in the kernel's buffer).
bool poll_interrupt();

}  // namespace mote::terminal
