// context.cc — error recording and source positions (see context.h).
#include "compiler/context.h"

#include "vm/qstr.h"

namespace mote::compiler {

// Copies `msg` into the diagnostic, replacing one "%s" with `arg`
// (truncated to fit: an error message never needs a whole line of text).
static void format_message(char* out, size_t cap, const char* msg, std::string_view arg) {
  size_t n = 0;
  for (const char* p = msg; *p && n + 1 < cap; ++p) {
    if (p[0] == '%' && p[1] == 's') {
      for (size_t i = 0; i < arg.size() && n + 1 < cap; ++i) out[n++] = arg[i];
      ++p;
    } else {
      out[n++] = *p;
    }
  }
  out[n] = '\0';
}

static bool record(Ctx& c, ErrorKind kind, uint32_t pos, const char* msg, std::string_view arg) {
  if (c.failed()) return false;
  c.diag.kind = kind;
  c.diag.pos = pos;
  c.diag.at_eof = pos >= c.src.size();
  format_message(c.diag.msg, sizeof c.diag.msg, msg, arg);
  return false;
}

bool Ctx::error(uint32_t pos, const char* msg, std::string_view arg) {
  return record(*this, ErrorKind::kSyntax, pos, msg, arg);
}

bool Ctx::indent_error(uint32_t pos, const char* msg, std::string_view arg) {
  return record(*this, ErrorKind::kIndentation, pos, msg, arg);
}

bool Ctx::oom() {
  if (diag.kind != ErrorKind::kPending) diag = Diag{};
  diag.kind = ErrorKind::kPending;
  return false;
}

uint32_t Ctx::line_of(uint32_t pos) const {
  uint32_t line = 1;
  for (uint32_t i = 0; i < pos && i < src.size(); ++i) line += src[i] == '\n';
  return line;
}

static uint32_t line_start(std::string_view src, uint32_t pos) {
  if (pos > src.size()) pos = uint32_t(src.size());
  while (pos > 0 && src[pos - 1] != '\n') --pos;
  return pos;
}

uint32_t Ctx::column_of(uint32_t pos) const {
  uint32_t col = 1;
  for (uint32_t i = line_start(src, pos); i < pos && i < src.size(); ++i) {
    col += (uint8_t(src[i]) & 0xC0) != 0x80;  // count characters, not UTF-8 bytes
  }
  return col;
}

std::string_view Ctx::line_text(uint32_t pos) const {
  uint32_t start = line_start(src, pos);
  uint32_t end = start;
  while (end < src.size() && src[end] != '\n') ++end;
  if (end > start && src[end - 1] == '\r') --end;
  return src.substr(start, end - start);
}

Value intern(Ctx& c, std::string_view text) {
  Value v = qstr_intern(*c.vm, text);
  if (v.is_null()) c.oom();
  return v;
}

}  // namespace mote::compiler
