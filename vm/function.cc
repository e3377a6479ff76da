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

std::string_view callable_name(Value fn) {
  if (fn.is_object() && fn.as_object()->type == &function_type) {
    Value qn = fn.as<Function>()->qualname;
    if (!qn.is_null() && is_str(qn)) {
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

Value function_new(Vm& vm, const Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure) {
  auto* f = static_cast<Function*>(gc_alloc(vm, sizeof(Function)));
  if (!f) return Value::null();
  f->type = &function_type;
  f->code = code;
  f->globals = globals;
  f->defaults = defaults;
  f->kwdefaults = kwdefaults;
  f->closure = closure;
  f->name = code->name;
  f->qualname = code_qualname(code);
  Value mod = dict_get_qstr(globals, q(Q::dunder_name));
  f->module = mod.is_absent() ? Value::none() : mod;
  return Value::object(f);
}

// --- function ---------------------------------------------------------------------------

namespace {

bool function_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Function* f = self.as<Function>();
  StrView n = str_view(f->qualname);
  return printf_to(out, "<function %.*s at %p>", int(n.len), n.data, static_cast<void*>(f));
}

Value function_getattr(Vm& vm, Value self, Value name) {
  Function* f = self.as<Function>();
  switch (name.as_qstr()) {
    case Q::dunder_name: return f->name;
    case Q::dunder_qualname: return f->qualname;
    case Q::dunder_module: return f->module;
    case Q::dunder_code: return Value::object(f->code);
    case Q::dunder_globals: return dict_value(f->globals);
    case Q::dunder_defaults: return f->defaults.is_null() ? Value::none() : f->defaults;
    case Q::dunder_kwdefaults: return f->kwdefaults.is_null() ? Value::none() : f->kwdefaults;
    case Q::dunder_closure: return f->closure.is_null() ? Value::none() : f->closure;
    case Q::dunder_dict:
      if (!f->dict) {
        f->dict = dict_new(vm);
        if (!f->dict) return Value::null();
      }
      return dict_value(f->dict);
    case Q::dunder_doc:
      if (f->dict) {
        Value d = dict_get_qstr(f->dict, name);
        if (!d.is_absent()) return d;
      }
      return Value::none();
    default: break;
  }
  if (f->dict) return dict_get_qstr(f->dict, name);
  return Value::absent();
}

bool function_setattr(Vm& vm, Value self, Value name, Value value) {
  Function* f = self.as<Function>();
  switch (name.as_qstr()) {
    case Q::dunder_name:
      if (value.is_null() || !is_str(value)) {
        raise(vm, &TypeError_type, "__name__ must be set to a string object");
        return false;
      }
      f->name = value;
      return true;
    case Q::dunder_qualname:
      if (value.is_null() || !is_str(value)) {
        raise(vm, &TypeError_type, "__qualname__ must be set to a string object");
        return false;
      }
      f->qualname = value;
      return true;
    case Q::dunder_module:
      f->module = value.is_null() ? Value::none() : value;
      return true;
    case Q::dunder_defaults:
      f->defaults = value.is_null() || value.is_none() ? Value::null() : value;
      return true;
    case Q::dunder_kwdefaults:
      f->kwdefaults = value.is_null() || value.is_none() ? Value::null() : value;
      return true;
    default: break;
  }
  if (!f->dict) {
    if (value.is_null()) {
      raise_attribute_error(vm, self, name);
      return false;
    }
    f->dict = dict_new(vm);
    if (!f->dict) return false;
  }
  if (value.is_null()) {
    if (dict_delete(vm, f->dict, name).is_absent()) {
      raise_attribute_error(vm, self, name);
      return false;
    }
    return true;
  }
  return dict_set_qstr(vm, f->dict, name, value);
}

Value function_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  return call_function(vm, self.as<Function>(), n_pos, n_kw, args);
}

}  // namespace

constexpr Type function_type = {
    .type = &type_type, .name = Q::function, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = function_print, .unary = nullptr,
    .binary = nullptr, .load_attr = function_getattr, .store_attr = function_setattr,
    .subscr = nullptr, .call = function_call, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = nullptr, .dict_offset = offsetof(Function, dict)};

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
