// line_editor.cc — byte-driven line editing with MicroPython-identical redraw bytes.
//
// Every edit changes line_/len_ and then calls refresh() with a Redraw, the one place that writes
// cursor movement and text, so the bytes on the wire follow a single rule. Escape sequences are
// parsed as CSI (ESC [ params final) or SS3 (ESC O final); an unknown sequence is swallowed whole
// rather than leaking its tail into the line as text.
#include "vm/line_editor.h"

#include <algorithm>
#include <cstring>

namespace mote {
namespace {

constexpr uint8_t kCtrlA = 0x01;
constexpr uint8_t kCtrlB = 0x02;
constexpr uint8_t kCtrlC = 0x03;
constexpr uint8_t kCtrlD = 0x04;
constexpr uint8_t kCtrlE = 0x05;
constexpr uint8_t kCtrlF = 0x06;
constexpr uint8_t kBackspace = 0x08;
constexpr uint8_t kTab = 0x09;
constexpr uint8_t kCtrlK = 0x0b;
constexpr uint8_t kCtrlN = 0x0e;
constexpr uint8_t kCtrlP = 0x10;
constexpr uint8_t kCtrlU = 0x15;
constexpr uint8_t kEscape = 0x1b;
constexpr uint8_t kDelete = 0x7f;

constexpr std::string_view kEraseToEnd = "\x1b[K";
constexpr std::string_view kBell = "\a";
constexpr std::string_view kNewline = "\r\n";
constexpr std::string_view kIndentUnit = "    ";

// MicroPython's completion listing: names in 16-column slots, lines of at most 64 columns.
constexpr size_t kSlotWidth = 16;
constexpr size_t kListingWidth = 4 * kSlotWidth;

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A name is offered if it extends the prefix; private names only once the user typed something.
bool is_candidate(std::string_view prefix, std::string_view name) {
  if (name.empty() || !name.starts_with(prefix)) return false;
  return !(prefix.empty() && name.front() == '_');
}

// First pass of a completion: counts candidates and keeps their longest common prefix.
class MatchCollector final : public CompletionSink {
 public:
  explicit MatchCollector(std::string_view prefix) : prefix_(prefix) {}

  void add(std::string_view name) override {
    if (!is_candidate(prefix_, name)) return;
    if (count_++ == 0) {
      common_ = std::min(name.size(), match_.size());
      std::memcpy(match_.data(), name.data(), common_);
      return;
    }
    size_t same = 0;
    while (same < common_ && same < name.size() && match_[same] == name[same]) ++same;
    common_ = same;
  }

  size_t count() const { return count_; }
  // The longest prefix shared by every candidate (at least prefix_ when count() > 0).
  std::string_view common() const { return {match_.data(), common_}; }

 private:
  std::string_view prefix_;
  std::array<char, kLineCapacity> match_;
  size_t common_ = 0;
  size_t count_ = 0;
};

// Second pass: prints the candidates in MicroPython's column layout.
class CandidateLister final : public CompletionSink {
 public:
  CandidateLister(Output& out, std::string_view prefix) : out_(out), prefix_(prefix) {}

  void add(std::string_view name) override {
    if (!is_candidate(prefix_, name)) return;
    size_t gap = (column_ + kSlotWidth - 1) / kSlotWidth * kSlotWidth - column_;
    if (gap < 2) gap += kSlotWidth;
    if (column_ + gap + name.size() <= kListingWidth) {
      for (size_t i = 0; i < gap; ++i) out_.print(" ");
      column_ += gap + name.size();
    } else {
      out_.print(kNewline);
      column_ = name.size();
    }
    out_.print(name);
  }

 private:
  Output& out_;
  std::string_view prefix_;
  size_t column_ = kListingWidth;  // a full line: the first name starts a new one
};

}  // namespace

// ---- LineHistory ----

void LineHistory::push(std::string_view line) {
  if (line.empty()) return;
  if (count_ > 0 && at(0) == line) return;
  newest_ = (newest_ + 1) % kHistoryDepth;
  Slot& slot = slots_[newest_];
  slot.size = static_cast<uint16_t>(std::min(line.size(), slot.text.size()));
  std::memcpy(slot.text.data(), line.data(), slot.size);
  count_ = std::min(count_ + 1, kHistoryDepth);
}

std::string_view LineHistory::at(size_t age) const {
  const Slot& slot = slots_[(newest_ + kHistoryDepth - age) % kHistoryDepth];
  return {slot.text.data(), slot.size};
}

// ---- LineEditor: lifecycle ----

LineEditor::LineEditor(Output& out, Completer& completer) : out_(out), completer_(completer) {}

void LineEditor::begin(std::string_view prompt, size_t indent, bool continuation) {
  len_ = cursor_ = 0;
  prompt_ = prompt;
  continuation_ = continuation;
  history_pos_ = -1;
  escape_ = Escape::kNone;
  indent_just_added_ = false;
  if (!continuation) auto_indent_on_ = true;
  out_.print(prompt);
  if (!auto_indent_on_) return;
  // Written one unit at a time, as MicroPython does.
  for (size_t i = 0; i + kIndentUnit.size() <= indent && len_ + kIndentUnit.size() <= kLineCapacity;
       i += kIndentUnit.size()) {
    std::memcpy(line_.data() + len_, kIndentUnit.data(), kIndentUnit.size());
    len_ += kIndentUnit.size();
    out_.print(kIndentUnit);
    indent_just_added_ = true;
  }
  cursor_ = len_;
}

LineEditor::Event LineEditor::feed(uint8_t byte) {
  const bool after_cr = last_was_cr_;
  last_was_cr_ = (byte == '\r');
  if (byte == '\n' && after_cr) return Event::kNone;  // the LF of CR LF: Enter was the CR
  if (escape_ != Escape::kNone) {
    on_escape_byte(byte);
    indent_just_added_ = false;
    return Event::kNone;
  }
  if (indent_just_added_ && (byte == ' ' || byte == kTab)) {
    undo_auto_indent(byte);
    return Event::kNone;
  }
  const Event event = on_plain_byte(byte);
  indent_just_added_ = false;
  return event;
}

// ---- LineEditor: dispatch ----

LineEditor::Event LineEditor::on_plain_byte(uint8_t byte) {
  if (byte >= kCtrlA && byte <= kCtrlE && len_ == 0) {
    return static_cast<Event>(static_cast<uint8_t>(Event::kCtrlA) + (byte - kCtrlA));
  }
  if (byte < 0x20 || byte == kDelete) return on_control(byte);
  if (byte < 0x7f) {
    const char c = static_cast<char>(byte);
    insert(&c, 1);
  }
  return Event::kNone;  // bytes >= 0x80 are ignored
}

LineEditor::Event LineEditor::on_control(uint8_t byte) {
  switch (byte) {
    case kCtrlA: home(); break;
    case kCtrlB: left(); break;
    case kCtrlC: return Event::kCtrlC;
    case kCtrlD: delete_forward(); break;
    case kCtrlE: end(); break;
    case kCtrlF: right(); break;
    case kCtrlK: kill_to_end(); break;
    case kCtrlN: history_newer(); break;
    case kCtrlP: history_older(); break;
    case kCtrlU: kill_to_start(); break;
    case '\r': return enter();
    case '\n': return enter();  // a lone LF, as sent by a pipe or a tool
    case kEscape: escape_ = Escape::kEsc; break;
    case kBackspace:
    case kDelete: backspace(); break;
    case kTab: tab(); break;
    default: break;  // other control bytes are ignored
  }
  return Event::kNone;
}

LineEditor::Event LineEditor::enter() {
  out_.print(kNewline);
  // Whitespace-only lines (typically a bare auto-indent) are not worth recalling.
  if (line().find_first_not_of(' ') != std::string_view::npos) history_.push(line());
  return Event::kEnter;
}

// ESC [ <digits and ';'> <final>  or  ESC O <final>. Final bytes are 0x40..0x7e.
void LineEditor::on_escape_byte(uint8_t byte) {
  switch (escape_) {
    case Escape::kEsc:
      csi_param_ = 0;
      csi_has_more_ = false;
      escape_ = byte == '[' ? Escape::kCsi : byte == 'O' ? Escape::kSs3 : Escape::kNone;
      return;
    case Escape::kCsi:
      if (byte >= '0' && byte <= '9') {
        if (!csi_has_more_ && csi_param_ < 1000) csi_param_ = csi_param_ * 10 + (byte - '0');
      } else if (byte == ';') {
        csi_has_more_ = true;
      } else if (byte >= 0x40 && byte <= 0x7e) {
        escape_ = Escape::kNone;
        if (!csi_has_more_) on_csi_final(byte);
      } else if (byte < 0x20 || byte > 0x3f) {
        escape_ = Escape::kNone;  // not a CSI byte at all: abandon the sequence
      }
      return;
    case Escape::kSs3:
      escape_ = Escape::kNone;
      on_ss3_final(byte);
      return;
    case Escape::kNone: return;
  }
}

void LineEditor::on_csi_final(uint8_t final_byte) {
  if (final_byte == '~') {
    switch (csi_param_) {
      case 1:
      case 7: home(); break;
      case 4:
      case 8: end(); break;
      case 3: delete_forward(); break;
      default: break;
    }
    return;
  }
  on_ss3_final(final_byte);  // A B C D H F mean the same after "ESC [" and "ESC O"
}

void LineEditor::on_ss3_final(uint8_t final_byte) {
  switch (final_byte) {
    case 'A': history_older(); break;
    case 'B': history_newer(); break;
    case 'C': right(); break;
    case 'D': left(); break;
    case 'H': home(); break;
    case 'F': end(); break;
    default: break;
  }
}

// Space or Tab straight after the automatic indentation: the user (or a paste) is indenting by
// hand, so auto-indent stops for this statement. Tab keeps the indentation; Space keeps one
// column of it, which the Space itself stands for (MicroPython's rule).
void LineEditor::undo_auto_indent(uint8_t byte) {
  auto_indent_on_ = false;
  indent_just_added_ = false;
  if (byte != ' ') return;
  const size_t old_len = len_;
  len_ -= 3;
  refresh({.back = 3}, old_len);
}

// ---- LineEditor: edits ----

void LineEditor::insert(const char* text, size_t size) {
  const size_t room = kLineCapacity - len_;
  if (size > room) {
    out_.print(kBell);
    size = room;
  }
  if (size == 0) return;
  std::memmove(line_.data() + cursor_ + size, line_.data() + cursor_, len_ - cursor_);
  std::memcpy(line_.data() + cursor_, text, size);
  len_ += size;
  refresh({.from_cursor = true, .forward = size}, len_ - size);
}

void LineEditor::erase(size_t at, size_t size) {
  std::memmove(line_.data() + at, line_.data() + at + size, len_ - at - size);
  len_ -= size;
}

// Backspace over nothing but leading spaces removes a whole indent level.
void LineEditor::backspace() {
  if (cursor_ == 0) return;
  const bool only_spaces = before_cursor().find_first_not_of(' ') == std::string_view::npos;
  const size_t count = (only_spaces && cursor_ >= kIndentUnit.size()) ? kIndentUnit.size() : 1;
  const size_t old_len = len_;
  erase(cursor_ - count, count);
  refresh({.back = count, .from_cursor = true}, old_len);
}

void LineEditor::delete_forward() {
  if (cursor_ == len_) return;
  const size_t old_len = len_;
  erase(cursor_, 1);
  refresh({.from_cursor = true}, old_len);
}

void LineEditor::home() { refresh({.back = cursor_}, len_); }
void LineEditor::end() { refresh({.forward = len_ - cursor_}, len_); }

void LineEditor::left() {
  if (cursor_ > 0) refresh({.back = 1}, len_);
}

void LineEditor::right() {
  if (cursor_ < len_) refresh({.forward = 1}, len_);
}

void LineEditor::kill_to_end() {
  const size_t old_len = len_;
  len_ = cursor_;
  refresh({.from_cursor = true}, old_len);
}

void LineEditor::kill_to_start() {
  const size_t old_len = len_;
  const size_t count = cursor_;
  erase(0, count);
  refresh({.back = count, .from_cursor = true}, old_len);
}

void LineEditor::history_older() {
  if (static_cast<size_t>(history_pos_ + 1) >= history_.size()) return;
  ++history_pos_;
  replace_line(history_.at(history_pos_));
}

// Down past the newest entry gives an empty line (the line being typed is not kept).
void LineEditor::history_newer() {
  if (history_pos_ < 0) return;
  --history_pos_;
  replace_line(history_pos_ >= 0 ? history_.at(history_pos_) : std::string_view());
}

void LineEditor::replace_line(std::string_view text) {
  const size_t old_len = len_;
  len_ = std::min(text.size(), kLineCapacity);
  if (len_ > 0) std::memcpy(line_.data(), text.data(), len_);  // an empty view's data() may be null
  refresh({.back = cursor_, .from_cursor = true, .forward = len_}, old_len);
}

// ---- LineEditor: tab completion ----

// After whitespace (or at the start of a continuation line) Tab indents; elsewhere it completes.
void LineEditor::tab() {
  const bool after_space = cursor_ > 0 && (line_[cursor_ - 1] == ' ' || line_[cursor_ - 1] == '\t');
  if (after_space || (cursor_ == 0 && continuation_)) {
    insert(kIndentUnit.data(), kIndentUnit.size());
    return;
  }
  complete_word();
}

void LineEditor::complete_word() {
  size_t start = cursor_;
  while (start > 0 && (is_identifier_char(line_[start - 1]) || line_[start - 1] == '.')) --start;
  const std::string_view word(line_.data() + start, cursor_ - start);
  CompletionQuery query{CompletionScope::kGlobals, {}, word};
  if (const size_t dot = word.rfind('.'); dot != std::string_view::npos) {
    query = {CompletionScope::kAttributes,
             {word.data(), dot},
             {word.data() + dot + 1, word.size() - dot - 1}};
  } else if (std::string_view(line_.data(), start).starts_with("import ")) {
    query.scope = CompletionScope::kModules;
  }

  MatchCollector matches(query.prefix);
  completer_.complete(query, matches);
  if (matches.count() == 0) {
    // Nothing by that name: the first word of a line may be the start of "import ".
    constexpr std::string_view kImport = "import ";
    const bool first_word = start == 0 && query.scope == CompletionScope::kGlobals;
    if (first_word && !word.empty() && word.size() < kImport.size() && kImport.starts_with(word)) {
      insert(kImport.data() + word.size(), kImport.size() - word.size());
    }
    return;
  }
  const std::string_view common = matches.common();
  if (matches.count() == 1 || common.size() > query.prefix.size()) {
    insert(common.data() + query.prefix.size(), common.size() - query.prefix.size());
    return;
  }
  list_completions(query);
}

void LineEditor::list_completions(const CompletionQuery& query) {
  CandidateLister lister(out_, query.prefix);
  completer_.complete(query, lister);
  out_.print(kNewline);
  redraw_after_listing();
}

// The listing scrolled the line away: print prompt and line again, cursor where it was.
void LineEditor::redraw_after_listing() {
  out_.print(prompt_);
  out_.write(line_.data(), cursor_);
  refresh({.from_cursor = true}, len_);
}

// ---- LineEditor: output ----

void LineEditor::refresh(const Redraw& redraw, size_t old_len) {
  if (redraw.back > 0) {
    move_back(redraw.back);
    cursor_ -= redraw.back;
  }
  if (redraw.from_cursor) {
    if (len_ < old_len) out_.print(kEraseToEnd);
    out_.write(line_.data() + cursor_, len_ - cursor_);
    move_back(len_ - (cursor_ + redraw.forward));
    cursor_ += redraw.forward;
  } else if (redraw.forward > 0) {
    out_.write(line_.data() + cursor_, redraw.forward);  // rewriting the text moves the cursor
    cursor_ += redraw.forward;
  }
}

void LineEditor::move_back(size_t columns) {
  if (columns == 0) return;
  if (columns <= 4) {
    out_.write("\b\b\b\b", columns);
    return;
  }
  char sequence[8] = {'\x1b', '['};
  size_t n = 2;
  char digits[4];
  size_t count = 0;
  for (size_t v = columns; v > 0 && count < sizeof(digits); v /= 10) digits[count++] = '0' + v % 10;
  while (count > 0) sequence[n++] = digits[--count];
  sequence[n++] = 'D';
  out_.write(sequence, n);
}

}  // namespace mote
