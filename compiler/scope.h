// scope.h — the scope pass: which variable each name refers to.
//
// Between parsing and code generation, the scope pass walks the AST of a
// top-level statement and builds a Scope for every function, lambda, class
// body and comprehension in it, then resolves every name, as CPython's
// symtable.c does:
//
//   local     bound in this function (assigned, a parameter, imported, a def
//             or class name, a for/with/except target, deleted): LOAD_FAST
//   cell      a local that an inner function uses: LOAD_DEREF on its slot
//   free      bound in an enclosing *function* (class bodies are skipped):
//             LOAD_DEREF on a slot filled from the closure at entry
//   global    declared `global`, or bound nowhere in an enclosing function:
//             LOAD_GLOBAL (module scope and class bodies use LOAD_NAME)
//
// Class bodies are not visible to the functions inside them. (Private
// `__names` in a class have already been mangled by the parser.) A function
// that uses `__class__` or `super` gets `__class__` as a free variable,
// which makes its class body hold a `__class__` cell. A comprehension is a
// function of one parameter `.0`; a walrus inside it binds in the nearest
// enclosing function (or module). The module scope keeps no symbol table at
// all: at module level every name is a LOAD_NAME/STORE_NAME.
//
// The pass also reports the errors CPython's symtable and compiler report
// from context: nonlocal without a binding, global after use, 'return' /
// 'yield' / 'await' outside a function, 'break' outside a loop, import * in
// a function.
//
// Cost: a Scope is ~60 bytes plus 12 bytes per distinct name (in the arena,
// freed with the statement's AST); lookups use a small open-addressing
// hash table keyed by the qstr.
#pragma once

#include "compiler/ast.h"
#include "compiler/context.h"

namespace mote::compiler {

enum class ScopeKind : uint8_t { kModule, kClass, kFunction, kLambda, kComprehension };

enum SymFlags : uint16_t {
  kSymAssigned = 1 << 0,   // bound in this scope
  kSymParam = 1 << 1,      // a parameter
  kSymUsed = 1 << 2,       // read in this scope
  kSymGlobal = 1 << 3,     // declared global
  kSymNonlocal = 1 << 4,   // declared nonlocal
  kSymWalrus = 1 << 5,     // bound by := in a comprehension: belongs to an enclosing scope
  // Results of resolution:
  kSymLocal = 1 << 8,      // a fast local (function scopes) or a locals-dict name (class)
  kSymCell = 1 << 9,       // a local held in a Cell (captured by an inner scope)
  kSymFree = 1 << 10,      // a free variable (Cell from the closure)
  kSymGlobalExplicit = 1 << 11,
  kSymGlobalImplicit = 1 << 12,
};

struct Symbol {
  Value name;
  uint16_t flags;
  uint16_t slot;  // frame slot (function scopes; cells and frees in class scopes)
  uint32_t pos;   // first occurrence, for error messages
};

struct Scope {
  ScopeKind kind;
  Scope* parent;
  Value name;                 // qstr: function or class name, "<lambda>", "<listcomp>"...
  const char* qualname;       // "C.m", "f.<locals>.g" (arena text)
  uint32_t qualname_len;
  Node* node;                 // the FunctionDef/Lambda/ClassDef/Comp
  Vec<Symbol> symbols;        // insertion order
  uint16_t* table;            // hash table: symbol index + 1, 0 = empty
  uint32_t table_cap;
  Vec<Scope*> children;
  bool is_generator;          // contains yield
  bool is_async;              // async def
  bool needs_class_cell;      // class scope: a method uses __class__ / super()
  // Frame layout after resolution (function, lambda, comprehension, class).
  uint16_t n_slots;
  uint16_t n_free;
  uint16_t n_cells;
  Value first_param;          // for super(): the first positional parameter, or null
};

// Runs the scope pass over one top-level statement (or the expression of an
// eval). `module` is the persistent module scope. False on error (recorded
// in the context).
bool analyze(Ctx& c, Scope* module, Node* stmt);

// Prepares the module scope (kept for the whole compilation, outside the arena).
void init_module_scope(Scope* module);

// The symbol for `name` in `s`, or nullptr.
Symbol* scope_lookup(Scope* s, Value name);

// True for scopes whose names live in frame slots.
inline bool is_function_scope(const Scope* s) {
  return s->kind == ScopeKind::kFunction || s->kind == ScopeKind::kLambda ||
         s->kind == ScopeKind::kComprehension;
}

}  // namespace mote::compiler
