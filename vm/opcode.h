// opcode.h — the bytecode instruction set, generated from vm/opcodes.def.
//
// Everything about an opcode that more than one subsystem needs lives here:
// the enum, the operand kind, the name (for the disassembler and error
// messages) and the stack effect (for the compiler's depth pass and the .mpy
// verifier). The VM builds its computed-goto table from the same list, so the
// four can never disagree.
#pragma once

#include <cstdint>

namespace mote {

enum class Op : uint8_t {
#define OP(name, operand, effect, jump_effect) name,
#include "vm/opcodes.def"
#undef OP
  kCount
};

enum class OperandKind : uint8_t { NONE, U16, S16, CONST, NAME, LOCAL, JUMP, CALL };

constexpr OperandKind operand_kind(Op op) {
  switch (op) {
#define OP(name, operand, effect, jump_effect) \
  case Op::name:                               \
    return OperandKind::operand;
#include "vm/opcodes.def"
#undef OP
    default:
      return OperandKind::NONE;
  }
}

constexpr bool has_operand(Op op) { return operand_kind(op) != OperandKind::NONE; }
// Size in bytes of an instruction: the opcode byte plus a 16-bit operand if any.
constexpr int instruction_size(Op op) { return has_operand(op) ? 3 : 1; }

constexpr const char* op_name(Op op) {
  switch (op) {
#define OP(name, operand, effect, jump_effect) \
  case Op::name:                               \
    return #name;
#include "vm/opcodes.def"
#undef OP
    default:
      return "?";
  }
}

// Stack effect when execution falls through to the next instruction.
constexpr int stack_effect(Op op, [[maybe_unused]] uint32_t arg) {
  switch (op) {
#define OP(name, operand, effect, jump_effect) \
  case Op::name:                               \
    return (effect);
#include "vm/opcodes.def"
#undef OP
    default:
      return 0;
  }
}

// Stack effect when a JUMP operand is taken.
constexpr int jump_stack_effect(Op op, [[maybe_unused]] uint32_t arg) {
  switch (op) {
#define OP(name, operand, effect, jump_effect) \
  case Op::name:                               \
    return (jump_effect);
#include "vm/opcodes.def"
#undef OP
    default:
      return 0;
  }
}

// Operand of BINARY_OP. The in-place forms (`x += y`) come after the plain
// ones in the same order, so inplace = plain + kInplaceOffset; a type that has
// no in-place method falls back to the plain one.
enum class BinaryOp : uint8_t {
  ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, MATMUL, LSHIFT, RSHIFT, AND, OR, XOR,
  INPLACE_ADD, INPLACE_SUB, INPLACE_MUL, INPLACE_TRUEDIV, INPLACE_FLOORDIV, INPLACE_MOD,
  INPLACE_POW, INPLACE_MATMUL, INPLACE_LSHIFT, INPLACE_RSHIFT, INPLACE_AND, INPLACE_OR, INPLACE_XOR,
  kCount
};
constexpr int kInplaceOffset = int(BinaryOp::INPLACE_ADD);

// Operand of COMPARE_OP.
enum class CompareOp : uint8_t { LT, LE, EQ, NE, GT, GE };

// Operand of UNARY_OP.
enum class UnaryOp : uint8_t { NEG, POS, INVERT, NOT };

// Operand bits of MAKE_FUNCTION and FORMAT_VALUE.
enum : uint16_t {
  kMakeFunctionDefaults = 1,
  kMakeFunctionKwDefaults = 2,
  kMakeFunctionClosure = 4,
  kFormatConversionMask = 3,  // 0 none, 1 !s, 2 !r, 3 !a
  kFormatHasSpec = 4,
};

}  // namespace mote
