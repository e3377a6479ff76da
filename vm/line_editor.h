// line_editor.h — one line of interactive input, edited in place over a VT100 byte stream.
//
// The friendly REPL reads its input through a LineEditor. The editor is fed one byte at a time
// and answers with an Event: most bytes are edits it completes itself (insert, delete, cursor
// moves, history recall, tab completion), writing the VT100 bytes that redraw the line; Enter,
// Ctrl-C, and the REPL's mode keys (Ctrl-A..Ctrl-E) pressed on an empty line are handed back to
// the caller, which owns the meaning of a line.
//
// The redraw bytes are MicroPython's readline, byte for byte: backspace moves with "\b" (or
// "ESC[nD" beyond 4 columns), a shrinking line is cleared with "ESC[K", and only the text from the
// cursor onwards is rewritten. A terminal therefore shows the same thing for both interpreters,
// and recorded sessions compare equal. MicroPython's auto-indent is reproduced too: begin() can
// pre-fill the indentation, Backspace over leading spaces removes four at a time, and a Space or
// Tab typed right after the automatic indentation switches auto-indent off for the rest of the
// statement (that is how pasted, already-indented code keeps its own indentation).
//
// Tab completion asks a Completer (the VM) for the names that start with the word before the
// cursor, and then does everything else here: the common prefix, the filtering of private names,
// and MicroPython's 16-column listing when there is no common prefix to insert.
//
// Cost: no heap. kLineCapacity bytes for the line plus kHistoryDepth slots of kLineCapacity bytes
// for the history (about 2.3 KiB with the defaults), and a kLineCapacity scratch buffer on the
// stack while a Tab is being completed. A byte that does not fit in the line rings the bell (BEL)
// and is dropped. Bytes >= 0x80 are ignored, as in MicroPython, so one byte is one column.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mote {

// Bytes in one input line. A longer line is refused byte by byte with BEL.
inline constexpr size_t kLineCapacity = 256;

// Lines kept for Up/Down recall. A line equal to the most recent one is not stored again.
inline constexpr size_t kHistoryDepth = 8;

// Where the REPL's bytes go: the terminal, a UART, a test's recorder.
class Output {
 public:
  // Writes `size` bytes. Must accept every byte; the REPL has no retry path.
  virtual void write(const char* data, size_t size) = 0;

  // Convenience for text (not virtual, so a subclass overriding write() keeps it).
  void print(std::string_view text) { write(text.data(), text.size()); }

 protected:
  ~Output() = default;
};

// What Tab asks for. The editor takes the word before the cursor, extended backwards over
// identifier characters and dots ("os.pa" in "x = os.pa"), and splits it at the last dot.
enum class CompletionScope : uint8_t {
  kGlobals,     // a bare word: names in the REPL's globals, then builtins
  kAttributes,  // "a.b.c": attributes of the object named by `object` ("a.b")
  kModules,     // a bare word after a leading "import ": importable module names
};

struct CompletionQuery {
  CompletionScope scope;
  std::string_view object;  // kAttributes only: the dotted path of the object, e.g. "a.b"
  std::string_view prefix;  // the partial name being completed; may be empty
};

// Receives candidate names, one call per name.
class CompletionSink {
 public:
  // `name` need only stay valid during the call.
  virtual void add(std::string_view name) = 0;

 protected:
  ~CompletionSink() = default;
};

// The VM side of tab completion.
class Completer {
 public:
  // Calls sink.add() once for each name in `query.scope` that starts with `query.prefix`, each
  // name once, in the order it should be listed. Passing extra names is harmless (the editor
  // filters by prefix, and drops names starting with '_' when the prefix is empty). If the
  // object path does not resolve, add nothing. May be called twice for one Tab (once to count,
  // once to list), so it must not change any state. Runs no Python code that could block.
  virtual void complete(const CompletionQuery& query, CompletionSink& sink) = 0;

 protected:
  ~Completer() = default;
};

// The last kHistoryDepth entered lines, newest first, in fixed slots.
class LineHistory {
 public:
  // Stores `line` as the newest entry unless it is empty or equals the newest entry. A line
  // longer than kLineCapacity is cut (the editor never produces one).
  void push(std::string_view line);

  // Number of stored lines, at most kHistoryDepth.
  size_t size() const { return count_; }

  // The entry `age` steps back: 0 is the newest. Requires age < size().
  std::string_view at(size_t age) const;

 private:
  struct Slot {
    std::array<char, kLineCapacity> text;
    uint16_t size;
  };
  std::array<Slot, kHistoryDepth> slots_{};
  size_t newest_ = 0;  // slot index of the newest line
  size_t count_ = 0;
};

class LineEditor {
 public:
  // What a byte meant to the caller. The mode keys are reported only on an empty line; on a
  // non-empty line Ctrl-A is Home, Ctrl-B Left, Ctrl-D Delete and Ctrl-E End (Emacs keys, as on
  // MicroPython boards). Ctrl-C is reported whatever the line holds.
  enum class Event : uint8_t {
    kNone,   // consumed (an edit, or part of an escape sequence)
    kEnter,  // the line is complete; "\r\n" was echoed and the line is in history
    kCtrlA,
    kCtrlB,
    kCtrlC,
    kCtrlD,
    kCtrlE,
  };

  LineEditor(Output& out, Completer& completer);

  // Starts a new, empty line: writes `prompt`, then `indent` spaces of automatic indentation
  // (unless auto-indent was switched off earlier in this statement). `continuation` says this
  // line continues a statement: false re-enables auto-indent, and true makes Tab at column 0
  // insert four spaces instead of completing. `prompt` must outlive the line (a listing of
  // completions re-prints it).
  void begin(std::string_view prompt, size_t indent, bool continuation);

  // Processes one input byte.
  Event feed(uint8_t byte);

  // The text of the line (after kEnter: the entered line, without the newline).
  std::string_view line() const { return {line_.data(), len_}; }

 private:
  enum class Escape : uint8_t { kNone, kEsc, kCsi, kSs3 };

  // A redraw request, applied after an edit: move the cursor back, rewrite the line from the
  // cursor (clearing leftovers if it shrank), then leave the cursor `forward` columns further.
  struct Redraw {
    size_t back = 0;
    bool from_cursor = false;
    size_t forward = 0;
  };

  // (string_view::substr is avoided in the core: it can throw, which drags in exception code.)
  std::string_view before_cursor() const { return {line_.data(), cursor_}; }

  Event on_plain_byte(uint8_t byte);
  Event on_control(uint8_t byte);
  Event enter();
  void on_escape_byte(uint8_t byte);
  void on_csi_final(uint8_t final_byte);
  void on_ss3_final(uint8_t final_byte);
  void undo_auto_indent(uint8_t byte);

  void insert(const char* text, size_t size);
  void erase(size_t at, size_t size);
  void backspace();
  void delete_forward();
  void home();
  void end();
  void left();
  void right();
  void kill_to_end();
  void kill_to_start();
  void history_older();
  void history_newer();
  void replace_line(std::string_view text);

  void tab();
  void complete_word();
  void list_completions(const CompletionQuery& query);
  void redraw_after_listing();

  void refresh(const Redraw& redraw, size_t old_len);
  void move_back(size_t columns);

  Output& out_;
  Completer& completer_;
  std::array<char, kLineCapacity> line_{};
  size_t len_ = 0;
  size_t cursor_ = 0;
  std::string_view prompt_;
  LineHistory history_;
  int history_pos_ = -1;  // -1: editing a new line; n: showing history_.at(n)
  Escape escape_ = Escape::kNone;
  uint16_t csi_param_ = 0;     // first numeric parameter of a CSI sequence
  bool csi_has_more_ = false;  // the CSI sequence had a ';' (modifiers): ignored
  bool continuation_ = false;
  bool auto_indent_on_ = true;  // auto-indent applies to the lines of this statement
  bool indent_just_added_ = false;
  bool last_was_cr_ = false;  // to treat "\r\n" as one Enter
};

}  // namespace mote
