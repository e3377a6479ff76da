// mpy_writer.cc — Code objects to .mpy bytes (docs/mpy-format.md).
//
// Two walks over the tree of code objects. The first builds the qstr table:
// the module's names table first, in its own order, so NAME operands need no
// rewriting (a nested code object with a names table of its own has its NAME
// operands remapped on the fly — the compiler shares one table, so that path
// is a safety net), then every other interned name the file needs (source
// name, function names, qualnames, slot names, interned constants) once each.
// It also collects the feature flags. The second walk emits the file through
// an Out that feeds the CRC as it goes. Temporary tables live in the GC heap
// and are left to the collector.
#include "vm/mpy_writer.h"

#include <cstring>

#include "gc/gc.h"
#include "modules/cmath/complex.h"
#include "vm/bigint.h"
#include "vm/code.h"
#include "vm/mpy_format.h"
#include "vm/mpy_verify.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace mote::mpy {

namespace {

// Qstr -> table position, with the table in insertion order. Open addressing
// over qstr indices; grows by doubling.
struct QstrTable {
  Vm& vm;
  Value* items = nullptr;    // qstr Values in table order
  uint32_t count = 0;
  uint32_t cap = 0;
  uint32_t* slots = nullptr; // hash slots: position + 1, 0 empty
  uint32_t n_slots = 0;

  explicit QstrTable(Vm& v) : vm(v) {}

  // Position of q, or -1.
  int64_t find(Value q) const {
    if (n_slots == 0) return -1;
    for (uint32_t h = hash(q);; h = (h + 1) & (n_slots - 1)) {
      if (slots[h] == 0) return -1;
      if (items[slots[h] - 1] == q) return slots[h] - 1;
    }
  }

  // Appends q (duplicates allowed when `dup`, for the module's names table).
  bool add(Value q, bool dup = false) {
    if (!dup && find(q) >= 0) return true;
    if (count == cap && !grow()) return false;
    items[count++] = q;
    if (find(q) < 0) insert(q, count - 1);
    return true;
  }

  uint32_t hash(Value q) const { return (q.as_qstr() * 2654435761u) & (n_slots - 1); }

  void insert(Value q, uint32_t pos) {
    uint32_t h = hash(q);
    while (slots[h] != 0) h = (h + 1) & (n_slots - 1);
    slots[h] = pos + 1;
  }

  bool grow() {
    uint32_t ncap = cap ? cap * 2 : 64;
    auto* nitems = static_cast<Value*>(gc_realloc(vm, items, ncap * sizeof(Value)));
    auto* nslots = static_cast<uint32_t*>(gc_alloc(vm, 2 * ncap * sizeof(uint32_t), true));
    if (!nitems || !nslots) return false;
    items = nitems;
    cap = ncap;
    slots = nslots;
    n_slots = 2 * ncap;
    for (uint32_t i = 0; i < count; ++i) {
      if (find(items[i]) < 0) insert(items[i], i);
    }
    return true;
  }
};

// The output stream: bytes go to the Printer and into the CRC.
struct Out {
  Printer& p;
  uint32_t crc = 0;
  bool ok = true;

  void bytes(const void* data, size_t len) {
    if (!ok || len == 0) return;
    crc = crc32_update(crc, static_cast<const uint8_t*>(data), len);
    ok = p.write(p, static_cast<const char*>(data), len);
  }
  void u8(uint8_t b) { bytes(&b, 1); }
  void vuint(uint32_t v) {
    uint8_t buf[5];
    size_t n = 0;
    do {
      buf[n] = uint8_t(v & 0x7f);
      v >>= 7;
      if (v) buf[n] |= 0x80;
      ++n;
    } while (v);
    bytes(buf, n);
  }
  void text(std::string_view s) {
    vuint(uint32_t(s.size()));
    bytes(s.data(), s.size());
  }
};

bool is_type(Value v, const Type* t) { return v.is_object() && v.as_object()->type == t; }

// Everything the walks share.
struct Writer {
  Vm& vm;
  const Code* module;
  QstrTable table;
  uint32_t n_names = 0;
  uint8_t features = 0;
  uint32_t code_count = 0;  // for verifier messages, in file order

  Writer(Vm& v, const Code* m) : vm(v), module(m), table(v) {}

  bool collect_names(const Code* c);
  bool collect_extras(const Code* c);
  bool collect_const(Value v);
  bool intern(Value* s);
  bool emit_code(Out& out, const Code* c);
  bool emit_const(Out& out, Value v);
  bool emit_int(Out& out, Value v);
  bool emit_bytecode(Out& out, const Code* c);
  uint32_t index_of(Value q) const { return uint32_t(table.find(q)); }
};

// A qualname may be a str object; the file holds names as qstrs.
bool Writer::intern(Value* s) {
  if (s->is_qstr()) return true;
  StrView t = str_view(*s);
  *s = qstr_intern(vm, std::string_view(t.data, t.len));
  return !s->is_null();
}

// Walk 1a: the NAME region of the table.
bool Writer::collect_names(const Code* c) {
  if (c != module && c->names != module->names) {
    for (uint32_t i = 0; i < c->n_names; ++i) {
      if (!table.add(c->names[i])) return false;
    }
  }
  for (uint32_t i = 0; i < c->n_consts; ++i) {
    Value v = c->consts[i];
    if (is_type(v, &code_type) && !collect_names(v.as<Code>())) return false;
  }
  return true;
}

bool Writer::collect_const(Value v) {
  if (v.is_qstr()) return table.add(v);
  if (is_type(v, &float_type) || is_type(v, &complex_type)) features |= kFeatureFloat;
  if (is_bigint(v) ||
      (v.is_small_int() && (v.as_small_int() < -(sword(1) << 30) || v.as_small_int() >= (sword(1) << 30)))) {
    features |= kFeatureBigInt;
  }
  if (is_type(v, &tuple_type)) {
    const Tuple* t = v.as<Tuple>();
    for (size_t i = 0; i < t->len; ++i) {
      if (!collect_const(t->items[i])) return false;
    }
  }
  if (is_type(v, &code_type)) return collect_extras(v.as<Code>());
  return true;
}

// Walk 1b: every other name, and the feature flags.
bool Writer::collect_extras(const Code* c) {
  Value qualname = c->qualname;
  if (!intern(&qualname)) return false;
  if (!table.add(c->name) || !table.add(qualname)) return false;
  for (uint32_t i = 0; i < c->n_slots; ++i) {
    if (!table.add(c->slot_names[i])) return false;
  }
  for (uint32_t i = 0; i < c->n_consts; ++i) {
    if (!collect_const(c->consts[i])) return false;
  }
  return true;
}

// ints: vuint (n_bytes << 1 | negative), magnitude little-endian.
bool Writer::emit_int(Out& out, Value v) {
  uint8_t small[8];
  if (v.is_small_int()) {
    sword s = v.as_small_int();
    uint64_t mag = s < 0 ? uint64_t(0) - uint64_t(int64_t(s)) : uint64_t(s);
    uint32_t n = 0;
    for (; mag; mag >>= 8) small[n++] = uint8_t(mag);
    out.vuint(n << 1 | (s < 0 ? 1 : 0));
    out.bytes(small, n);
    return true;
  }
  size_t len;
  bool negative;
  char* hex = int_digits(vm, v, 16, &len, &negative);
  if (!hex) return false;
  uint32_t n = uint32_t((len + 1) / 2);
  if (n > kMaxIntBytes) {
    raise(vm, &OverflowError_type, "int constant too large for .mpy");
    return false;
  }
  out.vuint(n << 1 | (negative ? 1 : 0));
  // hex is most significant digit first; emit bytes least significant first.
  for (uint32_t i = 0; i < n; ++i) {
    auto digit = [&](size_t k) -> uint8_t {  // k-th hex digit from the end
      if (k >= len) return 0;
      char ch = hex[len - 1 - k];
      return uint8_t(ch <= '9' ? ch - '0' : ch - 'a' + 10);
    };
    out.u8(uint8_t(digit(2 * i) | digit(2 * i + 1) << 4));
  }
  return true;
}

// A double as its IEEE-754 binary64 bits, little-endian.
void emit_double(Out& out, double d) {
  uint64_t bits;
  memcpy(&bits, &d, 8);
  uint8_t le[8];
  for (int i = 0; i < 8; ++i) le[i] = uint8_t(bits >> (8 * i));
  out.bytes(le, 8);
}

bool Writer::emit_const(Out& out, Value v) {
  if (v.is_none()) {
    out.u8(kTagNone);
  } else if (v == Value::false_()) {
    out.u8(kTagFalse);
  } else if (v == Value::true_()) {
    out.u8(kTagTrue);
  } else if (v == Value::ellipsis()) {
    out.u8(kTagEllipsis);
  } else if (v.is_small_int() || is_bigint(v)) {
    out.u8(kTagInt);
    return emit_int(out, v);
  } else if (v.is_qstr()) {
    out.u8(kTagQstr);
    out.vuint(index_of(v));
  } else if (is_type(v, &float_type)) {
    out.u8(kTagFloat);
    emit_double(out, v.as<Float>()->value);
  } else if (is_type(v, &complex_type)) {
    out.u8(kTagComplex);
    emit_double(out, v.as<ComplexObj>()->real);
    emit_double(out, v.as<ComplexObj>()->imag);
  } else if (is_type(v, &str_type) || is_type(v, &bytes_type)) {
    StrView t = str_view(v);
    out.u8(is_type(v, &str_type) ? kTagStr : kTagBytes);
    out.text(std::string_view(t.data, t.len));
  } else if (is_type(v, &tuple_type)) {
    const Tuple* t = v.as<Tuple>();
    out.u8(kTagTuple);
    out.vuint(uint32_t(t->len));
    for (size_t i = 0; i < t->len; ++i) {
      if (!emit_const(out, t->items[i])) return false;
    }
  } else if (is_type(v, &code_type)) {
    out.u8(kTagCode);
    return emit_code(out, v.as<Code>());
  } else {
    std::string_view tn = type_name(type_of(v));
    raise(vm, &TypeError_type, "cannot write a constant of type '%.*s' to .mpy", int(tn.size()),
          tn.data());
    return false;
  }
  return true;
}

// The bytecode, with NAME operands remapped if this code object has a names
// table of its own.
bool Writer::emit_bytecode(Out& out, const Code* c) {
  out.vuint(c->bytecode_len);
  if (c == module || c->names == module->names) {
    out.bytes(c->bytecode, c->bytecode_len);
    return true;
  }
  auto* copy = static_cast<uint8_t*>(gc_alloc(vm, c->bytecode_len, true));
  if (!copy) return false;
  memcpy(copy, c->bytecode, c->bytecode_len);
  for (uint32_t pc = 0; pc < c->bytecode_len;) {
    Op op = Op(copy[pc]);
    if (operand_kind(op) == OperandKind::NAME) {
      uint32_t pos = index_of(c->names[copy[pc + 1] | copy[pc + 2] << 8]);
      copy[pc + 1] = uint8_t(pos);
      copy[pc + 2] = uint8_t(pos >> 8);
    }
    pc += uint32_t(instruction_size(op));
  }
  out.bytes(copy, c->bytecode_len);
  gc_free(vm, copy);
  return true;
}

bool Writer::emit_code(Out& out, const Code* c) {
  // The verifier reads n_names; for a remapped code object it is the file's.
  if (!verify_code(vm, *c, code_count++)) return false;
  Value qualname = c->qualname;
  if (!intern(&qualname)) return false;
  out.vuint(c->flags);
  out.vuint(c->n_pos);
  out.vuint(c->n_posonly);
  out.vuint(c->n_kwonly);
  out.vuint(c->n_slots);
  out.vuint(c->n_free);
  out.vuint(c->stack_size);
  out.vuint(index_of(c->name));
  out.vuint(index_of(qualname));
  out.vuint(c->first_line);
  out.vuint(c->n_cells);
  for (uint32_t i = 0; i < c->n_cells; ++i) out.vuint(c->cell_slots[i]);
  for (uint32_t i = 0; i < c->n_slots; ++i) out.vuint(index_of(c->slot_names[i]));
  if (!emit_bytecode(out, c)) return false;
  out.vuint(c->n_exc);
  for (uint32_t i = 0; i < c->n_exc; ++i) {
    const ExceptionTableEntry& e = c->exc_table[i];
    out.vuint(e.start);
    out.vuint(e.end - e.start);
    out.vuint(e.handler);
    out.vuint(e.depth);
  }
  out.vuint(c->line_table_len);
  out.bytes(c->line_table, c->line_table_len);
  out.vuint(c->n_consts);
  for (uint32_t i = 0; i < c->n_consts; ++i) {
    if (!emit_const(out, c->consts[i])) return false;
  }
  return out.ok;
}

// A Printer appending to a growable GC buffer.
struct BufferPrinter : Printer {
  Vm* vm;
  uint8_t* data = nullptr;
  size_t len = 0;
  size_t cap = 0;

  explicit BufferPrinter(Vm& v) : Printer{&BufferPrinter::append}, vm(&v) {}

  static bool append(Printer& self, const char* bytes, size_t n) {
    auto& b = static_cast<BufferPrinter&>(self);
    if (b.len + n > b.cap) {
      size_t ncap = b.cap ? b.cap * 2 : 256;
      while (ncap < b.len + n) ncap *= 2;
      auto* nd = static_cast<uint8_t*>(gc_realloc(*b.vm, b.data, ncap));
      if (!nd) return false;
      b.data = nd;
      b.cap = ncap;
    }
    memcpy(b.data + b.len, bytes, n);
    b.len += n;
    return true;
  }
};

}  // namespace

bool write_mpy(Vm& vm, const Code* module, Printer& printer) {
  Writer w(vm, module);
  // The module's names table, indices unchanged; then the NAME operands of
  // any nested code object with its own table; then every other name.
  for (uint32_t i = 0; i < module->n_names; ++i) {
    if (!w.table.add(module->names[i], true)) return false;
  }
  if (!w.collect_names(module)) return false;
  w.n_names = w.table.count;
  if (!w.table.add(module->filename) || !w.collect_extras(module)) return false;
  if (w.table.count > kMaxQstrs || w.n_names > 0xffff) {
    raise(vm, &ValueError_type, "module uses too many names for .mpy (%u)", unsigned(w.table.count));
    return false;
  }

  Out out{printer};
  uint8_t header[kHeaderSize] = {kMagic, kVersion, w.features, 0};
  out.bytes(header, kHeaderSize);
  out.vuint(w.table.count);
  out.vuint(w.n_names);
  for (uint32_t i = 0; i < w.table.count; ++i) {
    QstrText t = qstr_text(w.table.items[i].as_qstr());
    out.text(std::string_view(t.data, t.len));
  }
  out.vuint(w.index_of(module->filename));
  if (!w.emit_code(out, module)) return false;
  uint32_t crc = out.crc;
  uint8_t trailer[kCrcSize] = {uint8_t(crc), uint8_t(crc >> 8), uint8_t(crc >> 16), uint8_t(crc >> 24)};
  out.bytes(trailer, kCrcSize);
  return out.ok;
}

Value write_mpy_bytes(Vm& vm, const Code* module) {
  BufferPrinter buf(vm);
  if (!write_mpy(vm, module, buf)) return Value::null();
  Value b = bytes_new(vm, buf.data, buf.len);
  gc_free(vm, buf.data);
  return b;
}

}  // namespace mote::mpy
