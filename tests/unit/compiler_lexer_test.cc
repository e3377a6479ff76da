// compiler_lexer_test.cc — the token stream the parser sees, and the lexer's
// errors with their positions (CPython 3.11's messages).
#include <string>

#include "compiler/context.h"
#include "compiler/lexer.h"
#include "vm/vm.h"

// After the project headers: <gtest/gtest.h> pulls in <sys/stat.h>, whose
// st_* macros would clash with names in vm/qstrs.def.
#include <gtest/gtest.h>

namespace mote::compiler {
namespace {

// A VM whose conservative stack scan starts at the caller's frame.
struct TestVm {
  Vm vm;
  explicit TestVm(void* stack_base) {
    VmConfig config;
    config.heap_bytes = 4 << 20;
    config.value_stack_slots = 1024;
    config.max_frames = 32;
    ok = vm.init(config, stack_base);
  }
  ~TestVm() { vm.deinit(); }
  bool ok;
};

// The tokens of `src` as text: NAME(x) OP(=) NUMBER(1) NEWLINE ... END, or
// the error as "ERROR <msg> @line:col".
std::string lex(Vm& vm, std::string_view src) {
  Ctx c;
  c.vm = &vm;
  c.src = src;
  c.arena.init(&vm);
  Lexer lexer;
  lexer.init(&c);
  std::string out;
  for (int guard = 0; guard < 1000; ++guard) {
    Token t = lexer.next();
    if (!out.empty()) out += ' ';
    std::string text(src.substr(t.pos, t.len));
    switch (t.kind) {
      case Tok::NAME: out += "NAME(" + text + ")"; break;
      case Tok::NUMBER: out += "NUMBER(" + text + ")"; break;
      case Tok::STRING: out += "STRING(" + text + ")"; break;
      case Tok::NEWLINE: out += "NEWLINE"; break;
      case Tok::INDENT: out += "INDENT"; break;
      case Tok::DEDENT: out += "DEDENT"; break;
      case Tok::END: out += "END"; break;
      case Tok::ERROR:
        out += std::string("ERROR ") + c.diag.msg + " @" + std::to_string(c.line_of(c.diag.pos)) + ":" +
               std::to_string(c.column_of(c.diag.pos));
        break;
      default:
        out += is_keyword(t.kind) ? "KW(" + text + ")" : text;
        break;
    }
    if (t.kind == Tok::END || t.kind == Tok::ERROR) break;
  }
  return out;
}

// Just the first error of `src` (or "" if it lexes cleanly).
std::string lex_error(Vm& vm, std::string_view src) {
  std::string all = lex(vm, src);
  size_t at = all.find("ERROR ");
  return at == std::string::npos ? "" : all.substr(at + 6);
}

#define USE_TEST_VM()                        \
  TestVm test_vm(__builtin_frame_address(0)); \
  ASSERT_TRUE(test_vm.ok);                    \
  Vm& vm = test_vm.vm

TEST(CompilerLexer, SimpleStatement) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "x = 1\n"), "NAME(x) = NUMBER(1) NEWLINE END");
  EXPECT_EQ(lex(vm, "x = 1"), "NAME(x) = NUMBER(1) NEWLINE END");  // NEWLINE added at the end
  EXPECT_EQ(lex(vm, ""), "END");
}

TEST(CompilerLexer, IndentAndDedent) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "if x:\n  y\n  if z:\n    w\nv\n"),
            "KW(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE KW(if) NAME(z) : NEWLINE INDENT NAME(w) NEWLINE "
            "DEDENT DEDENT NAME(v) NEWLINE END");
  // Dedents still owed at the end of input.
  EXPECT_EQ(lex(vm, "if x:\n  if y:\n    z"),
            "KW(if) NAME(x) : NEWLINE INDENT KW(if) NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT END");
  // A tab advances to the next multiple of 8.
  EXPECT_EQ(lex(vm, "if x:\n\ty\n        z\n"), "KW(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT END");
}

TEST(CompilerLexer, BlankLinesAndCommentsMakeNoTokens) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "# c\n\nx  # trailing\n   \n   # indented comment\ny\n"), "NAME(x) NEWLINE NAME(y) NEWLINE END");
}

TEST(CompilerLexer, ImplicitAndExplicitLineJoining) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "f(1,\n    2)\n"), "NAME(f) ( NUMBER(1) , NUMBER(2) ) NEWLINE END");
  EXPECT_EQ(lex(vm, "x = 1 + \\\n  2\n"), "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE END");
  EXPECT_EQ(lex(vm, "x = [\n# comment\n]\n"), "NAME(x) = [ ] NEWLINE END");
}

TEST(CompilerLexer, KeywordsAndSoftKeywords) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "async await lambda nonlocal None True"),
            "KW(async) KW(await) KW(lambda) KW(nonlocal) KW(None) KW(True) NEWLINE END");
  EXPECT_EQ(lex(vm, "match case _ print"), "NAME(match) NAME(case) NAME(_) NAME(print) NEWLINE END");
  EXPECT_EQ(lex(vm, "caf\xC3\xA9 = 1"), "NAME(caf\xC3\xA9) = NUMBER(1) NEWLINE END");
}

TEST(CompilerLexer, Operators) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "a **= b // c -> d := e ... != <<= @"),
            "NAME(a) **= NAME(b) // NAME(c) -> NAME(d) := NAME(e) ... != <<= @ NEWLINE END");
}

TEST(CompilerLexer, Numbers) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "0x_ff 1_000_000 0b1010 0o17 00 0_0"),
            "NUMBER(0x_ff) NUMBER(1_000_000) NUMBER(0b1010) NUMBER(0o17) NUMBER(00) NUMBER(0_0) NEWLINE END");
  EXPECT_EQ(lex(vm, "1. .5 1e10 1_0.5e-3 1j 09.5"),
            "NUMBER(1.) NUMBER(.5) NUMBER(1e10) NUMBER(1_0.5e-3) NUMBER(1j) NUMBER(09.5) NEWLINE END");
  EXPECT_EQ(lex(vm, "1_0j .5J 1e3j 00j"), "NUMBER(1_0j) NUMBER(.5J) NUMBER(1e3j) NUMBER(00j) NEWLINE END");
  EXPECT_EQ(lex(vm, "1if x else 2"), "NUMBER(1) KW(if) NAME(x) KW(else) NUMBER(2) NEWLINE END");
}

TEST(CompilerLexer, InvalidNumbers) {
  USE_TEST_VM();
  EXPECT_EQ(lex_error(vm, "1__0"), "invalid decimal literal @1:2");
  EXPECT_EQ(lex_error(vm, "1_"), "invalid decimal literal @1:2");
  EXPECT_EQ(lex_error(vm, "0b2"), "invalid digit '2' in binary literal @1:3");
  EXPECT_EQ(lex_error(vm, "0o8"), "invalid digit '8' in octal literal @1:3");
  EXPECT_EQ(lex_error(vm, "08"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:1");
  EXPECT_EQ(lex_error(vm, "0x"), "invalid hexadecimal literal @1:2");
  EXPECT_EQ(lex_error(vm, "1a"), "invalid decimal literal @1:1");
  EXPECT_EQ(lex_error(vm, "0x1g"), "invalid hexadecimal literal @1:3");
  EXPECT_EQ(lex_error(vm, "1.5a"), "invalid decimal literal @1:3");
  EXPECT_EQ(lex_error(vm, "1jj"), "invalid imaginary literal @1:2");
  EXPECT_EQ(lex_error(vm, "1.5jx"), "invalid imaginary literal @1:4");
}

TEST(CompilerLexer, Strings) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "'a' \"b\" rb'c' Rb\"d\" f'{x}' u'e'"),
            "STRING('a') STRING(\"b\") STRING(rb'c') STRING(Rb\"d\") STRING(f'{x}') STRING(u'e') NEWLINE END");
  EXPECT_EQ(lex(vm, "'''a\nb''' x"), "STRING('''a\nb''') NAME(x) NEWLINE END");
  EXPECT_EQ(lex(vm, "'it\\'s'"), "STRING('it\\'s') NEWLINE END");
  // Not a prefix: a name followed by a string.
  EXPECT_EQ(lex(vm, "bu'x'"), "NAME(bu) STRING('x') NEWLINE END");
}

TEST(CompilerLexer, StringTokenLineIsItsFirstLine) {
  USE_TEST_VM();
  Ctx c;
  c.vm = &vm;
  c.src = "x\n'''a\nb\nc''' y\n";
  Lexer lexer;
  lexer.init(&c);
  EXPECT_EQ(lexer.next().line, 1u);  // x
  EXPECT_EQ(lexer.next().line, 1u);  // NEWLINE
  Token s = lexer.next();
  EXPECT_EQ(s.kind, Tok::STRING);
  EXPECT_EQ(s.line, 2u);
  Token y = lexer.next();
  EXPECT_EQ(y.line, 4u);
}

TEST(CompilerLexer, StringErrors) {
  USE_TEST_VM();
  EXPECT_EQ(lex_error(vm, "x = 'abc"), "unterminated string literal (detected at line 1) @1:5");
  EXPECT_EQ(lex_error(vm, "x = '''abc\n\n"), "unterminated triple-quoted string literal (detected at line 3) @1:5");
}

TEST(CompilerLexer, Brackets) {
  USE_TEST_VM();
  EXPECT_EQ(lex_error(vm, "(1, 2"), "'(' was never closed @1:1");
  EXPECT_EQ(lex_error(vm, ")"), "unmatched ')' @1:1");
  EXPECT_EQ(lex_error(vm, "(]"), "closing parenthesis ']' does not match opening parenthesis '(' @1:2");
  std::string deep(10000, '(');
  EXPECT_EQ(lex_error(vm, deep), "too many nested parentheses @1:65");
}

TEST(CompilerLexer, IndentationErrors) {
  USE_TEST_VM();
  EXPECT_EQ(lex_error(vm, "if 1:\n    x\n  y"), "unindent does not match any outer indentation level @3:3");
  std::string deep;
  for (int i = 0; i < 70; ++i) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(lex_error(vm, deep), "too many levels of indentation @66:66");
}

TEST(CompilerLexer, Continuation) {
  USE_TEST_VM();
  EXPECT_EQ(lex_error(vm, "x = 1 \\ y"), "unexpected character after line continuation character @1:8");
  EXPECT_EQ(lex_error(vm, "x = \\\n"), "unexpected EOF while parsing @1:6");
  EXPECT_EQ(lex_error(vm, "x = $"), "invalid syntax @1:5");
}

TEST(CompilerLexer, CarriageReturnNewlines) {
  USE_TEST_VM();
  EXPECT_EQ(lex(vm, "if x:\r\n  y\r\n"), "KW(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT END");
}

}  // namespace
}  // namespace mote::compiler
