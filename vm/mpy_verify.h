// mpy_verify.h — the bytecode verifier: proves a code object cannot make the
// VM read or write outside its own arrays, frame slots and value stack.
//
// The .mpy loader runs it on every code object of an untrusted file before
// anything of the file can run (docs/mpy-format.md, "Validation"); the tests
// also run it on the compiler's own output, so the compiler and the verifier
// keep each other honest. What it checks:
//
//   - the signature fits the frame: parameters, cells and free variables lie
//     inside n_slots, cell slots are distinct and are not free slots;
//   - every instruction decodes inside the bytecode: a known opcode, a whole
//     operand; CONST/NAME/LOCAL operands index inside consts/names/slots;
//     the *_FAST opcodes never touch a cell or free slot and the *_DEREF /
//     LOAD_CLOSURE opcodes touch nothing else; enum operands (BINARY_OP,
//     COMPARE_OP, ...) are in range; yields only in generators and coroutines;
//     the *_NAME opcodes only in module and class bodies;
//   - every jump target and exception handler is an instruction boundary, and
//     every exception-table range [start, end) is made of whole instructions;
//   - the stack-depth flow analysis of the compiler, redone with
//     stack_effect()/jump_stack_effect() (vm/opcode.h): on every path the
//     depth never goes below what an instruction pops, never exceeds
//     stack_size, and is the same whichever way an instruction is reached;
//     each instruction's handler (the first exception-table entry covering
//     it, which is the one the VM takes) finds at least `depth` entries that
//     the instruction does not consume, and depth + 1 <= stack_size;
//   - the entries the VM uses without a type check come from where the
//     compiler puts them: LOAD_METHOD's NULL "no self" reaches only
//     CALL_METHOD's self operand (or POP_TOP, COPY, SWAP); LIST_APPEND,
//     LIST_EXTEND and LIST_TO_TUPLE update a list made by BUILD_LIST, SET_ADD
//     and SET_UPDATE a BUILD_SET, MAP_ADD, DICT_UPDATE and DICT_MERGE a
//     BUILD_MAP; MAKE_FUNCTION's operand is a code-object constant, its
//     closure a BUILD_TUPLE of LOAD_CLOSURE cells, its keyword defaults a
//     BUILD_MAP and its defaults a tuple; the keyword names of a
//     call are interned-str constants; BUILD_STRING joins strs (str constants,
//     FORMAT_VALUE results); POP_EXCEPT restores what PUSH_EXC_INFO saved;
//   - no path runs past the end of the bytecode;
//   - the line table is pairs that stay inside the bytecode.
//
// What stays the VM's job: the types of ordinary values (a FOR_ITER operand
// that is not an object — a comprehension's iterator is a parameter —, a
// closure whose length is not the code's n_free, a RERAISE operand that is
// not an exception, a class body that is a generator) — cheap checks where
// the VM dispatches.
//
// Cost: linear in the bytecode for straight-line code (loops are revisited
// until their kinds settle, a bounded number of times); temporary GC memory
// of about len/4 bytes, plus 2 bytes per bytecode byte when there is an
// exception table, plus stack_size + 5 bytes per jump target, all freed
// before it returns. About 8 KB of Cortex-M0+ code.
#pragma once

#include <cstdint>

#include "vm/value.h"

namespace mote {

class Vm;
struct Code;

namespace mpy {

// What the verifier needs to know about a constant: which are code objects
// (MAKE_FUNCTION's operand), interned strs (keyword names), strs and tuples.
enum ConstKind : uint8_t { kConstOther, kConstCode, kConstName, kConstStr, kConstTuple };
uint8_t const_kind(Value v);

// True if `code` (its counts, bytecode, exception table, line table and cell
// slots; names and slot names are not read) is safe to run. Otherwise false
// with ValueError pending: "invalid .mpy: code object <index>: <why>". May
// also fail with MemoryError for its temporary tables. `const_kinds` has a
// ConstKind per constant; nullptr means "look at code.consts" (the .mpy
// loader passes it before the constants exist).
bool verify_code(Vm& vm, const Code& code, uint32_t index, const uint8_t* const_kinds = nullptr);

// Number of stack entries `op` pops before it pushes its results (the stack
// pictures of vm/opcodes.def); pushes = pops + stack_effect (or
// jump_stack_effect). -1 for an opcode the verifier has no picture of (one
// added to opcodes.def but not here): code using it is refused. Exposed for
// the tests.
int stack_pops(uint8_t op, uint32_t arg);

}  // namespace mpy
}  // namespace mote
