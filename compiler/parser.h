// parser.h — tokens to AST: a recursive-descent parser for Python 3.11.
//
// The parser is hand-written, one function per grammar rule, each carrying
// its rule from CPython's Grammar/python.gram (simplified to what the
// function does) in a comment. It needs one token of lookahead, and a second
// one in a few places (`not in`, `is not`, `async for` in a comprehension,
// `*, **k` in parameters). Keyword arguments are found by parsing an
// expression and then seeing '='; assignment targets are parsed as
// expressions and then checked and re-labelled (`set_context`), as CPython
// does, which is also where "cannot assign to ..." errors come from. The one
// ambiguity that needs backtracking, `with (a, b):` versus `with (a, b) as
// c:`, saves and restores the lexer.
//
// Statements are handed out one top-level statement at a time
// (`next_statement`), so the compiler can generate code for it and free its
// AST before parsing the next: peak RAM is that of the largest top-level
// statement, not of the module. Node lists are built on one scratch stack
// and copied to the arena at their exact size.
//
// Recursion is bounded twice: every recursive rule counts nesting (at most
// kMaxParseNesting calls, kMaxAstDepth levels of expression: "too many
// nested parentheses" / "expression too complex"), and also checks a C-stack
// budget measured from the compiler's entry, so a small microcontroller
// stack cannot overflow whatever the input.
#pragma once

#include <type_traits>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/context.h"
#include "compiler/lexer.h"
#include "vm/opcode.h"

namespace mote::compiler {

// The most C stack the compiler may use below its entry point, checked by
// every recursive function of the parser, scope pass and code generator. The
// budget is a quarter of the VM's C stack (VmConfig::c_stack_bytes or the
// port's hal_c_stack_size()) up to this cap: it depends on the stack the port
// has, not on the word size, so the nesting limits give the same errors on
// every host.
inline constexpr size_t kStackBudget = 256 * 1024;

// Records the current stack position as the compiler's entry point.
void stack_guard_init(Ctx& c);
// False (with "expression too complex" recorded at `pos`) if the compiler has
// used more than its C-stack budget (see kStackBudget).
bool stack_guard_ok(Ctx& c, uint32_t pos);

// True if token kind `k` can begin an expression.
bool starts_expression(Tok k);
// CPython's word for an expression in "cannot assign to %s": "literal", "function call"...
const char* expr_description(const Node* n);

// Binding powers of the operator levels, lowest first (see Parser::operand).
enum Prec : int {
  kPrecOr = 1, kPrecAnd, kPrecNot, kPrecCompare, kPrecBitOr, kPrecXor, kPrecBitAnd, kPrecShift,
  kPrecArith, kPrecTerm, kPrecUnary, kPrecPower,
};

class Parser {
 public:
  // Prepares to parse c->src with `lexer` (which must outlive the arena's
  // per-statement release); reads the first token.
  bool init(Ctx* c, Lexer* lexer);
  // The next top-level statement; nullptr with *done set at the end of input,
  // or nullptr on error (c->failed()).
  Node* next_statement(bool* done);
  // eval input: expression NEWLINE* ENDMARKER.
  Node* eval_input();

  // --- used by the parser's own files -------------------------------------------
  Node* statement();
  Node* simple_stmt();
  Node* compound_stmt();
  bool block(Nodes* out, const char* what, uint32_t header_line);
  bool statements_until_dedent(Nodes* out);
  Node* expression_stmt();
  Node* ann_assign_rest(Node* target, uint32_t pos, uint32_t line);
  Node* aug_assign_rest(Node* target, uint32_t pos, uint32_t line);
  Node* assign_rest(Node* first, uint32_t pos, uint32_t line);
  Node* function_def(Nodes decorators, uint32_t pos, bool is_async);
  Node* class_def(Nodes decorators, uint32_t pos);
  Node* decorated();
  Node* if_stmt();
  Node* while_stmt();
  Node* for_stmt(uint32_t pos, uint32_t line, bool is_async);
  Node* try_stmt();
  Node* with_stmt(uint32_t pos, uint32_t line, bool is_async);
  bool with_item(Vec<WithItem>* items);
  Node* import_stmt();
  Node* from_import_stmt();
  bool dotted_name(Value* out, Value* first);
  Node* return_stmt();
  Node* raise_stmt();
  Node* global_stmt(bool nonlocal);
  Node* del_stmt();
  Node* assert_stmt();
  // match statements (parser_match.cc)
  Node* maybe_match_stmt();
  Node* match_subject();
  Node* match_rest(Node* subject, uint32_t pos, uint32_t line);
  std::string_view line_text(uint32_t line);
  Node* case_patterns();
  Node* sequence_pattern(uint32_t items, uint32_t pos, uint32_t line);
  Node* maybe_star_pattern();
  Node* pattern();
  Node* number_pattern();
  Node* literal_or_attr(bool allow_name);
  Node* closed_pattern();
  Node* bracket_pattern();
  Node* mapping_pattern();
  Node* class_pattern(Node* cls);
  Arguments* parameters(Tok close, bool annotations);
  bool parameter(Arg* out, bool annotations);

  Node* expression();
  Node* named_expression();
  Node* star_expressions();
  Node* star_expression();
  Node* star_named_expression();
  Node* yield_expr();
  Node* lambda_def();
  Node* walrus_rest(Node* target);
  Node* if_exp_rest(Node* body);
  Node* disjunction();
  Node* bitwise_or();
  Node* operand(int min_prec);
  Node* prefix_operator(UnaryOp op, int prec);
  Node* binary_rest(Node* left, BinaryOp op, int prec);
  Node* bool_chain(Node* first, int prec);
  Node* compare_chain(Node* left);
  Node* await_primary();
  Node* primary();
  Node* atom();
  Node* paren_atom();
  Node* list_atom();
  Node* brace_atom();
  Node* dict_rest(Node* first_key, Node* first_value, uint32_t pos, uint32_t line);
  Node* call_trailer(Node* func);
  bool call_argument(uint32_t args, Vec<Keyword>* kws, uint8_t* seen);
  bool keyword_argument(Node* e, Vec<Keyword>* kws, uint32_t arg_pos);
  Node* subscript_trailer(Node* value);
  Node* slice();
  Node* comprehension(NodeKind kind, Node* elt, Node* value, uint32_t pos, uint32_t line);
  bool at_comp_for();
  bool comp_for(Vec<Comprehension>* gens);
  Node* tuple_rest(Node* first, uint32_t pos, uint32_t line, bool named);
  Node* target_list();
  Node* number();
  Node* strings();
  bool fstring(Vec<char>* lit, uint32_t start, uint32_t end, uint32_t* line, bool raw, int nesting);
  bool fstring_field(Vec<char>* lit, uint32_t* p, uint32_t end, uint32_t* line, bool raw, int nesting);
  Node* fstring_expr(uint32_t start, uint32_t end, uint32_t line);
  bool flush_literal(Vec<char>* lit, uint32_t pos, uint32_t line);
  bool decode_string(const Token& t, Vec<char>* out, uint32_t from, uint32_t to);

  // Target checking: sets the Store/Del context through tuples, lists,
  // starred, or reports "cannot assign to ..." at the offending node.
  bool set_context(Node* n, ExprCtx ctx, bool in_assign_stmt);

  // --- tokens -------------------------------------------------------------------
  const Token& tok() const { return tok_; }
  bool is(Tok k) const { return tok_.kind == k; }
  bool advance();
  const Token& lookahead();
  bool accept(Tok k);
  bool expect(Tok k);
  bool syntax_error();
  bool error_at(uint32_t pos, const char* msg, std::string_view arg = {});
  std::string_view text(const Token& t) const { return c_->src.substr(t.pos, t.len); }
  Value name_value(const Token& t);

  // --- nodes --------------------------------------------------------------------
  // A zeroed node of `bytes` with its header set (out of line: it is called
  // from ~100 places).
  Node* new_node(size_t bytes, NodeKind kind, uint32_t pos, uint32_t line);
  template <class T>
  T* node(NodeKind kind, uint32_t pos, uint32_t line) {
    // Nodes are plain data: all-zero bytes are their initial state (a null
    // Value, empty arrays), and nothing ever runs a destructor.
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T*>(new_node(sizeof(T), kind, pos, line));
  }
  template <class T>
  T* node_here(NodeKind kind) {
    return node<T>(kind, tok_.pos, tok_.line);
  }
  // Sets n's depth to 1 + max(child depth) and checks the limit.
  bool deepen(Node* n, const Node* child);
  bool deepen_all(Node* n, Nodes children);
  Nodes finish(Vec<Node*>& v);
  // Node lists under construction share one scratch stack (lists nest but
  // never interleave); a finished list is copied to the arena at its exact
  // size. mark() starts a list, push() adds to the innermost, take() ends it.
  uint32_t mark() const { return scratch_.len; }
  bool push(Node* n) { return scratch_.push(*c_->vm, n) || c_->oom(); }
  uint32_t count(uint32_t m) const { return scratch_.len - m; }
  Nodes take(uint32_t m);
  bool enter(uint32_t pos);
  void leave() { --nest_; }

  Ctx* c_ = nullptr;
  Lexer* lex_ = nullptr;
  Token tok_;
  Token ahead_;
  bool has_ahead_ = false;
  int nest_ = 0;
  GrowBuf<Node*> scratch_;        // the node-list stack (GC heap)
  Lexer* spare_lexer_ = nullptr;  // an f-string sub-lexer for reuse (in the arena)
  Value private_;                 // the class whose body is being parsed (for name mangling), or null
  bool saw_match_ = false;        // a match statement was started (the REPL's continuation rule)
};

}  // namespace mote::compiler
