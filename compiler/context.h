// context.h — what every compiler pass shares: the VM, the source, the
// scratch arena, the limits, and the first error.
//
// Errors are values: a pass that finds a syntax error records it here with
// the byte offset of the offending token and returns nullptr/false up its
// call chain; only compile() turns the record into a pending SyntaxError (or
// IndentationError), so compile_needs_more_input() can parse quietly. Only
// the first error is kept, as CPython reports only the first. A failed GC
// allocation has already raised MemoryError in the VM; it is recorded as
// `memory` so nothing overwrites it.
//
// Positions are byte offsets into the source. Line and column (1-based,
// counted in characters as CPython does) are worked out from the offset
// only when an error is reported, so tokens and AST nodes carry just an
// offset and a line number.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/compiler.h"
#include "vm/value.h"

namespace mote::compiler {

// Limits. Every recursive pass (parser, scope pass, code generator) recurses
// once per AST level, so bounding the AST depth bounds the C stack use; see
// docs/design/compiler.md for the measured bytes per level.
inline constexpr int kMaxAstDepth = 100;      // "expression too complex"
inline constexpr int kMaxParseNesting = 200;  // recursive parser calls ("expression too complex")
inline constexpr int kMaxBrackets = 64;       // "too many nested parentheses"
inline constexpr int kMaxIndent = 64;         // "too many levels of indentation"
inline constexpr int kMaxBlocks = 20;         // "too many statically nested blocks" (as CPython)
inline constexpr int kMaxFStringNesting = 2;  // "f-string: expressions nested too deeply"

// kPending: an exception (MemoryError, RecursionError) is already pending in the VM.
enum class ErrorKind : uint8_t { kNone, kSyntax, kIndentation, kPending };

struct Diag {
  ErrorKind kind = ErrorKind::kNone;
  // The error was found at the end of the input (a block header with no
  // body, an expression cut short...).
  bool at_eof = false;
  // The lexer hit the end of the input inside a bracket, a triple-quoted
  // string or after a backslash: more lines would continue it.
  bool incomplete = false;
  uint32_t pos = 0;  // byte offset of the offending token
  char msg[128] = {};
};

struct Ctx {
  Vm* vm = nullptr;
  std::string_view src;
  Value filename;
  uint8_t opt_level = 0;
  Arena arena;
  Diag diag;

  bool failed() const { return diag.kind != ErrorKind::kNone; }
  // Record a SyntaxError at byte offset `pos` (if none is recorded yet).
  // `msg` may contain one "%s", replaced by `arg`. Always returns false.
  bool error(uint32_t pos, const char* msg, std::string_view arg = {});
  bool indent_error(uint32_t pos, const char* msg, std::string_view arg = {});
  // A GC allocation failed (MemoryError is pending) or the VM raised
  // RecursionError for the C stack. Always returns false.
  bool oom();
  // Allocation helpers that record an out-of-memory error.
  template <class T>
  T* make() {
    T* p = arena.make<T>();
    if (!p) oom();
    return p;
  }
  template <class T>
  T* array(size_t n) {
    T* p = arena.array<T>(n);
    if (!p && n) oom();
    return p;
  }
  template <class T>
  bool push(Vec<T>& v, const T& x) {
    if (v.len == v.cap && !v.reserve(arena, v.cap ? v.cap * 2 : 4)) return oom();
    v.data[v.len++] = x;
    return true;
  }

  // 1-based line of byte offset `pos`, its 1-based character column, and
  // the text of its line (without the newline).
  uint32_t line_of(uint32_t pos) const;
  uint32_t column_of(uint32_t pos) const;
  std::string_view line_text(uint32_t pos) const;
};

// A message assembled from pieces, for errors with more than one variable
// part: MsgBuf m; m.s("position ").u(3); c.error(pos, "%s", m.view()).
struct MsgBuf {
  char buf[120];
  size_t n = 0;
  MsgBuf& s(std::string_view text) {
    for (char ch : text) {
      if (n + 1 < sizeof buf) buf[n++] = ch;
    }
    buf[n] = 0;
    return *this;
  }
  MsgBuf& u(uint32_t v) {
    char tmp[12];
    int k = 0;
    do tmp[k++] = char('0' + v % 10); while (v /= 10);
    while (k) s({&tmp[--k], 1});
    return *this;
  }
  std::string_view view() const { return {buf, n}; }
};

// A syntax error as data, for tests and tools that want its position without
// going through an exception object.
struct CompileError {
  ErrorKind kind = ErrorKind::kNone;
  uint32_t line = 0;
  uint32_t column = 0;  // 1-based, in characters
  char msg[128] = {};
};

// compile() without raising a SyntaxError: on a syntax error, fills *err and
// returns nullptr. (A MemoryError or RecursionError is still left pending,
// with err->kind == kPending.)
Code* compile_quiet(Vm& vm, std::string_view source, Value filename, CompileMode mode,
                    const CompileOptions& options, CompileError* err);

// Interns `text` as a name (qstr Value); records MemoryError on failure.
Value intern(Ctx& c, std::string_view text);

}  // namespace mote::compiler
