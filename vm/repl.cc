// repl.cc — the REPL's modes and their bytes.
//
// Each mode is a handful of short functions named for the key or event they answer. Every
// protocol string is a named constant at the top, copied from what MicroPython sends (its
// pyexec.c), because the tools that drive us match on those exact bytes: mpremote waits for
// "raw REPL; CTRL-B to exit\r\n>" and "soft reboot\r\n", Thonny for ">>> " and "=== ".
#include "vm/repl.h"

#include <algorithm>

namespace mote {
namespace {

constexpr uint8_t kCtrlA = 0x01;
constexpr uint8_t kCtrlB = 0x02;
constexpr uint8_t kCtrlC = 0x03;
constexpr uint8_t kCtrlD = 0x04;
constexpr uint8_t kCtrlE = 0x05;

constexpr std::string_view kPrompt = ">>> ";
constexpr std::string_view kContinuationPrompt = "... ";
constexpr std::string_view kNewline = "\r\n";
constexpr std::string_view kHelpLine = "Type \"help()\" for more information.\r\n";
constexpr std::string_view kPasteBanner =
    "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";
constexpr std::string_view kPasteLine = "\r\n=== ";
constexpr std::string_view kRawBanner = "raw REPL; CTRL-B to exit\r\n";
constexpr std::string_view kRawPrompt = ">";
constexpr std::string_view kRawOk = "OK";
constexpr std::string_view kEndOfText = "\x04";  // ends stdout, then the error text
constexpr std::string_view kRawPasteGrant = "\x01";
constexpr std::string_view kRawPasteRefused{"R\x00", 2};
constexpr std::string_view kRawPasteAccepted = "R\x01";
constexpr std::string_view kSoftReboot = "MPY: soft reboot\r\n";
// What MicroPython prints for a KeyboardInterrupt raised with no traceback.
constexpr std::string_view kKeyboardInterrupt = "KeyboardInterrupt: \r\n";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view last_line(std::string_view text) {
  const size_t newline = text.rfind('\n');
  if (newline == std::string_view::npos) return text;
  return {text.data() + newline + 1, text.size() - newline - 1};  // not substr(): it may throw
}

}  // namespace

// ---- SourceBuffer ----

void SourceBuffer::clear() {
  size_ = 0;
  overflowed_ = false;
  last_was_cr_ = false;
}

void SourceBuffer::append(uint8_t byte) {
  const bool after_cr = last_was_cr_;
  last_was_cr_ = (byte == '\r');
  if (byte == '\n' && after_cr) return;  // CR LF was stored as one "\n" at the CR
  store(byte == '\r' ? '\n' : static_cast<char>(byte));
}

void SourceBuffer::append(std::string_view text) {
  for (char c : text) append(static_cast<uint8_t>(c));
}

void SourceBuffer::store(char c) {
  if (overflowed_ || size_ == storage_.size()) {
    overflowed_ = true;
    return;
  }
  storage_[size_++] = c;
}

// ---- Repl: entry points ----

Repl::Repl(ReplHost& host, std::span<char> code_buffer, const ReplConfig& config)
    : host_(host), config_(config), editor_(host, host), code_(code_buffer) {}

void Repl::start() {
  mode_ = Mode::kFriendly;
  print_banner();
  new_statement();
}

Repl::Flow Repl::feed(uint8_t byte) {
  switch (mode_) {
    case Mode::kFriendly: friendly_byte(byte); break;
    case Mode::kPaste: paste_byte(byte); break;
    case Mode::kRaw: raw_byte(byte); break;
    case Mode::kRawPaste: raw_paste_byte(byte); break;
    case Mode::kRawPasteDrain: raw_paste_drain_byte(byte); break;
    case Mode::kExited: break;
  }
  return mode_ == Mode::kExited ? Flow::kExit : Flow::kContinue;
}

// ---- Friendly mode ----

void Repl::friendly_byte(uint8_t byte) {
  using Event = LineEditor::Event;
  const Event event = editor_.feed(byte);
  // The mode keys act only at the primary prompt; on an empty "... " line they do nothing.
  const bool at_primary_prompt = !continuing_;
  switch (event) {
    case Event::kNone: return;
    case Event::kEnter: return on_line_entered();
    case Event::kCtrlA:
      if (at_primary_prompt) enter_raw_mode();
      return;
    case Event::kCtrlB:
      if (!at_primary_prompt) return;
      print(kNewline);
      print_banner();
      return new_statement();
    case Event::kCtrlC: print(kNewline); return new_statement();
    case Event::kCtrlD: return on_friendly_ctrl_d();
    case Event::kCtrlE:
      if (at_primary_prompt) enter_paste_mode();
      return;
  }
}

// A blank line at ">>> " is skipped. A blank "... " line is stored empty, which tells
// needs_more_input() that a compound statement has ended.
void Repl::on_line_entered() {
  const std::string_view line = editor_.line();
  if (!continuing_) {
    if (is_blank(line)) return new_statement();
  } else {
    code_.append('\n');
  }
  if (!is_blank(line)) code_.append(line);
  if (code_.overflowed()) {
    print_overflow();
    return new_statement();
  }
  if (host_.needs_more_input(code_.text())) return continue_statement();
  run_statement(ExecMode::kSingle);
}

// Ctrl-D on an empty line: at ">>> " a soft reset; at "... " it runs what was typed so far
// (printing nothing first, as MicroPython).
void Repl::on_friendly_ctrl_d() {
  if (continuing_) return run_statement(ExecMode::kSingle);
  print(kNewline);
  soft_reset(Mode::kFriendly);
}

void Repl::new_statement() {
  continuing_ = false;
  code_.clear();
  editor_.begin(kPrompt, 0, /*continuation=*/false);
}

void Repl::continue_statement() {
  continuing_ = true;
  editor_.begin(kContinuationPrompt, auto_indent(), /*continuation=*/true);
}

// The previous line's indentation, one level deeper after a line ending in ':'.
size_t Repl::auto_indent() const {
  const std::string_view previous = last_line(code_.text());
  const size_t spaces = std::min(previous.find_first_not_of(' '), previous.size());
  const size_t levels = spaces / 4 + (previous.ends_with(':') ? 1 : 0);
  return levels * 4;
}

// Runs the collected text, then prompts (or soft-resets after SystemExit).
void Repl::run_statement(ExecMode mode) {
  const ExecResult result = host_.execute(code_.text(), mode);
  if (result == ExecResult::kException) host_.print_exception();
  if (result == ExecResult::kSystemExit) return soft_reset(Mode::kFriendly);
  new_statement();
}

// ---- Paste mode ----

void Repl::enter_paste_mode() {
  print(kPasteBanner);
  code_.clear();
  mode_ = Mode::kPaste;
}

// Echo is MicroPython's exactly (Thonny checks it): CR becomes "\r\n=== ", any other byte,
// LF included, is echoed as itself.
void Repl::paste_byte(uint8_t byte) {
  if (byte == kCtrlC || byte == kCtrlD) {
    print(kNewline);
    mode_ = Mode::kFriendly;
    if (byte == kCtrlC) return new_statement();
    if (code_.overflowed()) {
      print_overflow();
      return new_statement();
    }
    return run_statement(ExecMode::kFile);
  }
  code_.append(byte);
  if (byte == '\r') {
    print(kPasteLine);
  } else {
    const char c = static_cast<char>(byte);
    host_.write(&c, 1);
  }
}

// ---- Raw mode ----

void Repl::enter_raw_mode() {
  print(kNewline);
  mode_ = Mode::kRaw;
  code_.clear();
  print(kRawBanner);
  print(kRawPrompt);
}

void Repl::raw_byte(uint8_t byte) {
  switch (byte) {
    case kCtrlA: return raw_ctrl_a();
    case kCtrlB: print(kNewline); return leave_to_friendly();
    case kCtrlC: return code_.clear();  // silently, as MicroPython
    case kCtrlD:
      print(kRawOk);
      if (code_.empty() && !code_.overflowed()) {
        print(kNewline);
        return soft_reset(Mode::kRaw);
      }
      return run_raw_program();
    default: return code_.append(byte);
  }
}

// Ctrl-A after exactly "\x05" and a command byte is a raw-paste request; otherwise it restarts
// raw mode (which is how tools resynchronise: they send "\r\x01").
void Repl::raw_ctrl_a() {
  const std::string_view text = code_.text();
  const bool is_command = text.size() == 2 && text[0] == static_cast<char>(kCtrlE);
  const char command = is_command ? text[1] : '\0';
  code_.clear();
  if (is_command) return raw_paste_request(command);
  print(kRawBanner);
  print(kRawPrompt);
}

// The refusal is "R\x00" alone, with no prompt: a tool that reads it goes straight on to send
// its program in plain raw mode (mpremote and Thonny do).
void Repl::raw_paste_request(char command) {
  if (command != 'A' || !config_.raw_paste) return print(kRawPasteRefused);
  print(kRawPasteAccepted);
  // The window size, little-endian, then one grant: the sender may have two windows in flight.
  const char header[3] = {static_cast<char>(kRawPasteWindow & 0xff),
                          static_cast<char>(kRawPasteWindow >> 8), kRawPasteGrant[0]};
  host_.write(header, sizeof(header));
  window_left_ = kRawPasteWindow;
  mode_ = Mode::kRawPaste;
}

// One "\x01" per window consumed. Ctrl-D ends the data, Ctrl-C abandons it. On overflow the
// device ends the transfer early with "\x04" (mpremote's "abrupt end"), then drains.
void Repl::raw_paste_byte(uint8_t byte) {
  if (byte == kCtrlD) {
    print(kEndOfText);  // acknowledges the end of data
    return run_raw_program();
  }
  if (byte == kCtrlC) return raw_interrupted();
  code_.append(byte);
  if (code_.overflowed()) {
    print(kEndOfText);
    mode_ = Mode::kRawPasteDrain;
    return;
  }
  if (--window_left_ == 0) {
    print(kRawPasteGrant);
    window_left_ = kRawPasteWindow;
  }
}

// After an early end, bytes already in flight are dropped until the tool's own Ctrl-D (or C).
void Repl::raw_paste_drain_byte(uint8_t byte) {
  if (byte == kCtrlD || byte == kCtrlC) run_raw_program();
}

// Ctrl-C during raw-paste reads as a KeyboardInterrupt raised while reading the program.
void Repl::raw_interrupted() {
  print(kEndOfText);
  print(kEndOfText);
  print(kKeyboardInterrupt);
  print(kEndOfText);
  raw_prompt();
}

// <stdout> "\x04" <error text> "\x04" ">". An overflowed buffer runs nothing and reports.
void Repl::run_raw_program() {
  if (code_.overflowed()) {
    print(kEndOfText);
    print_overflow();
    print(kEndOfText);
    return raw_prompt();
  }
  const ExecResult result = host_.execute(code_.text(), ExecMode::kFile);
  print(kEndOfText);
  if (result == ExecResult::kException) host_.print_exception();
  print(kEndOfText);
  if (result == ExecResult::kSystemExit) return soft_reset(Mode::kRaw);
  raw_prompt();
}

void Repl::raw_prompt() {
  mode_ = Mode::kRaw;
  code_.clear();
  print(kRawPrompt);
}

// ---- Shared ----

void Repl::leave_to_friendly() {
  mode_ = Mode::kFriendly;
  print_banner();
  new_statement();
}

// After kRestart the board comes back in the mode it was in, as MicroPython does: mpremote
// relies on Ctrl-D in raw mode leading back to the raw banner.
void Repl::soft_reset(Mode resume) {
  code_.clear();
  continuing_ = false;
  if (host_.soft_reset() == ResetAction::kExit) {
    mode_ = Mode::kExited;
    return;
  }
  print(kSoftReboot);
  if (resume == Mode::kRaw) {
    mode_ = Mode::kRaw;
    print(kRawBanner);
    print(kRawPrompt);
    return;
  }
  leave_to_friendly();
}

void Repl::print_banner() {
  print(config_.banner);
  print(kNewline);
  print(kHelpLine);
}

// "MemoryError: input exceeds the 16384-byte code buffer\r\n"
void Repl::print_overflow() {
  char digits[20];
  size_t count = 0;
  size_t value = code_.capacity();
  do {
    digits[sizeof(digits) - 1 - count++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && count < sizeof(digits));
  print("MemoryError: input exceeds the ");
  host_.write(digits + sizeof(digits) - count, count);
  print("-byte code buffer\r\n");
}

}  // namespace mote
