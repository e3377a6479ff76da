// disasm.h — a readable listing of compiled bytecode.
//
// Used by the compiler's tests, by `mote -X dis file.py` and when debugging
// the VM. For each code object (the given one, then every code object among
// its constants, depth-first) it prints a header (name, flags, signature,
// frame layout, stack size), then one line per instruction:
//
//     line  offset  OPNAME            operand (meaning)
//        3       0  LOAD_FAST              0 (x)
//                3  LOAD_SMALL_INT         1
//                6  BINARY_OP              0 (+)
//
// then the exception table ("start-end -> handler [depth]"). Constants are
// shown with repr(), names and slots by their text, jumps as "to N",
// operator operands by their symbol. Output goes to any Printer (stdout, a
// str being built), through printf_to: no iostream, no buffer of its own.
#pragma once

#include "vm/code.h"
#include "vm/object.h"

namespace mote {

// Writes the listing of `code` and its nested code objects to `out`. False
// if a write failed (the exception is pending).
bool disassemble(Vm& vm, const Code* code, Printer& out);

// One instruction's line ("   12  LOAD_CONST  3 ('abc')\n") without the
// line-number column, for callers that interleave their own output.
bool disassemble_instruction(Vm& vm, const Code* code, uint32_t offset, Printer& out);

}  // namespace mote
