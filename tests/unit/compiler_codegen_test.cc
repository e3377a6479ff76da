// compiler_codegen_test.cc — the bytecode the compiler emits: listings of
// small functions, exception tables, exact stack depths of tricky code, line
// tables, optimisation levels, compile modes and the REPL's continuation rule.
#include <string>

#include "compiler/compiler.h"
#include "compiler/context.h"
#include "compiler/disasm.h"
#include "compiler/emitter.h"
#include "vm/code.h"
#include "vm/object.h"
#include "vm/opcode.h"
#include "vm/qstr.h"
#include "vm/vm.h"

// After the project headers: <gtest/gtest.h> pulls in <sys/stat.h>, whose
// st_* macros would clash with names in vm/qstrs.def.
#include <gtest/gtest.h>

namespace mote::compiler {
namespace {

struct TestVm {
  Vm vm;
  explicit TestVm(void* stack_base) {
    VmConfig config;
    config.heap_bytes = 8 << 20;
    config.value_stack_slots = 1024;
    config.max_frames = 32;
    ok = vm.init(config, stack_base);
  }
  ~TestVm() { vm.deinit(); }
  bool ok;
};

#define USE_TEST_VM()                        \
  TestVm test_vm(__builtin_frame_address(0)); \
  ASSERT_TRUE(test_vm.ok);                    \
  Vm& vm = test_vm.vm

struct StringPrinter : Printer {
  std::string text;
  StringPrinter() {
    write = [](Printer& self, const char* data, size_t len) {
      static_cast<StringPrinter&>(self).text.append(data, len);
      return true;
    };
  }
};

Code* compile_ok(Vm& vm, std::string_view src, CompileMode mode = CompileMode::kFile, uint8_t opt = 0) {
  CompileError err;
  CompileOptions options;
  options.opt_level = opt;
  Code* code = compile_quiet(vm, src, Value::null(), mode, options, &err);
  EXPECT_NE(code, nullptr) << err.msg << " @" << err.line << ":" << err.column << "\n" << src;
  return code;
}

// The code object named `name` among the constants of `code` (depth-first).
const Code* find_code(const Code* code, std::string_view name) {
  if (qstr_view(code->name) == name) return code;
  for (uint32_t i = 0; i < code->n_consts; ++i) {
    if (type_of(code->consts[i]) != &code_type) continue;
    if (const Code* found = find_code(code->consts[i].as<Code>(), name)) return found;
  }
  return nullptr;
}

// The listing of one code object's instructions only (no header, no nested code).
std::string listing(Vm& vm, const Code* code) {
  StringPrinter out;
  for (uint32_t off = 0; off < code->bytecode_len; off += uint32_t(instruction_size(Op(code->bytecode[off])))) {
    disassemble_instruction(vm, code, off, out);
  }
  // Squeeze runs of spaces so expectations stay readable.
  std::string s;
  for (char ch : out.text) {
    if (ch == ' ' && (s.empty() || s.back() == ' ' || s.back() == '\n')) continue;
    s += ch;
  }
  return s;
}

std::string function_listing(Vm& vm, std::string_view src, std::string_view name) {
  Code* code = compile_ok(vm, src);
  if (!code) return "";
  const Code* f = find_code(code, name);
  return f ? listing(vm, f) : "no code " + std::string(name);
}

int stack_size(Vm& vm, std::string_view src, std::string_view name) {
  Code* code = compile_ok(vm, src);
  const Code* f = code ? find_code(code, name) : nullptr;
  return f ? f->stack_size : -1;
}

std::string exception_table(const Code* code) {
  std::string out;
  for (uint32_t i = 0; i < code->n_exc; ++i) {
    const ExceptionTableEntry& e = code->exc_table[i];
    out += std::to_string(e.start) + "-" + std::to_string(e.end) + "->" + std::to_string(e.handler) + "[" +
           std::to_string(e.depth) + "] ";
  }
  return out;
}

// Line of each instruction, from the line table as code.h defines it.
std::string lines(const Code* code) {
  std::string out;
  for (uint32_t off = 0; off < code->bytecode_len; off += uint32_t(instruction_size(Op(code->bytecode[off])))) {
    uint32_t line = code->first_line, addr = 0;
    for (uint32_t i = 0; i + 1 < code->line_table_len; i += 2) {
      addr += code->line_table[i];
      if (addr > off) break;
      line += uint32_t(int8_t(code->line_table[i + 1]));
    }
    out += std::to_string(line) + " ";
  }
  return out;
}

// --- listings ------------------------------------------------------------------------------

TEST(CompilerCodegen, SimpleFunction) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(a, b):\n  return a + b * 2\n", "f"),
            "0 LOAD_FAST 0 (a)\n"
            "3 LOAD_FAST 1 (b)\n"
            "6 LOAD_SMALL_INT 2\n"
            "9 BINARY_OP 2 (*)\n"
            "12 BINARY_OP 0 (+)\n"
            "15 RETURN_VALUE\n");
}

TEST(CompilerCodegen, ModuleNamesAndConstants) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "x = 40000\ny = -7\nz = (1, 'a', None)\nprint(x, 'a')\n");
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(listing(vm, code),
            "0 LOAD_CONST 0 (40000)\n"
            "3 STORE_NAME 0 (x)\n"
            "6 LOAD_SMALL_INT -7\n"
            "9 STORE_NAME 1 (y)\n"
            "12 LOAD_CONST 1 ((1, 'a', None))\n"
            "15 STORE_NAME 2 (z)\n"
            "18 LOAD_NAME 3 (print)\n"
            "21 LOAD_NAME 0 (x)\n"
            "24 LOAD_CONST 2 ('a')\n"
            "27 CALL_FUNCTION 2 (2 positional, 0 keyword)\n"
            "30 POP_TOP\n"
            "31 LOAD_NONE\n"
            "32 RETURN_VALUE\n");
  EXPECT_EQ(code->flags, kCodeModule);
  EXPECT_EQ(code->n_names, 4);
}

// Imaginary literals are complex constants; a minus on one is folded (as
// CPython: -2j is -(0+2j), so its real part is -0.0), equal ones are shared.
TEST(CompilerCodegen, ImaginaryLiteralsAreConstants) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f():\n  return (2j, -2j, 2.0j, (1j, -0j))\n", "f"),
            "0 LOAD_CONST 0 ((2j, (-0-2j), 2j, (1j, (-0-0j))))\n"
            "3 RETURN_VALUE\n");
  EXPECT_EQ(function_listing(vm, "def f(x):\n  return x + 1.5j - 1.5j\n", "f"),
            "0 LOAD_FAST 0 (x)\n"
            "3 LOAD_CONST 0 (1.5j)\n"
            "6 BINARY_OP 0 (+)\n"
            "9 LOAD_CONST 0 (1.5j)\n"
            "12 BINARY_OP 1 (-)\n"
            "15 RETURN_VALUE\n");
}

TEST(CompilerCodegen, MethodCallsAndKeywords) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(o):\n  o.m(1, k=2)\n", "f"),
            "0 LOAD_FAST 0 (o)\n"
            "3 LOAD_METHOD 0 (m)\n"
            "6 LOAD_SMALL_INT 1\n"
            "9 LOAD_CONST 0 ('k')\n"
            "12 LOAD_SMALL_INT 2\n"
            "15 CALL_METHOD 257 (1 positional, 1 keyword)\n"
            "18 POP_TOP\n"
            "19 LOAD_NONE\n"
            "20 RETURN_VALUE\n");
  EXPECT_EQ(function_listing(vm, "def f(g, a, k):\n  g(*a, x=1, **k)\n", "f"),
            "0 LOAD_FAST 0 (g)\n"
            "3 BUILD_LIST 0\n"
            "6 LOAD_FAST 1 (a)\n"
            "9 LIST_EXTEND 1\n"
            "12 LIST_TO_TUPLE\n"
            "13 LOAD_CONST 0 ('x')\n"
            "16 LOAD_SMALL_INT 1\n"
            "19 BUILD_MAP 1\n"
            "22 LOAD_FAST 2 (k)\n"
            "25 DICT_MERGE 1\n"
            "28 CALL_FUNCTION_EX 1\n"
            "31 POP_TOP\n"
            "32 LOAD_NONE\n"
            "33 RETURN_VALUE\n");
}

TEST(CompilerCodegen, ScopesPickTheirInstructions) {
  USE_TEST_VM();
  const char* src =
      "g = 0\n"
      "def outer(p):\n"
      "  c = 1\n"
      "  def inner():\n"
      "    global g\n"
      "    g = c + p\n"
      "  return inner\n";
  EXPECT_EQ(function_listing(vm, src, "outer"),
            "0 LOAD_SMALL_INT 1\n"
            "3 STORE_DEREF 1 (c)\n"
            "6 LOAD_CLOSURE 0 (p)\n"
            "9 LOAD_CLOSURE 1 (c)\n"
            "12 BUILD_TUPLE 2\n"
            "15 LOAD_CONST 0 (<code inner>)\n"
            "18 MAKE_FUNCTION 4 (closure)\n"
            "21 STORE_FAST 2 (inner)\n"
            "24 LOAD_FAST 2 (inner)\n"
            "27 RETURN_VALUE\n");
  EXPECT_EQ(function_listing(vm, src, "inner"),
            "0 LOAD_DEREF 1 (c)\n"
            "3 LOAD_DEREF 0 (p)\n"
            "6 BINARY_OP 0 (+)\n"
            "9 STORE_GLOBAL 0 (g)\n"
            "12 LOAD_NONE\n"
            "13 RETURN_VALUE\n");
  Code* code = compile_ok(vm, src);
  const Code* outer = find_code(code, "outer");
  ASSERT_EQ(outer->n_cells, 2);
  EXPECT_EQ(outer->cell_slots[0], 0);  // p, a parameter held in a cell
  EXPECT_EQ(outer->cell_slots[1], 1);  // c
  const Code* inner = find_code(code, "inner");
  EXPECT_EQ(inner->n_free, 2);
  EXPECT_EQ(inner->n_slots, 2);
}

TEST(CompilerCodegen, ClassBodyAndZeroArgumentSuper) {
  USE_TEST_VM();
  const char* src =
      "class C(B):\n"
      "  x = 1\n"
      "  def m(self):\n"
      "    return super().m() + x\n";
  EXPECT_EQ(function_listing(vm, src, "C"),
            "0 LOAD_NAME 0 (__name__)\n"
            "3 STORE_NAME 1 (__module__)\n"
            "6 LOAD_CONST 0 ('C')\n"
            "9 STORE_NAME 2 (__qualname__)\n"
            "12 LOAD_SMALL_INT 1\n"
            "15 STORE_NAME 3 (x)\n"
            "18 LOAD_CLOSURE 0 (__class__)\n"
            "21 BUILD_TUPLE 1\n"
            "24 LOAD_CONST 1 (<code m>)\n"
            "27 MAKE_FUNCTION 4 (closure)\n"
            "30 STORE_NAME 5 (m)\n"
            "33 LOAD_CLOSURE 0 (__class__)\n"
            "36 RETURN_VALUE\n");
  // Class variables are not visible in methods: `x` is a global there.
  EXPECT_EQ(function_listing(vm, src, "m"),
            "0 LOAD_GLOBAL 4 (super)\n"
            "3 LOAD_DEREF 1 (__class__)\n"
            "6 LOAD_FAST 0 (self)\n"
            "9 CALL_FUNCTION 2 (2 positional, 0 keyword)\n"
            "12 LOAD_METHOD 5 (m)\n"
            "15 CALL_METHOD 0 (0 positional, 0 keyword)\n"
            "18 LOAD_GLOBAL 3 (x)\n"
            "21 BINARY_OP 0 (+)\n"
            "24 RETURN_VALUE\n");
  Code* code = compile_ok(vm, src);
  EXPECT_EQ(listing(vm, code),
            "0 LOAD_BUILD_CLASS\n"
            "1 LOAD_CONST 0 (<code C>)\n"
            "4 MAKE_FUNCTION 0 ()\n"
            "7 LOAD_CONST 1 ('C')\n"
            "10 LOAD_NAME 6 (B)\n"
            "13 CALL_FUNCTION 3 (3 positional, 0 keyword)\n"
            "16 STORE_NAME 7 (C)\n"
            "19 LOAD_NONE\n"
            "20 RETURN_VALUE\n");
  EXPECT_EQ(find_code(code, "C")->flags, kCodeClassBody);
}

TEST(CompilerCodegen, ClassBodyReadsEnclosingFunctionVariables) {
  USE_TEST_VM();
  const char* src = "def f():\n  v = 1\n  class C:\n    w = v\n  return C\n";
  EXPECT_EQ(function_listing(vm, src, "C"),
            "0 LOAD_NAME 0 (__name__)\n"
            "3 STORE_NAME 1 (__module__)\n"
            "6 LOAD_CONST 0 ('f.<locals>.C')\n"
            "9 STORE_NAME 2 (__qualname__)\n"
            "12 LOAD_CLASSDEREF 0 (v)\n"
            "15 STORE_NAME 3 (w)\n"
            "18 LOAD_NONE\n"
            "19 RETURN_VALUE\n");
}

TEST(CompilerCodegen, ChainedComparison) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(a, b, c):\n  return a < b <= c\n", "f"),
            "0 LOAD_FAST 0 (a)\n"
            "3 LOAD_FAST 1 (b)\n"
            "6 SWAP 2\n"
            "9 COPY 2\n"
            "12 COMPARE_OP 0 (<)\n"
            "15 JUMP_IF_FALSE_OR_POP 27 (to 27)\n"
            "18 LOAD_FAST 2 (c)\n"
            "21 COMPARE_OP 1 (<=)\n"
            "24 JUMP 31 (to 31)\n"
            "27 SWAP 2\n"  // a false comparison: drop the kept operand
            "30 POP_TOP\n"
            "31 RETURN_VALUE\n");
}

TEST(CompilerCodegen, ConditionsBecomeJumps) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(a, b):\n  if not a and b is None:\n    return 1\n", "f"),
            "0 LOAD_FAST 0 (a)\n"
            "3 POP_JUMP_IF_TRUE 16 (to 16)\n"
            "6 LOAD_FAST 1 (b)\n"
            "9 POP_JUMP_IF_NOT_NONE 16 (to 16)\n"
            "12 LOAD_SMALL_INT 1\n"
            "15 RETURN_VALUE\n"
            "16 LOAD_NONE\n"
            "17 RETURN_VALUE\n");
}

TEST(CompilerCodegen, ConstantConditionsDropDeadCode) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f():\n  while True:\n    if __debug__:\n      break\n    g()\n  if 0:\n    h()\n", "f"),
            "0 LOAD_NONE\n"
            "1 RETURN_VALUE\n");
}

TEST(CompilerCodegen, UnpackingAndSwaps) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(a, b):\n  a, b = b, a\n  x, *y, z = a\n", "f"),
            "0 LOAD_FAST 1 (b)\n"
            "3 LOAD_FAST 0 (a)\n"
            "6 SWAP 2\n"
            "9 STORE_FAST 0 (a)\n"
            "12 STORE_FAST 1 (b)\n"
            "15 LOAD_FAST 0 (a)\n"
            "18 UNPACK_EX 257 (1 before, 1 after)\n"
            "21 STORE_FAST 2 (x)\n"
            "24 STORE_FAST 3 (y)\n"
            "27 STORE_FAST 4 (z)\n"
            "30 LOAD_NONE\n"
            "31 RETURN_VALUE\n");
}

TEST(CompilerCodegen, AugmentedAssignmentToSubscript) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(a, i):\n  a[i] += 1\n", "f"),
            "0 LOAD_FAST 0 (a)\n"
            "3 LOAD_FAST 1 (i)\n"
            "6 COPY 2\n"
            "9 COPY 2\n"
            "12 BINARY_SUBSCR\n"
            "13 LOAD_SMALL_INT 1\n"
            "16 BINARY_OP 13 (+=)\n"
            "19 SWAP 3\n"
            "22 SWAP 2\n"
            "25 STORE_SUBSCR\n"
            "26 LOAD_NONE\n"
            "27 RETURN_VALUE\n");
}

TEST(CompilerCodegen, FStrings) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(x, w):\n  return f'<{x!r:>{w}}|{x=}>'\n", "f"),
            "0 LOAD_CONST 0 ('<')\n"
            "3 LOAD_FAST 0 (x)\n"
            "6 LOAD_CONST 1 ('>')\n"
            "9 LOAD_FAST 1 (w)\n"
            "12 FORMAT_VALUE 0 ()\n"
            "15 BUILD_STRING 2\n"
            "18 FORMAT_VALUE 6 (!r with spec)\n"
            "21 LOAD_CONST 2 ('|x=')\n"
            "24 LOAD_FAST 0 (x)\n"
            "27 FORMAT_VALUE 2 (!r)\n"
            "30 LOAD_CONST 1 ('>')\n"
            "33 BUILD_STRING 5\n"
            "36 RETURN_VALUE\n");
}

TEST(CompilerCodegen, Imports) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "import a.b.c as d\nfrom .. import x as y\n");
  EXPECT_EQ(listing(vm, code),
            "0 LOAD_SMALL_INT 0\n"
            "3 LOAD_NONE\n"
            "4 IMPORT_NAME 0 (a.b.c)\n"
            "7 IMPORT_FROM 1 (b)\n"
            "10 SWAP 2\n"
            "13 POP_TOP\n"
            "14 IMPORT_FROM 2 (c)\n"
            "17 SWAP 2\n"
            "20 POP_TOP\n"
            "21 STORE_NAME 3 (d)\n"
            "24 LOAD_SMALL_INT 2\n"
            "27 LOAD_CONST 0 (('x',))\n"
            "30 IMPORT_NAME 4 ()\n"
            "33 IMPORT_FROM 5 (x)\n"
            "36 STORE_NAME 6 (y)\n"
            "39 POP_TOP\n"
            "40 LOAD_NONE\n"
            "41 RETURN_VALUE\n");
}

TEST(CompilerCodegen, Generators) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def g(x):\n  y = yield x\n  yield from y\nasync def c(a):\n  return await a\n");
  const Code* g = find_code(code, "g");
  const Code* c = find_code(code, "c");
  EXPECT_EQ(g->flags, kCodeGenerator);
  EXPECT_EQ(c->flags, kCodeCoroutine);
  EXPECT_EQ(listing(vm, g),
            "0 LOAD_FAST 0 (x)\n"
            "3 YIELD_VALUE\n"
            "4 STORE_FAST 1 (y)\n"
            "7 LOAD_FAST 1 (y)\n"
            "10 GET_YIELD_FROM_ITER\n"
            "11 LOAD_NONE\n"
            "12 YIELD_FROM\n"
            "13 POP_TOP\n"
            "14 LOAD_NONE\n"
            "15 RETURN_VALUE\n");
  EXPECT_EQ(listing(vm, c),
            "0 LOAD_FAST 0 (a)\n"
            "3 GET_AWAITABLE\n"
            "4 LOAD_NONE\n"
            "5 YIELD_FROM\n"
            "6 RETURN_VALUE\n");
  Code* ag = compile_ok(vm, "async def ag():\n  yield 1\n");
  EXPECT_EQ(find_code(ag, "ag")->flags, kCodeAsyncGenerator);
}

TEST(CompilerCodegen, ListComprehension) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f(a):\n  return [x * 2 for x in a if x for y in x]\n");
  EXPECT_EQ(listing(vm, find_code(code, "f")),
            "0 LOAD_CONST 0 (<code <listcomp>>)\n"
            "3 MAKE_FUNCTION 0 ()\n"
            "6 LOAD_FAST 0 (a)\n"
            "9 GET_ITER\n"
            "10 CALL_FUNCTION 1 (1 positional, 0 keyword)\n"
            "13 RETURN_VALUE\n");
  const Code* comp = find_code(code, "<listcomp>");
  EXPECT_EQ(listing(vm, comp),
            "0 BUILD_LIST 0\n"
            "3 LOAD_FAST 0 (.0)\n"
            "6 FOR_ITER 46 (to 46)\n"
            "9 STORE_FAST 1 (x)\n"
            "12 LOAD_FAST 1 (x)\n"
            "15 POP_JUMP_IF_FALSE 6 (to 6)\n"
            "18 LOAD_FAST 1 (x)\n"
            "21 GET_ITER\n"
            "22 FOR_ITER 43 (to 43)\n"
            "25 STORE_FAST 2 (y)\n"
            "28 LOAD_FAST 1 (x)\n"
            "31 LOAD_SMALL_INT 2\n"
            "34 BINARY_OP 2 (*)\n"
            "37 LIST_APPEND 3\n"  // the list is 3 below the element: list, .0, inner iterator
            "40 JUMP 22 (to 22)\n"
            "43 JUMP 6 (to 6)\n"
            "46 RETURN_VALUE\n");
  EXPECT_EQ(comp->n_pos, 1);
  EXPECT_EQ(comp->stack_size, 5);
}

// --- exceptions ------------------------------------------------------------------------------

TEST(CompilerCodegen, TryExceptAs) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f():\n  try:\n    g()\n  except E as e:\n    h(e)\n");
  const Code* f = find_code(code, "f");
  EXPECT_EQ(listing(vm, f),
            "0 LOAD_GLOBAL 0 (g)\n"
            "3 CALL_FUNCTION 0 (0 positional, 0 keyword)\n"
            "6 POP_TOP\n"
            "7 JUMP 56 (to 56)\n"
            "10 PUSH_EXC_INFO\n"
            "11 LOAD_GLOBAL 1 (E)\n"
            "14 CHECK_EXC_MATCH\n"
            "15 POP_JUMP_IF_FALSE 50 (to 50)\n"
            "18 STORE_FAST 0 (e)\n"
            "21 LOAD_GLOBAL 2 (h)\n"
            "24 LOAD_FAST 0 (e)\n"
            "27 CALL_FUNCTION 1 (1 positional, 0 keyword)\n"
            "30 POP_TOP\n"
            "31 POP_EXCEPT\n"
            "32 LOAD_NONE\n"
            "33 STORE_FAST 0 (e)\n"
            "36 DELETE_FAST 0 (e)\n"
            "39 JUMP 56 (to 56)\n"
            "42 LOAD_NONE\n"
            "43 STORE_FAST 0 (e)\n"
            "46 DELETE_FAST 0 (e)\n"
            "49 RERAISE\n"
            "50 RERAISE\n"
            "51 SWAP 2\n"
            "54 POP_EXCEPT\n"
            "55 RERAISE\n"
            "56 LOAD_NONE\n"
            "57 RETURN_VALUE\n");
  EXPECT_EQ(exception_table(f), "0-7->10[0] 11-21->51[1] 21-31->42[1] 42-51->51[1] ");
  EXPECT_EQ(f->stack_size, 3);  // prev_exc exc E
}

TEST(CompilerCodegen, ReturnThroughFinallyInLoop) {
  USE_TEST_VM();
  const char* src =
      "def f(xs):\n"
      "  for x in xs:\n"
      "    try:\n"
      "      if x:\n"
      "        return x\n"
      "      continue\n"
      "    finally:\n"
      "      g()\n";
  Code* code = compile_ok(vm, src);
  const Code* f = find_code(code, "f");
  EXPECT_EQ(listing(vm, f),
            "0 LOAD_FAST 0 (xs)\n"
            "3 GET_ITER\n"
            "4 FOR_ITER 55 (to 55)\n"
            "7 STORE_FAST 1 (x)\n"
            "10 LOAD_FAST 1 (x)\n"
            "13 POP_JUMP_IF_FALSE 31 (to 31)\n"
            "16 LOAD_FAST 1 (x)\n"        // the return value, kept under the finally body
            "19 LOAD_GLOBAL 0 (g)\n"
            "22 CALL_FUNCTION 0 (0 positional, 0 keyword)\n"
            "25 POP_TOP\n"
            "26 SWAP 2\n"
            "29 POP_TOP\n"                // the iterator
            "30 RETURN_VALUE\n"
            "31 LOAD_GLOBAL 0 (g)\n"      // continue: the finally body, then the loop
            "34 CALL_FUNCTION 0 (0 positional, 0 keyword)\n"
            "37 POP_TOP\n"
            "38 JUMP 4 (to 4)\n"
            "41 PUSH_EXC_INFO\n"          // an exception: the finally body, then re-raise
            "42 LOAD_GLOBAL 0 (g)\n"
            "45 CALL_FUNCTION 0 (0 positional, 0 keyword)\n"
            "48 POP_TOP\n"
            "49 RERAISE\n"
            "50 SWAP 2\n"
            "53 POP_EXCEPT\n"
            "54 RERAISE\n"
            "55 LOAD_NONE\n"
            "56 RETURN_VALUE\n");
  EXPECT_EQ(exception_table(f), "10-19->41[1] 42-50->50[2] ");
  EXPECT_EQ(f->stack_size, 4);
}

TEST(CompilerCodegen, NestedFinallyStackDepth) {
  USE_TEST_VM();
  const char* src =
      "def f(a):\n"
      "  while a:\n"
      "    for i in a:\n"
      "      try:\n"
      "        try:\n"
      "          return g(i, i, i)\n"
      "        finally:\n"
      "          for j in i:\n"
      "            if j: break\n"
      "            h(j, j)\n"
      "      except E as e:\n"
      "        continue\n"
      "      finally:\n"
      "        k()\n";
  EXPECT_EQ(stack_size(vm, src, "f"), 7);
}

TEST(CompilerCodegen, WithStatement) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f(m):\n  with m as x:\n    return x\n");
  const Code* f = find_code(code, "f");
  EXPECT_EQ(listing(vm, f),
            "0 LOAD_FAST 0 (m)\n"
            "3 BEFORE_WITH\n"
            "4 STORE_FAST 1 (x)\n"
            "7 LOAD_FAST 1 (x)\n"
            "10 SWAP 2\n"
            "13 LOAD_NONE\n"
            "14 LOAD_NONE\n"
            "15 LOAD_NONE\n"
            "16 CALL_FUNCTION 3 (3 positional, 0 keyword)\n"
            "19 POP_TOP\n"
            "20 RETURN_VALUE\n"
            "21 PUSH_EXC_INFO\n"
            "22 WITH_EXCEPT_START\n"
            "23 POP_JUMP_IF_TRUE 27 (to 27)\n"
            "26 RERAISE\n"
            "27 POP_TOP\n"
            "28 POP_EXCEPT\n"
            "29 POP_TOP\n"
            "30 JUMP 38 (to 38)\n"
            "33 SWAP 2\n"
            "36 POP_EXCEPT\n"
            "37 RERAISE\n"
            "38 LOAD_NONE\n"
            "39 RETURN_VALUE\n");
  EXPECT_EQ(exception_table(f), "4-10->21[1] 22-27->33[2] ");
  EXPECT_EQ(f->stack_size, 5);
  EXPECT_EQ(stack_size(vm, "def f(a, b):\n  with a as x, b as y:\n    pass\n", "f"), 5);
}

TEST(CompilerCodegen, AsyncForAndWith) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "async def f(a):\n  async for x in a:\n    pass\n");
  const Code* f = find_code(code, "f");
  EXPECT_EQ(listing(vm, f),
            "0 LOAD_FAST 0 (a)\n"
            "3 GET_AITER\n"
            "4 GET_ANEXT\n"
            "5 LOAD_NONE\n"
            "6 YIELD_FROM\n"
            "7 STORE_FAST 1 (x)\n"
            "10 JUMP 4 (to 4)\n"
            "13 END_ASYNC_FOR\n"
            "14 LOAD_NONE\n"
            "15 RETURN_VALUE\n");
  EXPECT_EQ(exception_table(f), "4-7->13[1] ");
  EXPECT_EQ(stack_size(vm, "async def f(a):\n  async with a as b:\n    pass\n", "f"), 5);
}

TEST(CompilerCodegen, RaiseAndAssert) {
  USE_TEST_VM();
  EXPECT_EQ(function_listing(vm, "def f(x):\n  assert x, 'bad'\n  raise E from x\n", "f"),
            "0 LOAD_FAST 0 (x)\n"
            "3 POP_JUMP_IF_TRUE 16 (to 16)\n"
            "6 LOAD_ASSERTION_ERROR\n"
            "7 LOAD_CONST 0 ('bad')\n"
            "10 CALL_FUNCTION 1 (1 positional, 0 keyword)\n"
            "13 RAISE_VARARGS 1\n"
            "16 LOAD_GLOBAL 0 (E)\n"
            "19 LOAD_FAST 0 (x)\n"
            "22 RAISE_VARARGS 2\n");
}

// --- stack depth, sizes, limits -------------------------------------------------------------------

TEST(CompilerCodegen, StackDepthOfCallsAndDisplays) {
  USE_TEST_VM();
  std::string call = "def f(g):\n  return g(";
  for (int i = 0; i < 100; ++i) call += "g, ";
  call += "k=g)\n";
  EXPECT_EQ(stack_size(vm, call, "f"), 103);
  // Long displays are built one item at a time.
  std::string list = "def f(a):\n  return [";
  for (int i = 0; i < 100; ++i) list += "a, ";
  list += "]\n";
  EXPECT_EQ(stack_size(vm, list, "f"), 2);
  EXPECT_EQ(stack_size(vm, "def f(a):\n  return {1: a, **a, 2: a}\n", "f"), 3);
  EXPECT_EQ(stack_size(vm, "def f(a, b, c):\n  return a < b < c\n", "f"), 3);
}

TEST(CompilerCodegen, FlowAnalysisCatchesInconsistentDepths) {
  // LOAD_NONE; POP_JUMP_IF_FALSE 7; LOAD_NONE; (7:) LOAD_NONE; RETURN_VALUE
  // reaches offset 7 with depth 0 by the jump and 1 by falling through.
  const uint8_t bad[] = {uint8_t(Op::LOAD_NONE), uint8_t(Op::POP_JUMP_IF_FALSE), 6, 0,
                         uint8_t(Op::LOAD_NONE), uint8_t(Op::NOP), uint8_t(Op::LOAD_NONE),
                         uint8_t(Op::RETURN_VALUE)};
  int16_t scratch[sizeof bad];
  EXPECT_EQ(flow_stack_depth(bad, sizeof bad, nullptr, 0, scratch), -1);
  const uint8_t good[] = {uint8_t(Op::LOAD_NONE), uint8_t(Op::LOAD_NONE), uint8_t(Op::BUILD_TUPLE), 2, 0,
                          uint8_t(Op::RETURN_VALUE)};
  EXPECT_EQ(flow_stack_depth(good, sizeof good, nullptr, 0, scratch), 2);
  // A handler starts with its entry's depth plus the exception.
  const ExceptionTableEntry entry{0, 1, 2, 3};
  const uint8_t handler[] = {uint8_t(Op::LOAD_NONE), uint8_t(Op::RETURN_VALUE), uint8_t(Op::RETURN_VALUE)};
  EXPECT_EQ(flow_stack_depth(handler, sizeof handler, &entry, 1, scratch), 4);
}

TEST(CompilerCodegen, FunctionTooLarge) {
  USE_TEST_VM();
  std::string src = "def f(a):\n";
  for (int i = 0; i < 6000; ++i) src += "  a.b.c.d = a.e.f.g\n";
  CompileError err;
  EXPECT_EQ(compile_quiet(vm, src, Value::null(), CompileMode::kFile, {}, &err), nullptr);
  EXPECT_STREQ(err.msg, "function too large");
  EXPECT_EQ(err.line, 1u);
}

TEST(CompilerCodegen, LineTable) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f(a):\n  x = a\n\n  y = (x +\n       a)\n  return y\n");
  const Code* f = find_code(code, "f");
  EXPECT_EQ(f->first_line, 1u);
  EXPECT_EQ(lines(f), "2 2 4 4 4 4 6 6 ");
  // Big steps are split into several pairs.
  std::string src = "def f():\n  a = 1\n";
  src += std::string(300, '\n');
  src += "  return a\n";
  const Code* g = find_code(compile_ok(vm, src), "f");
  EXPECT_EQ(lines(g), "2 2 303 303 ");
}

TEST(CompilerCodegen, OptimizationLevels) {
  USE_TEST_VM();
  const char* src = "def f(x):\n  assert x\n  return __debug__\n";
  EXPECT_EQ(listing(vm, find_code(compile_ok(vm, src, CompileMode::kFile, 1), "f")), "0 LOAD_FALSE\n1 RETURN_VALUE\n");
  const Code* o0 = find_code(compile_ok(vm, src, CompileMode::kFile, 0), "f");
  EXPECT_GT(o0->line_table_len, 0);
  const Code* o2 = find_code(compile_ok(vm, src, CompileMode::kFile, 2), "f");
  EXPECT_EQ(o2->line_table_len, 0);
}

TEST(CompilerCodegen, CompileModes) {
  USE_TEST_VM();
  EXPECT_EQ(listing(vm, compile_ok(vm, "1 + x", CompileMode::kEval)),
            "0 LOAD_SMALL_INT 1\n3 LOAD_NAME 0 (x)\n6 BINARY_OP 0 (+)\n9 RETURN_VALUE\n");
  EXPECT_EQ(listing(vm, compile_ok(vm, "x\nfor i in y: i\n", CompileMode::kSingle)),
            "0 LOAD_NAME 0 (x)\n"
            "3 PRINT_EXPR\n"
            "4 LOAD_NAME 1 (y)\n"
            "7 GET_ITER\n"
            "8 FOR_ITER 21 (to 21)\n"
            "11 STORE_NAME 2 (i)\n"
            "14 LOAD_NAME 2 (i)\n"
            "17 PRINT_EXPR\n"
            "18 JUMP 8 (to 8)\n"
            "21 LOAD_NONE\n"
            "22 RETURN_VALUE\n");
}

TEST(CompilerCodegen, NamesTableIsSharedByTheModule) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f():\n  return g\ng = f\n");
  const Code* f = find_code(code, "f");
  EXPECT_EQ(f->names, code->names);
  EXPECT_EQ(f->n_names, code->n_names);
}

TEST(CompilerCodegen, DisassemblerHeader) {
  USE_TEST_VM();
  Code* code = compile_ok(vm, "def f(a, /, b, *c, d, **e):\n  return a\n");
  StringPrinter out;
  ASSERT_TRUE(disassemble(vm, code, out));
  EXPECT_NE(out.text.find("code f (file <string>, line 1)\n"
                          "  flags VARARGS|VARKEYWORDS, args 2 (posonly 1, kwonly 1), slots 5 (cells 0, free 0), stack 1\n"
                          "  slots: a b d c e\n"),
            std::string::npos)
      << out.text;
}

TEST(CompilerCodegen, RunningOutOfMemoryIsAMemoryError) {
  Vm vm;
  VmConfig config;
  config.heap_bytes = 96 * 1024;
  config.value_stack_slots = 256;
  config.max_frames = 8;
  ASSERT_TRUE(vm.init(config, __builtin_frame_address(0)));
  std::string src;
  for (int i = 0; i < 1500; ++i) src += "def f" + std::to_string(i) + "(a, b=[1, 2, 3]):\n  return {'k': a, 'v': (b, f'{a!r}')}\n";
  CompileError err;
  EXPECT_EQ(compile_quiet(vm, src, Value::null(), CompileMode::kFile, {}, &err), nullptr);
  EXPECT_EQ(err.kind, ErrorKind::kPending);
  EXPECT_TRUE(vm.has_exc());
  vm.deinit();
}

TEST(CompilerCodegen, FutureImportsGenerateNoCode) {
  USE_TEST_VM();
  EXPECT_EQ(listing(vm, compile_ok(vm, "from __future__ import annotations\n")), "0 LOAD_NONE\n1 RETURN_VALUE\n");
}

// --- the REPL's continuation rule ---------------------------------------------------------------

TEST(CompilerCodegen, NeedsMoreInput) {
  USE_TEST_VM();
  EXPECT_FALSE(compile_needs_more_input(vm, "x = 1"));
  EXPECT_TRUE(compile_needs_more_input(vm, "x = (1,"));
  EXPECT_TRUE(compile_needs_more_input(vm, "x = '''abc"));
  EXPECT_TRUE(compile_needs_more_input(vm, "x = 1 + \\"));
  EXPECT_TRUE(compile_needs_more_input(vm, "if x:"));
  EXPECT_TRUE(compile_needs_more_input(vm, "if x:\n    y"));
  EXPECT_TRUE(compile_needs_more_input(vm, "for i in y: print(i)"));
  EXPECT_TRUE(compile_needs_more_input(vm, "@dec"));
  EXPECT_TRUE(compile_needs_more_input(vm, "if x:\n  pass\nelse:"));
  EXPECT_FALSE(compile_needs_more_input(vm, "if x:\n    y\n"));
  EXPECT_FALSE(compile_needs_more_input(vm, "def f():\n  return 1\n"));
  EXPECT_FALSE(compile_needs_more_input(vm, "x = 'abc"));  // a definite error: reported now
  EXPECT_FALSE(compile_needs_more_input(vm, "x ="));
  EXPECT_FALSE(compile_needs_more_input(vm, "if 1 2:"));
  EXPECT_FALSE(compile_needs_more_input(vm, ""));
  EXPECT_FALSE(vm.has_exc());
}

}  // namespace
}  // namespace mote::compiler
