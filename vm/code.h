// code.h — the code object: one compiled function, module body or class body.
//
// The compiler produces Code objects in the GC heap; the .mpy loader builds
// them from a validated file; frozen modules are Code objects in flash whose
// arrays point into flash too (nothing is copied to RAM to run them except
// the module's names table, interned at import). The VM never writes to a
// Code object, which is what makes the flash case possible.
//
// Frame layout. A frame of a Code object has `n_slots` fast-local slots:
//   [0, n_pos)                       positional parameters (the first n_posonly are positional-only)
//   [n_pos, n_pos + n_kwonly)        keyword-only parameters
//   next slot if kCodeVarargs        *args (a tuple)
//   next slot if kCodeVarKeywords    **kwargs (a dict)
//   ...                              other local variables, compiler temporaries
//   [n_slots - n_free, n_slots)      free variables: Cell objects copied from the function's closure at entry
// `cell_slots` lists the slots that hold a Cell created at frame entry (local
// variables captured by an inner function); a parameter among them is wrapped
// in a Cell holding the argument. LOAD_DEREF/STORE_DEREF/LOAD_CLOSURE address
// cells by slot index, like LOAD_FAST. Then come `stack_size` value-stack
// entries.
//
// Names. NAME operands index `names`, a table of interned names (qstr Values)
// shared by every Code object of one module, as in MicroPython's .mpy v6:
// loading a module interns each name once.
//
// Line numbers. `line_table` is a sequence of byte pairs (addr_delta, line_delta)
// starting from (offset 0, first_line): addr_delta is unsigned 0..255,
// line_delta signed -128..127; a larger step is split across several pairs.
// The line of the instruction at offset X is first_line plus the line deltas
// of every pair whose cumulative address is <= X. An empty table means every
// instruction is on first_line (also the result of mpy-cross -O2+, which
// strips line numbers).
//
// Class bodies. A class body is compiled as a function of no parameters run
// by __build_class__ with a fresh dict as its locals (LOAD_NAME/STORE_NAME).
// If a method uses zero-argument super() or __class__, the class body has a
// cell named __class__ and returns that Cell (else returns None);
// __build_class__ stores the new class in it. The compiler lowers `super()`
// to `super(__class__, <first parameter>)`.
//
// Comprehensions and generator expressions are nested functions of one
// parameter named `.0` (the iterator of the outermost `for`), called at once.
#pragma once

#include <cstdint>

#include "vm/object.h"
#include "vm/value.h"

namespace mote {

enum CodeFlags : uint16_t {
  kCodeVarargs = 1 << 0,         // has a *args parameter
  kCodeVarKeywords = 1 << 1,     // has a **kwargs parameter
  kCodeGenerator = 1 << 2,       // calling it returns a generator
  kCodeCoroutine = 1 << 3,       // async def: calling it returns a coroutine
  kCodeAsyncGenerator = 1 << 4,  // async def with yield
  kCodeClassBody = 1 << 5,       // body of a class statement (runs with a locals dict)
  kCodeModule = 1 << 6,          // module body (runs with locals == globals)
  kCodeDocstring = 1 << 7,       // a function's docstring is consts[0] (a str): its __doc__
};

// One entry of the exception table: an exception raised by an instruction at
// offset in [start, end) pops the value stack down to `depth` entries (above
// the frame's fixed slots), pushes the exception and jumps to `handler`.
// Entries are sorted by start; for nested ranges, the innermost comes first
// (the VM takes the first entry that covers the offset).
struct ExceptionTableEntry {
  uint16_t start;
  uint16_t end;
  uint16_t handler;
  uint16_t depth;
};

struct alignas(8) Code {
  const Type* type;  // &code_type

  // Identity, for tracebacks and repr.
  Value name;      // qstr: function name, "<module>", "<lambda>", "<listcomp>"...
  Value qualname;  // qstr or str: "Outer.method", "f.<locals>.g"
  Value filename;  // qstr: source name recorded by the compiler / mpy-cross -s

  // Signature.
  uint16_t flags;      // CodeFlags
  uint16_t n_pos;      // positional parameters, including positional-only
  uint16_t n_posonly;  // the first n_posonly of them cannot be passed by keyword
  uint16_t n_kwonly;   // keyword-only parameters

  // Frame layout (see above).
  uint16_t n_slots;
  uint16_t n_free;
  uint16_t n_cells;
  uint16_t stack_size;          // exact maximum value-stack depth, computed by the compiler
  const uint16_t* cell_slots;   // n_cells slot indices
  const Value* slot_names;      // n_slots qstrs: parameter names (for keyword matching) and local names

  // Instructions and the data they refer to.
  const uint8_t* bytecode;
  uint32_t bytecode_len;
  const Value* consts;  // constants: None/bool/int/float/str/bytes/tuple/Ellipsis and nested Code objects
  uint16_t n_consts;
  uint16_t n_names;
  const Value* names;   // module-wide names table (qstrs)
  const ExceptionTableEntry* exc_table;
  uint16_t n_exc;

  // Line numbers.
  uint16_t line_table_len;
  const uint8_t* line_table;
  uint32_t first_line;
};

// Source line of the instruction at byte offset `offset`.
uint32_t code_line_for_offset(const Code* code, uint32_t offset);

}  // namespace mote
