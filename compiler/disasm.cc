// disasm.cc — bytecode listings (see disasm.h).
#include "compiler/disasm.h"

#include "vm/opcode.h"
#include "vm/qstr.h"
#include "vm/vm.h"

namespace mote {

namespace {

uint32_t read_u16(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8; }

const char* binary_op_symbol(uint32_t op) {
  static const char* const kSymbols[] = {"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"};
  constexpr uint32_t n = sizeof kSymbols / sizeof kSymbols[0];
  static const char* const kInplace[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^="};
  if (op < n) return kSymbols[op];
  if (op < 2 * n) return kInplace[op - n];
  return "?";
}

bool print_name(Printer& out, Value name) {
  if (!name.is_qstr()) return print_str(out, "?");
  return print_str(out, qstr_view(name));
}

// The meaning of an instruction's operand, in parentheses (or nothing).
bool operand_meaning(Vm& vm, const Code* code, Op op, uint32_t arg, Printer& out) {
  switch (operand_kind(op)) {
    case OperandKind::CONST:
      if (arg >= code->n_consts) return print_str(out, " (bad const)");
      if (type_of(code->consts[arg]) == &code_type) {
        const Code* inner = code->consts[arg].as<Code>();
        return print_str(out, " (<code ") && print_name(out, inner->name) && print_str(out, ">)");
      }
      return print_str(out, " (") && print_value(vm, out, code->consts[arg], PrintKind::kRepr) && print_str(out, ")");
    case OperandKind::NAME:
      if (arg >= code->n_names) return print_str(out, " (bad name)");
      return print_str(out, " (") && print_name(out, code->names[arg]) && print_str(out, ")");
    case OperandKind::LOCAL:
      if (arg >= code->n_slots || !code->slot_names) return print_str(out, " (bad slot)");
      return print_str(out, " (") && print_name(out, code->slot_names[arg]) && print_str(out, ")");
    case OperandKind::JUMP:
      return printf_to(out, " (to %u)", unsigned(arg));
    case OperandKind::CALL:
      return printf_to(out, " (%u positional, %u keyword)", unsigned(arg & 0xFF), unsigned(arg >> 8));
    default:
      break;
  }
  switch (op) {
    case Op::BINARY_OP: return printf_to(out, " (%s)", binary_op_symbol(arg));
    case Op::COMPARE_OP: {
      static const char* const kCmp[] = {"<", "<=", "==", "!=", ">", ">="};
      return printf_to(out, " (%s)", arg < 6 ? kCmp[arg] : "?");
    }
    case Op::UNARY_OP: {
      static const char* const kUnary[] = {"-", "+", "~", "not"};
      return printf_to(out, " (%s)", arg < 4 ? kUnary[arg] : "?");
    }
    case Op::IS_OP: return print_str(out, arg ? " (is not)" : " (is)");
    case Op::CONTAINS_OP: return print_str(out, arg ? " (not in)" : " (in)");
    case Op::FORMAT_VALUE: {
      static const char* const kConv[] = {"", "!s", "!r", "!a"};
      return printf_to(out, " (%s%s)", kConv[arg & kFormatConversionMask], (arg & kFormatHasSpec) ? " with spec" : "");
    }
    case Op::MAKE_FUNCTION:
      return printf_to(out, " (%s%s%s)", (arg & kMakeFunctionDefaults) ? "defaults " : "",
                       (arg & kMakeFunctionKwDefaults) ? "kwdefaults " : "",
                       (arg & kMakeFunctionClosure) ? "closure" : "");
    case Op::UNPACK_EX: return printf_to(out, " (%u before, %u after)", unsigned(arg & 0xFF), unsigned(arg >> 8));
    default: return true;
  }
}

bool print_flags(Printer& out, uint16_t flags) {
  static const char* const kNames[] = {"VARARGS", "VARKEYWORDS", "GENERATOR", "COROUTINE",
                                       "ASYNC_GENERATOR", "CLASS_BODY", "MODULE"};
  bool first = true;
  for (int i = 0; i < 7; ++i) {
    if (!(flags & (1 << i))) continue;
    if (!printf_to(out, "%s%s", first ? "" : "|", kNames[i])) return false;
    first = false;
  }
  return first ? print_str(out, "0") : true;
}

bool print_header(Vm& vm, const Code* code, Printer& out) {
  if (!print_str(out, "code ") || !print_value(vm, out, code->qualname, PrintKind::kStr)) return false;
  if (!printf_to(out, " (file ") || !print_name(out, code->filename)) return false;
  if (!printf_to(out, ", line %u)\n  flags ", unsigned(code->first_line)) || !print_flags(out, code->flags)) return false;
  if (!printf_to(out, ", args %u (posonly %u, kwonly %u), slots %u (cells %u, free %u), stack %u\n",
                 unsigned(code->n_pos), unsigned(code->n_posonly), unsigned(code->n_kwonly),
                 unsigned(code->n_slots), unsigned(code->n_cells), unsigned(code->n_free),
                 unsigned(code->stack_size))) {
    return false;
  }
  if (code->n_slots) {
    if (!print_str(out, "  slots:")) return false;
    for (uint32_t i = 0; i < code->n_slots; ++i) {
      if (!print_str(out, " ") || !print_name(out, code->slot_names[i])) return false;
      for (uint32_t k = 0; k < code->n_cells; ++k) {
        if (code->cell_slots[k] == i && !print_str(out, "(cell)")) return false;
      }
    }
    if (!print_str(out, "\n")) return false;
  }
  return true;
}

bool print_exception_table(const Code* code, Printer& out) {
  if (!code->n_exc) return true;
  if (!print_str(out, "  exception table:\n")) return false;
  for (uint32_t i = 0; i < code->n_exc; ++i) {
    const ExceptionTableEntry& e = code->exc_table[i];
    if (!printf_to(out, "    %u to %u -> %u [%u]\n", unsigned(e.start), unsigned(e.end), unsigned(e.handler),
                   unsigned(e.depth))) {
      return false;
    }
  }
  return true;
}

bool disassemble_one(Vm& vm, const Code* code, Printer& out) {
  if (!print_header(vm, code, out)) return false;
  uint32_t line = code->first_line, addr = 0, pair = 0, shown = 0;
  for (uint32_t off = 0; off < code->bytecode_len;) {
    // Advance the line table to this offset.
    while (pair + 1 < code->line_table_len && addr + code->line_table[pair] <= off) {
      addr += code->line_table[pair];
      line += uint32_t(int8_t(code->line_table[pair + 1]));
      pair += 2;
    }
    bool new_line = off == 0 || line != shown;
    shown = line;
    if (!(new_line ? printf_to(out, "%6u", unsigned(line)) : print_str(out, "      "))) return false;
    if (!disassemble_instruction(vm, code, off, out)) return false;
    off += uint32_t(instruction_size(Op(code->bytecode[off])));
  }
  return print_exception_table(code, out);
}

}  // namespace

bool disassemble_instruction(Vm& vm, const Code* code, uint32_t off, Printer& out) {
  Op op = Op(code->bytecode[off]);
  if (uint32_t(op) >= uint32_t(Op::kCount)) return printf_to(out, " %6u  <bad opcode %u>\n", unsigned(off), unsigned(op));
  if (!has_operand(op)) return printf_to(out, " %6u  %s\n", unsigned(off), op_name(op));
  uint32_t arg = off + 2 < code->bytecode_len ? read_u16(code->bytecode + off + 1) : 0;
  bool ok = operand_kind(op) == OperandKind::S16 ? printf_to(out, " %6u  %-20s %6d", unsigned(off), op_name(op), int(int16_t(arg)))
                                                  : printf_to(out, " %6u  %-20s %6u", unsigned(off), op_name(op), unsigned(arg));
  return ok && operand_meaning(vm, code, op, arg, out) && print_str(out, "\n");
}

bool disassemble(Vm& vm, const Code* code, Printer& out) {
  if (!disassemble_one(vm, code, out)) return false;
  for (uint32_t i = 0; i < code->n_consts; ++i) {
    Value v = code->consts[i];
    if (type_of(v) != &code_type) continue;
    if (!print_str(out, "\n") || !disassemble(vm, v.as<Code>(), out)) return false;
  }
  return true;
}

}  // namespace mote
