// compiler.cc — the compiler's entry points (see compiler.h).
//
// compile() runs the passes one top-level statement at a time: parse the
// statement, run the scope pass over it, generate its code into the module
// Code, and release the arena that held its AST. Only the module's
// bytecode, constants and names accumulate, so compiling a long script
// needs about as much RAM as its largest top-level statement plus its
// output. All state lives in one Session block in the GC heap (nothing big
// on the C stack) and is freed before returning.
//
// compile_needs_more_input() parses quietly (no exception is raised for a
// syntax error) and applies MicroPython's REPL rule: continue while a
// bracket, a triple-quoted string or a backslash is open, or while a
// compound statement has not been ended by an empty line.
#include "compiler/compiler.h"

#include <cstring>
#include <new>

#include "compiler/codegen.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "compiler/scope.h"
#include "gc/gc.h"
#include "vm/code.h"
#include "vm/object.h"
#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote {

using namespace compiler;

namespace {

struct Session {
  Ctx ctx;
  char* cr_copy = nullptr;  // the source with lone '\r' made '\n', or null
  Lexer lexer;
  Parser parser;
  Scope module_scope;
  Unit module_unit;
  NameTable names;
  Codegen gen;
};

bool has_lone_cr(std::string_view src) {
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\r' && (i + 1 == src.size() || src[i + 1] != '\n')) return true;
  }
  return false;
}

// A lone '\r' (old Mac line end) ends a line as in CPython: the lexer reads a
// same-length copy with '\n' in its place, so every byte offset stays valid.
// '\r\n' needs no copy; the lexer handles it. False if out of memory.
bool normalise_line_ends(Vm& vm, Session* s, std::string_view source) {
  s->ctx.src = source;
  if (!has_lone_cr(source)) return true;
  s->cr_copy = static_cast<char*>(gc_alloc(vm, source.size(), true));
  if (!s->cr_copy) return false;
  for (size_t i = 0; i < source.size(); ++i) {
    bool lone_cr = source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n');
    s->cr_copy[i] = lone_cr ? '\n' : source[i];
  }
  s->ctx.src = std::string_view(s->cr_copy, source.size());
  return true;
}

Session* open_session(Vm& vm, std::string_view source, Value filename, CompileMode mode,
                      const CompileOptions& options) {
  void* mem = gc_alloc(vm, sizeof(Session));
  if (!mem) return nullptr;
  auto* s = new (mem) Session();
  Ctx& c = s->ctx;
  c.vm = &vm;
  if (!normalise_line_ends(vm, s, source)) {
    gc_free(vm, s);
    return nullptr;
  }
  c.filename = filename;
  c.opt_level = options.opt_level;
  c.arena.init(&vm);
  stack_guard_init(c);
  init_module_scope(&s->module_scope);
  s->gen.init(&c, &s->names, mode, &s->module_unit, &s->module_scope);
  s->parser.init(&c, &s->lexer);
  return s;
}

void close_session(Session* s) {
  Vm& vm = *s->ctx.vm;
  s->ctx.arena.release();
  s->module_unit.em.release();
  s->names.names.free(vm);
  s->names.index.free(vm);
  s->names.codes.free(vm);
  s->parser.scratch_.free(vm);
  if (s->cr_copy) gc_free(vm, s->cr_copy);
  gc_free(vm, s);
}

// The source name as a qstr ("<string>" if none was given).
Value filename_qstr(Vm& vm, Value filename) {
  if (filename.is_qstr()) return filename;
  if (filename.is_object() && type_of(filename) == &str_type) {
    StrView v = str_view(filename);
    return qstr_intern(vm, {v.data, v.len});
  }
  return q(Q::lt_string_);
}

void copy_error(const Ctx& c, CompileError* err) {
  err->kind = c.diag.kind;
  if (c.diag.kind != ErrorKind::kSyntax && c.diag.kind != ErrorKind::kIndentation) return;
  err->line = c.line_of(c.diag.pos);
  err->column = c.column_of(c.diag.pos);
  memcpy(err->msg, c.diag.msg, sizeof err->msg);
}

bool compile_statements(Session* s) {
  Ctx& c = s->ctx;
  for (;;) {
    bool done;
    Node* stmt = s->parser.next_statement(&done);
    if (done) return true;
    if (!stmt || !analyze(c, &s->module_scope, stmt) || !s->gen.statement(stmt)) return false;
    c.arena.release();  // the statement's AST and scopes
    s->parser.spare_lexer_ = nullptr;
  }
}

bool compile_eval(Session* s) {
  Node* e = s->parser.eval_input();
  return e && analyze(s->ctx, &s->module_scope, e) && s->gen.eval_expression(e);
}

}  // namespace

namespace compiler {

Code* compile_quiet(Vm& vm, std::string_view source, Value filename, CompileMode mode,
                    const CompileOptions& options, CompileError* err) {
  *err = CompileError{};
  filename = filename_qstr(vm, filename);
  if (filename.is_null()) return err->kind = ErrorKind::kPending, nullptr;
  Session* s = open_session(vm, source, filename, mode, options);
  if (!s) return err->kind = ErrorKind::kPending, nullptr;
  bool ok = !s->ctx.failed() && (mode == CompileMode::kEval ? compile_eval(s) : compile_statements(s));
  Code* code = ok ? s->gen.finish_module() : nullptr;
  if (!code) copy_error(s->ctx, err);
  close_session(s);
  return code;
}

}  // namespace compiler

Code* compile(Vm& vm, std::string_view source, Value filename, CompileMode mode, const CompileOptions& options) {
  CompileError err;
  Code* code = compile_quiet(vm, source, filename, mode, options, &err);
  if (code || err.kind == ErrorKind::kPending) return code;
  // The source line shown under the message.
  std::string_view text = source;
  for (uint32_t line = 1; line < err.line && !text.empty(); ++line) {
    size_t nl = text.find('\n');
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  size_t end = text.find('\n');
  if (end != std::string_view::npos) text = text.substr(0, end);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  const Type* type = err.kind == ErrorKind::kIndentation ? &IndentationError_type : &SyntaxError_type;
  raise_syntax_error(vm, type, err.msg, filename_qstr(vm, filename), err.line, err.column, text);
  return nullptr;
}

static bool starts_compound_statement(Tok k) {
  switch (k) {
    case Tok::KW_IF: case Tok::KW_WHILE: case Tok::KW_FOR: case Tok::KW_TRY: case Tok::KW_WITH:
    case Tok::KW_DEF: case Tok::KW_CLASS: case Tok::KW_ASYNC: case Tok::AT:
      return true;
    default:
      return false;
  }
}

// The REPL ends a compound statement with an empty line, which arrives as a
// final "\n" (possibly followed by blanks).
static bool ends_with_blank_line(std::string_view src) {
  size_t i = src.size();
  while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '\r')) --i;
  return i > 0 && src[i - 1] == '\n';
}

bool compile_needs_more_input(Vm& vm, std::string_view source) {
  Session* s = open_session(vm, source, q(Q::lt_stdin_), CompileMode::kSingle, {});
  if (!s) {
    vm.clear_exc();  // this function must not raise: the compile that follows will
    return false;
  }
  Ctx& c = s->ctx;
  bool compound = starts_compound_statement(s->parser.tok().kind);
  bool blank = s->parser.tok().kind == Tok::END;
  for (bool done = false; !done && !c.failed();) {
    s->parser.next_statement(&done);
    c.arena.release();
    s->parser.spare_lexer_ = nullptr;
  }
  compound = compound || s->parser.saw_match_;  // `match` is a soft keyword: known after parsing
  bool more;
  if (c.diag.kind == ErrorKind::kPending) vm.clear_exc();  // this function must not raise
  if (blank || c.diag.kind == ErrorKind::kPending) more = false;
  else if (c.diag.incomplete) more = true;
  else if (compound && !ends_with_blank_line(source)) more = !c.failed() || c.diag.at_eof;
  else more = false;
  close_session(s);
  return more;
}

}  // namespace mote
