// emitter.h — bytecode assembly for one code object.
//
// The code generator drives an Emitter with instructions, labels and the
// current exception handler; the Emitter produces the encoded bytecode
// (vm/opcodes.def: one opcode byte, an optional 16-bit little-endian
// operand), the exception table, the line table and the constant pool, and
// finally the Code object.
//
// Design choices:
//  - Jumps are absolute 16-bit offsets and every instruction has a fixed size,
//    so a forward jump is emitted with a placeholder and patched when its
//    label is bound; there is no relaxation pass.
//  - Exception handling follows CPython 3.11: there is no block stack at run
//    time. The code generator says which handler is current
//    (`set_handler`); every instruction is tagged with it, and consecutive
//    instructions with the same handler become one table entry. Code that
//    is emitted on several exit paths (finally bodies) simply runs under a
//    different handler on each path.
//  - Unreachable code (after return/raise/break/continue/jump, until a label
//    that something jumps to) is dropped as it is emitted, and a JUMP to the
//    very next instruction is taken back when its label is bound.
//  - The stack depth is tracked while emitting (the code generator needs it
//    for exception-table depths) and then recomputed exactly by a flow
//    analysis over the finished bytecode, following fall-through, jump and
//    exception-handler edges with the stack effects from vm/opcodes.def. A
//    disagreement between the two is reported as an internal error.
//
// Cost: the working buffers grow by doubling in the GC heap and are freed
// when the Code object is built (bytecode, constants, tables are then copied
// into exact-size blocks).
#pragma once

#include <cstdint>

#include "compiler/arena.h"
#include "compiler/context.h"
#include "vm/code.h"
#include "vm/opcode.h"

namespace mote::compiler {

using LabelId = uint16_t;
using HandlerId = uint16_t;
inline constexpr HandlerId kNoHandler = 0xFFFF;

// Maximum stack depth of bytecode by flow analysis (see above), or -1 if
// two paths reach an instruction with different depths, the depth goes
// negative, a jump leaves the code, or an instruction is truncated.
// `scratch` must hold `len` int16s. Iterates to a fixed point: structured
// code settles in one pass plus a checking pass.
int32_t flow_stack_depth(const uint8_t* code, uint32_t len, const ExceptionTableEntry* exc,
                         uint32_t n_exc, int16_t* scratch);

class Emitter {
 public:
  // `lines`: keep a line table (false at opt_level >= 2).
  void init(Ctx* c, uint32_t first_line, bool lines);
  void release();  // frees the working buffers

  // --- instructions ----------------------------------------------------------
  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, LabelId target);
  LabelId new_label();
  void bind(LabelId label);
  // Stack depth at this point of the code (as the code generator sees it).
  int depth() const { return depth_; }
  bool reachable() const { return reachable_; }
  uint32_t offset() const { return code_.len; }

  // --- exception handlers ----------------------------------------------------------
  // A handler: an exception raised while it is current pops the stack to
  // `depth`, pushes the exception and jumps to `target`.
  HandlerId new_handler(LabelId target, int depth);
  HandlerId handler() const { return handler_; }
  void set_handler(HandlerId h) { handler_ = h; }

  // --- lines and constants ----------------------------------------------------------
  void set_line(uint32_t line) { line_ = line; }
  // Index of `v` in the constant pool, added if needed. Strings, bytes,
  // floats and complex numbers are shared by value (floats bit for bit, so
  // 0.0 and -0.0 stay apart), immediates by identity; code objects and big
  // ints are never shared. -1 on error (recorded).
  int32_t add_const(Value v);
  // A str (bytes if `bytes`) constant with this text, shared if equal.
  int32_t add_str(const char* data, uint32_t len, bool bytes);
  int32_t add_float(double f);
  int32_t add_complex(double re, double im);
  void load_const(Value v);

  // Builds the Code object: bytecode, constants, exception table, line
  // table, max stack depth. The caller fills the identity and frame fields.
  // nullptr on error (recorded).
  Code* finish(uint32_t error_pos);

 private:
  struct Label {
    int32_t offset;   // -1 until bound
    int32_t depth;    // -1 until known
    bool referenced;  // something jumps here (or it is a handler in use)
    bool dead;        // bound in unreachable code
  };
  struct Fixup {
    uint32_t at;  // offset of the operand
    LabelId label;
  };
  struct Handler {
    LabelId target;
    uint16_t depth;
  };
  struct Range {
    uint16_t start, end;
    HandlerId handler;
  };

  void put(Op op, uint32_t arg);
  void tag_instruction();
  void mark_line();
  bool oom() { return c_->oom(); }
  bool build_tables(Code* code);
  bool check_depth(Code* code, uint32_t error_pos);
  void internal_error();
  void set_label_depth(Label& l, int depth);

  Ctx* c_ = nullptr;
  GrowBuf<uint8_t> code_;
  GrowBuf<uint8_t> lines_;
  GrowBuf<Value> consts_;
  GrowBuf<Label> labels_;
  GrowBuf<Fixup> fixups_;
  GrowBuf<Handler> handlers_;
  GrowBuf<Range> ranges_;
  bool keep_lines_ = true;
  bool reachable_ = true;
  int depth_ = 0;
  int max_depth_ = 0;
  HandlerId handler_ = kNoHandler;
  HandlerId run_handler_ = kNoHandler;  // handler of the current run of instructions
  uint32_t run_start_ = 0;
  uint32_t first_line_ = 0;
  uint32_t line_ = 0;           // line of the next instruction
  uint32_t last_line_ = 0;      // line recorded in the table so far
  uint32_t last_line_addr_ = 0; // address of the last line table step
  int32_t last_jump_ = -1;      // offset of the last instruction if it is a forward JUMP
  LabelId last_jump_label_ = 0;
};

}  // namespace mote::compiler
