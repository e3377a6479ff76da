// mpy_loader.cc — .mpy bytes to Code objects (see mpy_loader.h for the
// two-phase design and docs/mpy-format.md for the format).
//
// One recursive-descent parser serves both phases; `Loader::build` says
// whether it creates objects. In the validate phase a code object is
// assembled on the C stack with its bytecode and line table pointing into the
// file and its cell slots and exception table decoded into temporary GC
// blocks, so the verifier sees exactly what the build phase will produce.
// Every read goes through Reader, which never moves past `end` and reports
// what it was reading when the bytes run out.
#include "vm/mpy_loader.h"

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

constexpr uint8_t kSupportedFeatures = kFeatureFloat | kFeatureBigInt;
constexpr unsigned kNoCode = 0xffffffffu;

// UTF-8 as Mote stores text: well-formed sequences of 1-4 bytes, no overlong
// forms, nothing above U+10FFFF. Lone surrogates (3-byte forms of
// U+D800..U+DFFF) are allowed: a str literal may contain "\ud800".
bool valid_utf8(const uint8_t* s, size_t n) {
  for (size_t i = 0; i < n;) {
    uint8_t b = s[i];
    size_t extra;
    uint32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xe0) == 0xc0) {
      extra = 1;
      cp = b & 0x1f;
    } else if ((b & 0xf0) == 0xe0) {
      extra = 2;
      cp = b & 0x0f;
    } else if ((b & 0xf8) == 0xf0) {
      extra = 3;
      cp = b & 0x07;
    } else {
      return false;
    }
    if (n - i <= extra) return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((s[i + k] & 0xc0) != 0x80) return false;
      cp = cp << 6 | (s[i + k] & 0x3f);
    }
    static constexpr uint32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10ffff) return false;
    i += extra + 1;
  }
  return true;
}

struct Reader {
  Vm& vm;
  const uint8_t* p;
  const uint8_t* end;
  unsigned code = kNoCode;  // code object being read, for messages

  size_t left() const { return size_t(end - p); }

  bool truncated(size_t need, const char* what) {
    if (code == kNoCode) {
      raise(vm, &ValueError_type, "truncated .mpy: %s needs %u bytes, %u left", what,
            unsigned(need), unsigned(left()));
    } else {
      raise(vm, &ValueError_type, "truncated .mpy: code object %u needs %u bytes of %s, %u left",
            code, unsigned(need), what, unsigned(left()));
    }
    return false;
  }

  bool invalid(const char* what, uint32_t value) {
    if (code == kNoCode) {
      raise(vm, &ValueError_type, "invalid .mpy: %s %u out of range", what, unsigned(value));
    } else {
      raise(vm, &ValueError_type, "invalid .mpy: code object %u: %s %u out of range", code, what,
            unsigned(value));
    }
    return false;
  }

  bool need(size_t n, const char* what) { return n <= left() || truncated(n, what); }

  // A vuint in its shortest form, at most `max`.
  bool vuint(uint32_t* out, const char* what, uint32_t max = 0xffffffffu) {
    uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
      if (p == end) return truncated(1, what);
      uint8_t b = *p++;
      if (shift == 28 && b > 0x0f) return invalid(what, 0xffffffffu);
      v |= uint32_t(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        if (b == 0 && shift > 0) {
          raise(vm, &ValueError_type, "invalid .mpy: over-long number for %s", what);
          return false;
        }
        break;
      }
    }
    if (v > max) return invalid(what, v);
    *out = v;
    return true;
  }

  bool u16(uint16_t* out, const char* what) {
    uint32_t v;
    if (!vuint(&v, what, 0xffff)) return false;
    *out = uint16_t(v);
    return true;
  }

  // `n` raw bytes: a pointer into the file.
  const uint8_t* take(size_t n, const char* what) {
    if (!need(n, what)) return nullptr;
    const uint8_t* r = p;
    p += n;
    return r;
  }
};

// A GC block owned by the validate phase, freed on every path.
struct TempBlock {
  Vm& vm;
  void* p = nullptr;
  explicit TempBlock(Vm& v) : vm(v) {}
  ~TempBlock() {
    if (p) gc_free(vm, p);
  }
};

struct Loader {
  Vm& vm;
  Reader r;
  bool build;
  uint8_t features = 0;
  uint32_t n_qstrs = 0;
  uint32_t n_names = 0;
  Value* qstrs = nullptr;  // build: the interned table (its first n_names are Code::names)
  Value filename;
  unsigned code_count = 0;

  Loader(Vm& v, Reader reader, bool b, uint8_t f) : vm(v), r(reader), build(b), features(f) {}

  bool parse_qstrs();
  bool qstr_index(uint32_t* out, const char* what);
  Code* parse_code(uint32_t depth);
  bool parse_code_body(Code& c, uint32_t depth, TempBlock& cells, TempBlock& exc, TempBlock& kinds);
  bool parse_signature(Code& c);
  bool parse_cells(Code& c, TempBlock& tmp);
  bool parse_slot_names(Code& c);
  bool parse_bytes(const uint8_t** out, uint32_t* len, uint32_t max, const char* what);
  bool parse_exc_table(Code& c, TempBlock& tmp);
  void* table(size_t bytes, TempBlock& tmp);
  bool parse_consts(Code& c, uint32_t depth, TempBlock& kinds);
  Value parse_const(uint32_t depth);
  Value parse_int();
  Value parse_text(uint8_t tag);
  Value parse_floating(uint8_t tag);

  // Allocation that the validate phase skips: it returns a non-null dummy so
  // the callers need no second code path.
  template <class T>
  T* alloc(size_t n, bool leaf) {
    if (!build || n == 0) return nullptr;
    return static_cast<T*>(gc_alloc(vm, n * sizeof(T), leaf));
  }
};

// A Value standing for "parsed fine" in the validate phase.
inline Value ok_value() { return Value::none(); }

bool Loader::parse_qstrs() {
  if (!r.vuint(&n_qstrs, "qstr count", kMaxQstrs) || !r.need(n_qstrs, "the qstr table") ||
      !r.vuint(&n_names, "names count", n_qstrs)) {
    return false;
  }
  if (build) {
    qstrs = static_cast<Value*>(gc_alloc(vm, (n_qstrs + 1) * sizeof(Value), true));
    if (!qstrs) return false;
  }
  for (uint32_t i = 0; i < n_qstrs; ++i) {
    uint32_t len;
    if (!r.vuint(&len, "qstr length", kMaxQstrLen)) return false;
    const uint8_t* text = r.take(len, "qstr text");
    if (!text) return false;
    if (!build && !valid_utf8(text, len)) {
      raise(vm, &ValueError_type, "invalid .mpy: qstr %u is not valid UTF-8", unsigned(i));
      return false;
    }
    if (build) {
      qstrs[i] = qstr_intern(vm, std::string_view(reinterpret_cast<const char*>(text), len));
      if (qstrs[i].is_null()) return false;
    }
  }
  return true;
}

bool Loader::qstr_index(uint32_t* out, const char* what) {
  if (n_qstrs == 0) return r.invalid(what, 0);
  return r.vuint(out, what, n_qstrs - 1);
}

Value Loader::parse_int() {
  uint32_t head;
  if (!r.vuint(&head, "int size", 2 * kMaxIntBytes + 1)) return Value::null();
  uint32_t n = head >> 1;
  bool negative = head & 1;
  const uint8_t* mag = r.take(n, "int constant");
  if (!mag) return Value::null();
  // Outside the 31-bit small-int range (|v| > 2**30, or v == 2**30)?
  uint32_t sig = n;
  while (sig > 0 && mag[sig - 1] == 0) --sig;
  uint64_t low = 0;
  for (uint32_t i = 0; i < sig && i < 8; ++i) low |= uint64_t(mag[i]) << (8 * i);
  bool big = sig > 4 || low > (uint64_t(1) << 30) || (!negative && low == (uint64_t(1) << 30));
  if (big && !(features & kFeatureBigInt)) {
    raise(vm, &ValueError_type, "invalid .mpy: code object %u has a big int but the header says none",
          r.code);
    return Value::null();
  }
  if (!build) return ok_value();
  if (sig <= 7) {
    int64_t v = negative ? -int64_t(low) : int64_t(low);
    return bigint_from_int64(vm, v);
  }
  // Hex text, most significant digit first, for the bigint parser.
  size_t text_len = 1 + 2 * size_t(sig);
  char* text = static_cast<char*>(gc_alloc(vm, text_len, true));
  if (!text) return Value::null();
  static constexpr char kHex[] = "0123456789abcdef";
  text[0] = negative ? '-' : '+';
  for (uint32_t i = 0; i < sig; ++i) {
    uint8_t b = mag[sig - 1 - i];
    text[1 + 2 * i] = kHex[b >> 4];
    text[2 + 2 * i] = kHex[b & 15];
  }
  Value v = int_parse_text(vm, std::string_view(text, text_len), 16);
  gc_free(vm, text);
  return v;
}

Value Loader::parse_text(uint8_t tag) {
  uint32_t len;
  const char* what = tag == kTagStr ? "str constant" : "bytes constant";
  if (!r.vuint(&len, what)) return Value::null();
  const uint8_t* text = r.take(len, what);
  if (!text) return Value::null();
  if (tag == kTagStr && !build && !valid_utf8(text, len)) {
    raise(vm, &ValueError_type, "invalid .mpy: code object %u has a str constant that is not UTF-8",
          r.code);
    return Value::null();
  }
  if (!build) return ok_value();
  if (tag == kTagBytes) return bytes_new(vm, text, len);
  return str_new(vm, std::string_view(reinterpret_cast<const char*>(text), len));
}

// A double as IEEE-754 binary64 bits, little-endian (8 bytes the caller has taken).
double read_double(const uint8_t* b) {
  uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits |= uint64_t(b[i]) << (8 * i);
  double d;
  memcpy(&d, &bits, 8);
  return d;
}

// A float (8 bytes) or complex (16 bytes: real, imaginary) constant; both need
// the float feature.
Value Loader::parse_floating(uint8_t tag) {
  bool is_complex = tag == kTagComplex;
  const char* what = is_complex ? "complex constant" : "float constant";
  const uint8_t* b = r.take(is_complex ? 16 : 8, what);
  if (!b) return Value::null();
  if (!(features & kFeatureFloat)) {
    raise(vm, &ValueError_type, "invalid .mpy: code object %u has a %s but the header says none", r.code,
          is_complex ? "complex" : "float");
    return Value::null();
  }
  if (!build) return ok_value();
  if (is_complex) return complex_new(vm, read_double(b), read_double(b + 8));
  return float_new(vm, read_double(b));
}

Value Loader::parse_const(uint32_t depth) {
  const uint8_t* tag = r.take(1, "constant tag");
  if (!tag) return Value::null();
  switch (*tag) {
    case kTagNone: return Value::none();
    case kTagFalse: return Value::false_();
    case kTagTrue: return Value::true_();
    case kTagEllipsis: return Value::ellipsis();
    case kTagInt: return parse_int();
    case kTagStr:
    case kTagBytes: return parse_text(*tag);
    case kTagQstr: {
      uint32_t i;
      if (!qstr_index(&i, "qstr constant")) return Value::null();
      return build ? qstrs[i] : ok_value();
    }
    case kTagFloat:
    case kTagComplex: return parse_floating(*tag);
    case kTagTuple: {
      uint32_t n;
      if (depth + 1 > kMaxNesting) return r.invalid("nesting depth", depth + 1), Value::null();
      if (!vm.check_c_stack()) return Value::null();
      if (!r.vuint(&n, "tuple length") || !r.need(n, "tuple items")) return Value::null();
      Value t = build ? tuple_new(vm, n, nullptr) : ok_value();
      if (t.is_null()) return t;
      for (uint32_t i = 0; i < n; ++i) {
        Value item = parse_const(depth + 1);
        if (item.is_null()) return item;
        if (build) t.as<Tuple>()->items[i] = item;
      }
      return t;
    }
    case kTagCode: {
      if (depth + 1 > kMaxNesting) return r.invalid("nesting depth", depth + 1), Value::null();
      unsigned outer = r.code;
      Code* c = parse_code(depth + 1);
      r.code = outer;
      if (!c) return Value::null();
      return build ? Value::object(c) : ok_value();
    }
    default:
      raise(vm, &ValueError_type, "invalid .mpy: code object %u has unknown constant tag 0x%02x",
            r.code, unsigned(*tag));
      return Value::null();
  }
}

// The validate phase records in `kinds` the ConstKind of each constant, for
// the verifier.
bool Loader::parse_consts(Code& c, uint32_t depth, TempBlock& kinds) {
  uint32_t n;
  if (!r.vuint(&n, "constant count", 0xffff) || !r.need(n, "constants")) return false;
  c.n_consts = uint16_t(n);
  Value* consts = alloc<Value>(n, false);
  if (build && n && !consts) return false;
  c.consts = consts;  // reachable from c before any constant is made
  uint8_t* const_kinds = nullptr;
  if (!build) {
    const_kinds = static_cast<uint8_t*>(gc_alloc(vm, n + 1, true));
    if (!const_kinds) return false;
    kinds.p = const_kinds;
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (!build && r.left() > 0) {
      uint8_t tag = *r.p;
      const_kinds[i] = tag == kTagCode ? kConstCode : tag == kTagQstr ? kConstName
                       : tag == kTagStr ? kConstStr : tag == kTagTuple ? kConstTuple : kConstOther;
    }
    Value v = parse_const(depth);
    if (v.is_null()) return false;
    if (build) consts[i] = v;
  }
  return true;
}

// --- code objects: fields in file order (docs/mpy-format.md, "Code object") ---

bool Loader::parse_signature(Code& c) {
  uint32_t name, qualname, first_line;
  if (!r.u16(&c.flags, "flags") || !r.u16(&c.n_pos, "n_pos") || !r.u16(&c.n_posonly, "n_posonly") ||
      !r.u16(&c.n_kwonly, "n_kwonly") || !r.u16(&c.n_slots, "n_slots") ||
      !r.u16(&c.n_free, "n_free") || !r.u16(&c.stack_size, "stack_size") ||
      !qstr_index(&name, "name") || !qstr_index(&qualname, "qualname") ||
      !r.vuint(&first_line, "first line")) {
    return false;
  }
  c.first_line = first_line;
  c.n_names = uint16_t(n_names);
  if (build) {
    c.name = qstrs[name];
    c.qualname = qstrs[qualname];
    c.filename = filename;
    c.names = qstrs;
  }
  return true;
}

// A zero-length array in the build phase is nullptr; the validate phase
// always allocates (into `tmp`, freed after verifying), so its pointers are
// never null.
void* Loader::table(size_t bytes, TempBlock& tmp) {
  if (build && bytes == 0) return nullptr;
  void* p = gc_alloc(vm, bytes + 2, true);
  if (!build) tmp.p = p;
  return p;
}

bool Loader::parse_cells(Code& c, TempBlock& tmp) {
  if (!r.u16(&c.n_cells, "n_cells") || !r.need(c.n_cells, "cell slots")) return false;
  auto* cells = static_cast<uint16_t*>(table(c.n_cells * sizeof(uint16_t), tmp));
  if (c.n_cells && !cells) return false;
  for (uint32_t i = 0; i < c.n_cells; ++i) {
    if (!r.u16(&cells[i], "cell slot")) return false;
  }
  c.cell_slots = cells;
  return true;
}

bool Loader::parse_slot_names(Code& c) {
  if (!r.need(c.n_slots, "slot names")) return false;
  Value* slot_names = alloc<Value>(c.n_slots, true);
  if (build && c.n_slots && !slot_names) return false;
  for (uint32_t i = 0; i < c.n_slots; ++i) {
    uint32_t q;
    if (!qstr_index(&q, "slot name")) return false;
    if (build) slot_names[i] = qstrs[q];
  }
  c.slot_names = slot_names;
  return true;
}

// A length-prefixed byte array (bytecode, line table): a pointer into the
// file in the validate phase, a copy in the heap in the build phase.
bool Loader::parse_bytes(const uint8_t** out, uint32_t* len, uint32_t max, const char* what) {
  if (!r.vuint(len, what, max)) return false;
  const uint8_t* bytes = r.take(*len, what);
  if (!bytes) return false;
  *out = bytes;
  if (build && *len) {
    auto* copy = alloc<uint8_t>(*len, true);
    if (!copy) return false;
    memcpy(copy, bytes, *len);
    *out = copy;
  }
  return true;
}

bool Loader::parse_exc_table(Code& c, TempBlock& tmp) {
  uint32_t n;
  if (!r.vuint(&n, "exception entry count", 0xffff) || !r.need(4 * size_t(n), "exception table")) {
    return false;
  }
  c.n_exc = uint16_t(n);
  auto* exc = static_cast<ExceptionTableEntry*>(table(n * sizeof(ExceptionTableEntry), tmp));
  if (n && !exc) return false;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t start, span, handler, depth;
    if (!r.vuint(&start, "exception start", 0xffff) || !r.vuint(&span, "exception length", 0xffff) ||
        !r.vuint(&handler, "exception handler", 0xffff) || !r.vuint(&depth, "exception depth", 0xffff)) {
      return false;
    }
    if (start + span > 0xffff) return r.invalid("exception range end", start + span);
    exc[i] = {uint16_t(start), uint16_t(start + span), uint16_t(handler), uint16_t(depth)};
  }
  c.exc_table = exc;
  return true;
}

bool Loader::parse_code_body(Code& c, uint32_t depth, TempBlock& cells_tmp, TempBlock& exc_tmp,
                             TempBlock& kinds_tmp) {
  uint32_t line_len;
  if (!parse_signature(c) || !parse_cells(c, cells_tmp) || !parse_slot_names(c) ||
      !parse_bytes(&c.bytecode, &c.bytecode_len, kMaxBytecode, "bytecode") ||
      !parse_exc_table(c, exc_tmp) || !parse_bytes(&c.line_table, &line_len, 0xffff, "line table")) {
    return false;
  }
  c.line_table_len = uint16_t(line_len);
  return parse_consts(c, depth, kinds_tmp);
}

// One code object. Validate phase: parse into a stack Code, then verify;
// returns a dummy non-null pointer. Build phase: a new Code in the heap.
Code* Loader::parse_code(uint32_t depth) {
  // Nesting is bounded by kMaxNesting, but a port's C stack may be smaller
  // still: RecursionError rather than an overflow.
  if (!vm.check_c_stack()) return nullptr;
  unsigned index = code_count++;
  r.code = index;
  if (!build) {
    Code c{};
    TempBlock cells(vm), exc(vm), kinds(vm);
    if (!parse_code_body(c, depth, cells, exc, kinds)) return nullptr;
    r.code = index;
    if (!verify_code(vm, c, index, static_cast<const uint8_t*>(kinds.p))) return nullptr;
    return reinterpret_cast<Code*>(this);  // never dereferenced
  }
  Code* c = code_new(vm);
  if (!c) return nullptr;
  TempBlock unused_cells(vm), unused_exc(vm), unused_kinds(vm);
  return parse_code_body(*c, depth, unused_cells, unused_exc, unused_kinds) ? c : nullptr;
}

bool header_error(Vm& vm, const uint8_t* data, size_t len) {
  if (len == 0) {
    raise(vm, &ValueError_type, "truncated .mpy: the file is empty");
  } else if (data[0] == kMicroPythonMagic) {
    if (len >= 2) {
      raise(vm, &ValueError_type,
            "incompatible .mpy file: this is a MicroPython .mpy (version %u); Mote reads Mote .mpy "
            "version %u (recompile with Mote's mpy-cross)",
            unsigned(data[1]), unsigned(kVersion));
    } else {
      raise(vm, &ValueError_type,
            "incompatible .mpy file: this looks like a MicroPython .mpy; Mote reads Mote .mpy "
            "version %u (recompile with Mote's mpy-cross)",
            unsigned(kVersion));
    }
  } else if (data[0] != kMagic) {
    raise(vm, &ValueError_type,
          "incompatible .mpy file: not a Mote .mpy (first byte 0x%02x; a Mote .mpy starts with 'T')",
          unsigned(data[0]));
  } else if (len < 2) {
    raise(vm, &ValueError_type, "truncated .mpy: the header needs 4 bytes, 1 left");
  } else if (data[1] != kVersion) {
    raise(vm, &ValueError_type,
          "incompatible .mpy file: Mote .mpy version %u; this Mote reads version %u (recompile "
          "with this Mote's mpy-cross)",
          unsigned(data[1]), unsigned(kVersion));
  } else if (len < kHeaderSize) {
    raise(vm, &ValueError_type, "truncated .mpy: the header needs 4 bytes, %u left", unsigned(len));
  } else if (data[3] != 0) {
    raise(vm, &ValueError_type,
          "incompatible .mpy file: reserved header byte is 0x%02x (written by a newer Mote?)",
          unsigned(data[3]));
  } else if (data[2] & ~kSupportedFeatures) {
    raise(vm, &ValueError_type,
          "incompatible .mpy file: needs features 0x%02x that this Mote does not support",
          unsigned(data[2] & ~kSupportedFeatures));
  } else if (len < kHeaderSize + kCrcSize + 1) {
    raise(vm, &ValueError_type, "truncated .mpy: the file is %u bytes, too short for a module",
          unsigned(len));
  } else {
    return false;
  }
  return true;
}

Code* run_phase(Vm& vm, const uint8_t* data, size_t len, bool build) {
  Loader l(vm, Reader{vm, data + kHeaderSize, data + len - kCrcSize}, build, data[2]);
  uint32_t file;
  if (!l.parse_qstrs() || !l.qstr_index(&file, "source name")) return nullptr;
  if (build) l.filename = l.qstrs[file];
  Code* module = l.parse_code(0);
  if (!module) return nullptr;
  if (l.r.left() != 0) {
    raise(vm, &ValueError_type, "invalid .mpy: %u bytes of trailing data after the module",
          unsigned(l.r.left()));
    return nullptr;
  }
  return module;
}

}  // namespace

bool check_header(Vm& vm, const uint8_t* data, size_t len) { return !header_error(vm, data, len); }

Code* load_mpy(Vm& vm, const uint8_t* data, size_t len) {
  if (header_error(vm, data, len)) return nullptr;
  if (!run_phase(vm, data, len, false)) return nullptr;
  const uint8_t* tail = data + len - kCrcSize;
  uint32_t stored = uint32_t(tail[0]) | uint32_t(tail[1]) << 8 | uint32_t(tail[2]) << 16 |
                    uint32_t(tail[3]) << 24;
  uint32_t actual = crc32_update(0, data, len - kCrcSize);
  if (stored != actual) {
    raise(vm, &ValueError_type, "corrupted .mpy: checksum mismatch (file says 0x%08x, contents give 0x%08x)",
          unsigned(stored), unsigned(actual));
    return nullptr;
  }
  return run_phase(vm, data, len, true);
}

}  // namespace mote::mpy
