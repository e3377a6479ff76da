// ast.h — the abstract syntax tree the parser builds and the later passes read.
//
// Nodes follow CPython's `ast` module (same names, same shapes) so the
// grammar and the lowering rules can be checked against CPython's, but are
// laid out for a small heap: every node starts with a 12-byte header (kind,
// an operator/flag byte, the subtree depth, source offset and line) and
// lists are (pointer, count) pairs into the arena. Nodes live in the
// compiler's Arena and are freed in bulk after each top-level statement has
// been compiled.
//
// `depth` (expressions only) is 1 + the largest depth of the node's
// children. The parser refuses an expression deeper than kMaxAstDepth, which
// bounds the recursion of every later pass (scope analysis and code
// generation walk the tree recursively); statement nesting is bounded by the
// indentation limit. Two shapes are walked in loops and add no depth: an
// `elif` chain (stored nested as in CPython) and the left spine of a chain of
// binary operators.
//
// Names are interned qstr Values. Constants keep their source text (numbers)
// or their decoded bytes (strings) until the code generator turns them into
// runtime objects: nothing in the AST needs the GC to trace it except the
// arena chunks themselves.
//
// `match` statements (PEP 634) are a Match node holding MatchCases; each
// case's pattern is a tree of the pattern node kinds after kContinue (as
// CPython's `ast.pattern` classes). Patterns are neither expressions nor
// statements: only parser_match.cc, the scope pass and codegen_match.cc
// see them.
#pragma once

#include <cstdint>

#include "vm/value.h"

namespace mote::compiler {

struct Scope;

enum class NodeKind : uint8_t {
  // expressions
  kName, kConst, kJoinedStr, kFormattedValue, kBoolOp, kBinOp, kUnaryOp, kCompare, kCall,
  kAttribute, kSubscript, kStarred, kList, kTuple, kSet, kDict, kListComp, kSetComp, kDictComp,
  kGenExp, kIfExp, kLambda, kNamedExpr, kYield, kYieldFrom, kAwait, kSlice,
  // statements
  kFunctionDef, kClassDef, kReturn, kDelete, kAssign, kAugAssign, kAnnAssign, kFor, kWhile, kIf,
  kWith, kRaise, kTry, kAssert, kImport, kImportFrom, kGlobal, kNonlocal, kExpr, kPass, kBreak,
  kContinue, kMatch,
  // patterns (inside a Match only)
  kMatchValue, kMatchSingleton, kMatchSequence, kMatchMapping, kMatchClass, kMatchStar, kMatchAs,
  kMatchOr,
};

struct Node {
  NodeKind kind;
  uint8_t op;      // per kind: operator, expression context, flags
  uint16_t depth;  // height of this subtree (leaves are 1)
  uint32_t pos;    // byte offset of the node's first token
  uint32_t line;   // its line (1-based)
};

template <class T>
struct Array {
  T* items = nullptr;
  uint32_t n = 0;
  T& operator[](uint32_t i) const { return items[i]; }
  T* begin() const { return items; }
  T* end() const { return items + n; }
};
using Nodes = Array<Node*>;

// Expression context of Name/Attribute/Subscript/Starred/List/Tuple (in `op`).
enum class ExprCtx : uint8_t { kLoad, kStore, kDel };

// --- expressions -------------------------------------------------------------

struct Name : Node {
  Value id;  // qstr
};

enum class ConstKind : uint8_t { kNone, kTrue, kFalse, kEllipsis, kInt, kFloat, kStr, kBytes, kImag };

struct Const : Node {  // op: ConstKind
  bool negative;       // a number literal under a folded unary minus
  uint8_t base;        // ints: 10, 16, 8 or 2
  uint32_t len;        // bytes of `data`
  const char* data;    // int: source digits (may contain '_'); str/bytes: decoded contents
  double f;            // floats: the value; imaginary literals (kImag): the imaginary part
};

// f-string: a sequence of str Consts and FormattedValues.
struct JoinedStr : Node {
  Nodes values;
};

struct FormattedValue : Node {  // op: conversion 0 none, 1 !s, 2 !r, 3 !a (as kFormatConversionMask)
  Node* value;
  Node* spec;  // a JoinedStr, or nullptr
};

enum class BoolOpKind : uint8_t { kAnd, kOr };
struct BoolOp : Node {  // op: BoolOpKind
  Nodes values;         // two or more
};

struct BinOp : Node {  // op: BinaryOp (vm/opcode.h)
  Node* left;
  Node* right;
};

struct UnaryOpNode : Node {  // op: UnaryOp (vm/opcode.h)
  Node* operand;
};

// Comparison operators beyond CompareOp's six.
enum class CmpKind : uint8_t { kLt, kLe, kEq, kNe, kGt, kGe, kIs, kIsNot, kIn, kNotIn };
struct Compare : Node {
  Node* left;
  uint8_t* ops;  // n CmpKinds
  Nodes comparators;
};

struct Keyword {
  Value arg;  // qstr, or null for **mapping
  Node* value;
  uint32_t pos;
};

struct Call : Node {
  Node* func;
  Nodes args;  // may contain Starred
  Array<Keyword> keywords;
};

struct Attribute : Node {  // op: ExprCtx
  Node* value;
  Value attr;  // qstr
};

struct Subscript : Node {  // op: ExprCtx
  Node* value;
  Node* slice;  // an expression, a Slice, or a Tuple containing Slices
};

struct Starred : Node {  // op: ExprCtx
  Node* value;
};

struct Sequence : Node {  // List, Tuple, Set; op: ExprCtx
  Nodes elts;
};

struct Dict : Node {
  Nodes keys;    // nullptr key: `**values[i]`
  Nodes values;
};

struct Comprehension {
  Node* target;
  Node* iter;
  Nodes ifs;
  bool is_async;
};

struct Comp : Node {  // ListComp, SetComp, DictComp, GenExp
  Node* elt;          // the key for a DictComp
  Node* value;        // DictComp only
  Array<Comprehension> generators;
  Scope* scope;       // set by the scope pass
};

struct IfExp : Node {
  Node* test;
  Node* body;
  Node* orelse;
};

struct Arg {
  Value name;  // qstr
  Node* annotation;
  uint32_t pos;
};

struct Arguments {
  Array<Arg> args;       // positional, the first n_posonly of them positional-only
  uint32_t n_posonly;
  Nodes defaults;        // for the last defaults.n positional parameters
  Arg* vararg;           // *args, or nullptr
  Array<Arg> kwonly;
  Nodes kw_defaults;     // one per kwonly parameter, nullptr where none
  Arg* kwarg;            // **kwargs, or nullptr
};

struct Lambda : Node {
  Arguments* args;
  Node* body;
  Scope* scope;
};

struct NamedExpr : Node {
  Node* target;  // a Name
  Node* value;
};

struct YieldNode : Node {  // Yield, YieldFrom, Await
  Node* value;             // nullptr for a bare `yield`
};

struct Slice : Node {
  Node* lower;
  Node* upper;
  Node* step;
};

// --- statements ----------------------------------------------------------------

struct FunctionDef : Node {  // op: 1 for async def
  Value name;
  Arguments* args;
  Nodes body;
  Nodes decorators;
  Node* returns;
  Scope* scope;
};

struct ClassDef : Node {
  Value name;
  Nodes bases;
  Array<Keyword> keywords;
  Nodes body;
  Nodes decorators;
  Scope* scope;
};

struct Return : Node {
  Node* value;  // may be nullptr
};

struct Delete : Node {
  Nodes targets;
};

struct Assign : Node {
  Nodes targets;  // a = b = value: two targets
  Node* value;
};

struct AugAssign : Node {  // op: BinaryOp (the plain form; the code generator adds kInplaceOffset)
  Node* target;
  Node* value;
};

struct AnnAssign : Node {  // op: 1 if the target is a simple name
  Node* target;
  Node* annotation;  // parsed, never evaluated
  Node* value;       // may be nullptr
};

struct For : Node {  // op: 1 for async for
  Node* target;
  Node* iter;
  Nodes body;
  Nodes orelse;
};

struct While : Node {
  Node* test;
  Nodes body;
  Nodes orelse;
};

struct If : Node {
  Node* test;
  Nodes body;
  Nodes orelse;  // an `elif` is a single nested If here, with op = 1
};

struct WithItem {
  Node* context_expr;
  Node* optional_vars;  // may be nullptr
};

struct With : Node {  // op: 1 for async with
  Array<WithItem> items;
  Nodes body;
};

struct Raise : Node {
  Node* exc;    // nullptr: bare raise
  Node* cause;
};

struct ExceptHandler {
  Node* type;  // nullptr: bare except
  Value name;  // qstr, or null
  Nodes body;
  uint32_t pos;
  uint32_t line;
};

struct Try : Node {
  Nodes body;
  Array<ExceptHandler> handlers;
  Nodes orelse;
  Nodes finalbody;
};

struct Assert : Node {
  Node* test;
  Node* msg;
};

struct Alias {
  Value name;    // qstr: the dotted module name, or the imported name
  Value asname;  // qstr or null
  uint32_t pos;
};

struct Import : Node {
  Array<Alias> names;
};

struct ImportFrom : Node {
  Value module;  // qstr, or null for `from . import x`
  Array<Alias> names;  // a single "*" for `import *`
  uint32_t level;
};

struct NameList : Node {  // Global, Nonlocal
  Array<Value> names;
};

struct ExprStmt : Node {
  Node* value;
};

// --- match statements and patterns ---------------------------------------------------

struct MatchCase {
  Node* pattern;
  Node* guard;  // nullptr: no `if`
  Nodes body;
};

struct Match : Node {
  Node* subject;
  Array<MatchCase> cases;
};

struct MatchValue : Node {  // a literal or a dotted name, compared with ==
  Node* value;
};

// MatchSingleton: None/True/False compared with `is`; op: ConstKind.

struct MatchSequence : Node {  // [p, *rest, q] / (p, q)
  Nodes patterns;              // at most one MatchStar
};

struct MatchMapping : Node {  // {k: p, **rest}
  Nodes keys;                 // literal or value expressions
  Nodes patterns;
  Value rest;                 // qstr, or null
};

struct MatchClass : Node {  // Cls(p, attr=q)
  Node* cls;                // a Name or dotted Attribute
  Nodes patterns;
  Array<Value> kwd_attrs;   // qstrs
  Nodes kwd_patterns;
};

struct MatchStar : Node {  // *name / *_
  Value name;              // qstr, or null for `*_`
};

struct MatchAs : Node {  // `p as name`, a capture `name` (pattern nullptr) or `_` (both null)
  Node* pattern;
  Value name;
};

struct MatchOr : Node {  // p | q | ...
  Nodes patterns;
};

inline bool is_expr(const Node* n) { return n->kind <= NodeKind::kSlice; }

}  // namespace mote::compiler
