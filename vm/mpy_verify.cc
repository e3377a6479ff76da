// mpy_verify.cc — the bytecode verifier (see mpy_verify.h for what it proves).
//
// Three passes over one code object:
//   1. decode: walk the bytecode once, instruction by instruction, checking
//      opcodes and operands and marking instruction starts and jump targets
//      in two bitmaps;
//   2. tables: check the exception table against the start bitmap and record,
//      for each byte offset, the first entry that covers it (the one the VM
//      takes); check the line table;
//   3. flow: a worklist data-flow analysis. A state is the stack depth plus a
//      Kind per stack position (a value, a maybe-NULL self, a list under
//      construction, a code constant...; see Kind). States are stored only at
//      merge points (jump targets, handlers, offset 0) and carried along
//      straight-line code between them. Merging requires equal depths and
//      joins kinds in a lattice of height 3 (equal kinds stay; two strs make
//      a str; a maybe-NULL absorbs everything; anything else becomes "a
//      value"), so each merge point changes a bounded number of times and
//      the analysis terminates. Memory: (stack_size + 5) bytes per merge point.
// Errors are raised at once as ValueError; every temporary table lives in the
// GC heap and is freed by Temp's destructor on every path.
#include "vm/mpy_verify.h"

#include <cstring>

#include "gc/gc.h"
#include "vm/code.h"
#include "vm/object.h"
#include "vm/opcode.h"

namespace mote::mpy {

#define VERR "invalid .mpy: code object %u: "

namespace {

constexpr uint16_t kKnownCodeFlags = kCodeVarargs | kCodeVarKeywords | kCodeGenerator |
                                     kCodeCoroutine | kCodeAsyncGenerator | kCodeClassBody |
                                     kCodeModule | kCodeDocstring;

// A GC leaf block freed when it goes out of scope.
struct Temp {
  Vm& vm;
  void* p = nullptr;
  explicit Temp(Vm& v) : vm(v) {}
  ~Temp() {
    if (p) gc_free(vm, p);
  }
  template <class T>
  T* alloc(size_t n) {
    p = gc_alloc(vm, n * sizeof(T) + 1, true);
    return static_cast<T*>(p);
  }
};

inline uint32_t wps_for(uint32_t bits) { return (bits + 31) / 32; }
inline bool bit(const uint32_t* set, uint32_t i) { return (set[i >> 5] >> (i & 31)) & 1; }
inline void set_bit(uint32_t* set, uint32_t i) { set[i >> 5] |= uint32_t(1) << (i & 31); }
inline void clear_bit(uint32_t* set, uint32_t i) { set[i >> 5] &= ~(uint32_t(1) << (i & 31)); }

bool is_deref_op(Op op) {
  return op == Op::LOAD_DEREF || op == Op::STORE_DEREF || op == Op::DELETE_DEREF ||
         op == Op::LOAD_CLOSURE || op == Op::LOAD_CLASSDEREF;
}

bool is_namespace_op(Op op) {
  return op == Op::LOAD_NAME || op == Op::STORE_NAME || op == Op::DELETE_NAME ||
         op == Op::IMPORT_STAR || op == Op::SETUP_ANNOTATIONS || op == Op::LOAD_CLASSDEREF;
}

bool ends_flow(Op op) {
  return op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

// Container-update opcodes: pop the top item and update the container found
// `arg` entries below it (MAP_ADD pops two).
bool is_container_update(Op op) {
  return op == Op::LIST_APPEND || op == Op::SET_ADD || op == Op::LIST_EXTEND ||
         op == Op::SET_UPDATE || op == Op::DICT_UPDATE || op == Op::DICT_MERGE ||
         op == Op::MAP_ADD;
}

// Largest valid U16 operand of opcodes whose operand is an enum or a flag
// word; 0xffff for the others (counts, checked by the flow analysis).
uint32_t max_u16_arg(Op op) {
  switch (op) {
    case Op::UNARY_OP: return uint32_t(UnaryOp::NOT);
    case Op::BINARY_OP: return uint32_t(BinaryOp::kCount) - 1;
    case Op::COMPARE_OP: return uint32_t(CompareOp::GE);
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::CALL_FUNCTION_EX: return 1;
    case Op::RAISE_VARARGS: return 2;
    case Op::BUILD_SLICE: return 3;
    case Op::FORMAT_VALUE: return kFormatConversionMask | kFormatHasSpec;
    case Op::MAKE_FUNCTION:
      return kMakeFunctionDefaults | kMakeFunctionKwDefaults | kMakeFunctionClosure;
    default: return 0xffff;
  }
}

uint32_t min_u16_arg(Op op) {
  switch (op) {
    case Op::BUILD_SLICE: return 2;
    case Op::COPY:
    case Op::SWAP: return 1;
    default: return is_container_update(op) ? 1 : 0;
  }
}

// How deep below the top an instruction reads: what it pops, or more for
// those that read entries they leave in place.
uint32_t read_depth(Op op, uint32_t arg) {
  if (op == Op::COPY || op == Op::SWAP) return arg;
  if (op == Op::WITH_EXCEPT_START) return 3;
  switch (op) {
    case Op::GET_ANEXT:
    case Op::IMPORT_FROM:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_MAPPING:
    case Op::GET_LEN: return 1;
    case Op::MATCH_KEYS:
    case Op::COPY_DICT_WITHOUT_KEYS: return 2;
    default: break;
  }
  uint32_t pops = uint32_t(stack_pops(uint8_t(op), arg));
  return is_container_update(op) ? pops + arg : pops;
}

// Entries an instruction may already have popped when it raises. FOR_ITER
// pops its iterator only once exhausted, after the last call that can raise.
uint32_t pops_before_raise(Op op, uint32_t arg) {
  return op == Op::FOR_ITER ? 0 : uint32_t(stack_pops(uint8_t(op), arg));
}

// What the flow analysis knows about a stack entry. Entries that only the
// compiler's own instruction sequences produce, and that the VM uses without
// checking their type, get a kind of their own.
enum class Kind : uint8_t {
  kAny,        // a Python value
  kMaybeNull,  // LOAD_METHOD's self: a value or NULL
  kPrevExc,    // the exception handled before PUSH_EXC_INFO (None or an exception)
  kList,       // made by BUILD_LIST: LIST_APPEND / LIST_EXTEND / LIST_TO_TUPLE's operand
  kSet,        // made by BUILD_SET
  kDict,       // made by BUILD_MAP
  kCode,       // LOAD_CONST of a code object: MAKE_FUNCTION's operand
  kName,       // LOAD_CONST of an interned str: a keyword name of a call (also a str)
  kStr,        // a str: a str constant, FORMAT_VALUE or BUILD_STRING's result
  kCell,       // LOAD_CLOSURE's cell
  kClosure,    // BUILD_TUPLE of cells: MAKE_FUNCTION's closure
  kTuple,      // a tuple: BUILD_TUPLE, LIST_TO_TUPLE, a tuple constant (MAKE_FUNCTION's defaults)
};

// The verifier's working state for one code object.
struct Verifier {
  Vm& vm;
  const Code& c;
  unsigned index;  // for messages (uint32_t is unsigned long on arm-none-eabi)
  uint32_t len = 0;
  uint32_t* starts = nullptr;   // bitmap: instruction starts
  uint32_t* targets = nullptr;  // bitmap: merge points
  uint32_t* cells = nullptr;    // bitmap over slots: cell slots
  uint16_t* cover = nullptr;    // per byte offset: 1 + first covering exc entry, 0 none
  uint16_t* rank = nullptr;     // per bitmap word: merge points before it
  uint8_t* states = nullptr;    // per merge point: a state (see pass 3)
  const uint8_t* const_kinds = nullptr;  // per constant: ConstKind
  uint32_t* queued = nullptr;   // bitmap: merge points on the worklist
  uint16_t* worklist = nullptr;
  uint32_t n_worklist = 0;
  uint32_t state_bytes = 0;

  bool check_header();
  bool decode();
  bool check_operand(uint32_t pc, Op op, uint32_t arg);
  bool check_exc_table();
  bool check_line_table();
  bool flow();
  bool run_from(uint32_t pc, uint8_t* cur, uint8_t* tmp);
  bool step(uint32_t pc, Op op, uint32_t arg, bool jumping, uint8_t* s);
  bool exception_edge(uint32_t pc, Op op, uint32_t arg, const uint8_t* s, uint8_t* h);
  bool merge(uint32_t pc, uint32_t target, const uint8_t* s);
  bool kind_error(uint32_t pc, Op op, Kind found, Kind wanted);

  uint32_t merge_index(uint32_t pc) const {
    uint32_t w = pc >> 5;
    uint32_t below = targets[w] & ((uint32_t(1) << (pc & 31)) - 1);
    return rank[w] + uint32_t(__builtin_popcount(below));
  }
  bool is_free_slot(uint32_t slot) const { return slot >= uint32_t(c.n_slots - c.n_free); }
};

}  // namespace

// --- pops per opcode (the stack pictures of opcodes.def) ---------------------------

int stack_pops(uint8_t raw_op, uint32_t arg) {
  Op op = Op(raw_op);
  switch (op) {
    case Op::NOP:
    case Op::COPY:  // reads, pops nothing (checked separately)
    case Op::SWAP:
    case Op::LOAD_CONST:
    case Op::LOAD_SMALL_INT:
    case Op::LOAD_NONE:
    case Op::LOAD_TRUE:
    case Op::LOAD_FALSE:
    case Op::LOAD_FAST:
    case Op::DELETE_FAST:
    case Op::LOAD_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::LOAD_BUILD_CLASS:
    case Op::JUMP:
    case Op::WITH_EXCEPT_START:  // reads three, pops nothing
    case Op::GET_ANEXT:          // aiter -> aiter awaitable: reads one
    case Op::IMPORT_FROM:        // module -> module value: reads one
    case Op::SETUP_ANNOTATIONS:
    case Op::MATCH_SEQUENCE:     // subj -> subj bool: reads one
    case Op::MATCH_MAPPING:
    case Op::GET_LEN:            // obj -> obj len: reads one
    case Op::MATCH_KEYS:         // subj keys -> subj keys values: reads two
      return 0;
    case Op::POP_TOP:
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::UNARY_OP:
    case Op::LIST_TO_TUPLE:
    case Op::UNPACK_SEQUENCE:
    case Op::UNPACK_EX:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::GET_ITER:
    case Op::FOR_ITER:
    case Op::RETURN_VALUE:
    case Op::RERAISE:
    case Op::PUSH_EXC_INFO:
    case Op::POP_EXCEPT:
    case Op::BEFORE_WITH:
    case Op::BEFORE_ASYNC_WITH:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER:
    case Op::IMPORT_STAR:
    case Op::PRINT_EXPR:
    case Op::LIST_APPEND:  // the container below is read, not popped
    case Op::SET_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
      return 1;
    case Op::STORE_ATTR:
    case Op::BINARY_SUBSCR:
    case Op::DELETE_SUBSCR:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::MAP_ADD:
    case Op::CHECK_EXC_MATCH:
    case Op::YIELD_FROM:
    case Op::END_ASYNC_FOR:
    case Op::IMPORT_NAME:
      return 2;
    case Op::COPY_DICT_WITHOUT_KEYS:  // subj keys -> subj rest: reads subj too
      return 1;
    case Op::STORE_SUBSCR:
    case Op::MATCH_CLASS:        // subj cls names -> attrs
      return 3;
    case Op::BUILD_SLICE:
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
    case Op::RAISE_VARARGS:
      return int(arg);
    case Op::BUILD_MAP:
      return 2 * int(arg);
    case Op::FORMAT_VALUE:
      return 1 + int((arg & kFormatHasSpec) != 0);
    case Op::MAKE_FUNCTION:
      return 1 + __builtin_popcount(arg);
    case Op::CALL_FUNCTION:
      return 1 + int(arg & 0xff) + 2 * int(arg >> 8);
    case Op::CALL_METHOD:
      return 2 + int(arg & 0xff) + 2 * int(arg >> 8);
    case Op::CALL_FUNCTION_EX:
      return 2 + int(arg & 1);
    case Op::kCount:
      break;
  }
  // An opcode added to opcodes.def without a case above (-Wswitch says so):
  // the verifier refuses code that uses it rather than guess.
  return -1;
}

namespace {

// --- pass 0: the signature --------------------------------------------------------

bool Verifier::check_header() {
  uint32_t params = uint32_t(c.n_pos) + c.n_kwonly + ((c.flags & kCodeVarargs) ? 1 : 0) +
                    ((c.flags & kCodeVarKeywords) ? 1 : 0);
  if (c.flags & ~kKnownCodeFlags) {
    raise(vm, &ValueError_type, VERR "unknown flags 0x%x", index, unsigned(c.flags));
  } else if (c.n_posonly > c.n_pos) {
    raise(vm, &ValueError_type, VERR "%u positional-only parameters but %u positional", index,
          unsigned(c.n_posonly), unsigned(c.n_pos));
  } else if (c.n_free > c.n_slots || params > uint32_t(c.n_slots - c.n_free)) {
    raise(vm, &ValueError_type, VERR "%u parameters and %u free variables do not fit %u slots",
          index, unsigned(params), unsigned(c.n_free), unsigned(c.n_slots));
  } else if (c.n_cells > c.n_slots) {
    raise(vm, &ValueError_type, VERR "%u cells for %u slots", index, unsigned(c.n_cells),
          unsigned(c.n_slots));
  } else if (c.bytecode_len == 0 || c.bytecode_len > 0xffff) {
    raise(vm, &ValueError_type, VERR "bytecode length %u out of range", index,
          unsigned(c.bytecode_len));
  } else {
    return true;
  }
  return false;
}

// --- pass 1: decode ---------------------------------------------------------------

bool Verifier::check_operand(uint32_t pc, Op op, uint32_t arg) {
  switch (operand_kind(op)) {
    case OperandKind::CONST:
      if (arg >= c.n_consts) {
        raise(vm, &ValueError_type, VERR "%s at offset %u uses constant %u of %u", index,
              op_name(op), unsigned(pc), unsigned(arg), unsigned(c.n_consts));
        return false;
      }
      return true;
    case OperandKind::NAME:
      if (arg >= c.n_names) {
        raise(vm, &ValueError_type, VERR "%s at offset %u uses name %u of %u", index, op_name(op),
              unsigned(pc), unsigned(arg), unsigned(c.n_names));
        return false;
      }
      return true;
    case OperandKind::LOCAL: {
      if (arg >= c.n_slots) {
        raise(vm, &ValueError_type, VERR "%s at offset %u uses slot %u of %u", index, op_name(op),
              unsigned(pc), unsigned(arg), unsigned(c.n_slots));
        return false;
      }
      bool cell_like = bit(cells, arg) || is_free_slot(arg);
      if (cell_like != is_deref_op(op)) {
        raise(vm, &ValueError_type, VERR "%s at offset %u on %s slot %u", index, op_name(op),
              unsigned(pc), cell_like ? "cell" : "non-cell", unsigned(arg));
        return false;
      }
      return true;
    }
    case OperandKind::JUMP:
      if (arg >= len) {
        raise(vm, &ValueError_type, VERR "jump at offset %u to %u, past the end (%u)", index,
              unsigned(pc), unsigned(arg), unsigned(len));
        return false;
      }
      set_bit(targets, arg);
      return true;
    case OperandKind::U16:
      if (arg < min_u16_arg(op) || arg > max_u16_arg(op)) {
        raise(vm, &ValueError_type, VERR "%s at offset %u has operand %u out of range", index,
              op_name(op), unsigned(pc), unsigned(arg));
        return false;
      }
      return true;
    case OperandKind::NONE:
    case OperandKind::S16:
    case OperandKind::CALL:
      return true;
  }
  return true;
}

bool Verifier::decode() {
  const uint8_t* bc = c.bytecode;
  bool generator = c.flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator);
  bool has_namespace = c.flags & (kCodeModule | kCodeClassBody);
  for (uint32_t pc = 0; pc < len;) {
    if (bc[pc] >= uint8_t(Op::kCount)) {
      raise(vm, &ValueError_type, VERR "unknown opcode %u at offset %u", index, unsigned(bc[pc]),
            unsigned(pc));
      return false;
    }
    Op op = Op(bc[pc]);
    if (stack_pops(uint8_t(op), 0) < 0) {
      raise(vm, &ValueError_type, VERR "%s at offset %u has no stack picture in the verifier", index,
            op_name(op), unsigned(pc));
      return false;
    }
    uint32_t size = uint32_t(instruction_size(op));
    if (pc + size > len) {
      raise(vm, &ValueError_type, VERR "%s at offset %u runs past the end of the bytecode", index,
            op_name(op), unsigned(pc));
      return false;
    }
    set_bit(starts, pc);
    uint32_t arg = size == 3 ? uint32_t(bc[pc + 1] | (bc[pc + 2] << 8)) : 0;
    if (!check_operand(pc, op, arg)) return false;
    if ((op == Op::YIELD_VALUE || op == Op::YIELD_FROM) && !generator) {
      raise(vm, &ValueError_type, VERR "%s at offset %u outside a generator", index, op_name(op),
            unsigned(pc));
      return false;
    }
    if (is_namespace_op(op) && !has_namespace) {
      raise(vm, &ValueError_type, VERR "%s at offset %u outside a module or class body", index,
            op_name(op), unsigned(pc));
      return false;
    }
    pc += size;
  }
  for (uint32_t w = 0; w < wps_for(len); ++w) {
    if (targets[w] & ~starts[w]) {
      uint32_t off = w * 32 + uint32_t(__builtin_ctz(targets[w] & ~starts[w]));
      raise(vm, &ValueError_type, VERR "jump to offset %u, not an instruction boundary", index,
            unsigned(off));
      return false;
    }
  }
  return true;
}

// --- pass 2: tables ---------------------------------------------------------------

bool Verifier::check_exc_table() {
  // Work bound for marking covered offsets: generous for any nesting a
  // program has, small enough that a hostile table cannot stall the device.
  uint32_t budget = 32 * len + 65536;
  for (uint32_t i = 0; i < c.n_exc; ++i) {
    const ExceptionTableEntry& e = c.exc_table[i];
    bool end_ok = e.end == len || (e.end < len && bit(starts, e.end));
    if (e.start >= e.end || e.end > len || !bit(starts, e.start) || !end_ok) {
      raise(vm, &ValueError_type, VERR "exception entry %u covers [%u, %u), not whole instructions",
            index, unsigned(i), unsigned(e.start), unsigned(e.end));
      return false;
    }
    if (e.handler >= len || !bit(starts, e.handler)) {
      raise(vm, &ValueError_type, VERR "exception entry %u handler %u is not an instruction",
            index, unsigned(i), unsigned(e.handler));
      return false;
    }
    if (uint32_t(e.depth) + 1 > c.stack_size) {
      raise(vm, &ValueError_type, VERR "exception entry %u depth %u exceeds stack size %u", index,
            unsigned(i), unsigned(e.depth), unsigned(c.stack_size));
      return false;
    }
    uint32_t span = uint32_t(e.end - e.start);
    if (span > budget) {
      raise(vm, &ValueError_type, VERR "exception table too large", index);
      return false;
    }
    budget -= span;
    set_bit(targets, e.handler);
    for (uint32_t off = e.start; off < e.end; ++off) {
      if (cover[off] == 0) cover[off] = uint16_t(i + 1);
    }
  }
  return true;
}

bool Verifier::check_line_table() {
  if (c.line_table_len & 1) {
    raise(vm, &ValueError_type, VERR "line table has odd length %u", index,
          unsigned(c.line_table_len));
    return false;
  }
  uint32_t addr = 0;
  for (uint32_t i = 0; i < c.line_table_len; i += 2) addr += c.line_table[i];
  if (addr > len) {
    raise(vm, &ValueError_type, VERR "line table reaches offset %u past the bytecode (%u)", index,
          unsigned(addr), unsigned(len));
    return false;
  }
  return true;
}

// --- pass 3: flow -----------------------------------------------------------------
//
// A state is `state_bytes` bytes: the depth (uint32_t, kUnreached if no path
// got there yet), then one Kind per stack position.

constexpr uint32_t kUnreached = 0xffffffff;

bool is_str_kind(Kind k) { return k == Kind::kStr || k == Kind::kName; }

uint32_t depth_of(const uint8_t* s) {
  uint32_t d;
  memcpy(&d, s, 4);
  return d;
}
void set_depth(uint8_t* s, uint32_t d) { memcpy(s, &d, 4); }
Kind* kinds_of(uint8_t* s) { return reinterpret_cast<Kind*>(s + 4); }

// The kind of an entry reached by two paths.
Kind join(Kind a, Kind b) {
  if (a == b) return a;
  if (a == Kind::kMaybeNull || b == Kind::kMaybeNull) return Kind::kMaybeNull;
  if (is_str_kind(a) && is_str_kind(b)) return Kind::kStr;
  if ((a == Kind::kTuple || a == Kind::kClosure) && (b == Kind::kTuple || b == Kind::kClosure)) return Kind::kTuple;
  return Kind::kAny;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::kAny: return "a value";
    case Kind::kMaybeNull: return "LOAD_METHOD's NULL";
    case Kind::kPrevExc: return "PUSH_EXC_INFO's previous exception";
    case Kind::kList: return "a list under construction";
    case Kind::kSet: return "a set under construction";
    case Kind::kDict: return "a dict under construction";
    case Kind::kCode: return "a code object";
    case Kind::kName: return "an interned name";
    case Kind::kStr: return "a str";
    case Kind::kCell: return "a cell";
    case Kind::kClosure: return "a tuple of cells";
    case Kind::kTuple: return "a tuple";
  }
  return "?";
}

// The kind an instruction needs in the container it updates (LIST_APPEND's
// list ...), or kAny if it updates none.
Kind container_kind(Op op) {
  switch (op) {
    case Op::LIST_APPEND:
    case Op::LIST_EXTEND:
    case Op::LIST_TO_TUPLE: return Kind::kList;
    case Op::SET_ADD:
    case Op::SET_UPDATE: return Kind::kSet;
    case Op::MAP_ADD:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: return Kind::kDict;
    default: return Kind::kAny;
  }
}

bool Verifier::merge(uint32_t pc, uint32_t target, const uint8_t* s) {
  uint8_t* t = states + size_t(merge_index(target)) * state_bytes;
  uint32_t depth = depth_of(s);
  bool changed = false;
  if (depth_of(t) == kUnreached) {
    memcpy(t, s, 4 + depth);
    changed = true;
  } else if (depth_of(t) != depth) {
    raise(vm, &ValueError_type,
          VERR "stack depth at offset %u is %u from offset %u but %u on another path", index,
          unsigned(target), unsigned(depth), unsigned(pc), unsigned(depth_of(t)));
    return false;
  } else {
    Kind* tk = kinds_of(t);
    const Kind* sk = reinterpret_cast<const Kind*>(s + 4);
    for (uint32_t i = 0; i < depth; ++i) {
      Kind j = join(tk[i], sk[i]);
      if (j != tk[i]) {
        tk[i] = j;
        changed = true;
      }
    }
  }
  if (changed && !bit(queued, target)) {
    set_bit(queued, target);
    worklist[n_worklist++] = uint16_t(target);
  }
  return true;
}

bool Verifier::kind_error(uint32_t pc, Op op, Kind found, Kind wanted) {
  raise(vm, &ValueError_type, VERR "%s at offset %u takes %s where it needs %s", index, op_name(op),
        unsigned(pc), kind_name(found), kind_name(wanted));
  return false;
}

// Applies one instruction to state `s` (the fall-through edge, or the jump
// edge if `jumping`), checking how many entries it pops and reads and what
// kind they are.
bool Verifier::step(uint32_t pc, Op op, uint32_t arg, bool jumping, uint8_t* s) {
  Kind* k = kinds_of(s);
  uint32_t depth = depth_of(s);
  uint32_t pops = uint32_t(stack_pops(uint8_t(op), arg));
  int effect = jumping ? jump_stack_effect(op, arg) : stack_effect(op, arg);
  // Deepest entry the instruction reads without popping.
  uint32_t reach = read_depth(op, arg);
  if (depth < reach) {
    raise(vm, &ValueError_type, VERR "%s at offset %u needs %u stack entries, has %u", index,
          op_name(op), unsigned(pc), unsigned(reach), unsigned(depth));
    return false;
  }
  int pushes = int(pops) + effect;
  if (pushes < 0 || depth - pops + uint32_t(pushes) > c.stack_size) {
    raise(vm, &ValueError_type, VERR "%s at offset %u overflows the stack (size %u)", index,
          op_name(op), unsigned(pc), unsigned(c.stack_size));
    return false;
  }
  // What the read entries must be. NULL may only go to POP_TOP, COPY, SWAP
  // and CALL_METHOD's self operand.
  if (op != Op::POP_TOP && op != Op::COPY && op != Op::SWAP) {
    for (uint32_t i = depth - reach; i < depth; ++i) {
      bool self_operand = op == Op::CALL_METHOD && i == depth - pops + 1;
      if (k[i] == Kind::kMaybeNull && !self_operand) return kind_error(pc, op, k[i], Kind::kAny);
    }
  }
  Kind container = container_kind(op);
  if (container != Kind::kAny) {
    uint32_t at = op == Op::LIST_TO_TUPLE ? depth - 1 : depth - reach;
    if (k[at] != container) return kind_error(pc, op, k[at], container);
  }
  if (op == Op::POP_EXCEPT && k[depth - 1] != Kind::kPrevExc) {
    return kind_error(pc, op, k[depth - 1], Kind::kPrevExc);
  }
  if (op == Op::MAKE_FUNCTION) {  // [defaults] [kwdefaults] [closure] code
    uint32_t at = depth - 1;
    if (k[at] != Kind::kCode) return kind_error(pc, op, k[at], Kind::kCode);
    if ((arg & kMakeFunctionClosure) && k[--at] != Kind::kClosure) return kind_error(pc, op, k[at], Kind::kClosure);
    if ((arg & kMakeFunctionKwDefaults) && k[--at] != Kind::kDict && k[at] != Kind::kTuple) {
      return kind_error(pc, op, k[at], Kind::kDict);  // a dict, or the compiler's constant (name, value...) tuple
    }
    if ((arg & kMakeFunctionDefaults) && k[--at] != Kind::kTuple) return kind_error(pc, op, k[at], Kind::kTuple);
  }
  if (op == Op::CALL_FUNCTION || op == Op::CALL_METHOD) {  // keyword names are interned strs
    for (uint32_t j = 0; j < (arg >> 8); ++j) {
      Kind name = k[depth - 2 * ((arg >> 8) - j)];
      if (name != Kind::kName) return kind_error(pc, op, name, Kind::kName);
    }
  }
  if (op == Op::BUILD_STRING) {
    for (uint32_t i = depth - arg; i < depth; ++i) {
      if (!is_str_kind(k[i])) return kind_error(pc, op, k[i], Kind::kStr);
    }
  }

  if (op == Op::COPY) {
    k[depth] = k[depth - arg];
  } else if (op == Op::SWAP) {
    Kind t = k[depth - 1];
    k[depth - 1] = k[depth - arg];
    k[depth - arg] = t;
  } else if (!is_container_update(op)) {  // container updates leave the container as it is
    uint32_t base = depth - pops;
    bool all_cells = op == Op::BUILD_TUPLE && arg > 0;
    for (uint32_t i = base; all_cells && i < depth; ++i) all_cells = k[i] == Kind::kCell;
    for (uint32_t i = base; i < base + uint32_t(pushes); ++i) k[i] = Kind::kAny;
    switch (op) {
      case Op::LOAD_METHOD: k[base + 1] = Kind::kMaybeNull; break;  // obj -> meth self|NULL
      case Op::PUSH_EXC_INFO: k[base] = Kind::kPrevExc; break;      // exc -> prev exc
      case Op::BUILD_LIST: k[base] = Kind::kList; break;
      case Op::BUILD_SET: k[base] = Kind::kSet; break;
      case Op::BUILD_MAP: k[base] = Kind::kDict; break;
      case Op::LOAD_CONST:
        if (const_kinds[arg] == kConstCode) k[base] = Kind::kCode;
        if (const_kinds[arg] == kConstName) k[base] = Kind::kName;
        if (const_kinds[arg] == kConstStr) k[base] = Kind::kStr;
        if (const_kinds[arg] == kConstTuple) k[base] = Kind::kTuple;
        break;
      case Op::LIST_TO_TUPLE: k[base] = Kind::kTuple; break;
      case Op::FORMAT_VALUE:
      case Op::BUILD_STRING: k[base] = Kind::kStr; break;
      case Op::LOAD_CLOSURE: k[base] = Kind::kCell; break;
      case Op::BUILD_TUPLE: k[base] = all_cells ? Kind::kClosure : Kind::kTuple; break;
      default: break;
    }
  }
  set_depth(s, depth - pops + uint32_t(pushes));
  return true;
}

// The handler of the instruction at pc, if any, is reached with the entries
// below its depth plus the exception. The instruction must not pop any of
// those entries: if it raises after popping, the VM resets the stack to the
// handler's depth and would otherwise find stale entries there. `h` is
// scratch for the handler's state.
bool Verifier::exception_edge(uint32_t pc, Op op, uint32_t arg, const uint8_t* s, uint8_t* h) {
  if (!cover || cover[pc] == 0) return true;
  const ExceptionTableEntry& e = c.exc_table[cover[pc] - 1];
  if (depth_of(s) < e.depth + pops_before_raise(op, arg)) {
    raise(vm, &ValueError_type,
          VERR "%s at offset %u has %u stack entries; its handler at %u keeps %u of them", index,
          op_name(op), unsigned(pc), unsigned(depth_of(s)), unsigned(e.handler), unsigned(e.depth));
    return false;
  }
  memcpy(h, s, 4 + e.depth);
  set_depth(h, e.depth + 1);
  kinds_of(h)[e.depth] = Kind::kAny;  // the exception
  return merge(pc, e.handler, h);
}

// Walks straight-line code from merge point `pc` until the flow ends or
// reaches another merge point. `cur` holds the state at pc; `tmp` is scratch.
bool Verifier::run_from(uint32_t pc, uint8_t* cur, uint8_t* tmp) {
  const uint8_t* bc = c.bytecode;
  for (;;) {
    Op op = Op(bc[pc]);
    uint32_t size = uint32_t(instruction_size(op));
    uint32_t arg = size == 3 ? uint32_t(bc[pc + 1] | (bc[pc + 2] << 8)) : 0;
    if (!exception_edge(pc, op, arg, cur, tmp)) return false;
    if (operand_kind(op) == OperandKind::JUMP) {
      memcpy(tmp, cur, state_bytes);
      if (!step(pc, op, arg, true, tmp) || !merge(pc, arg, tmp)) return false;
    }
    if (ends_flow(op)) {
      // The fall-through effect is still checked: RAISE_VARARGS pops its operands.
      return op == Op::JUMP || step(pc, op, arg, false, cur);
    }
    if (!step(pc, op, arg, false, cur)) return false;
    uint32_t next = pc + size;
    if (next >= len) {
      raise(vm, &ValueError_type, VERR "execution runs past the end of the bytecode after offset %u",
            index, unsigned(pc));
      return false;
    }
    if (bit(targets, next)) return merge(pc, next, cur);
    pc = next;
  }
}

bool Verifier::flow() {
  uint32_t words = wps_for(len);
  Temp rank_mem(vm), state_mem(vm), work_mem(vm), queued_mem(vm), scratch_mem(vm);
  rank = rank_mem.alloc<uint16_t>(words);
  if (!rank) return false;
  uint32_t n_targets = 0;
  for (uint32_t w = 0; w < words; ++w) {
    rank[w] = uint16_t(n_targets);
    n_targets += uint32_t(__builtin_popcount(targets[w]));
  }
  state_bytes = 4 + uint32_t(c.stack_size) + 1;  // + 1: COPY writes one past the top
  states = state_mem.alloc<uint8_t>(size_t(n_targets) * state_bytes);
  worklist = work_mem.alloc<uint16_t>(n_targets);
  queued = queued_mem.alloc<uint32_t>(words);
  uint8_t* scratch = scratch_mem.alloc<uint8_t>(2 * size_t(state_bytes));
  if (!states || !worklist || !queued || !scratch) return false;
  for (uint32_t i = 0; i < n_targets; ++i) set_depth(states + size_t(i) * state_bytes, kUnreached);
  uint8_t* cur = scratch;
  uint8_t* tmp = scratch + state_bytes;
  set_depth(cur, 0);
  if (!merge(0, 0, cur)) return false;
  while (n_worklist > 0) {
    uint32_t pc = worklist[--n_worklist];
    clear_bit(queued, pc);
    memcpy(cur, states + size_t(merge_index(pc)) * state_bytes, state_bytes);
    if (!run_from(pc, cur, tmp)) return false;
  }
  return true;
}

}  // namespace

bool verify_code(Vm& vm, const Code& code, uint32_t index, const uint8_t* const_kinds) {
  Verifier v{vm, code, unsigned(index)};
  if (!v.check_header()) return false;
  v.len = code.bytecode_len;
  uint32_t words = wps_for(v.len);
  Temp starts(vm), targets(vm), cells(vm), cover(vm), consts(vm);
  v.starts = starts.alloc<uint32_t>(words);
  v.targets = targets.alloc<uint32_t>(words);
  v.cells = cells.alloc<uint32_t>(wps_for(uint32_t(code.n_slots) + 1));
  if (!v.starts || !v.targets || !v.cells) return false;
  if (!const_kinds) {  // a Code object in memory: look at its constants
    uint8_t* kinds = consts.alloc<uint8_t>(code.n_consts);
    if (!kinds) return false;
    for (uint32_t i = 0; i < code.n_consts; ++i) kinds[i] = const_kind(code.consts[i]);
    const_kinds = kinds;
  }
  v.const_kinds = const_kinds;
  if ((code.flags & kCodeDocstring) &&
      (code.n_consts == 0 || (const_kinds[0] != kConstStr && const_kinds[0] != kConstName))) {
    raise(vm, &ValueError_type, VERR "docstring flag without a str constant 0", unsigned(index));
    return false;
  }
  uint32_t first_free = uint32_t(code.n_slots - code.n_free);
  for (uint32_t i = 0; i < code.n_cells; ++i) {
    uint32_t slot = code.cell_slots[i];
    if (slot >= first_free || bit(v.cells, slot)) {
      raise(vm, &ValueError_type, VERR "cell slot %u is out of range or repeated", unsigned(index),
            unsigned(slot));
      return false;
    }
    set_bit(v.cells, slot);
  }
  set_bit(v.targets, 0);
  if (!v.decode()) return false;
  if (code.n_exc > 0) {
    v.cover = cover.alloc<uint16_t>(v.len);
    if (!v.cover) return false;
  }
  return v.check_exc_table() && v.check_line_table() && v.flow();
}

uint8_t const_kind(Value v) {
  if (v.is_qstr()) return kConstName;
  if (!v.is_object()) return kConstOther;
  const Type* t = v.as_object()->type;
  if (t == &code_type) return kConstCode;
  if (t == &tuple_type) return kConstTuple;
  return t == &str_type ? kConstStr : kConstOther;
}

}  // namespace mote::mpy
