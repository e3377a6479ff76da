// compiler.h — source text to Code objects: the one entry point of compiler/.
//
// The same compiler runs on the device (REPL, exec, import of .py) and in
// tools/mpy-cross. Passes: lexer (tokens incl. INDENT/DEDENT and f-string
// parts) -> parser (AST in a GC-heap arena) -> scope pass (local / global /
// nonlocal / cell / free / class scopes) -> emitter (bytecode, constants,
// exact stack depth, exception table, line table). See docs/design/compiler.md.
#pragma once

#include <string_view>

#include "vm/value.h"

namespace mote {

class Vm;
struct Code;

enum class CompileMode : uint8_t {
  kFile,    // a module or script: a sequence of statements
  kSingle,  // one interactive statement: expression statements use PRINT_EXPR
  kEval,    // a single expression: the code returns its value
};

struct CompileOptions {
  uint8_t opt_level = 0;  // -O: 1 strips asserts and __debug__; 2+ also strips line numbers (as MicroPython)
};

// Compiles `source`; returns the module-level Code, or nullptr with a
// SyntaxError/IndentationError (or MemoryError) pending in `vm`.
Code* compile(Vm& vm, std::string_view source, Value filename, CompileMode mode,
              const CompileOptions& options = {});

// True if `source` is a prefix of a valid program that needs more lines
// (an open bracket, a trailing backslash, a compound statement header or an
// indented block not yet ended by an empty line). Used by the REPL.
bool compile_needs_more_input(Vm& vm, std::string_view source);

}  // namespace mote
