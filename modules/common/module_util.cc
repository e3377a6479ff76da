// module_util.cc — helpers shared by the standard-library modules (see module_util.h).
#include "modules/common/module_util.h"

#include "vm/bytes.h"

namespace mote {

Value tuple_slot_binary(Vm& vm, uint8_t op, Value self, Value other);  // vm/tuple.cc
Value tuple_slot_unary(Vm& vm, UnarySlot op, Value self);
Value tuple_slot_subscr(Vm& vm, Value self, Value index, Value value);
Value tuple_slot_get_iter(Vm& vm, Value self);

namespace stdlib {

bool buffer_arg(Vm& vm, Value v, BufferInfo* out, bool writable) {
  std::string_view tn = type_name(type_of(v));
  if (!writable) {
    if (get_bytes_view(vm, v, out)) return true;
    if (vm.has_exc()) return false;
    raise(vm, &TypeError_type, "a bytes-like object is required, not '%.*s'", int(tn.size()), tn.data());
    return false;
  }
  const Type* t = v.is_object() ? native_base(type_of(v)) : nullptr;
  if (t != nullptr && t->buffer != nullptr && t->buffer(vm, v, out, true) && !out->readonly) return true;
  if (vm.has_exc()) return false;
  raise(vm, &TypeError_type, "read-write bytes-like object is required, not '%.*s'", int(tn.size()), tn.data());
  return false;
}

bool int_arg(Vm& vm, Value v, sword* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_object() && type_of(v) == &float_type) {
    raise(vm, &TypeError_type, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return to_sword(vm, v, out);
}

Value raise_arg_type(Vm& vm, const char* fname, const char* what, Value got) {
  std::string_view tn = type_name(type_of(got));
  return raise(vm, &TypeError_type, "%s() argument must be %s, not '%.*s'", fname, what, int(tn.size()), tn.data());
}

// --- OSError ----------------------------------------------------------------------------------

Value raise_errno(Vm& vm, int err, Value filename, Value filename2) {
  if (err < 0) err = -err;
  const ErrnoInfo* info = errno_info(err);
  Value args[5] = {Value::small_int(err), Value::none(), filename, Value::none(), filename2};
  args[1] = info ? str_from_cstr(vm, info->message) : str_from_cstr(vm, "Unknown error");
  if (args[1].is_null()) return args[1];
  size_t n = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Value e = oserror_new(vm, n, args);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

// --- exception types of native modules ----------------------------------------------------------

Value module_exc_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) {
    return raise(vm, &TypeError_type, "%.*s() takes no keyword arguments", int(type_name(t).size()),
                 type_name(t).data());
  }
  return exception_new(vm, t, n_pos, args);
}

bool module_exc_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  return Exception_type.print(vm, out, self, kind);
}

Value module_exc_getattr(Vm& vm, Value self, Value name) { return Exception_type.load_attr(vm, self, name); }

bool module_exc_setattr(Vm& vm, Value self, Value name, Value value) {
  return Exception_type.store_attr(vm, self, name, value);
}

// --- tuple-like result types ------------------------------------------------------------------

namespace {

const TupleFields* fields_of(Value self) {
  return reinterpret_cast<const TupleLikeType*>(type_of(self))->fields;  // the Type is its first member
}

}  // namespace

Value tuple_like_getattr(Vm& vm, Value self, Value name) {
  const TupleFields* f = fields_of(self);
  Tuple* t = as_tuple(self);
  for (size_t i = 0; i < f->count && i < t->len; ++i) {
    if (q(f->names[i]) == name) return t->items[i];
  }
  if (name == q(Q::n_fields) || name == q(Q::n_sequence_fields)) return Value::small_int(sword(f->count));
  return Value::absent();
}

bool tuple_like_print(Vm& vm, Printer& out, Value self, PrintKind) {
  const TupleFields* f = fields_of(self);
  Tuple* t = as_tuple(self);
  if (f->repr_name == nullptr) {  // as MicroPython's plain tuple (tools such as mpremote parse it)
    Value plain = tuple_new(vm, t->len, t->items);
    return !plain.is_null() && print_value(vm, out, plain, PrintKind::kRepr);
  }
  if (!print_str(out, f->repr_name) || !print_str(out, "(")) return false;
  for (size_t i = 0; i < f->count && i < t->len; ++i) {
    if (i && !print_str(out, ", ")) return false;
    if (!print_str(out, qstr_view(q(f->names[i]))) || !print_str(out, "=")) return false;
    if (!print_value(vm, out, t->items[i], PrintKind::kRepr)) return false;
  }
  return print_str(out, ")");
}

Value tuple_like_new(Vm& vm, const Type* type, size_t n, const Value* items) {
  Value t = tuple_new(vm, n, items);
  if (t.is_null() || n == 0) return t;
  as_tuple(t)->type = type;
  return t;
}

Value tuple_like_binary(Vm& vm, uint8_t op, Value self, Value other) { return tuple_slot_binary(vm, op, self, other); }
Value tuple_like_unary(Vm& vm, UnarySlot op, Value self) { return tuple_slot_unary(vm, op, self); }
Value tuple_like_subscr(Vm& vm, Value self, Value index, Value value) {
  return tuple_slot_subscr(vm, self, index, value);
}
Value tuple_like_get_iter(Vm& vm, Value self) { return tuple_slot_get_iter(vm, self); }

}  // namespace stdlib
}  // namespace mote
