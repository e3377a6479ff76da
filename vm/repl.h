// repl.h — the interactive prompt: MicroPython's REPL protocol as a state machine over bytes.
//
// The port feeds every received byte to Repl::feed(); the Repl answers through the ReplHost's
// write(), and runs code synchronously inside feed() by calling ReplHost::execute(). The same
// object serves a host terminal and a UART, and speaks MicroPython's protocol byte for byte, so
// mpremote, Thonny and rshell drive Mote unchanged. Four modes:
//
//   friendly   ">>> " / "... " prompts, line editing (LineEditor), history, tab completion,
//              auto-indent; each statement runs in ExecMode::kSingle.
//   paste      Ctrl-E: text is echoed with "=== " prompts and run as a file on Ctrl-D.
//   raw        Ctrl-A: no echo; text up to Ctrl-D is run as a file and answered with
//              "OK" <stdout> "\x04" <traceback> "\x04" ">".
//   raw-paste  "\x05A\x01" in raw mode: like raw, with flow control ("\x01" grants the sender
//              another kRawPasteWindow bytes) so a tool can stream without overrunning a UART.
//
// docs/repl.md lists the exact bytes of each mode. Ctrl-C while code *runs* is not handled here:
// the port's receive path sets the VM's interrupt flag (on the host, SIGINT does).
//
// Design choices. The exception of a failed execute() is not printed by execute() itself: it
// returns ExecResult::kException and the Repl calls print_exception() when the protocol wants the
// traceback, which in raw mode is after the "\x04" that ends stdout. Source text is collected in a
// caller-provided buffer (SourceBuffer) with newlines normalised to "\n", so the compiler never
// sees "\r". Nothing is allocated: a Repl is about 2.4 KiB plus the code buffer, and lives in a
// static. Input that does not fit the code buffer is consumed to its end, then discarded with a
// MemoryError message in the mode's error slot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "vm/line_editor.h"

namespace mote {

// How execute() compiles its source.
enum class ExecMode : uint8_t {
  kSingle,  // one interactive statement: the repr of an expression statement's value is printed
  kFile,    // a whole program (paste, raw and raw-paste modes): nothing is echoed
};

enum class ExecResult : uint8_t {
  kOk,          // ran to completion
  kException,   // an uncaught exception is pending; print_exception() will be called next
  kSystemExit,  // SystemExit was raised: the REPL soft-resets (see ReplHost::soft_reset)
};

enum class ResetAction : uint8_t {
  kRestart,  // the VM was reset; the REPL prints "MPY: soft reboot" and prompts again
  kExit,     // leave the REPL: feed() returns Repl::Flow::kExit (a host terminal's Ctrl-D)
};

// What the REPL needs from the VM and the port. The VM glue implements it. Inherited from
// line_editor.h: write(data, size), every byte the REPL and the program output, and complete(),
// tab completion. Output written by execute() and print_exception() must already use the
// terminal's line endings ("\r\n" on a UART; MicroPython's stdout converts "\n").
class ReplHost : public Output, public Completer {
 public:
  // Whether `source` is an incomplete statement that needs another line: true for an unclosed
  // bracket or triple-quoted string, a trailing backslash, or a compound statement (starting
  // with if/while/for/try/with/def/class/async or '@') whose last line is not empty. The lines
  // are joined by "\n" with no final newline, except that a blank line entered in a statement
  // arrives as an empty last line, i.e. `source` ends in "\n". MicroPython's
  // mp_repl_continue_with_input() is this rule. Must not raise or print.
  virtual bool needs_more_input(std::string_view source) = 0;

  // Compiles and runs `source` (it may or may not end in "\n", and may be empty), writing the
  // program's output through write(). On an uncaught exception returns kException and keeps
  // the exception for print_exception(), printing nothing of it. A SyntaxError is an exception
  // like any other. The port switches its terminal to "program running" mode inside this call
  // (on the host: cooked mode, so Ctrl-C becomes SIGINT).
  virtual ExecResult execute(std::string_view source, ExecMode mode) = 0;

  // Writes the traceback of the exception kept by the last execute() (MicroPython's format,
  // "Traceback (most recent call last):\r\n ...") and forgets it.
  virtual void print_exception() = 0;

  // Ctrl-D on an empty line, or SystemExit: reset the VM (fresh globals and heap), or decide to
  // leave. Should print nothing; on kRestart the REPL then prints "MPY: soft reboot\r\n" and
  // the banner of its mode.
  virtual ResetAction soft_reset() = 0;

 protected:
  ~ReplHost() = default;
};

struct ReplConfig {
  // The first banner line, without line ending, e.g. "Mote 0.1 on host; Python 3 subset". The
  // REPL adds "\r\n" and the line 'Type "help()" for more information.'. Must outlive the Repl.
  std::string_view banner;
  // Answer raw-paste requests with "R\x01"; false answers "R\x00" (the tool falls back to raw).
  bool raw_paste = true;
};

// Raw-paste flow-control window, as MicroPython's (half its 256-byte stdin buffer).
inline constexpr uint16_t kRawPasteWindow = 128;

// The source text being collected, in a caller-provided buffer. CR LF and lone CR are stored as
// "\n". Once a byte did not fit, the buffer is "overflowed": further bytes are dropped until
// clear(), so the caller can consume the rest of the input and then report.
class SourceBuffer {
 public:
  explicit SourceBuffer(std::span<char> storage) : storage_(storage) {}

  void clear();
  void append(uint8_t byte);
  void append(std::string_view text);

  std::string_view text() const { return {storage_.data(), size_}; }
  bool empty() const { return size_ == 0; }
  bool overflowed() const { return overflowed_; }
  size_t capacity() const { return storage_.size(); }

 private:
  void store(char c);

  std::span<char> storage_;
  size_t size_ = 0;
  bool overflowed_ = false;
  bool last_was_cr_ = false;
};

class Repl {
 public:
  enum class Flow : uint8_t { kContinue, kExit };

  // `code_buffer` holds a multi-line statement, a paste or a raw-mode program: 16 KiB on the
  // host, a few KiB on a microcontroller. It and `host` must outlive the Repl.
  Repl(ReplHost& host, std::span<char> code_buffer, const ReplConfig& config);

  // Prints the banner and the first prompt. Call once, before the first feed().
  void start();

  // Processes one received byte; may run code. kExit once soft_reset() answered kExit: the port
  // then stops feeding and shuts down.
  [[nodiscard]] Flow feed(uint8_t byte);

 private:
  enum class Mode : uint8_t { kFriendly, kPaste, kRaw, kRawPaste, kRawPasteDrain, kExited };

  void friendly_byte(uint8_t byte);
  void on_line_entered();
  void on_friendly_ctrl_d();
  void new_statement();
  void continue_statement();
  size_t auto_indent() const;
  void run_statement(ExecMode mode);

  void enter_paste_mode();
  void paste_byte(uint8_t byte);

  void enter_raw_mode();
  void raw_byte(uint8_t byte);
  void raw_ctrl_a();
  void raw_paste_request(char command);
  void raw_paste_byte(uint8_t byte);
  void raw_paste_drain_byte(uint8_t byte);
  void raw_interrupted();
  void run_raw_program();
  void raw_prompt();

  void leave_to_friendly();
  void soft_reset(Mode resume);
  void print_banner();
  void print_overflow();
  void print(std::string_view text) { host_.print(text); }

  ReplHost& host_;
  ReplConfig config_;
  LineEditor editor_;
  SourceBuffer code_;
  Mode mode_ = Mode::kFriendly;
  bool continuing_ = false;   // friendly mode: "... " lines of one statement
  uint16_t window_left_ = 0;  // raw-paste: bytes before the next "\x01" grant
};

}  // namespace mote
