// ops.cc — the object protocols natives and the VM share: operators with
// NotImplemented fallback and reflection, truth, hashing, len, containment,
// subscripts, iteration, conversion to numbers, printing, and calling.
//
// Each protocol is a dispatch through the Type slots with the few fast paths
// that matter (small ints, qstr identity, exact list/tuple/str types) before
// the slot call. The interpreter inlines its own small-int fast paths and
// calls these for everything else.
#include <cmath>
#include <cstdio>

#include "vm/bigint.h"
#include "vm/hal.h"
#include "vm/runtime.h"

namespace mote {

namespace {

const char* binary_op_symbol(BinaryOp op) {
  static constexpr const char* names[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "@", "<<",
                                          ">>", "&", "|", "^"};
  int i = int(op);
  if (i >= kInplaceOffset) {
    static constexpr const char* inames[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=",
                                             "<<=", ">>=", "&=", "|=", "^="};
    return inames[i - kInplaceOffset];
  }
  return names[i];
}

std::string_view tname(Value v) { return type_name(type_of(v)); }

}  // namespace

Value raise_type_error_unsupported(Vm& vm, const char* op, Value a, Value b) {
  return raise(vm, &TypeError_type, "unsupported operand type(s) for %s: '%.*s' and '%.*s'", op,
               int(tname(a).size()), tname(a).data(), int(tname(b).size()), tname(b).data());
}

// --- binary operators --------------------------------------------------------------------

namespace {

bool is_sequence(Value v) {
  const Type* t = native_base(type_of(v));
  return t == &list_type || t == &tuple_type || t == &str_type || t == &bytes_type || t == &bytearray_type;
}

// seq * n when n is not an int but has __index__ (CPython's sq_repeat
// fallback), else "can't multiply sequence by non-int".
Value sequence_repeat(Vm& vm, BinaryOp op, Value a, Value b) {
  Value seq = is_sequence(a) ? a : is_sequence(b) ? b : Value::null();
  if (seq.is_null()) return raise_type_error_unsupported(vm, binary_op_symbol(op), a, b);
  Value n = seq == a ? b : a;
  const Type* nt = type_of(n);
  Value i = nt->unary && !is_sequence(n) ? nt->unary(vm, UnarySlot::kIndex, n) : Value::absent();
  if (i.is_null()) return i;
  if (i.is_absent() || !is_int(i)) {
    return raise(vm, &TypeError_type, "can't multiply sequence by non-int of type '%.*s'", int(type_name(nt).size()),
                 type_name(nt).data());
  }
  return native_base(type_of(seq))->binary(vm, uint8_t(BinaryOp::MUL), seq, int_unwrap(i));
}

}  // namespace

Value binary_op(Vm& vm, BinaryOp op, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    BinaryOp plain = int(op) >= kInplaceOffset ? BinaryOp(int(op) - kInplaceOffset) : op;
    return int_binary_small(vm, plain, a.as_small_int(), b.as_small_int());
  }
  const Type* ta = type_of(a);
  const Type* tb = type_of(b);
  uint8_t o = uint8_t(op);
  if (o >= kInplaceOffset) {
    if (ta->binary) {
      Value r = ta->binary(vm, o, a, b);
      if (r != Value::not_implemented()) return r;
    }
    o = uint8_t(o - kInplaceOffset);
  }
  // A subclass's reflected method takes precedence (CPython's rule).
  bool reflect_first = tb != ta && is_heap_type(tb) && is_subtype(tb, ta) && tb->binary;
  if (reflect_first) {
    Value r = tb->binary(vm, uint8_t(kReflectedBase + o), b, a);
    if (r != Value::not_implemented()) return r;
  }
  if (ta->binary) {
    Value r = ta->binary(vm, o, a, b);
    if (r != Value::not_implemented()) return r;
  }
  if (tb != ta && tb->binary && !reflect_first) {
    Value r = tb->binary(vm, uint8_t(kReflectedBase + o), b, a);
    if (r != Value::not_implemented()) return r;
  }
  if (o == uint8_t(BinaryOp::MUL)) return sequence_repeat(vm, op, a, b);
  return raise_type_error_unsupported(vm, binary_op_symbol(op), a, b);
}

// --- comparisons -------------------------------------------------------------------------

namespace {

uint8_t reflected_compare(uint8_t op) {
  switch (op) {
    case kBinaryLt: return kBinaryGt;
    case kBinaryLe: return kBinaryGe;
    case kBinaryGt: return kBinaryLt;
    case kBinaryGe: return kBinaryLe;
    default: return op;
  }
}

const char* compare_symbol(CompareOp op) {
  static constexpr const char* names[] = {"<", "<=", "==", "!=", ">", ">="};
  return names[int(op)];
}

}  // namespace

Value compare(Vm& vm, CompareOp op, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    sword x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CompareOp::LT: return Value::boolean(x < y);
      case CompareOp::LE: return Value::boolean(x <= y);
      case CompareOp::EQ: return Value::boolean(x == y);
      case CompareOp::NE: return Value::boolean(x != y);
      case CompareOp::GT: return Value::boolean(x > y);
      case CompareOp::GE: return Value::boolean(x >= y);
    }
  }
  // Containers compare their items recursively: bound the C recursion.
  if (!vm.check_c_stack()) return Value::null();
  const Type* ta = type_of(a);
  const Type* tb = type_of(b);
  uint8_t o = uint8_t(kBinaryLt + int(op));
  bool reflect_first = tb != ta && is_heap_type(tb) && is_subtype(tb, ta) && tb->binary;
  if (reflect_first) {
    Value r = tb->binary(vm, reflected_compare(o), b, a);
    if (r != Value::not_implemented()) return r;
  }
  if (ta->binary) {
    Value r = ta->binary(vm, o, a, b);
    if (r != Value::not_implemented()) return r;
  }
  if (!reflect_first && tb->binary) {
    Value r = tb->binary(vm, reflected_compare(o), b, a);
    if (r != Value::not_implemented()) return r;
  }
  if (op == CompareOp::EQ) return Value::boolean(a == b);
  if (op == CompareOp::NE) return Value::boolean(a != b);
  return raise(vm, &TypeError_type, "'%s' not supported between instances of '%.*s' and '%.*s'",
               compare_symbol(op), int(tname(a).size()), tname(a).data(), int(tname(b).size()),
               tname(b).data());
}

int equal(Vm& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (a.is_qstr() && b.is_qstr()) return 0;
  if (is_str(a) && is_str(b) && type_of(a) == &str_type && type_of(b) == &str_type) {
    return str_equal(a, b);
  }
  const Type* ta = type_of(a);
  if (ta == type_of(b) && (ta->flags & kTypeEqIsIdentity)) return 0;
  Value r = compare(vm, CompareOp::EQ, a, b);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true_literal();
  return is_true(vm, r);
}

int less_than(Vm& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  Value r = compare(vm, CompareOp::LT, a, b);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true_literal();
  return is_true(vm, r);
}

// --- unary, truth, hash, len ----------------------------------------------------------

Value unary_op(Vm& vm, UnaryOp op, Value a) {
  if (op == UnaryOp::NOT) {
    int t = is_true(vm, a);
    return t < 0 ? Value::null() : Value::boolean(!t);
  }
  if (a.is_small_int()) {
    sword x = a.as_small_int();
    if (op == UnaryOp::POS) return a;
    if (op == UnaryOp::INVERT) return Value::small_int(~x);
    return int_from_sword(vm, -x);
  }
  static constexpr UnarySlot slots[] = {UnarySlot::kNeg, UnarySlot::kPos, UnarySlot::kInvert};
  static constexpr const char* syms[] = {"-", "+", "~"};
  const Type* t = type_of(a);
  if (t->unary) {
    Value r = t->unary(vm, slots[int(op)], a);
    if (!r.is_absent()) return r;
  }
  return raise(vm, &TypeError_type, "bad operand type for unary %s: '%.*s'", syms[int(op)],
               int(tname(a).size()), tname(a).data());
}

int is_true(Vm& vm, Value v) {
  if (v.is_bool()) return v.is_true_literal();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_qstr()) return v.as_qstr() != Q::empty_;
  const Type* t = type_of(v);
  if (t == &list_type) return as_list(v)->len != 0;
  if (t == &tuple_type) return as_tuple(v)->len != 0;
  if (t == &dict_type) return as_dict(v)->used != 0;
  if (!t->unary) return 1;
  Value r = t->unary(vm, UnarySlot::kBool, v);
  if (r.is_null()) return -1;
  if (!r.is_absent()) return r.is_true_literal();
  r = t->unary(vm, UnarySlot::kLen, v);
  if (r.is_null()) return -1;
  if (!r.is_absent()) return r.as_small_int() != 0;
  return 1;
}

bool hash_value(Vm& vm, Value v, sword* out) {
  if (v.is_small_int()) {
    sword x = v.as_small_int();
    if constexpr (sizeof(word) == 8) {
      constexpr int64_t kMod = (int64_t(1) << 61) - 1;
      int64_t y = int64_t(x);
      if (y >= kMod || y <= -kMod) x = sword(y < 0 ? -((-y) % kMod) : y % kMod);
    }
    *out = x == -1 ? -2 : x;
    return true;
  }
  if (v.is_qstr()) {
    *out = sword(qstr_text(v.as_qstr()).hash);
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true_literal();
    return true;
  }
  const Type* t = type_of(v);
  if (t == &str_type) {
    *out = sword(str_hash(v));
    return true;
  }
  if (!vm.check_c_stack()) return false;  // (tuples hash their items recursively)
  if (t->unary) {
    Value r = t->unary(vm, UnarySlot::kHash, v);
    if (r.is_null()) return false;
    if (!r.is_absent()) {
      if (r.is_small_int()) {
        *out = r.as_small_int();
      } else if (!bigint_to_sword(r, out)) {
        *out = bigint_hash(r);
      }
      return true;
    }
  }
  *out = sword(v.bits() >> 4);
  return true;
}

bool length(Vm& vm, Value v, size_t* out) {
  const Type* t = type_of(v);
  if (t == &list_type) {
    *out = as_list(v)->len;
    return true;
  }
  if (t == &tuple_type) {
    *out = as_tuple(v)->len;
    return true;
  }
  if (t == &str_type) {
    *out = v.is_qstr() ? utf8_char_count(qstr_text(v.as_qstr()).data, qstr_text(v.as_qstr()).len)
                       : v.as<Str>()->char_len;
    return true;
  }
  if (t == &dict_type) {
    *out = as_dict(v)->used;
    return true;
  }
  if (t->unary) {
    Value r = t->unary(vm, UnarySlot::kLen, v);
    if (r.is_null()) return false;
    if (!r.is_absent()) {
      *out = size_t(r.as_small_int());
      return true;
    }
  }
  raise(vm, &TypeError_type, "object of type '%.*s' has no len()", int(tname(v).size()), tname(v).data());
  return false;
}

int contains(Vm& vm, Value container, Value item) {
  const Type* t = type_of(container);
  if (t->binary) {
    Value r = t->binary(vm, kBinaryContains, container, item);
    if (r.is_null()) return -1;
    if (r != Value::not_implemented()) return r.is_true_literal() ? 1 : is_true(vm, r);
  }
  if (!t->get_iter && !t->subscr) {
    raise(vm, &TypeError_type, "argument of type '%.*s' is not iterable", int(type_name(t).size()),
          type_name(t).data());
    return -1;
  }
  int found = 0;
  bool ok = for_each(vm, container, [&](Value x) {
    int e = equal(vm, x, item);
    if (e < 0) return false;
    if (e) {
      found = 1;
      return false;  // stop early (no exception pending)
    }
    return true;
  });
  if (!ok && vm.has_exc()) return -1;
  return found;
}

// --- subscripts ----------------------------------------------------------------------

Value subscr_load(Vm& vm, Value obj, Value key) {
  const Type* t = type_of(obj);
  if (t->subscr) return t->subscr(vm, obj, key, Value::absent());
  if (is_type(obj)) {
    Value fn = type_lookup(as_type(obj), q(Q::dunder_class_getitem));
    if (!fn.is_absent()) return type_of(obj)->subscr ? Value::null() : call2(vm, fn, obj, key);
    return obj;
  }
  return raise(vm, &TypeError_type, "'%.*s' object is not subscriptable", int(type_name(t).size()),
               type_name(t).data());
}

bool subscr_store(Vm& vm, Value obj, Value key, Value value) {
  const Type* t = type_of(obj);
  if (t->subscr) return !t->subscr(vm, obj, key, value).is_null();
  raise(vm, &TypeError_type, "'%.*s' object does not support item assignment",
        int(type_name(t).size()), type_name(t).data());
  return false;
}

bool subscr_delete(Vm& vm, Value obj, Value key) {
  const Type* t = type_of(obj);
  if (t->subscr) return !t->subscr(vm, obj, key, Value::null()).is_null();
  raise(vm, &TypeError_type, "'%.*s' object doesn't support item deletion", int(type_name(t).size()),
        type_name(t).data());
  return false;
}

// --- iteration ------------------------------------------------------------------------

Value seq_iter_new(Vm& vm, Value seq);

Value get_iter(Vm& vm, Value obj) {
  const Type* t = type_of(obj);
  if (t->get_iter) return t->get_iter(vm, obj);
  if (t->flags & kTypeIterIsSelf) return obj;
  if (t->subscr && t != &dict_type) return seq_iter_new(vm, obj);
  return raise(vm, &TypeError_type, "'%.*s' object is not iterable", int(type_name(t).size()),
               type_name(t).data());
}

Value iter_next(Vm& vm, Value it) {
  const Type* t = type_of(it);
  if (t->iternext) return t->iternext(vm, it);
  return raise(vm, &TypeError_type, "'%.*s' object is not an iterator", int(type_name(t).size()),
               type_name(t).data());
}

bool seq_items(Value v, size_t* n, Value** items) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  // Exact tuples and lists first: this is on the path of every unpacking.
  // (Every tuple subtype, native struct sequences like os.uname()'s
  // included, has the tuple layout.)
  const bool tuple_layout = t == &tuple_type;
  const bool list_layout = !tuple_layout && (t == &list_type || (is_heap_type(t) && native_base(t) == &list_type));
  if (tuple_layout || (!list_layout && is_subtype(t, &tuple_type))) {
    *n = as_tuple(v)->len;
    *items = as_tuple(v)->items;
    return true;
  }
  if (list_layout) {
    *n = as_list(v)->len;
    *items = as_list(v)->items;
    return true;
  }
  return false;
}

// --- numbers -------------------------------------------------------------------------

Value int_unwrap(Value v) {
  if (v.is_object()) {
    const Type* t = v.as_object()->type;
    if (is_heap_type(t) && native_base(t) == &int_type) return v.as<IntBox>()->value;
  }
  return v;
}

bool is_int(Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &bigint_type || t == &int_type || (is_heap_type(t) && native_base(t) == &int_type);
}


Value to_index(Vm& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true_literal());
  if (is_int(v)) return int_unwrap(v);
  const Type* t = type_of(v);
  if (t->unary) {
    Value r = t->unary(vm, UnarySlot::kIndex, v);
    if (!r.is_absent()) return r;
  }
  return raise(vm, &TypeError_type, "'%.*s' object cannot be interpreted as an integer",
               int(type_name(t).size()), type_name(t).data());
}

bool to_sword(Vm& vm, Value v, sword* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Value i = to_index(vm, v);
  if (i.is_null()) return false;
  if (i.is_small_int()) {
    *out = i.as_small_int();
    return true;
  }
  if (bigint_to_sword(i, out)) return true;
  raise(vm, &OverflowError_type, "cannot fit 'int' into an index-sized integer");
  return false;
}

bool to_double(Vm& vm, Value v, double* out) {
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true_literal();
    return true;
  }
  const Type* t = type_of(v);
  if (t == &float_type || (is_heap_type(t) && native_base(t) == &float_type)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) return int_to_double(vm, int_unwrap(v), out);
  if (t->unary) {
    Value r = t->unary(vm, UnarySlot::kFloat, v);
    if (r.is_null()) return false;
    if (!r.is_absent()) return to_double(vm, r, out);
    r = t->unary(vm, UnarySlot::kIndex, v);
    if (r.is_null()) return false;
    if (!r.is_absent()) return to_double(vm, r, out);
  }
  raise(vm, &TypeError_type, "must be real number, not %.*s", int(type_name(t).size()), type_name(t).data());
  return false;
}

namespace {

template <int kBits>
int64_t hash_double_mod(double d) {
  using U = uint64_t;
  constexpr U kMod = (U(1) << kBits) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  U x = 0;
  while (m) {
    x = ((x << 28) & kMod) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    U y = U(m);
    m -= double(y);
    x += y;
    if (x >= kMod) x -= kMod;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kMod) | x >> (kBits - e);
  int64_t r = int64_t(x) * sign;
  return r == -1 ? -2 : r;
}

}  // namespace

sword hash_double(double d) { return sword(hash_double_mod<sizeof(word) == 8 ? 61 : 31>(d)); }

int64_t hash_double64(double d) { return hash_double_mod<61>(d); }

// --- printing ------------------------------------------------------------------------

bool print_str(Printer& out, std::string_view text) { return out.write(out, text.data(), text.size()); }

bool printf_to(Printer& out, const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  if (n < 0) return true;
  return out.write(out, buf, size_t(n) < sizeof(buf) ? size_t(n) : sizeof(buf) - 1);
}

bool print_value(Vm& vm, Printer& out, Value v, PrintKind kind) {
  if (v.is_small_int()) {
    char buf[24];
    int n = snprintf(buf, sizeof(buf), "%ld", long(v.as_small_int()));
    return out.write(out, buf, size_t(n));
  }
  if (v.is_qstr() && kind == PrintKind::kStr) {
    QstrText t = qstr_text(v.as_qstr());
    return out.write(out, t.data, t.len);
  }
  if (!vm.check_c_stack()) return false;
  const Type* t = type_of(v);
  if (t->print) return t->print(vm, out, v, kind);
  return printf_to(out, "<%.*s object at %p>", int(type_name(t).size()), type_name(t).data(),
                   static_cast<void*>(v.as_object()));
}

ReprGuard::ReprGuard(Vm& vm, Value v) : vm_(vm) {
  for (uint8_t i = 0; i < vm.n_repr_active_; ++i) {
    if (vm.repr_active_[i] == v) {
      recursive_ = true;
      return;
    }
  }
  if (vm.n_repr_active_ < Vm::kReprDepth) {
    vm.repr_active_[vm.n_repr_active_++] = v;
    pushed_ = true;
  }
}

Value repr(Vm& vm, Value v) {
  StrBuilder b(vm);
  if (!print_value(vm, b, v, PrintKind::kRepr)) return Value::null();
  return b.finish();
}

Value to_str(Vm& vm, Value v) {
  if (v.is_qstr() || (v.is_object() && v.as_object()->type == &str_type)) return v;
  StrBuilder b(vm);
  if (!print_value(vm, b, v, PrintKind::kStr)) return Value::null();
  return b.finish();
}

namespace {

struct StreamPrinter : Printer {
  bool err;
};

bool stream_write(Printer& p, const char* data, size_t len) {
  bool err = static_cast<StreamPrinter&>(p).err;
  return err ? hal_stderr_write(data, len) : hal_stdout_write(data, len);
}

StreamPrinter g_stdout{{stream_write}, false};
StreamPrinter g_stderr{{stream_write}, true};

}  // namespace

Printer& stdout_printer() { return g_stdout; }
Printer& stderr_printer() { return g_stderr; }

// --- StrBuilder ----------------------------------------------------------------------
//
// The text is written straight into a growing Str allocation (header then
// bytes), so finish() only fixes the header: no copy.

namespace {

bool builder_write(Printer& p, const char* data, size_t len) {
  StrBuilder& b = static_cast<StrBuilder&>(p);
  if (b.failed) return false;
  if (len == 0) return true;
  if (b.len + len > b.cap) {
    size_t cap = b.cap ? b.cap * 2 : 16;
    while (cap < b.len + len) cap *= 2;
    void* nb = gc_realloc(*b.vm, b.buf, sizeof(Str) + cap + 1);
    if (!nb) {
      b.failed = true;
      return false;
    }
    b.buf = static_cast<char*>(nb);
    b.cap = cap;
  }
  memcpy(b.buf + sizeof(Str) + b.len, data, len);
  b.len += len;
  return true;
}

}  // namespace

StrBuilder::StrBuilder(Vm& v) : Printer{builder_write}, vm(&v) {}

Value StrBuilder::finish(const Type* type) {
  if (failed) return Value::null();
  if (len == 0 && type == &str_type) return q(Q::empty_);
  if (!buf) {
    buf = static_cast<char*>(gc_alloc(*vm, sizeof(Str) + 1, true));
    if (!buf) return Value::null();
  }
  Str* s = reinterpret_cast<Str*>(buf);
  s->type = type;
  s->data = buf + sizeof(Str);
  s->len = uint32_t(len);
  s->hash = 0;
  buf = nullptr;  // the builder no longer owns it
  Value v = str_finish(s);
  if (cap > len + 32) gc_realloc(*vm, s, sizeof(Str) + len + 1);
  return v;
}

// --- calling -------------------------------------------------------------------------

namespace {

Value arity_error(Vm& vm, const NativeFunction* f, size_t n, const Value* args) {
  std::string_view name = qstr_view(q(f->name));
  // A method found on its first argument's type does not count self (as CPython).
  bool method = n > 0 && type_lookup(type_of(args[0]), q(f->name)) == Value::object(f);
  NativeFunction g = *f;
  if (method) {
    --n;
    if (g.min_pos) --g.min_pos;
    if (g.max_pos != kVarArgs && g.max_pos) --g.max_pos;
    f = &g;
  }
  if (f->min_pos == f->max_pos) {
    if (f->min_pos == 0) {
      return raise(vm, &TypeError_type, "%.*s() takes no arguments (%d given)", int(name.size()),
                   name.data(), int(n));
    }
    if (f->min_pos == 1) {
      return raise(vm, &TypeError_type, "%.*s() takes exactly one argument (%d given)",
                   int(name.size()), name.data(), int(n));
    }
    return raise(vm, &TypeError_type, "%.*s expected %d arguments, got %d", int(name.size()), name.data(),
                 int(f->min_pos), int(n));
  }
  if (n < f->min_pos) {
    return raise(vm, &TypeError_type, "%.*s expected at least %d argument%s, got %d", int(name.size()),
                 name.data(), int(f->min_pos), f->min_pos == 1 ? "" : "s", int(n));
  }
  return raise(vm, &TypeError_type, "%.*s expected at most %d argument%s, got %d", int(name.size()),
               name.data(), int(f->max_pos), f->max_pos == 1 ? "" : "s", int(n));
}

}  // namespace

Value call_native(Vm& vm, const NativeFunction* f, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos < f->min_pos || (f->max_pos != kVarArgs && n_pos > f->max_pos)) {
    return arity_error(vm, f, n_pos, args);
  }
  if (n_kw && !f->takes_kw) {
    std::string_view name = qstr_view(q(f->name));
    return raise(vm, &TypeError_type, "%.*s() takes no keyword arguments", int(name.size()), name.data());
  }
  return f->fn(vm, n_pos, n_kw, args);
}

Value call_kw(Vm& vm, Value fn, size_t n_pos, size_t n_kw, const Value* args) {
  if (fn.is_object()) {
    const Type* t = fn.as_object()->type;
    if (t == &function_type) return call_function(vm, fn.as<Function>(), n_pos, n_kw, args);
    if (t == &native_function_type) return call_native(vm, fn.as<NativeFunction>(), n_pos, n_kw, args);
    if (t == &bound_method_type) {
      BoundMethod* m = fn.as<BoundMethod>();
      size_t n = n_pos + 2 * n_kw + 1;
      Value* buf = vm.stack_top_;
      if (buf + n > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
      buf[0] = m->self;
      vcopy(buf + 1, args, (n - 1));
      vm.stack_top_ += n;
      Value r = call_kw(vm, m->func, n_pos + 1, n_kw, buf);
      vm.stack_top_ -= n;
      return r;
    }
    if (t->call) return t->call(vm, fn, n_pos, n_kw, args);
  }
  const Type* t = type_of(fn);
  return raise(vm, &TypeError_type, "'%.*s' object is not callable", int(type_name(t).size()),
               type_name(t).data());
}

Value call(Vm& vm, Value fn, size_t n_pos, const Value* args) { return call_kw(vm, fn, n_pos, 0, args); }

Value call_method_opt(Vm& vm, Value obj, Value name, size_t n_pos, const Value* args) {
  Value attr = lookup_attr(vm, obj, name);
  if (attr.is_null() || attr.is_absent()) return attr;
  return call(vm, attr, n_pos, args);
}

Value call_method(Vm& vm, Value obj, Value name, size_t n_pos, const Value* args) {
  Value meth, self;
  if (!load_method(vm, obj, name, &meth, &self)) return Value::null();
  if (self.is_null()) return call(vm, meth, n_pos, args);
  size_t n = n_pos + 1;
  Value* buf = vm.stack_top_;
  if (buf + n > vm.stack_end_) return raise_value(vm, vm.recursion_error_);
  buf[0] = self;
  vcopy(buf + 1, args, n_pos);
  vm.stack_top_ += n;
  Value r = call(vm, meth, n, buf);
  vm.stack_top_ -= n;
  return r;
}

bool is_callable(Value v) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  if (t == &function_type || t == &native_function_type || t == &bound_method_type) return true;
  if (is_heap_type(t)) return !type_lookup(t, q(Q::dunder_call)).is_absent() || native_base(t)->call;
  return t->call != nullptr;
}

}  // namespace mote
