// compiler_parser_test.cc — the AST the parser builds (shown as
// S-expressions), and the syntax errors it reports, with line and column as
// CPython 3.11 reports them.
#include <cstdio>
#include <string>

#include "compiler/ast.h"
#include "compiler/context.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
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
    config.heap_bytes = 4 << 20;
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

// --- an S-expression dump of the AST ------------------------------------------------

std::string dump(const Node* n);

std::string name(Value v) { return v.is_null() ? "_" : std::string(qstr_view(v)); }

std::string list(Nodes ns, const char* sep = " ") {
  std::string out;
  for (const Node* n : ns) {
    if (!out.empty()) out += sep;
    out += n ? dump(n) : "_";
  }
  return out;
}

std::string quoted(const char* data, uint32_t len) {
  std::string out = "'";
  for (uint32_t i = 0; i < len; ++i) {
    char ch = data[i];
    if (ch == '\n') out += "\\n";
    else if (ch == '\'') out += "\\'";
    else out += ch;
  }
  return out + "'";
}

std::string constant(const Const* k) {
  switch (ConstKind(k->op)) {
    case ConstKind::kNone: return "None";
    case ConstKind::kTrue: return "True";
    case ConstKind::kFalse: return "False";
    case ConstKind::kEllipsis: return "...";
    case ConstKind::kInt: return (k->negative ? "-" : "") + std::string(k->data, k->len);
    case ConstKind::kFloat: {
      char buf[32];
      snprintf(buf, sizeof buf, "%g", k->negative ? -k->f : k->f);
      return std::string(buf) + "f";
    }
    case ConstKind::kStr: return quoted(k->data, k->len);
    case ConstKind::kBytes: return "b" + quoted(k->data, k->len);
    case ConstKind::kImag: {
      char buf[32];
      snprintf(buf, sizeof buf, "%g", k->negative ? -k->f : k->f);
      return std::string(buf) + "j";
    }
  }
  return "?";
}

const char* binop(uint8_t op) {
  static const char* const k[] = {"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"};
  return k[op];
}

const char* cmpop(uint8_t op) {
  static const char* const k[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is-not", "in", "not-in"};
  return k[op];
}

std::string args(const Arguments* a) {
  std::string out;
  auto add = [&](const std::string& s) { out += out.empty() ? s : " " + s; };
  uint32_t first_default = a->args.n - a->defaults.n;
  for (uint32_t i = 0; i < a->args.n; ++i) {
    add(name(a->args[i].name) + (i >= first_default ? "=" + dump(a->defaults[i - first_default]) : ""));
    if (i + 1 == a->n_posonly) add("/");
  }
  if (a->vararg) add("*" + name(a->vararg->name));
  else if (a->kwonly.n) add("*");
  for (uint32_t i = 0; i < a->kwonly.n; ++i) {
    add(name(a->kwonly[i].name) + (a->kw_defaults[i] ? "=" + dump(a->kw_defaults[i]) : ""));
  }
  if (a->kwarg) add("**" + name(a->kwarg->name));
  return "(" + out + ")";
}

std::string keywords(Array<Keyword> kws) {
  std::string out;
  for (const Keyword& kw : kws) out += " " + (kw.arg.is_null() ? "**" : name(kw.arg) + "=") + dump(kw.value);
  return out;
}

std::string comprehension(const Comp* c, const char* kind) {
  std::string out = std::string("(") + kind + " " + dump(c->elt);
  if (c->value) out += ":" + dump(c->value);
  for (const Comprehension& g : c->generators) {
    out += " (for " + dump(g.target) + " " + dump(g.iter);
    for (const Node* cond : g.ifs) out += " (if " + dump(cond) + ")";
    out += ")";
  }
  return out + ")";
}

std::string block(const char* head, Nodes body) { return std::string("(") + head + " " + list(body, "; ") + ")"; }

std::string dump_expr(const Node* n) {
  switch (n->kind) {
    case NodeKind::kName: return name(static_cast<const Name*>(n)->id);
    case NodeKind::kConst: return constant(static_cast<const Const*>(n));
    case NodeKind::kJoinedStr: return "(f " + list(static_cast<const JoinedStr*>(n)->values) + ")";
    case NodeKind::kFormattedValue: {
      auto* f = static_cast<const FormattedValue*>(n);
      static const char* const conv[] = {"", " !s", " !r", " !a"};
      return "(fmt " + dump(f->value) + conv[f->op] + (f->spec ? " " + dump(f->spec) : "") + ")";
    }
    case NodeKind::kBoolOp:
      return std::string("(") + (n->op ? "or " : "and ") + list(static_cast<const BoolOp*>(n)->values) + ")";
    case NodeKind::kBinOp: {
      auto* b = static_cast<const BinOp*>(n);
      return std::string("(") + binop(b->op) + " " + dump(b->left) + " " + dump(b->right) + ")";
    }
    case NodeKind::kUnaryOp: {
      static const char* const k[] = {"neg", "pos", "~", "not"};
      return std::string("(") + k[n->op] + " " + dump(static_cast<const UnaryOpNode*>(n)->operand) + ")";
    }
    case NodeKind::kCompare: {
      auto* c = static_cast<const Compare*>(n);
      std::string out = "(cmp " + dump(c->left);
      for (uint32_t i = 0; i < c->comparators.n; ++i) out += std::string(" ") + cmpop(c->ops[i]) + " " + dump(c->comparators[i]);
      return out + ")";
    }
    case NodeKind::kCall: {
      auto* c = static_cast<const Call*>(n);
      std::string a = list(c->args);
      return "(call " + dump(c->func) + (a.empty() ? "" : " " + a) + keywords(c->keywords) + ")";
    }
    case NodeKind::kAttribute: {
      auto* a = static_cast<const Attribute*>(n);
      return "(. " + dump(a->value) + " " + name(a->attr) + ")";
    }
    case NodeKind::kSubscript: {
      auto* s = static_cast<const Subscript*>(n);
      return "([] " + dump(s->value) + " " + dump(s->slice) + ")";
    }
    case NodeKind::kStarred: return "*" + dump(static_cast<const Starred*>(n)->value);
    case NodeKind::kList: return "(list " + list(static_cast<const Sequence*>(n)->elts) + ")";
    case NodeKind::kTuple: return "(tuple " + list(static_cast<const Sequence*>(n)->elts) + ")";
    case NodeKind::kSet: return "(set " + list(static_cast<const Sequence*>(n)->elts) + ")";
    case NodeKind::kDict: {
      auto* d = static_cast<const Dict*>(n);
      std::string out = "(dict";
      for (uint32_t i = 0; i < d->keys.n; ++i) out += " " + (d->keys[i] ? dump(d->keys[i]) + ":" : "**") + dump(d->values[i]);
      return out + ")";
    }
    case NodeKind::kListComp: return comprehension(static_cast<const Comp*>(n), "listcomp");
    case NodeKind::kSetComp: return comprehension(static_cast<const Comp*>(n), "setcomp");
    case NodeKind::kDictComp: return comprehension(static_cast<const Comp*>(n), "dictcomp");
    case NodeKind::kGenExp: return comprehension(static_cast<const Comp*>(n), "genexp");
    case NodeKind::kIfExp: {
      auto* e = static_cast<const IfExp*>(n);
      return "(ifexp " + dump(e->test) + " " + dump(e->body) + " " + dump(e->orelse) + ")";
    }
    case NodeKind::kLambda: {
      auto* l = static_cast<const Lambda*>(n);
      return "(lambda " + args(l->args) + " " + dump(l->body) + ")";
    }
    case NodeKind::kNamedExpr: {
      auto* w = static_cast<const NamedExpr*>(n);
      return "(:= " + dump(w->target) + " " + dump(w->value) + ")";
    }
    case NodeKind::kYield: {
      auto* y = static_cast<const YieldNode*>(n);
      return y->value ? "(yield " + dump(y->value) + ")" : "(yield)";
    }
    case NodeKind::kYieldFrom: return "(yield-from " + dump(static_cast<const YieldNode*>(n)->value) + ")";
    case NodeKind::kAwait: return "(await " + dump(static_cast<const YieldNode*>(n)->value) + ")";
    case NodeKind::kSlice: {
      auto* s = static_cast<const Slice*>(n);
      return "(slice " + (s->lower ? dump(s->lower) : "_") + " " + (s->upper ? dump(s->upper) : "_") + " " +
             (s->step ? dump(s->step) : "_") + ")";
    }
    default: return "?";
  }
}

std::string dump_stmt(const Node* n) {
  switch (n->kind) {
    case NodeKind::kFunctionDef: {
      auto* f = static_cast<const FunctionDef*>(n);
      std::string d = f->decorators.n ? "@(" + list(f->decorators) + ") " : "";
      return d + block(((f->op ? "async-def " : "def ") + name(f->name) + " " + args(f->args)).c_str(), f->body);
    }
    case NodeKind::kClassDef: {
      auto* k = static_cast<const ClassDef*>(n);
      std::string d = k->decorators.n ? "@(" + list(k->decorators) + ") " : "";
      return d + block(("class " + name(k->name) + " (" + list(k->bases) + keywords(k->keywords) + ")").c_str(), k->body);
    }
    case NodeKind::kReturn: {
      auto* r = static_cast<const Return*>(n);
      return r->value ? "(return " + dump(r->value) + ")" : "(return)";
    }
    case NodeKind::kDelete: return "(del " + list(static_cast<const Delete*>(n)->targets) + ")";
    case NodeKind::kAssign: {
      auto* a = static_cast<const Assign*>(n);
      return "(= " + list(a->targets) + " " + dump(a->value) + ")";
    }
    case NodeKind::kAugAssign: {
      auto* a = static_cast<const AugAssign*>(n);
      return std::string("(") + binop(a->op) + "= " + dump(a->target) + " " + dump(a->value) + ")";
    }
    case NodeKind::kAnnAssign: {
      auto* a = static_cast<const AnnAssign*>(n);
      return "(ann " + dump(a->target) + " " + dump(a->annotation) + (a->value ? " " + dump(a->value) : "") + ")";
    }
    case NodeKind::kFor: {
      auto* f = static_cast<const For*>(n);
      std::string head = (f->op ? "async-for " : "for ") + dump(f->target) + " " + dump(f->iter);
      return block(head.c_str(), f->body) + (f->orelse.n ? " " + block("else", f->orelse) : "");
    }
    case NodeKind::kWhile: {
      auto* w = static_cast<const While*>(n);
      return block(("while " + dump(w->test)).c_str(), w->body) + (w->orelse.n ? " " + block("else", w->orelse) : "");
    }
    case NodeKind::kIf: {
      auto* i = static_cast<const If*>(n);
      return block(((i->op ? "elif " : "if ") + dump(i->test)).c_str(), i->body) +
             (i->orelse.n ? " " + (i->orelse[0]->kind == NodeKind::kIf && i->orelse[0]->op ? dump(i->orelse[0])
                                                                                            : block("else", i->orelse))
                          : "");
    }
    case NodeKind::kWith: {
      auto* w = static_cast<const With*>(n);
      std::string head = w->op ? "async-with" : "with";
      for (const WithItem& it : w->items) head += " " + dump(it.context_expr) + (it.optional_vars ? " as " + dump(it.optional_vars) : "");
      return block(head.c_str(), w->body);
    }
    case NodeKind::kRaise: {
      auto* r = static_cast<const Raise*>(n);
      return std::string("(raise") + (r->exc ? " " + dump(r->exc) : "") + (r->cause ? " from " + dump(r->cause) : "") + ")";
    }
    case NodeKind::kTry: {
      auto* t = static_cast<const Try*>(n);
      std::string out = block("try", t->body);
      for (const ExceptHandler& h : t->handlers) {
        std::string head = "except" + (h.type ? " " + dump(h.type) : "") + (h.name.is_null() ? "" : " as " + name(h.name));
        out += " " + block(head.c_str(), h.body);
      }
      if (t->orelse.n) out += " " + block("else", t->orelse);
      if (t->finalbody.n) out += " " + block("finally", t->finalbody);
      return out;
    }
    case NodeKind::kAssert: {
      auto* a = static_cast<const Assert*>(n);
      return "(assert " + dump(a->test) + (a->msg ? " " + dump(a->msg) : "") + ")";
    }
    case NodeKind::kImport: {
      std::string out = "(import";
      for (const Alias& a : static_cast<const Import*>(n)->names) out += " " + name(a.name) + (a.asname.is_null() ? "" : " as " + name(a.asname));
      return out + ")";
    }
    case NodeKind::kImportFrom: {
      auto* f = static_cast<const ImportFrom*>(n);
      std::string out = "(from " + std::string(f->level, '.') + (f->module.is_null() ? "" : name(f->module));
      for (const Alias& a : f->names) out += " " + name(a.name) + (a.asname.is_null() ? "" : " as " + name(a.asname));
      return out + ")";
    }
    case NodeKind::kGlobal: case NodeKind::kNonlocal: {
      std::string out = n->kind == NodeKind::kGlobal ? "(global" : "(nonlocal";
      for (Value v : static_cast<const NameList*>(n)->names) out += " " + name(v);
      return out + ")";
    }
    case NodeKind::kExpr: return dump(static_cast<const ExprStmt*>(n)->value);
    case NodeKind::kPass: return "pass";
    case NodeKind::kBreak: return "break";
    case NodeKind::kContinue: return "continue";
    default: return "?";
  }
}

std::string dump(const Node* n) { return is_expr(n) ? dump_expr(n) : dump_stmt(n); }

// Parses `src` (statements) and dumps them, separated by "; "; or returns
// "error: <msg> @line:col".
std::string parse(Vm& vm, std::string_view src) {
  Ctx c;
  c.vm = &vm;
  c.src = src;
  c.arena.init(&vm);
  stack_guard_init(c);
  Lexer lexer;
  Parser parser;
  std::string out;
  if (parser.init(&c, &lexer)) {
    for (;;) {
      bool done;
      Node* s = parser.next_statement(&done);
      if (done || !s) break;
      out += (out.empty() ? "" : "; ") + dump(s);
    }
  }
  if (c.failed()) {
    out = std::string("error: ") + c.diag.msg + " @" + std::to_string(c.line_of(c.diag.pos)) + ":" +
          std::to_string(c.column_of(c.diag.pos));
  }
  c.arena.release();
  return out;
}

// The error of compiling `src` completely (all passes), as "msg @line:col".
std::string compile_error(Vm& vm, std::string_view src) {
  CompileError err;
  Code* code = compile_quiet(vm, src, Value::null(), CompileMode::kFile, {}, &err);
  if (code) return "OK";
  std::string kind = err.kind == ErrorKind::kIndentation ? "IndentationError: " : "";
  return kind + err.msg + " @" + std::to_string(err.line) + ":" + std::to_string(err.column);
}

// --- expressions ------------------------------------------------------------------------

TEST(CompilerParser, Precedence) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "a + b * c - d"), "(- (+ a (* b c)) d)");
  EXPECT_EQ(parse(vm, "-x ** 2"), "(neg (** x 2))");
  EXPECT_EQ(parse(vm, "a ** b ** c"), "(** a (** b c))");
  EXPECT_EQ(parse(vm, "a | b ^ c & d << e + f @ g"), "(| a (^ b (& c (<< d (+ e (@ f g))))))");
  EXPECT_EQ(parse(vm, "not a == b and c or d"), "(or (and (not (cmp a == b)) c) d)");
  EXPECT_EQ(parse(vm, "a if b else c if d else e"), "(ifexp b a (ifexp d c e))");
  EXPECT_EQ(parse(vm, "~-+x"), "(~ (neg (pos x)))");
  EXPECT_EQ(parse(vm, "await x ** 2") , "(** (await x) 2)");
}

TEST(CompilerParser, NegativeLiteralsAreFolded) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "-1, - 2.5, --3, -(4)"), "(tuple -1 -2.5f 3 -4)");
}

TEST(CompilerParser, Comparisons) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "a < b <= c"), "(cmp a < b <= c)");
  EXPECT_EQ(parse(vm, "a not in b is not c in d is e"), "(cmp a not-in b is-not c in d is e)");
}

TEST(CompilerParser, Atoms) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "(), (1,), [], {}, {1}, {1: 2, **d}, ..., None"),
            "(tuple (tuple ) (tuple 1) (list ) (dict) (set 1) (dict 1:2 **d) ... None)");
  EXPECT_EQ(parse(vm, "[*a, *b], {*a, 1}, (*a, b)"), "(tuple (list *a *b) (set *a 1) (tuple *a b))");
  EXPECT_EQ(parse(vm, "0x_ff + 1_000 + 1.5e3"), "(+ (+ 0x_ff 1_000) 1500f)");
  // An imaginary literal holds its imaginary part; a minus folds into it.
  EXPECT_EQ(parse(vm, "1 + 2.5j, -1_0J, - -1e3j"), "(tuple (+ 1 2.5j) -10j 1000j)");
}

TEST(CompilerParser, Strings) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "'a' \"b\" '''c'''"), "'abc'");
  EXPECT_EQ(parse(vm, "b'\\x41\\101' rb'\\n'"), "b'AA\\n'");
  EXPECT_EQ(parse(vm, "'\\t\\u00e9\\U0001F600\\\\'"), "'\t\xC3\xA9\xF0\x9F\x98\x80\\'");
  EXPECT_EQ(parse(vm, "'x' f'{y}'"), "(f 'x' (fmt y))");
}

TEST(CompilerParser, FStrings) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "f'a{x!r:>{w}}b{{c}}'"), "(f 'a' (fmt x !r (f '>' (fmt w))) 'b{c}')");
  EXPECT_EQ(parse(vm, "f'{x=}'"), "(f 'x=' (fmt x !r))");
  EXPECT_EQ(parse(vm, "f'{x = :>3}'"), "(f 'x = ' (fmt x (f '>3')))");
  EXPECT_EQ(parse(vm, "f'{a, b}{d[\"k\"]}'"), "(f (fmt (tuple a b)) (fmt ([] d 'k')))");
  EXPECT_EQ(parse(vm, "f'{x:{y}.{z}f}'"), "(f (fmt x (f (fmt y) '.' (fmt z) 'f')))");
  EXPECT_EQ(parse(vm, "f'{a != b}'"), "(f (fmt (cmp a != b)))");
}

TEST(CompilerParser, CallsAndTrailers) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
  EXPECT_EQ(parse(vm, "f(x for x in y)"), "(call f (genexp x (for x y)))");
  EXPECT_EQ(parse(vm, "o.m(1)[2].a"), "(. ([] (call (. o m) 1) 2) a)");
  EXPECT_EQ(parse(vm, "a[1:2:3], a[::2], a[:], a[1:2, 3], a[*b]"),
            "(tuple ([] a (slice 1 2 3)) ([] a (slice _ _ 2)) ([] a (slice _ _ _)) ([] a (tuple (slice 1 2 _) 3)) "
            "([] a (tuple *b)))");
}

TEST(CompilerParser, Comprehensions) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "[x * y for x in a if x for y in b if y if x]"),
            "(listcomp (* x y) (for x a (if x)) (for y b (if y) (if x)))");
  EXPECT_EQ(parse(vm, "{k: v for k, v in d}"), "(dictcomp k:v (for (tuple k v) d))");
  EXPECT_EQ(parse(vm, "{x for x in y}"), "(setcomp x (for x y))");
}

TEST(CompilerParser, LambdaAndWalrus) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "lambda a, b=1, *c, d, **e: a"), "(lambda (a b=1 *c d **e) a)");
  EXPECT_EQ(parse(vm, "lambda: 0"), "(lambda () 0)");
  EXPECT_EQ(parse(vm, "if (n := len(a)) > 3: pass"), "(if (cmp (:= n (call len a)) > 3) pass)");
}

TEST(CompilerParser, Yield) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "def g():\n  x = yield\n  y = yield a, b\n  yield from z"),
            "(def g () (= x (yield)); (= y (yield (tuple a b))); (yield-from z))");
}

// --- statements --------------------------------------------------------------------------

TEST(CompilerParser, Assignments) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "a = b = c"), "(= a b c)");
  EXPECT_EQ(parse(vm, "a, *b = [c, d] = e"), "(= (tuple a *b) (list c d) e)");
  EXPECT_EQ(parse(vm, "x.y[0] += 1"), "(+= ([] (. x y) 0) 1)");
  EXPECT_EQ(parse(vm, "x: int = 1; y: list"), "(ann x int 1); (ann y list)");
  EXPECT_EQ(parse(vm, "a = *b, c"), "(= a (tuple *b c))");
  EXPECT_EQ(parse(vm, "x @= y"), "(@= x y)");
}

TEST(CompilerParser, SimpleStatements) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "del a, b[0], c.d; pass; global g, h"), "(del a ([] b 0) (. c d)); pass; (global g h)");
  EXPECT_EQ(parse(vm, "raise E from c"), "(raise E from c)");
  EXPECT_EQ(parse(vm, "raise"), "(raise)");
  EXPECT_EQ(parse(vm, "assert x, 'msg'"), "(assert x 'msg')");
}

TEST(CompilerParser, Imports) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "import a.b.c as d, e"), "(import a.b.c as d e)");
  EXPECT_EQ(parse(vm, "from . import x"), "(from . x)");
  EXPECT_EQ(parse(vm, "from ..a import b as c, d"), "(from ..a b as c d)");
  EXPECT_EQ(parse(vm, "from x import *"), "(from x *)");
  EXPECT_EQ(parse(vm, "from ... m import (a,\n b,)"), "(from ...m a b)");
}

TEST(CompilerParser, CompoundStatements) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "if a:\n  b\nelif c:\n  d\nelse:\n  e"), "(if a b) (elif c d) (else e)");
  EXPECT_EQ(parse(vm, "while x: y\nelse: z"), "(while x y) (else z)");
  EXPECT_EQ(parse(vm, "for i, j in x:\n  pass\nelse:\n  break"), "(for (tuple i j) x pass) (else break)");
  EXPECT_EQ(parse(vm, "try:\n  a\nexcept (E, F) as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  f"),
            "(try a) (except (tuple E F) as e b) (except c) (else d) (finally f)");
  EXPECT_EQ(parse(vm, "with a as b, c: pass"), "(with a as b c pass)");
  EXPECT_EQ(parse(vm, "with (a as b, c as d,): pass"), "(with a as b c as d pass)");
  EXPECT_EQ(parse(vm, "with (a, b) as c: pass"), "(with (tuple a b) as c pass)");
  EXPECT_EQ(parse(vm, "with (yield x): pass"), "(with (yield x) pass)");
}

TEST(CompilerParser, Definitions) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "@d1\n@d2.x(3)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a"),
            "@(d1 (call (. d2 x) 3)) (def f (a b=1 / c=2 *args d e=3 **kw) (return a))");
  EXPECT_EQ(parse(vm, "def f(*, a, b: int = 1): pass"), "(def f (* a b=1) pass)");
  EXPECT_EQ(parse(vm, "class C(B, metaclass=M):\n  x = 1\n  def m(self): pass"),
            "(class C (B metaclass=M) (= x 1); (def m (self) pass))");
  EXPECT_EQ(parse(vm, "async def f():\n  async for x in y: await x\n  async with a: pass"),
            "(async-def f () (async-for x y (await x)); (async-with a pass))");
}

TEST(CompilerParser, SoftKeywordsAreNames) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "match = case = _ = 1\ndef f(match, case=0): pass"), "(= match case _ 1); (def f (match case=0) pass)");
}

TEST(CompilerParser, PrivateNamesAreMangledInClasses) {
  USE_TEST_VM();
  EXPECT_EQ(parse(vm, "class _C:\n  __a = 1\n  def __m(self, __p):\n    return self.__b + __p + f(__k=1) + self.__d__\n"
                      "__a"),
            "(class _C () (= _C__a 1); (def _C__m (self _C__p) (return (+ (+ (+ (. self _C__b) _C__p) (call f __k=1)) "
            "(. self __d__))))); __a");
}

TEST(CompilerParser, ElifChainsDoNotNest) {
  USE_TEST_VM();
  std::string src = "if x == 0: pass\n";
  for (int i = 1; i < 500; ++i) src += "elif x == " + std::to_string(i) + ": pass\n";
  EXPECT_EQ(compile_error(vm, src), "OK");
  std::string sum = "x = 0";
  for (int i = 0; i < 2000; ++i) sum += " + a";
  EXPECT_EQ(compile_error(vm, sum), "OK");
}

// --- errors ------------------------------------------------------------------------------------

// Each case: source, then the error CPython 3.11 reports (message @line:column).
struct ErrorCase {
  const char* src;
  const char* error;
};

const ErrorCase kSyntaxErrors[] = {
    {"x = $", "invalid syntax @1:5"},
    {"1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1"},
    {"f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1"},
    {"a, 1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='? @1:4"},
    {"for 1 in x: pass", "cannot assign to literal @1:5"},
    {"del 1", "cannot delete literal @1:5"},
    {"1 += 1", "'literal' is an illegal expression for augmented assignment @1:1"},
    {"True = 1", "cannot assign to True @1:1"},
    {"__debug__ = 1", "cannot assign to __debug__ @1:1"},
    {"1 if 2 else 3 = 4", "cannot assign to conditional expression @1:1"},
    {"x = yield = 3", "assignment to yield expression not possible @1:5"},
    {"(a, *b, *c) = 1", "multiple starred expressions in assignment @1:1"},
    {"*a = 1", "starred assignment target must be in a list or tuple @1:1"},
    {"def f(a=1, b): pass", "non-default argument follows default argument @1:12"},
    {"def f(x, x): pass", "duplicate argument 'x' in function definition @1:10"},
    {"f(a=1, a=2)", "keyword argument repeated: a @1:8"},
    {"f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking @1:8"},
    {"f(x for x in y, 1)", "Generator expression must be parenthesized @1:3"},
    {"def f(*): pass", "named arguments must follow bare * @1:7"},
    {"a if b", "expected 'else' after 'if' expression @1:1"},
    {"x := 1", "invalid syntax @1:3"},
    {"return 1", "'return' outside function @1:1"},
    {"class A: return", "'return' outside function @1:10"},
    {"break", "'break' outside loop @1:1"},
    {"continue", "'continue' not properly in loop @1:1"},
    {"while 1:\n  def f():\n    break", "'break' outside loop @3:5"},
    {"await x", "'await' outside function @1:1"},
    {"def f(): await x", "'await' outside async function @1:10"},
    {"async def f(): yield from x", "'yield from' inside async function @1:16"},
    {"nonlocal x", "nonlocal declaration not allowed at module level @1:1"},
    {"def f():\n  nonlocal x", "no binding for nonlocal 'x' found @2:3"},
    {"def f(a):\n global a", "name 'a' is parameter and global @2:2"},
    {"def f():\n global x\n x = 1\n global x", "name 'x' is assigned to before global declaration @4:2"},
    {"def f():\n  from m import *", "import * only allowed at module level @2:3"},
    {"'a' b'b'", "cannot mix bytes and nonbytes literals @1:5"},
    {"b'\xC3\xA9'", "bytes can only contain ASCII literal characters @1:1"},
    {"f'{}'", "f-string: empty expression not allowed @1:4"},
    {"f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a' @1:6"},
    {"f'}'", "f-string: single '}' is not allowed @1:3"},
    {"f'{x:{y:{z}}}'", "f-string: expressions nested too deeply @1:9"},
    {"1jj", "invalid imaginary literal @1:2"},
    {"x = 1 +", "invalid syntax @1:8"},
    {"try:\n  pass", "expected 'except' or 'finally' block @2:7"},
    {"if x:\n  pass\nelse", "expected ':' @3:5"},
};

TEST(CompilerParser, SyntaxErrorsMatchCPython) {
  USE_TEST_VM();
  for (const ErrorCase& e : kSyntaxErrors) EXPECT_EQ(compile_error(vm, e.src), e.error) << e.src;
}

TEST(CompilerParser, IndentationErrors) {
  USE_TEST_VM();
  EXPECT_EQ(compile_error(vm, "if 1:\nx"), "IndentationError: expected an indented block after 'if' statement on line 1 @2:1");
  EXPECT_EQ(compile_error(vm, "def f():\n\n"),
            "IndentationError: expected an indented block after function definition on line 1 @3:1");
  EXPECT_EQ(compile_error(vm, "x\n  y"), "IndentationError: unexpected indent @2:3");
  EXPECT_EQ(compile_error(vm, "if 1:\n    x\n  y"),
            "IndentationError: unindent does not match any outer indentation level @3:3");
}

TEST(CompilerParser, DeepNestingIsAnErrorNotACrash) {
  USE_TEST_VM();
  EXPECT_EQ(compile_error(vm, std::string(10000, '(')), "too many nested parentheses @1:65");
  EXPECT_EQ(compile_error(vm, "x = " + std::string(10000, '-') + "1"), "expression too complex @1:204");
  EXPECT_EQ(compile_error(vm, "x = " + std::string(10000, '[')), "too many nested parentheses @1:69");
  std::string lambdas = "f = ";
  for (int i = 0; i < 5000; ++i) lambdas += "lambda: ";
  EXPECT_EQ(compile_error(vm, lambdas + "0").substr(0, 22), "expression too complex");
}

}  // namespace
}  // namespace mote::compiler
