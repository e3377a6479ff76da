// function.cc — the callable objects: Python functions, bound methods,
// builtin (native) functions, cells and code objects.
//
// A Function is a Code object plus what MAKE_FUNCTION captured (globals,
// defaults, closure). Calls never go through these types' `call` slots on
// the hot path — the interpreter recognises functions and bound methods
// itself — so the slots here serve calls from native code.
#include <cstdio>

#include "vm/runtime.h"

namespace mote {

Value call_native(Vm& vm, const NativeFunction* f, size_t n_pos, size_t n_kw, const Value* args);

Value code_qualname(const Code* code) {
  return code->qualname.is_null() ? code->name : code->qualname;
}

namespace {

// f->extra as a FunctionExtra, or nullptr if it is none (or the kwdefaults dict).
FunctionExtra* extra_of(const Function* f) {
  return f->extra && !f->extra->type ? reinterpret_cast<FunctionExtra*>(f->extra) : nullptr;
}

}  // namespace

Value function_name(const Function* f) {
  FunctionExtra* x = extra_of(f);
  return x && !x->name.is_null() ? x->name : f->code->name;
}

Value function_qualname(const Function* f) {
  FunctionExtra* x = extra_of(f);
  return x && !x->qualname.is_null() ? x->qualname : code_qualname(f->code);
}

Value function_kwdefaults(const Function* f) {
  if (!f->extra) return Value::null();
  if (FunctionExtra* x = extra_of(f)) return x->kwdefaults;
  return Value::object(f->extra);
}

Value function_kwdefault(const Function* f, Value name) {
  Value kw = function_kwdefaults(f);
  if (kw.is_null()) return Value::absent();
  if (kw.as_object()->type == &tuple_type) {  // the compiler's (name, value...) pairs
    const Tuple* t = kw.as<Tuple>();
    for (size_t i = 0; i + 1 < t->len; i += 2) {
      if (t->items[i] == name) return t->items[i + 1];
    }
    return Value::absent();
  }
  return dict_get_qstr(as_dict(kw), name);
}

Dict* function_attrs(const Function* f) {
  FunctionExtra* x = extra_of(f);
  return x ? x->dict : nullptr;
}

std::string_view callable_name(Value fn) {
  if (fn.is_object() && fn.as_object()->type == &function_type) {
    Value qn = function_qualname(fn.as<Function>());
    if (is_str(qn)) {
      StrView v = str_view(qn);
      return {v.data, v.len};
    }
  }
  return "function";
}

Code* code_new(Vm& vm) {
  auto* c = static_cast<Code*>(gc_alloc(vm, sizeof(Code)));
  if (!c) return nullptr;
  c->type = &code_type;
  return c;
}

uint32_t code_line_for_offset(const Code* code, uint32_t offset) {
  uint32_t line = code->first_line;
  uint32_t addr = 0;
  for (uint32_t i = 0; i + 1 < code->line_table_len; i += 2) {
    addr += code->line_table[i];
    if (addr > offset) break;
    line += int8_t(code->line_table[i + 1]);
  }
  return line;
}

namespace {

// f's FunctionExtra, made on first need (taking over a kwdefaults dict).
FunctionExtra* function_extra(Vm& vm, Function* f) {
  if (FunctionExtra* x = extra_of(f)) return x;
  auto* x = static_cast<FunctionExtra*>(gc_alloc(vm, sizeof(FunctionExtra)));
  if (!x) return nullptr;
  x->kwdefaults = f->extra ? Value::object(f->extra) : Value::null();
  x->name = x->qualname = x->module = x->doc = Value::null();
  f->extra = reinterpret_cast<Obj*>(x);
  return x;
}

}  // namespace

Value function_new(Vm& vm, const Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure) {
  auto* f = static_cast<Function*>(gc_alloc(vm, sizeof(Function)));
  if (!f) return Value::null();
  f->type = &function_type;
  f->code = code;
  f->globals = globals;
  f->defaults = defaults;
  f->closure = closure;
  if (kwdefaults.is_object()) f->extra = kwdefaults.as_object();  // a constant tuple or an exact dict
  return Value::object(f);
}

// --- function ---------------------------------------------------------------------------

namespace {

bool function_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Function* f = self.as<Function>();
  StrView n = str_view(function_qualname(f));
  return printf_to(out, "<function %.*s at %p>", int(n.len), n.data, static_cast<void*>(f));
}

// __module__: the globals' __name__ (CPython records it at creation; Mote
// reads it when asked, which differs only if the module rebinds __name__).
Value function_module(const Function* f) {
  if (FunctionExtra* x = extra_of(f); x && !x->module.is_null()) return x->module;
  Value mod = dict_get_qstr(f->globals, q(Q::dunder_name));
  return mod.is_absent() ? Value::none() : mod;
}

// __doc__: an assigned one, else the docstring the compiler left in the code.
Value function_doc(const Function* f) {
  if (FunctionExtra* x = extra_of(f); x && !x->doc.is_null()) return x->doc;
  return f->code->flags & kCodeDocstring ? f->code->consts[0] : Value::none();
}

// __kwdefaults__: a dict, made from the constant tuple on first use and kept
// (so it is the same dict each time, and changing it changes the defaults).
Value kwdefaults_dict(Vm& vm, Function* f) {
  Value kw = function_kwdefaults(f);
  if (kw.is_null()) return Value::none();
  if (kw.as_object()->type != &tuple_type) return kw;
  const Tuple* t = kw.as<Tuple>();
  Dict* d = dict_new(vm, t->len / 2);
  if (!d) return Value::null();
  for (size_t i = 0; i + 1 < t->len; i += 2) {
    if (!dict_set(vm, d, t->items[i], t->items[i + 1])) return Value::null();
  }
  if (FunctionExtra* x = extra_of(f)) {
    x->kwdefaults = dict_value(d);
  } else {
    f->extra = reinterpret_cast<Obj*>(d);
  }
  return dict_value(d);
}

Value function_getattr(Vm& vm, Value self, Value name) {
  Function* f = self.as<Function>();
  switch (name.as_qstr()) {
    case Q::dunder_name: return function_name(f);
    case Q::dunder_qualname: return function_qualname(f);
    case Q::dunder_module: return function_module(f);
    case Q::dunder_code: return Value::object(f->code);
    case Q::dunder_globals: return dict_value(f->globals);
    case Q::dunder_defaults: return f->defaults.is_null() ? Value::none() : f->defaults;
    case Q::dunder_kwdefaults: return kwdefaults_dict(vm, f);
    case Q::dunder_closure: return f->closure.is_null() ? Value::none() : f->closure;
    case Q::dunder_dict: {
      FunctionExtra* x = function_extra(vm, f);
      if (!x) return Value::null();
      if (!x->dict && !(x->dict = dict_new(vm))) return Value::null();
      return dict_value(x->dict);
    }
    case Q::dunder_doc: return function_doc(f);
    default: break;
  }
  if (Dict* attrs = function_attrs(f)) return dict_get_qstr(attrs, name);
  return Value::absent();
}

// Stores into one of FunctionExtra's fields; a value of null() or None
// stores null() when `none_clears`.
bool set_extra(Vm& vm, Function* f, Value FunctionExtra::*field, Value value, bool none_clears) {
  FunctionExtra* x = function_extra(vm, f);
  if (!x) return false;
  x->*field = none_clears && (value.is_null() || value.is_none()) ? Value::null() : value;
  return true;
}

bool function_setattr(Vm& vm, Value self, Value name, Value value) {
  Function* f = self.as<Function>();
  switch (name.as_qstr()) {
    case Q::dunder_name:
    case Q::dunder_qualname:
      if (value.is_null() || !is_str(value)) {
        raise(vm, &TypeError_type, "%s must be set to a string object",
              name == q(Q::dunder_name) ? "__name__" : "__qualname__");
        return false;
      }
      return set_extra(vm, f, name == q(Q::dunder_name) ? &FunctionExtra::name : &FunctionExtra::qualname,
                       value, false);
    case Q::dunder_module:
      return set_extra(vm, f, &FunctionExtra::module, value.is_null() ? Value::none() : value, false);
    case Q::dunder_doc:
      return set_extra(vm, f, &FunctionExtra::doc, value.is_null() ? Value::none() : value, false);
    case Q::dunder_defaults:
      f->defaults = value.is_null() || value.is_none() ? Value::null() : value;
      return true;
    case Q::dunder_kwdefaults:
      if (!value.is_null() && !value.is_none() && !is_dict(value)) {
        raise(vm, &TypeError_type, "__kwdefaults__ must be set to a dict object");
        return false;
      }
      return set_extra(vm, f, &FunctionExtra::kwdefaults, value, true);
    case Q::dunder_globals:
    case Q::dunder_closure:
      raise(vm, &AttributeError_type, "readonly attribute");
      return false;
    default: break;
  }
  Dict* d = function_attrs(f);
  if (value.is_null()) {
    if (!d || dict_delete(vm, d, name).is_absent()) {
      raise_attribute_error(vm, self, name);
      return false;
    }
    return true;
  }
  if (!d) {
    FunctionExtra* x = function_extra(vm, f);
    if (!x || !(x->dict = dict_new(vm))) return false;
    d = x->dict;
  }
  return dict_set_qstr(vm, d, name, value);
}

Value function_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  return call_function(vm, self.as<Function>(), n_pos, n_kw, args);
}

}  // namespace

// function(code, globals, name=None, argdefs=None, closure=None), as CPython's
// types.FunctionType: a new function running `code` in the dict `globals`.
Value function_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw || n_pos < 2 || n_pos > 5) {
    return raise(vm, &TypeError_type, "function() takes from 2 to 5 positional arguments");
  }
  Value none = Value::none();
  Value code = args[0], globals = args[1], name = n_pos > 2 ? args[2] : none;
  Value defaults = n_pos > 3 ? args[3] : none, closure = n_pos > 4 ? args[4] : none;
  if (!code.is_object() || code.as_object()->type != &code_type) {
    std::string_view tn = code.is_none() ? "None" : type_name(type_of(code));  // (argument clinic's wording)
    return raise(vm, &TypeError_type, "function() argument 'code' must be code, not %.*s", int(tn.size()),
                 tn.data());
  }
  if (!is_dict(globals)) {
    std::string_view tn = globals.is_none() ? "None" : type_name(type_of(globals));
    return raise(vm, &TypeError_type, "function() argument 'globals' must be dict, not %.*s", int(tn.size()),
                 tn.data());
  }
  if (!name.is_none() && !is_str(name)) return raise(vm, &TypeError_type, "arg 3 (name) must be None or string");
  if (!defaults.is_none() && !isinstance(defaults, &tuple_type)) {
    return raise(vm, &TypeError_type, "arg 4 (defaults) must be None or tuple");
  }
  const Code* c = code.as<Code>();
  size_t n_cells = isinstance(closure, &tuple_type) ? as_tuple(closure)->len : 0;
  if (!closure.is_none() && !isinstance(closure, &tuple_type)) {
    return raise(vm, &TypeError_type, "arg 5 (closure) must be None or tuple");
  }
  if (closure.is_none() && c->n_free) return raise(vm, &TypeError_type, "arg 5 (closure) must be tuple");
  if (n_cells != c->n_free) {
    StrView n = str_view(c->name);
    return raise(vm, &ValueError_type, "%.*s requires closure of length %d, not %d", int(n.len), n.data,
                 int(c->n_free), int(n_cells));
  }
  Value f = function_new(vm, c, as_dict(globals), defaults.is_none() ? Value::null() : defaults, Value::null(),
                         closure.is_none() ? Value::null() : closure);
  if (f.is_null() || name.is_none()) return f;
  return function_setattr(vm, f, q(Q::dunder_name), name) ? f : Value::null();
}

constexpr Type function_type = {
    .type = &type_type, .name = Q::function, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = function_make_new, .print = function_print, .unary = nullptr,
    .binary = nullptr, .load_attr = function_getattr, .store_attr = function_setattr,
    .subscr = nullptr, .call = function_call, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = nullptr};

// --- bound method ----------------------------------------------------------------------------

namespace {

bool method_print(Vm& vm, Printer& out, Value self, PrintKind) {
  BoundMethod* m = self.as<BoundMethod>();
  Value qn = lookup_attr(vm, m->func, q(Q::dunder_qualname));
  if (qn.is_null()) return false;
  if (qn.is_absent() || !is_str(qn)) qn = q(Q::method);
  StrView n = str_view(qn);
  if (!printf_to(out, "<bound method %.*s of ", int(n.len), n.data)) return false;
  if (!print_value(vm, out, m->self, PrintKind::kRepr)) return false;
  return print_str(out, ">");
}

Value method_getattr(Vm& vm, Value self, Value name) {
  BoundMethod* m = self.as<BoundMethod>();
  if (name == q(Q::dunder_self)) return m->self;
  if (name == q(Q::dunder_func)) return m->func;
  return lookup_attr(vm, m->func, name);
}

Value method_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op != kBinaryEq && op != kBinaryNe) return Value::not_implemented();
  if (!other.is_object() || other.as_object()->type != &bound_method_type) return Value::not_implemented();
  BoundMethod* a = self.as<BoundMethod>();
  BoundMethod* b = other.as<BoundMethod>();
  bool eq = a->self == b->self && a->func == b->func;
  return Value::boolean(op == kBinaryEq ? eq : !eq);
}

Value method_unary(Vm& vm, UnarySlot op, Value self) {
  if (op == UnarySlot::kHash) {
    BoundMethod* m = self.as<BoundMethod>();
    return Value::small_int(sword((m->self.bits() ^ m->func.bits()) >> 4));
  }
  return Value::absent();
}

Value method_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  return call_kw(vm, self, n_pos, n_kw, args);
}

}  // namespace

constexpr Type bound_method_type = {
    .type = &type_type, .name = Q::method, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = method_print, .unary = method_unary, .binary = method_binary,
    .load_attr = method_getattr, .store_attr = nullptr, .subscr = nullptr, .call = method_call,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

// --- native function --------------------------------------------------------------------------

namespace {

bool native_print(Vm& vm, Printer& out, Value self, PrintKind) {
  std::string_view n = qstr_view(q(self.as<NativeFunction>()->name));
  return printf_to(out, "<built-in function %.*s>", int(n.size()), n.data());
}

Value native_getattr(Vm& vm, Value self, Value name) {
  if (name == q(Q::dunder_name) || name == q(Q::dunder_qualname)) return q(self.as<NativeFunction>()->name);
  if (name == q(Q::dunder_module)) return q(Q::builtins);
  if (name == q(Q::dunder_doc)) return Value::none();
  return Value::absent();
}

Value native_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  return call_native(vm, self.as<NativeFunction>(), n_pos, n_kw, args);
}

}  // namespace

constexpr Type native_function_type = {
    .type = &type_type, .name = Q::builtin_function_or_method, .flags = kTypeEqIsIdentity,
    .instance_size = 0, .base = &object_type, .make_new = nullptr, .print = native_print,
    .unary = nullptr, .binary = nullptr, .load_attr = native_getattr, .store_attr = nullptr,
    .subscr = nullptr, .call = native_call, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = nullptr};

// --- method descriptor ---------------------------------------------------------------------------
// `list.append` read from the type: the native method plus the type that
// defines it, so a call checks that self is an instance of that type (the
// native behind it assumes so and would read a wrong object's memory).

namespace {

struct MethodDescriptor {
  const Type* type;   // &method_descriptor_type
  const Type* owner;  // the native type whose locals table holds the method
  Value func;         // the NativeFunction
};

StrView descriptor_name(const MethodDescriptor* d) {
  std::string_view n = qstr_view(q(d->func.as<NativeFunction>()->name));
  return StrView{n.data(), n.size()};
}

bool descriptor_print(Vm& vm, Printer& out, Value self, PrintKind) {
  const MethodDescriptor* d = self.as<MethodDescriptor>();
  StrView n = descriptor_name(d);
  return printf_to(out, "<method '%.*s' of '%.*s' objects>", int(n.len), n.data, int(type_name(d->owner).size()),
                   type_name(d->owner).data());
}

Value descriptor_getattr(Vm& vm, Value self, Value name) {
  if (name == q(Q::dunder_objclass)) return type_value(self.as<MethodDescriptor>()->owner);
  return native_getattr(vm, self.as<MethodDescriptor>()->func, name);
}

Value descriptor_binary(Vm& vm, uint8_t op, Value self, Value other) {
  if (op != kBinaryEq && op != kBinaryNe) return Value::not_implemented();
  if (!other.is_object() || other.as_object()->type != &method_descriptor_type) return Value::not_implemented();
  bool eq = self.as<MethodDescriptor>()->func == other.as<MethodDescriptor>()->func &&
            self.as<MethodDescriptor>()->owner == other.as<MethodDescriptor>()->owner;
  return Value::boolean(op == kBinaryEq ? eq : !eq);
}

Value descriptor_unary(Vm& vm, UnarySlot op, Value self) {
  if (op == UnarySlot::kHash) return Value::small_int(sword(self.as<MethodDescriptor>()->func.bits() >> 4));
  return Value::absent();
}

Value descriptor_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  const MethodDescriptor* d = self.as<MethodDescriptor>();
  StrView n = descriptor_name(d);
  std::string_view owner = type_name(d->owner);
  if (n_pos == 0) {
    return raise(vm, &TypeError_type, "unbound method %.*s.%.*s() needs an argument", int(owner.size()),
                 owner.data(), int(n.len), n.data);
  }
  if (!isinstance(args[0], d->owner)) {
    std::string_view got = type_name(type_of(args[0]));
    return raise(vm, &TypeError_type, "descriptor '%.*s' for '%.*s' objects doesn't apply to a '%.*s' object",
                 int(n.len), n.data, int(owner.size()), owner.data(), int(got.size()), got.data());
  }
  return call_native(vm, d->func.as<NativeFunction>(), n_pos, n_kw, args);
}

}  // namespace

constexpr Type method_descriptor_type = {
    .type = &type_type, .name = Q::method_descriptor, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = descriptor_print, .unary = descriptor_unary, .binary = descriptor_binary,
    .load_attr = descriptor_getattr, .store_attr = nullptr, .subscr = nullptr, .call = descriptor_call,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

Value method_descriptor_new(Vm& vm, const Type* owner, Value func) {
  auto* d = static_cast<MethodDescriptor*>(gc_alloc(vm, sizeof(MethodDescriptor)));
  if (!d) return Value::null();
  d->type = &method_descriptor_type;
  d->owner = owner;
  d->func = func;
  return Value::object(d);
}

// --- cell ---------------------------------------------------------------------------------------

namespace {

Value cell_getattr(Vm& vm, Value self, Value name) {
  if (name == q(Q::cell_contents)) {
    Value v = self.as<Cell>()->contents;
    if (v.is_null()) return raise(vm, &ValueError_type, "Cell is empty");
    return v;
  }
  return Value::absent();
}

bool cell_print(Vm& vm, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<cell at %p>", static_cast<void*>(self.as_object()));
}

}  // namespace

constexpr Type cell_type = {
    .type = &type_type, .name = Q::cell, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = cell_print, .unary = nullptr,
    .binary = nullptr, .load_attr = cell_getattr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

// --- code ---------------------------------------------------------------------------------------

namespace {

bool code_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Code* c = self.as<Code>();
  StrView n = str_view(c->name);
  StrView f = str_view(c->filename);
  return printf_to(out, "<code object %.*s at %p, file \"%.*s\", line %u>", int(n.len), n.data,
                   static_cast<void*>(c), int(f.len), f.data, unsigned(c->first_line));
}

Value code_getattr(Vm& vm, Value self, Value name) {
  Code* c = self.as<Code>();
  switch (name.as_qstr()) {
    case Q::co_name: return c->name;
    case Q::co_filename: return c->filename;
    case Q::co_argcount: return Value::small_int(c->n_pos);
    case Q::co_varnames: return tuple_new(vm, c->n_slots - c->n_free, c->slot_names);
    default: return Value::absent();
  }
}

}  // namespace

constexpr Type code_type = {
    .type = &type_type, .name = Q::code, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = code_print, .unary = nullptr,
    .binary = nullptr, .load_attr = code_getattr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

}  // namespace mote
