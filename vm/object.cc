// object.cc — the type system's core: type_of, subtype tests, attribute
// lookup along the MRO with descriptors, the method cache, and the types
// `object`, `type`, NoneType, ellipsis and NotImplementedType.
//
// Attribute lookup follows CPython's generic algorithm: find the name on the
// type (MRO walk), let a data descriptor (property, a class with __set__)
// win, then the instance dict, then bind what the type had (functions become
// bound methods, classmethods bind the class). Names are always qstrs, so
// every namespace probe compares one word.
//
// The MRO walk is memoised in a direct-mapped cache keyed by (type, name) and
// validated by a global version that any class-namespace change bumps — one
// compare on the hot path of `self.method()`. The cache is a leaf GC block
// (it keeps nothing alive) and is invalidated by every collection, so a freed
// type whose address is reused cannot hit a stale entry.
#include <cstdio>

#include "vm/bigint.h"
#include "vm/runtime.h"

namespace mote {

// --- basic type queries ------------------------------------------------------------

const Type* type_of(Value v) {
  if (v.is_small_int()) return &int_type;
  if (v.is_object()) {
    const Type* t = v.as_object()->type;
    return t == &bigint_type ? &int_type : t;
  }
  if (v.is_qstr()) return &str_type;
  if (v.is_bool()) return &bool_type;
  if (v == Value::ellipsis()) return &ellipsis_type;
  if (v == Value::not_implemented()) return &not_implemented_type;
  return &none_type;
}

Value iter_self(Vm&, Value self) { return self; }

Value const_map_lookup(const ConstMap* map, Value name) {
  if (!map) return Value::absent();
  size_t lo = 0, hi = map->count;
  word key = name.bits();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    word k = map->entries[mid].key.bits();
    if (k == key) return map->entries[mid].value;
    if (k < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return Value::absent();
}

std::string_view type_name(const Type* t) { return qstr_view(Value::qstr(t->name)); }

// (On every method load: a flag test, not a walk up the class's bases.)
bool is_type(Value v) {
  if (!v.is_object()) return false;
  const Type* t = v.as_object()->type;
  return t == &type_type || (t->flags & kTypeMetaclass);
}

bool is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  if (t == &bigint_type) t = &int_type;
  if (is_heap_type(t)) {
    Tuple* mro = as_tuple(as_heap_type(t)->mro);
    for (size_t i = 1; i < mro->len; ++i) {
      if (mro->items[i].as<const Type>() == base) return true;
    }
    return false;
  }
  for (t = t->base; t; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

const Type* native_base(const Type* t) {
  while (is_heap_type(t)) t = t->base;
  return t;
}

// --- the method cache ----------------------------------------------------------------

MethodCacheEntry* method_cache() { return nullptr; }  // see Vm::method_cache_

void invalidate_method_cache(Vm& vm) { ++vm.type_version_; }

// Adding or removing a class attribute can change any lookup of that name
// (and the interpreter's inline caches, which hold lookup results): a new
// epoch. Rebinding an existing class attribute needs none (see below).
void invalidate_method_cache_name(Vm& vm, Value name) { ++vm.type_version_; }

namespace {

// Walks the MRO (or the native base chain). *native says whether the value
// came from a native type's locals table (its functions are methods);
// *where/*pos say which class dict entry held it (null: a native table or
// not found), so the cache can read the entry's current value.
Value mro_lookup(const Type* t, Value name, bool* native, Dict** where, int32_t* pos) {
  *where = nullptr;
  if (is_heap_type(t)) {
    Tuple* mro = as_tuple(as_heap_type(t)->mro);
    for (size_t i = 0; i < mro->len; ++i) {
      const Type* m = mro->items[i].as<const Type>();
      if (is_heap_type(m)) {
        Dict* d = as_heap_type(m)->dict;
        int32_t p = dict_find_qstr_pos(d, name);
        *native = false;
        if (p >= 0) {
          *where = d;
          *pos = p;
          return d->entries[p].value;
        }
      } else {
        Value v = const_map_lookup(m->locals, name);
        *native = true;
        if (!v.is_absent()) return v;
      }
    }
    return Value::absent();
  }
  *native = true;
  for (; t; t = t->base) {
    Value v = const_map_lookup(t->locals, name);
    if (!v.is_absent()) return v;
  }
  return Value::absent();
}

Vm* g_cache_vm = nullptr;

}  // namespace

void method_cache_bind(Vm* vm) { g_cache_vm = vm; }

// The cache keys on (type, name) and is valid for the collection epoch. A
// value found in a class dict is read through the entry's position while
// that dict's layout is unchanged, so rebinding an existing class attribute
// (`Shape.count += 1`) needs no invalidation; adding or removing a class
// attribute clears the entries for that name (invalidate_method_cache_name).
Value type_lookup_where(const Type* t, Value name, bool* native, const Dict** where_out, int32_t* pos_out) {
  Vm* vm = g_cache_vm;
  Dict* where;
  int32_t pos = 0;
  if (!vm || !vm->method_cache_) {
    Value v = mro_lookup(t, name, native, &where, &pos);
    *where_out = where;
    *pos_out = pos;
    return v;
  }
  auto* cache = static_cast<MethodCacheEntry*>(vm->method_cache_);
  size_t h = ((word(t) >> 4) ^ (name.bits() >> 2) * 2654435761u) & vm->method_cache_mask_;
  MethodCacheEntry& e = cache[h];
  if (e.type == t && e.name == name && e.epoch == vm->type_version_) {
    *native = e.native;
    *where_out = e.dict;
    *pos_out = e.pos;
    if (!e.dict) return e.value;
    if (e.dict->layout == e.layout) return e.dict->entries[e.pos].value;
  }
  Value v = mro_lookup(t, name, native, &where, &pos);
  e.type = t;
  e.name = name;
  e.value = v;
  e.epoch = vm->type_version_;
  e.native = *native;
  e.dict = where;
  e.pos = pos;
  e.layout = where ? where->layout : 0;
  *where_out = where;
  *pos_out = pos;
  return v;
}

Value type_lookup_ex(const Type* t, Value name, bool* native) {
  const Dict* where;
  int32_t pos;
  return type_lookup_where(t, name, native, &where, &pos);
}

Value type_lookup(const Type* t, Value name) {
  bool native;
  return type_lookup_ex(t, name, &native);
}

// --- descriptors and binding ---------------------------------------------------------------

namespace {

Value bound_method_new(Vm& vm, Value self, Value func) {
  auto* m = static_cast<BoundMethod*>(gc_alloc(vm, sizeof(BoundMethod)));
  if (!m) return Value::null();
  m->type = &bound_method_type;
  m->self = self;
  m->func = func;
  return Value::object(m);
}

bool is_data_descriptor(const Type* at) {
  if (at == &property_type) return true;
  if (!is_heap_type(at)) return false;
  return !type_lookup(at, q(Q::dunder_set)).is_absent() || !type_lookup(at, q(Q::dunder_delete)).is_absent();
}

Value call_get(Vm& vm, Value attr, Value obj, const Type* owner) {
  Value get = type_lookup(type_of(attr), q(Q::dunder_get));
  Value args[3] = {attr, obj.is_null() ? Value::none() : obj, type_value(owner)};
  return call(vm, get, 3, args);
}

Value property_get(Vm& vm, Value prop, Value obj) {
  Property* p = prop.as<Property>();
  if (p->fget.is_none()) return raise(vm, &AttributeError_type, "property has no getter");
  return call1(vm, p->fget, obj);
}

}  // namespace

Value bind_attr_native(Vm& vm, Value attr, Value obj, const Type* owner, bool native) {
  if (!attr.is_object()) return attr;
  const Type* at = attr.as_object()->type;
  if (at == &function_type || (native && at == &native_function_type)) {
    if (obj.is_null()) return attr;
    return bound_method_new(vm, obj, attr);
  }
  if (at == &class_method_type) {
    return bound_method_new(vm, type_value(obj.is_null() ? owner : type_of(obj)),
                            attr.as<NativeMethodWrapper>()->function);
  }
  if (at == &static_method_type) return attr.as<NativeMethodWrapper>()->function;
  if (at == &property_type) return obj.is_null() ? attr : property_get(vm, attr, obj);
  if (is_heap_type(at) && !type_lookup(at, q(Q::dunder_get)).is_absent()) {
    return call_get(vm, attr, obj, owner);
  }
  return attr;
}

Value bind_attr(Vm& vm, Value attr, Value obj, const Type* owner) {
  return bind_attr_native(vm, attr, obj, owner, true);
}

Value native_slot_method(Vm& vm, const Type* t, Value name, Value self);

bool is_object_slot_default(Value attr);  // below

// True if `attr` is object's generic __repr__/__str__/__eq__/__hash__ found
// through the base chain of a type whose native base has its own slot for it:
// `(1,).__repr__` and `tuple.__repr__` are tuple's repr, as in CPython.
bool shadowed_by_slot(const Type* t, Value attr) {
  return is_object_slot_default(attr) && native_base(t) != &object_type;
}

// Attributes every object has without a table entry: __class__, __dict__
// (made on first use), and native dunders reached by name (slot_wrapper.cc).
Value special_attr(Vm& vm, Value obj, const Type* t, Value name) {
  if (name == q(Q::dunder_class)) return type_value(t);
  if (name == q(Q::dunder_dict)) {
    Dict** slot = instance_dict_slot(obj, t);
    if (!slot) return Value::absent();
    if (!*slot) {
      *slot = dict_new(vm);
      if (!*slot) return Value::null();
    }
    return dict_value(*slot);
  }
  return native_slot_method(vm, t, name, obj);
}

Value generic_getattr(Vm& vm, Value obj, Value name, bool* found_on_type) {
  const Type* t = type_of(obj);
  bool native;
  Value attr = type_lookup_ex(t, name, &native);
  if (!attr.is_absent() && attr.is_object()) {
    const Type* at = attr.as_object()->type;
    if (at == &property_type) return property_get(vm, attr, obj);
    if (is_heap_type(at) && is_data_descriptor(at)) return call_get(vm, attr, obj, t);
  }
  if (Dict** slot = instance_dict_slot(obj, t); slot && *slot) {
    Value v = dict_get_qstr(*slot, name);
    if (!v.is_absent()) return v;
  }
  if (found_on_type) *found_on_type = !attr.is_absent();
  if (attr.is_absent()) return special_attr(vm, obj, t, name);
  if (native && shadowed_by_slot(t, attr)) {
    Value w = native_slot_method(vm, t, name, obj);
    if (!w.is_absent()) return w;
  }
  return bind_attr_native(vm, attr, obj, t, native);
}

bool generic_setattr(Vm& vm, Value obj, Value name, Value value) {
  const Type* t = type_of(obj);
  Value attr = type_lookup(t, name);
  if (!attr.is_absent() && attr.is_object()) {
    const Type* at = attr.as_object()->type;
    if (at == &property_type) {
      Property* p = attr.as<Property>();
      Value f = value.is_null() ? p->fdel : p->fset;
      if (f.is_none()) {
        raise(vm, &AttributeError_type, "property '%.*s' of '%.*s' object has no %s",
              int(qstr_view(name).size()), qstr_view(name).data(), int(type_name(t).size()),
              type_name(t).data(), value.is_null() ? "deleter" : "setter");
        return false;
      }
      Value args[2] = {obj, value};
      return !call(vm, f, value.is_null() ? 1 : 2, args).is_null();
    }
    if (is_heap_type(at) && is_data_descriptor(at)) {
      Value fn = type_lookup(at, q(value.is_null() ? Q::dunder_delete : Q::dunder_set));
      if (fn.is_absent()) {
        raise(vm, &AttributeError_type, "__%s__", value.is_null() ? "delete" : "set");
        return false;
      }
      Value args[3] = {attr, obj, value};
      return !call(vm, fn, value.is_null() ? 2 : 3, args).is_null();
    }
  }
  Dict** slot = instance_dict_slot(obj, t);
  if (!slot) {
    raise_attribute_error(vm, obj, name);
    return false;
  }
  if (value.is_null()) {
    if (!*slot || dict_delete(vm, *slot, name).is_absent()) {
      raise_attribute_error(vm, obj, name);
      return false;
    }
    return true;
  }
  if (!*slot) {
    *slot = dict_new(vm);
    if (!*slot) return false;
  }
  return dict_set_qstr(vm, *slot, name, value);
}

// --- the public attribute API -----------------------------------------------------------

Value lookup_attr(Vm& vm, Value obj, Value name) {
  if (!name.is_qstr()) {
    name = str_intern(vm, name);
    if (name.is_null()) return name;
  }
  const Type* t = type_of(obj);
  if (t->load_attr) {
    Value v = t->load_attr(vm, obj, name);
    if (!v.is_absent()) return v;
    if (is_heap_type(t) || t == &type_type || t == &module_type) return v;
  }
  return generic_getattr(vm, obj, name, nullptr);
}

Value load_attr(Vm& vm, Value obj, Value name) {
  Value v = lookup_attr(vm, obj, name);
  if (v.is_absent()) return raise_attribute_error(vm, obj, name);
  return v;
}

bool store_attr(Vm& vm, Value obj, Value name, Value value) {
  if (!name.is_qstr()) {
    name = str_intern(vm, name);
    if (name.is_null()) return false;
  }
  const Type* t = type_of(obj);
  if (t->store_attr) return t->store_attr(vm, obj, name, value);
  return generic_setattr(vm, obj, name, value);
}

bool delete_attr(Vm& vm, Value obj, Value name) { return store_attr(vm, obj, name, Value::null()); }

bool load_method(Vm& vm, Value obj, Value name, Value* meth, Value* self) {
  const Type* t = type_of(obj);
  // (not for a class whose type is a metaclass: the class's own MRO comes
  // before the metaclass's methods, and a class has no instance dict slot)
  if (!is_type(obj) && (!t->load_attr || (is_heap_type(t) && !(t->flags & kTypeCustomGetattr)))) {
    bool native;
    Value attr = type_lookup_ex(t, name, &native);
    if (attr.is_object()) {
      const Type* at = attr.as_object()->type;
      if (at == &function_type || (native && at == &native_function_type && !shadowed_by_slot(t, attr))) {
        Dict** slot = instance_dict_slot(obj, t);
        if (!slot || !*slot || dict_get_qstr(*slot, name).is_absent()) {
          *meth = attr;
          *self = obj;
          return true;
        }
      }
    }
  }
  Value v = load_attr(vm, obj, name);
  if (v.is_null()) return false;
  *meth = v;
  *self = Value::null();
  return true;
}

// --- object --------------------------------------------------------------------------------

namespace {

bool object_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  const Type* t = type_of(self);
  if (is_heap_type(t)) {
    Value mod = dict_get_qstr(as_heap_type(t)->dict, q(Q::dunder_module));
    if (mod.is_absent() || !is_str(mod)) mod = q(Q::dunder_main);
    StrView m = str_view(mod);
    Value qn = as_heap_type(t)->qualname;
    StrView n = str_view(qn);
    return printf_to(out, "<%.*s.%.*s object at %p>", int(m.len), m.data, int(n.len), n.data,
                     static_cast<void*>(self.as_object()));
  }
  return printf_to(out, "<%.*s object at %p>", int(type_name(t).size()), type_name(t).data(),
                   static_cast<void*>(self.as_object()));
}

Value object_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_pos || n_kw) return raise(vm, &TypeError_type, "object() takes no arguments");
  auto* o = static_cast<Obj*>(gc_alloc(vm, sizeof(Obj)));
  if (!o) return Value::null();
  o->type = &object_type;
  return Value::object(o);
}

Value object_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op == kBinaryEq) return self == other ? Value::true_() : Value::not_implemented();
  if (op == kBinaryNe) return self == other ? Value::false_() : Value::not_implemented();
  return Value::not_implemented();
}

Value object_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) { return Value::none(); }
Value object_new_fn(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  if (!is_type(args[0])) return raise(vm, &TypeError_type, "object.__new__(X): X is not a type object");
  return native_new(vm, as_type(args[0]), n_pos - 1, n_kw, args + 1);
}
Value object_eq(Vm& vm, size_t, size_t, const Value* args) {
  return args[0] == args[1] ? Value::true_() : Value::not_implemented();
}
Value object_ne(Vm& vm, size_t, size_t, const Value* args) {
  Value r = compare(vm, CompareOp::EQ, args[0], args[1]);
  if (r.is_null() || r == Value::not_implemented()) return r;
  int t = is_true(vm, r);
  return t < 0 ? Value::null() : Value::boolean(!t);
}
Value object_hash(Vm& vm, size_t, size_t, const Value* args) {
  return Value::small_int(sword(args[0].bits() >> 4));
}
Value object_repr(Vm& vm, size_t, size_t, const Value* args) {
  StrBuilder b(vm);
  if (args[0].is_object()) {
    object_print(vm, b, args[0], PrintKind::kRepr);
  } else {
    print_value(vm, b, args[0], PrintKind::kRepr);
  }
  return b.finish();
}
Value object_str(Vm& vm, size_t, size_t, const Value* args) { return repr(vm, args[0]); }
Value object_setattr(Vm& vm, size_t, size_t, const Value* args) {
  Value name = str_intern(vm, args[1]);
  if (name.is_null()) return name;
  return generic_setattr(vm, args[0], name, args[2]) ? Value::none() : Value::null();
}
Value object_delattr(Vm& vm, size_t, size_t, const Value* args) {
  Value name = str_intern(vm, args[1]);
  if (name.is_null()) return name;
  return generic_setattr(vm, args[0], name, Value::null()) ? Value::none() : Value::null();
}
Value object_getattribute(Vm& vm, size_t, size_t, const Value* args) {
  Value name = str_intern(vm, args[1]);
  if (name.is_null()) return name;
  Value v = generic_getattr(vm, args[0], name, nullptr);
  if (v.is_absent()) return raise_attribute_error(vm, args[0], name);
  return v;
}
Value object_init_subclass(Vm& vm, size_t, size_t, const Value*) { return Value::none(); }
Value object_format(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[1]) || str_view(args[1]).len != 0) {
    return raise(vm, &TypeError_type, "unsupported format string passed to %.*s.__format__",
                 int(type_name(type_of(args[0])).size()), type_name(type_of(args[0])).data());
  }
  return to_str(vm, args[0]);
}
Value object_dir_fn(Vm& vm, size_t, size_t, const Value* args) { return object_dir(vm, args[0]); }

constexpr NativeFunction object_init_obj = native_fn(Q::dunder_init, object_init, 1, kVarArgs, true);
constexpr NativeFunction object_new_obj = native_fn(Q::dunder_new, object_new_fn, 1, kVarArgs, true);
constexpr NativeMethodWrapper object_new_static = {&static_method_type, Value::object(&object_new_obj)};
constexpr NativeFunction object_eq_obj = native_fn(Q::dunder_eq, object_eq, 2, 2);
constexpr NativeFunction object_ne_obj = native_fn(Q::dunder_ne, object_ne, 2, 2);
constexpr NativeFunction object_hash_obj = native_fn(Q::dunder_hash, object_hash, 1, 1);
constexpr NativeFunction object_repr_obj = native_fn(Q::dunder_repr, object_repr, 1, 1);
constexpr NativeFunction object_str_obj = native_fn(Q::dunder_str, object_str, 1, 1);
constexpr NativeFunction object_setattr_obj = native_fn(Q::dunder_setattr, object_setattr, 3, 3);
constexpr NativeFunction object_delattr_obj = native_fn(Q::dunder_delattr, object_delattr, 2, 2);
constexpr NativeFunction object_getattribute_obj = native_fn(Q::dunder_getattribute, object_getattribute, 2, 2);
constexpr NativeFunction object_init_subclass_obj =
    native_fn(Q::dunder_init_subclass, object_init_subclass, 1, 1, true);
constexpr NativeMethodWrapper object_init_subclass_cm = {&class_method_type,
                                                         Value::object(&object_init_subclass_obj)};
constexpr NativeFunction object_format_obj = native_fn(Q::dunder_format, object_format, 2, 2);
constexpr NativeFunction object_dir_obj = native_fn(Q::dunder_dir, object_dir_fn, 1, 1);

constexpr auto object_locals_table = sorted_table<13>({{
    {q(Q::dunder_init), Value::object(&object_init_obj)},
    {q(Q::dunder_new), Value::object(&object_new_static)},
    {q(Q::dunder_eq), Value::object(&object_eq_obj)},
    {q(Q::dunder_ne), Value::object(&object_ne_obj)},
    {q(Q::dunder_hash), Value::object(&object_hash_obj)},
    {q(Q::dunder_repr), Value::object(&object_repr_obj)},
    {q(Q::dunder_str), Value::object(&object_str_obj)},
    {q(Q::dunder_setattr), Value::object(&object_setattr_obj)},
    {q(Q::dunder_delattr), Value::object(&object_delattr_obj)},
    {q(Q::dunder_getattribute), Value::object(&object_getattribute_obj)},
    {q(Q::dunder_init_subclass), Value::object(&object_init_subclass_cm)},
    {q(Q::dunder_format), Value::object(&object_format_obj)},
    {q(Q::dunder_dir), Value::object(&object_dir_obj)},
}});
constexpr ConstMap object_locals = {object_locals_table.data(), object_locals_table.size()};

}  // namespace

bool is_object_slot_default(Value attr) {
  return attr == Value::object(&object_repr_obj) || attr == Value::object(&object_str_obj) ||
         attr == Value::object(&object_eq_obj) || attr == Value::object(&object_hash_obj);
}

constexpr Type object_type = {
    .type = &type_type, .name = Q::object, .flags = kTypeBaseType | kTypeEqIsIdentity,
    .instance_size = sizeof(Obj), .base = nullptr, .make_new = object_make_new,
    .print = object_print, .unary = nullptr, .binary = object_binary, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr,
    .iternext = nullptr, .buffer = nullptr, .locals = &object_locals};

// --- None, Ellipsis, NotImplemented -------------------------------------------------------

namespace {

bool singleton_print(Vm& vm, Printer& out, Value self, PrintKind) {
  if (self.is_none()) return print_str(out, "None");
  if (self == Value::ellipsis()) return print_str(out, "Ellipsis");
  return print_str(out, "NotImplemented");
}

Value none_unary(Vm& vm, UnarySlot op, Value self) {
  if (op == UnarySlot::kBool) return Value::false_();
  return Value::absent();
}

Value none_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value*) {
  if (n_pos || n_kw) return raise(vm, &TypeError_type, "NoneType takes no arguments");
  if (t == &ellipsis_type) return Value::ellipsis();
  if (t == &not_implemented_type) return Value::not_implemented();
  return Value::none();
}

}  // namespace

constexpr Type none_type = {
    .type = &type_type, .name = Q::NoneType, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = none_make_new, .print = singleton_print, .unary = none_unary,
    .binary = object_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};
constexpr Type ellipsis_type = {
    .type = &type_type, .name = Q::ellipsis, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = none_make_new, .print = singleton_print, .unary = nullptr,
    .binary = object_binary, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};
constexpr Type not_implemented_type = {
    .type = &type_type, .name = Q::NotImplementedType, .flags = kTypeEqIsIdentity,
    .instance_size = 0, .base = &object_type, .make_new = none_make_new, .print = singleton_print,
    .unary = nullptr, .binary = object_binary, .load_attr = nullptr, .store_attr = nullptr,
    .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = nullptr};

// --- dir() support ---------------------------------------------------------------------

namespace {

bool add_dict_keys(Vm& vm, List* out, Dict* d) {
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!list_append(vm, out, k)) return false;
  }
  return true;
}

bool add_const_keys(Vm& vm, List* out, const ConstMap* m) {
  if (!m) return true;
  for (size_t i = 0; i < m->count; ++i) {
    if (!list_append(vm, out, m->entries[i].key)) return false;
  }
  return true;
}

bool add_type_names(Vm& vm, List* out, const Type* t) {
  if (is_heap_type(t)) {
    Tuple* mro = as_tuple(as_heap_type(t)->mro);
    for (size_t i = 0; i < mro->len; ++i) {
      const Type* m = mro->items[i].as<const Type>();
      bool ok = is_heap_type(m) ? add_dict_keys(vm, out, as_heap_type(m)->dict)
                                : add_const_keys(vm, out, m->locals);
      if (!ok) return false;
    }
    return true;
  }
  for (; t; t = t->base) {
    if (!add_const_keys(vm, out, t->locals)) return false;
  }
  return true;
}

}  // namespace

Value object_dir(Vm& vm, Value obj) {
  Value lv = list_new(vm, 0, nullptr);
  if (lv.is_null()) return lv;
  List* out = as_list(lv);
  const Type* t = type_of(obj);
  if (t == &module_type) {
    // A native module's RAM dict (sys.path, sys.modules...) holds only what
    // was stored; its flash table has the rest. dir() dedups.
    Module* m = obj.as<Module>();
    if (m->globals && !add_dict_keys(vm, out, m->globals)) return Value::null();
    if (m->native && !add_const_keys(vm, out, m->native)) return Value::null();
    return lv;
  }
  if (Dict** slot = instance_dict_slot(obj, t); slot && *slot) {
    if (!add_dict_keys(vm, out, *slot)) return Value::null();
  }
  if (t == &function_type) {
    if (Dict* attrs = function_attrs(obj.as<Function>()); attrs && !add_dict_keys(vm, out, attrs)) return Value::null();
  }
  if (is_type(obj)) {
    if (!add_type_names(vm, out, as_type(obj))) return Value::null();
    if (is_heap_type(as_type(obj)) && !list_append(vm, out, q(Q::dunder_name))) return Value::null();
    return lv;
  }
  if (!add_type_names(vm, out, t)) return Value::null();
  return lv;
}

}  // namespace mote
