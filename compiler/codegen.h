// codegen.h — AST to bytecode: the code generator (internal to compiler/).
//
// One Unit per code object being generated (the module, and each function,
// lambda, class body and comprehension nested in the current statement),
// each with its own Emitter and its own stack of "frame blocks". The
// generator walks the AST recursively; names are mapped to instructions
// with the Scope built by the scope pass.
//
// Frame blocks (CPython's fblocks) record what is open around the current
// statement: loops, try bodies, finally bodies, with bodies, except
// handlers. `return`, `break` and `continue` walk them outwards ("unwind")
// and emit the code that leaving each one requires: popping a loop
// iterator, calling a context manager's __exit__(None, None, None),
// running a finally body, restoring the handled exception (POP_EXCEPT),
// deleting an `except ... as name` variable, and restoring the exception
// handler that was current outside it. This is how finally bodies come to
// be emitted on every exit path. The code is split over codegen.cc (units,
// definitions, simple statements), codegen_flow.cc (loops, try, with,
// unwinding) and codegen_expr.cc (expressions).
#pragma once

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/context.h"
#include "compiler/emitter.h"
#include "compiler/scope.h"

namespace mote::compiler {

enum class FBlockKind : uint8_t {
  kWhile, kFor, kAsyncFor, kTryExcept, kFinallyTry, kFinallyEnd, kWith, kAsyncWith,
  kHandlerCleanup,
};

struct PatternCtx;  // codegen_match.cc

struct FBlock {
  FBlockKind kind;
  LabelId cont;          // loops: where `continue` goes
  LabelId exit;          // loops: where `break` goes
  HandlerId restore;     // the handler current outside this block
  const Nodes* finalbody;  // kFinallyTry: the finally body to run
  Value name;            // kHandlerCleanup: the `except ... as name`, or null
};

struct Unit {
  Scope* scope;
  Unit* parent;
  Emitter em;
  FBlock fblocks[kMaxBlocks];
  int n_fblocks;
};

// The module-wide table of names (NAME operands), shared by all the Code
// objects of one compilation, and the Code objects that refer to it.
struct NameTable {
  GrowBuf<Value> names;
  GrowBuf<uint16_t> index;  // open addressing: name index + 1, 0 = empty
  GrowBuf<Code*> codes;
};

class Codegen {
 public:
  void init(Ctx* c, NameTable* names, CompileMode mode, Unit* module_unit, Scope* module_scope);
  // Generates one top-level statement into the module code.
  bool statement(Node* s);
  // eval mode: the expression's value is returned.
  bool eval_expression(Node* e);
  // Ends the module code and returns it, with the names table attached to
  // every Code object of the compilation.
  Code* finish_module();

  // --- shared by the codegen files -----------------------------------------------
  Ctx* c_ = nullptr;
  NameTable* names_ = nullptr;
  CompileMode mode_ = CompileMode::kFile;
  Unit* u_ = nullptr;  // the unit being generated
  Unit* free_units_ = nullptr;  // finished units for reuse (arena memory, reset per statement)
  Value q_class_, q_super_, q_debug_, q_name_, q_module_, q_qualname_;
  bool first_statement_ = true;  // the module docstring is looked for in the first one

  Emitter& em() { return u_->em; }
  void emit(Op op, uint32_t arg = 0) { u_->em.emit(op, arg); }
  void jump(Op op, LabelId l) { u_->em.emit_jump(op, l); }
  LabelId label() { return u_->em.new_label(); }
  void bind(LabelId l) { u_->em.bind(l); }
  bool ok() const { return !c_->failed(); }
  int32_t name_index(Value name);
  void emit_name(Op op, Value name);

  // units and definitions (codegen.cc)
  Unit* enter_unit(Scope* s, uint32_t first_line);
  Code* leave_unit(uint32_t pos);
  bool function_def(FunctionDef* f);
  bool class_def(ClassDef* k);
  bool lambda(Lambda* l);
  bool make_function(Code* code, Scope* inner, Arguments* args);
  bool make_closure(Scope* inner, uint16_t* flags);
  bool function_body(FunctionDef* f, Code** out);
  bool class_body(ClassDef* k, Code** out);
  void fill_code(Code* code, Scope* s, Arguments* args);
  bool body(Nodes stmts);
  bool store_docstring(Nodes body);
  bool stmt(Node* s);
  bool simple_stmt(Node* s);
  bool assign(Assign* a);
  bool aug_assign(AugAssign* a);
  bool store(Node* target);
  bool del(Node* target);
  bool import(Import* n);
  bool import_from(ImportFrom* n);
  bool assert_stmt(Assert* a);
  bool name_op(Value name, ExprCtx ctx, uint32_t pos);

  // control flow (codegen_flow.cc)
  bool push_fblock(FBlockKind kind, HandlerId restore, uint32_t pos, LabelId cont = 0, LabelId exit = 0);
  void pop_fblock() { --u_->n_fblocks; }
  bool unwind(const FBlock& b, bool preserve_tos);
  bool unwind_from(int top, int stop, bool preserve_tos);
  bool if_stmt(If* n);
  bool while_stmt(While* n);
  bool for_stmt(For* n);
  bool async_for(For* n);
  bool try_stmt(Try* t);
  bool try_except(Try* t);
  bool try_finally(Try* t);
  bool with_stmt(With* w, uint32_t item);
  bool return_stmt(Return* r);
  bool break_continue(Node* s);
  bool handler_body(const ExceptHandler& h, HandlerId cleanup, HandlerId outer, LabelId end, int depth);
  void cleanup_block(LabelId l);
  void clear_name(Value name, uint32_t pos);

  // match statements (codegen_match.cc)
  bool match_stmt(Match* m);
  bool pattern(Node* p, PatternCtx& pc);
  bool subpatterns(Nodes ps, PatternCtx& pc);
  bool as_pattern(MatchAs* a, PatternCtx& pc);
  bool or_pattern(MatchOr* o, PatternCtx& pc);
  bool sequence_pattern(MatchSequence* s, PatternCtx& pc);
  bool mapping_pattern(MatchMapping* m, PatternCtx& pc);
  bool check_mapping_keys(MatchMapping* m);
  bool class_pattern(MatchClass* k, PatternCtx& pc);
  bool pattern_store(PatternCtx& pc, Value name, uint32_t pos);
  LabelId fail_label(PatternCtx& pc, int n);
  void jump_fail(PatternCtx& pc, Op op);
  void emit_fail_pops(PatternCtx& pc);

  // expressions (codegen_expr.cc)
  bool expr(Node* e);
  bool exprs(Nodes es);
  bool constant(Const* k);
  bool const_value(Node* e, Value* out);
  bool name_load(Name* n);
  bool binop_chain(BinOp* b);
  bool boolop(BoolOp* b);
  bool compare(Compare* c);
  bool compare_op(uint8_t kind);
  bool call(Call* c);
  bool call_args(Call* c, uint32_t n_pos_before, Op op);
  bool call_ex(Call* c, bool list_started);
  bool super_call(Call* c);
  bool keywords_dict(Array<Keyword> kws);
  bool sequence(Sequence* s);
  bool starred_sequence(Nodes elts, NodeKind kind);
  bool dict(Dict* d);
  bool joined_str(JoinedStr* j);
  bool formatted(FormattedValue* f);
  bool subscript(Subscript* s);
  bool slice(Slice* s);
  bool comprehension(Comp* c);
  bool comp_body(Comp* c, Code** out);
  bool comp_generator(Comp* c, uint32_t i, uint32_t depth);
  bool comp_element(Comp* c, uint32_t depth);
  bool if_exp(IfExp* e);
  bool jump_if(Node* e, bool cond, LabelId target);
  bool yield_expr(YieldNode* y);
  bool fold_tuple(Sequence* s, Value* out);
  bool fold_kwdefaults(Arguments* args, Value* out);
};

}  // namespace mote::compiler
