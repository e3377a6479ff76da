// emitter.cc — bytecode, labels, exception/line tables, constants (see emitter.h).
#include "compiler/emitter.h"

#include <cstring>

#include "gc/gc.h"
#include "modules/cmath/complex.h"
#include "vm/object.h"

namespace mote::compiler {

static bool is_terminator(Op op) {
  return op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

static uint32_t read_u16(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8; }

// --- stack depth by flow analysis ------------------------------------------------------

// Sets the depth at `at`; false on a conflict. *changed is set if a depth
// became known at an offset the current pass has already gone past.
static bool reach(int16_t* depth, uint32_t len, uint32_t at, int32_t d, uint32_t current, bool* changed) {
  if (at >= len || d < 0 || d > 0x7FFF) return false;
  if (depth[at] < 0) {
    depth[at] = int16_t(d);
    if (at <= current) *changed = true;
    return true;
  }
  return depth[at] == d;
}

int32_t flow_stack_depth(const uint8_t* code, uint32_t len, const ExceptionTableEntry* exc,
                         uint32_t n_exc, int16_t* depth) {
  for (uint32_t i = 0; i < len; ++i) depth[i] = -1;
  if (len == 0) return 0;
  bool changed = false;
  int32_t max = 0;
  if (!reach(depth, len, 0, 0, 0, &changed)) return -1;
  for (uint32_t i = 0; i < n_exc; ++i) {
    if (!reach(depth, len, exc[i].handler, exc[i].depth + 1, 0, &changed)) return -1;
  }
  for (int pass = 0; pass < 64; ++pass) {
    changed = false;
    for (uint32_t off = 0; off < len;) {
      Op op = Op(code[off]);
      if (uint32_t(op) >= uint32_t(Op::kCount)) return -1;
      uint32_t size = uint32_t(instruction_size(op));
      if (off + size > len) return -1;
      int32_t d = depth[off];
      if (d >= 0) {
        uint32_t arg = has_operand(op) ? read_u16(code + off + 1) : 0;
        if (d > max) max = d;
        if (operand_kind(op) == OperandKind::JUMP) {
          int32_t jd = d + jump_stack_effect(op, arg);
          if (!reach(depth, len, arg, jd, off, &changed)) return -1;
        }
        int32_t nd = d + stack_effect(op, arg);
        if (nd < 0) return -1;
        if (nd > max) max = nd;
        if (!is_terminator(op) && !reach(depth, len, off + size, nd, off, &changed)) return -1;
      }
      off += size;
    }
    if (!changed) return max;
  }
  return -1;
}

// --- emission -------------------------------------------------------------------------

void Emitter::init(Ctx* c, uint32_t first_line, bool lines) {
  c_ = c;
  keep_lines_ = lines;
  first_line_ = line_ = last_line_ = first_line;
}

void Emitter::release() {
  Vm& vm = *c_->vm;
  code_.free(vm);
  lines_.free(vm);
  consts_.free(vm);
  labels_.free(vm);
  fixups_.free(vm);
  handlers_.free(vm);
  ranges_.free(vm);
}

void Emitter::internal_error() {
  c_->error(0, "internal compiler error: inconsistent stack depth");
}

void Emitter::set_label_depth(Label& l, int depth) {
  if (l.depth < 0) l.depth = depth;
  else if (l.depth != depth) internal_error();
}

void Emitter::put(Op op, uint32_t arg) {
  Vm& vm = *c_->vm;
  bool ok = code_.push(vm, uint8_t(op));
  if (ok && has_operand(op)) ok = code_.push(vm, uint8_t(arg)) && code_.push(vm, uint8_t(arg >> 8));
  if (!ok) oom();
}

// Closes the current run of instructions if the handler changed.
void Emitter::tag_instruction() {
  if (handler_ != kNoHandler) {
    Label& l = labels_[handlers_[handler_].target];
    l.referenced = true;
    set_label_depth(l, handlers_[handler_].depth + 1);
  }
  if (handler_ == run_handler_) return;
  if (run_handler_ != kNoHandler && code_.len > run_start_) {
    Range r{uint16_t(run_start_), uint16_t(code_.len), run_handler_};
    if (!ranges_.push(*c_->vm, r)) oom();
  }
  run_handler_ = handler_;
  run_start_ = code_.len;
}

// Adds a line table step if this instruction starts a new line.
void Emitter::mark_line() {
  if (!keep_lines_ || line_ == 0 || line_ == last_line_) return;
  Vm& vm = *c_->vm;
  uint32_t addr = code_.len - last_line_addr_;
  int32_t dl = int32_t(line_) - int32_t(last_line_);
  bool ok = true;
  for (; addr > 255; addr -= 255) ok = ok && lines_.push(vm, 255) && lines_.push(vm, 0);
  for (; dl > 127; dl -= 127, addr = 0) ok = ok && lines_.push(vm, uint8_t(addr)) && lines_.push(vm, 127);
  for (; dl < -128; dl += 128, addr = 0) ok = ok && lines_.push(vm, uint8_t(addr)) && lines_.push(vm, 0x80);
  ok = ok && lines_.push(vm, uint8_t(addr)) && lines_.push(vm, uint8_t(int8_t(dl)));
  if (!ok) oom();
  last_line_addr_ = code_.len;
  last_line_ = line_;
}

void Emitter::emit(Op op, uint32_t arg) {
  if (!reachable_ || c_->failed()) return;
  last_jump_ = -1;
  mark_line();
  tag_instruction();
  put(op, arg);
  depth_ += stack_effect(op, arg);
  if (depth_ < 0) internal_error();
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (is_terminator(op)) reachable_ = false;
}

void Emitter::emit_jump(Op op, LabelId target) {
  if (!reachable_ || c_->failed()) return;
  mark_line();
  tag_instruction();
  Label& l = labels_[target];
  l.referenced = true;
  set_label_depth(l, depth_ + jump_stack_effect(op, 0));
  last_jump_ = -1;
  if (l.offset >= 0) {
    if (l.dead) internal_error();
    put(op, uint32_t(l.offset));
  } else {
    Fixup f{code_.len + 1, target};
    if (!fixups_.push(*c_->vm, f)) oom();
    if (op == Op::JUMP) {
      last_jump_ = int32_t(code_.len);
      last_jump_label_ = target;
    }
    put(op, 0);
  }
  depth_ += stack_effect(op, 0);
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (op == Op::JUMP) reachable_ = false;
}

LabelId Emitter::new_label() {
  Label l{-1, -1, false, false};
  if (labels_.len >= 0xFFFF || !labels_.push(*c_->vm, l)) {
    oom();
    return 0;
  }
  return LabelId(labels_.len - 1);
}

void Emitter::bind(LabelId label) {
  if (c_->failed()) return;
  Label& l = labels_[label];
  if (!reachable_ && last_jump_ >= 0 && last_jump_label_ == label && uint32_t(last_jump_) + 3 == code_.len) {
    // The code ends with a JUMP to here: take it back.
    code_.len = uint32_t(last_jump_);
    fixups_.len--;
    reachable_ = true;
    depth_ = l.depth;
  }
  l.offset = int32_t(code_.len);
  if (reachable_ || l.referenced) last_jump_ = -1;
  if (reachable_) {
    set_label_depth(l, depth_);
  } else if (l.referenced) {
    reachable_ = true;
    depth_ = l.depth;
  } else {
    l.dead = true;
  }
}

HandlerId Emitter::new_handler(LabelId target, int depth) {
  Handler h{target, uint16_t(depth)};
  if (handlers_.len >= kNoHandler || !handlers_.push(*c_->vm, h)) {
    oom();
    return kNoHandler;
  }
  return HandlerId(handlers_.len - 1);
}

// --- constants --------------------------------------------------------------------------

static bool is_str_like(Value v, const Type* type) {
  return (v.is_qstr() && type == &str_type) || (v.is_object() && v.as_object()->type == type);
}

int32_t Emitter::add_const(Value v) {
  if (v.is_null()) return oom(), -1;
  for (uint32_t i = 0; i < consts_.len; ++i) {
    if (consts_[i] == v) return int32_t(i);
  }
  if (consts_.len >= 0xFFFF) return c_->error(0, "too many constants"), -1;
  if (!consts_.push(*c_->vm, v)) return oom(), -1;
  return int32_t(consts_.len - 1);
}

int32_t Emitter::add_str(const char* data, uint32_t len, bool bytes) {
  const Type* type = bytes ? &bytes_type : &str_type;
  for (uint32_t i = 0; i < consts_.len; ++i) {
    Value e = consts_[i];
    if (!is_str_like(e, type)) continue;
    StrView sv = str_view(e);
    if (sv.len == len && (len == 0 || memcmp(sv.data, data, len) == 0)) return int32_t(i);
  }
  Value v = bytes ? bytes_new(*c_->vm, reinterpret_cast<const uint8_t*>(data), len)
                  : str_new(*c_->vm, std::string_view(data, len));
  return add_const(v);
}

int32_t Emitter::add_float(double f) {
  for (uint32_t i = 0; i < consts_.len; ++i) {
    Value e = consts_[i];
    if (e.is_object() && e.as_object()->type == &float_type &&
        memcmp(&e.as<Float>()->value, &f, sizeof f) == 0) {
      return int32_t(i);
    }
  }
  return add_const(float_new(*c_->vm, f));
}

int32_t Emitter::add_complex(double re, double im) {
  for (uint32_t i = 0; i < consts_.len; ++i) {
    Value e = consts_[i];
    if (e.is_object() && e.as_object()->type == &complex_type) {
      const ComplexObj* z = e.as<ComplexObj>();
      if (memcmp(&z->real, &re, sizeof re) == 0 && memcmp(&z->imag, &im, sizeof im) == 0) return int32_t(i);
    }
  }
  return add_const(complex_new(*c_->vm, re, im));
}

void Emitter::load_const(Value v) {
  int32_t i = add_const(v);
  if (i >= 0) emit(Op::LOAD_CONST, uint32_t(i));
}

// --- finishing ------------------------------------------------------------------------------

// Patches forward jumps and turns the handler runs into table entries.
bool Emitter::build_tables(Code* code) {
  for (uint32_t i = 0; i < fixups_.len; ++i) {
    const Label& l = labels_[fixups_[i].label];
    if (l.offset < 0) return internal_error(), false;
    code_[fixups_[i].at] = uint8_t(l.offset);
    code_[fixups_[i].at + 1] = uint8_t(l.offset >> 8);
  }
  if (run_handler_ != kNoHandler && code_.len > run_start_) {
    Range r{uint16_t(run_start_), uint16_t(code_.len), run_handler_};
    if (!ranges_.push(*c_->vm, r)) return oom();
  }
  if (!ranges_.len) return true;
  auto* table = static_cast<ExceptionTableEntry*>(
      gc_alloc(*c_->vm, ranges_.len * sizeof(ExceptionTableEntry), true));
  if (!table) return oom();
  for (uint32_t i = 0; i < ranges_.len; ++i) {
    const Handler& h = handlers_[ranges_[i].handler];
    const Label& l = labels_[h.target];
    if (l.offset < 0) return internal_error(), false;
    table[i] = ExceptionTableEntry{ranges_[i].start, ranges_[i].end, uint16_t(l.offset), h.depth};
  }
  code->exc_table = table;
  code->n_exc = uint16_t(ranges_.len);
  return true;
}

bool Emitter::check_depth(Code* code, uint32_t error_pos) {
  auto* scratch = static_cast<int16_t*>(gc_alloc(*c_->vm, code_.len * sizeof(int16_t) + 2, true));
  if (!scratch) return oom();
  int32_t depth = flow_stack_depth(code_.data, code_.len, code->exc_table, code->n_exc, scratch);
  gc_free(*c_->vm, scratch);
  if (depth < 0) return internal_error(), false;
  code->stack_size = uint16_t(depth);
  return true;
}

template <class T>
static T* copy_out(Ctx* c, const T* data, uint32_t n, bool leaf) {
  if (n == 0) return nullptr;
  auto* p = static_cast<T*>(gc_alloc(*c->vm, n * sizeof(T), leaf));
  if (!p) return c->oom(), nullptr;
  memcpy(static_cast<void*>(p), data, n * sizeof(T));
  return p;
}

Code* Emitter::finish(uint32_t error_pos) {
  if (c_->failed()) return nullptr;
  if (code_.len > 0xFFFF) return c_->error(error_pos, "function too large"), nullptr;
  Code* code = code_new(*c_->vm);
  if (!code) return oom(), nullptr;
  if (!build_tables(code) || !check_depth(code, error_pos)) return nullptr;
  code->bytecode = copy_out(c_, code_.data, code_.len, true);
  code->bytecode_len = code_.len;
  code->consts = copy_out(c_, consts_.data, consts_.len, false);
  code->n_consts = uint16_t(consts_.len);
  code->line_table = copy_out(c_, lines_.data, lines_.len, true);
  code->line_table_len = uint16_t(lines_.len);
  code->first_line = first_line_;
  if (c_->failed()) return nullptr;
  if (lines_.len > 0xFFFF) return c_->error(error_pos, "function too large"), nullptr;
  return code;
}

}  // namespace mote::compiler
