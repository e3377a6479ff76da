// builtins.cc — the builtins module: the core builtin functions and the one
// table that names every builtin (core and library), in flash.
//
// The table is a sorted ConstMap (binary search by qstr); LOAD_GLOBAL falls
// back to it after the module globals. Assignments into `builtins` (and the
// REPL's `_`) go to a RAM overlay dict made on first use (vm.builtins_dict_),
// consulted first. The library half of the builtins (sorted, min, zip...)
// lives in vm/builtins_lib.cc and only appears here as table entries.
#include <cstdio>

#include "compiler/compiler.h"
#include "vm/builtins_lib.h"
#include "vm/bytes.h"
#include "vm/hal.h"
#include "vm/import.h"
#include "vm/memoryview.h"
#include "vm/runtime.h"
#include "vm/scheduler.h"

namespace mote {

namespace io {
extern const NativeFunction open_obj;  // modules/io/io_file.cc: open()
}  // namespace io
extern const Type complex_type;  // modules/cmath/complex.cc

namespace {

// --- print ------------------------------------------------------------------------------

// print(..., file=obj) for a Python file object: as CPython, one obj.write()
// per piece (each str(arg), each sep, the end), then obj.flush() if asked.
Value print_to_file(Vm& vm, Value file, Value write_fn, size_t n, const Value* args, StrView sep, StrView end,
                    bool flush) {
  for (size_t i = 0; i < n; ++i) {
    if (i && call1(vm, write_fn, str_new(vm, {sep.data, sep.len})).is_null()) return Value::null();
    Value piece = to_str(vm, args[i]);
    if (piece.is_null() || call1(vm, write_fn, piece).is_null()) return Value::null();
  }
  if (call1(vm, write_fn, str_new(vm, {end.data, end.len})).is_null()) return Value::null();
  if (flush && call_method_opt(vm, file, q(Q::flush), 0, nullptr).is_null()) return Value::null();
  return Value::none();
}

// print()'s default file: sys.stdout as the program last set it (None: the
// console, when sys was never imported or sys.stdout never replaced).
Value current_sys_stdout(Vm& vm) {
  Value sys = dict_get_qstr(vm.modules_, q(Q::sys));
  if (!sys.is_object() || sys.as_object()->type != &module_type) return Value::none();
  Dict* globals = sys.as<Module>()->globals;
  Value out = globals ? dict_get_qstr(globals, q(Q::stdout_)) : Value::absent();
  return out.is_absent() ? Value::none() : out;
}

// With the heap locked (a hard IRQ handler) there is no room for a line buffer: the pieces go
// straight to the console, as MicroPython's print does.
Value print_unbuffered(Vm& vm, Printer& out, size_t n, const Value* args, StrView sep, StrView end) {
  for (size_t i = 0; i < n; ++i) {
    if (i && !out.write(out, sep.data, sep.len)) return Value::null();
    if (!print_value(vm, out, args[i], PrintKind::kStr)) return Value::null();
  }
  return out.write(out, end.data, end.len) ? Value::none() : Value::null();
}

Value builtin_print(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::sep, kArgKwOnly, Value::none()},
                                 {Q::end, kArgKwOnly, Value::none()},
                                 {Q::file, kArgKwOnly, Value::none()},
                                 {Q::flush, kArgKwOnly, Value::false_()}};
  Value a[4];
  if (!parse_args(vm, "print", 0, n_kw, args + n_pos, spec, 4, a)) return Value::null();
  Value sep = a[0], end = a[1], file = a[2].is_none() ? current_sys_stdout(vm) : a[2];
  if (!sep.is_none() && !is_str(sep)) {
    return raise(vm, &TypeError_type, "sep must be None or a string, not %.*s", int(type_name(type_of(sep)).size()),
                 type_name(type_of(sep)).data());
  }
  if (!end.is_none() && !is_str(end)) {
    return raise(vm, &TypeError_type, "end must be None or a string, not %.*s", int(type_name(type_of(end)).size()),
                 type_name(type_of(end)).data());
  }
  Printer* out = &stdout_printer();
  if (file == Value::object(&sys_stderr_obj)) {
    out = &stderr_printer();
  } else if (!file.is_none() && file != Value::object(&sys_stdout_obj)) {
    Value write_fn = load_attr(vm, file, q(Q::write));
    if (write_fn.is_null()) return Value::null();
    return print_to_file(vm, file, write_fn, n_pos, args, sep.is_none() ? StrView{" ", 1} : str_view(sep),
                         end.is_none() ? StrView{"\n", 1} : str_view(end), a[3].is_true_literal());
  }
  if (heap_lock_depth != 0) {
    return print_unbuffered(vm, *out, n_pos, args, sep.is_none() ? StrView{" ", 1} : str_view(sep),
                            end.is_none() ? StrView{"\n", 1} : str_view(end));
  }
  // Builds the whole line first: one write per print() (and a str() failure
  // prints nothing).
  StrBuilder line(vm);
  for (size_t i = 0; i < n_pos; ++i) {
    if (i) {
      StrView s = sep.is_none() ? StrView{" ", 1} : str_view(sep);
      if (!line.write(line, s.data, s.len)) return Value::null();
    }
    if (!print_value(vm, line, args[i], PrintKind::kStr)) return Value::null();
  }
  StrView e = end.is_none() ? StrView{"\n", 1} : str_view(end);
  if (!line.write(line, e.data, e.len)) return Value::null();
  Value text = line.finish();
  if (text.is_null()) return text;
  StrView t = str_view(text);
  if (!out->write(*out, t.data, t.len)) return Value::null();
  if (a[3].is_true_literal() && out == &stdout_printer()) hal_stdout_flush();
  return Value::none();
}

// --- simple builtins -----------------------------------------------------------------

Value builtin_len(Vm& vm, size_t, size_t, const Value* args) {
  size_t n;
  if (!length(vm, args[0], &n)) return Value::null();
  return int_from_sword(vm, sword(n));
}

// isinstance/issubclass against a type or a (nested) tuple of types.
int subclass_check(Vm& vm, const Type* t, Value cls, const char* fn) {
  if (is_tuple(cls)) {
    Tuple* tu = as_tuple(cls);
    for (size_t i = 0; i < tu->len; ++i) {
      int r = subclass_check(vm, t, tu->items[i], fn);
      if (r) return r;
    }
    return 0;
  }
  if (!is_type(cls)) {
    if (fn[2] == 's') {  // issubclass
      raise(vm, &TypeError_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    } else {
      raise(vm, &TypeError_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return -1;
  }
  return is_subtype(t, as_type(cls));
}

// A class whose metaclass (written in Python) defines `hook` decides the check itself, as in
// CPython; absent() when there is no such hook (plain classes never pay more than a flag test).
Value metaclass_check(Vm& vm, Value cls, Value subject, uint32_t hook) {
  if (!is_type(cls) || !is_heap_type(type_of(cls))) return Value::absent();
  Value fn = type_lookup(type_of(cls), q(hook));
  if (fn.is_absent()) return fn;
  Value r = call2(vm, fn, cls, subject);
  if (r.is_null()) return r;
  int t = is_true(vm, r);
  return t < 0 ? Value::null() : Value::boolean(t);
}

// isinstance()/issubclass() for one class or a (nested) tuple of them, asking a metaclass hook
// where there is one; -1 with an exception pending.
int hooked_check(Vm& vm, Value subject, Value cls, bool instance) {
  if (is_tuple(cls)) {
    Tuple* tu = as_tuple(cls);
    for (size_t i = 0; i < tu->len; ++i) {
      int r = hooked_check(vm, subject, tu->items[i], instance);
      if (r) return r;
    }
    return 0;
  }
  if (instance && is_type(cls) && as_type(cls) == type_of(subject)) return 1;  // exact: no hook
  Value hooked = metaclass_check(vm, cls, subject,
                                 instance ? Q::dunder_instancecheck : Q::dunder_subclasscheck);
  if (hooked.is_null()) return -1;
  if (!hooked.is_absent()) return hooked.is_true_literal() ? 1 : 0;
  if (instance) return subclass_check(vm, type_of(subject), cls, "isinstance");
  if (!is_type(subject)) {
    raise(vm, &TypeError_type, "issubclass() arg 1 must be a class");
    return -1;
  }
  return subclass_check(vm, as_type(subject), cls, "issubclass");
}

Value builtin_isinstance(Vm& vm, size_t, size_t, const Value* args) {
  int r = hooked_check(vm, args[0], args[1], true);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value builtin_issubclass(Vm& vm, size_t, size_t, const Value* args) {
  int r = hooked_check(vm, args[0], args[1], false);
  return r < 0 ? Value::null() : Value::boolean(r);
}

struct CallableIter {
  const Type* type;
  Value fn;
  Value sentinel;
};

Value callable_iter_next(Vm& vm, Value self) {
  auto* it = self.as<CallableIter>();
  if (it->fn.is_null()) return Value::absent();
  Value v = call0(vm, it->fn);
  if (v.is_null()) return v;
  int e = equal(vm, v, it->sentinel);
  if (e < 0) return Value::null();
  if (e) {
    it->fn = Value::null();
    return Value::absent();
  }
  return v;
}


constexpr Type callable_iterator_type = {
    .type = &type_type, .name = Q::iter, .flags = kTypeIterIsSelf, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = iter_self,
    .iternext = callable_iter_next, .buffer = nullptr, .locals = nullptr};

Value builtin_iter(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 1) return get_iter(vm, args[0]);
  if (!is_callable(args[0])) return raise(vm, &TypeError_type, "iter(v, w): v must be callable");
  auto* it = static_cast<CallableIter*>(gc_alloc(vm, sizeof(CallableIter)));
  if (!it) return Value::null();
  it->type = &callable_iterator_type;
  it->fn = args[0];
  it->sentinel = args[1];
  return Value::object(it);
}

Value builtin_next(Vm& vm, size_t n, size_t, const Value* args) {
  const Type* t = type_of(args[0]);
  if (t == &generator_type) {
    // The generator's return value becomes StopIteration.value.
    Value ret;
    Value v = generator_resume(vm, args[0].as<Generator>(), Value::none(), Value::null(), &ret);
    if (!v.is_absent()) return v;
    if (n > 1) return args[1];
    return raise_stop_iteration(vm, ret);
  }
  if (!t->iternext) {
    return raise(vm, &TypeError_type, "'%.*s' object is not an iterator", int(type_name(t).size()), type_name(t).data());
  }
  vm.stop_iteration_ = Value::null();
  Value v = t->iternext(vm, args[0]);
  if (v.is_absent()) {
    Value stop = vm.stop_iteration_;
    vm.stop_iteration_ = Value::null();
    if (n > 1) return args[1];
    if (!stop.is_null()) return raise_value(vm, stop);  // a class's __next__ raised it: keep its value
    return raise_args(vm, &StopIteration_type, 0, nullptr);
  }
  return v;
}

Value builtin_repr(Vm& vm, size_t, size_t, const Value* args) { return repr(vm, args[0]); }

Value builtin_getattr(Vm& vm, size_t n, size_t, const Value* args) {
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "attribute name must be string, not '%.*s'",
                 int(type_name(type_of(args[1])).size()), type_name(type_of(args[1])).data());
  }
  Value name = str_intern(vm, args[1]);
  if (name.is_null()) return name;
  if (n == 2) return load_attr(vm, args[0], name);
  Value v = lookup_attr(vm, args[0], name);
  if (v.is_absent()) return args[2];
  if (v.is_null() && exc_matches(vm, &AttributeError_type)) {
    vm.clear_exc();
    return args[2];
  }
  return v;
}

Value builtin_setattr(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "attribute name must be string, not '%.*s'",
                 int(type_name(type_of(args[1])).size()), type_name(type_of(args[1])).data());
  }
  return store_attr(vm, args[0], args[1], args[2]) ? Value::none() : Value::null();
}

Value builtin_hasattr(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[1])) {
    return raise(vm, &TypeError_type, "attribute name must be string, not '%.*s'",
                 int(type_name(type_of(args[1])).size()), type_name(type_of(args[1])).data());
  }
  Value v = lookup_attr(vm, args[0], args[1]);
  if (v.is_null()) {
    if (!exc_matches(vm, &AttributeError_type)) return v;
    vm.clear_exc();
    return Value::false_();
  }
  return Value::boolean(!v.is_absent());
}

Value builtin_delattr(Vm& vm, size_t, size_t, const Value* args) {
  return delete_attr(vm, args[0], args[1]) ? Value::none() : Value::null();
}

Value builtin_id(Vm& vm, size_t, size_t, const Value* args) {
  return int_from_sword(vm, sword(args[0].bits() >> (args[0].is_object() ? 3 : 0)));
}

Value builtin_hash(Vm& vm, size_t, size_t, const Value* args) {
  sword h;
  if (!hash_value(vm, args[0], &h)) return Value::null();
  return int_from_sword(vm, h);
}

Value builtin_callable(Vm& vm, size_t, size_t, const Value* args) {
  return Value::boolean(is_callable(args[0]) || is_type(args[0]));
}

Frame* python_frame(Vm& vm) { return vm.frame_; }

Value builtin_globals(Vm& vm, size_t, size_t, const Value*) {
  Frame* f = python_frame(vm);
  if (!f) return dict_value(vm.main_globals_);
  return dict_value(f->globals);
}

Value builtin_locals(Vm& vm, size_t, size_t, const Value*) {
  Frame* f = python_frame(vm);
  if (!f) return dict_value(vm.main_globals_);
  if (f->locals) return dict_value(f->locals);
  Dict* d = dict_new(vm);
  if (!d) return Value::null();
  const Code* c = f->code;
  for (uint16_t i = 0; i < c->n_slots; ++i) {
    Value v = f->slots[i];
    bool is_cell = i >= c->n_slots - c->n_free;
    for (uint16_t k = 0; k < c->n_cells && !is_cell; ++k) is_cell = c->cell_slots[k] == i;
    if (is_cell && !v.is_null()) v = v.as<Cell>()->contents;
    if (v.is_null()) continue;
    Value name = c->slot_names[i];
    if (!name.is_qstr() || qstr_view(name).empty() || qstr_view(name)[0] == '.') continue;
    if (!dict_set(vm, d, name, v)) return Value::null();
  }
  return dict_value(d);
}

// vars(obj) is obj.__dict__; vars() is locals().
Value builtin_vars(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 0) return builtin_locals(vm, 0, 0, nullptr);
  Value d = lookup_attr(vm, args[0], q(Q::dunder_dict));
  if (d.is_null() && !exc_matches(vm, &AttributeError_type)) return d;
  if (d.is_null() || d.is_absent()) {
    vm.clear_exc();
    return raise(vm, &TypeError_type, "vars() argument must have __dict__ attribute");
  }
  return d;
}

Value builtin_build_class(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return build_class(vm, n_pos, n_kw, args);
}

Value builtin_import(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::name, kArgRequired, Value::none()},
                                 {Q::globals, 0, Value::none()},
                                 {Q::locals, 0, Value::none()},
                                 {Q::fromlist, 0, Value::none()},
                                 {Q::level, 0, Value::small_int(0)}};
  Value a[5];
  if (!parse_args(vm, "__import__", n_pos, n_kw, args, spec, 5, a)) return Value::null();
  sword level;
  if (!to_sword(vm, a[4], &level)) return Value::null();
  Dict* globals = is_dict(a[1]) ? as_dict(a[1]) : nullptr;
  return import_name(vm, a[0], globals, a[3], int(level));
}

Value builtin_input(Vm& vm, size_t n, size_t, const Value* args) {
  if (n > 0) {
    if (!print_value(vm, stdout_printer(), args[0], PrintKind::kStr)) return Value::null();
    hal_stdout_flush();
  }
  StrBuilder b(vm);
  bool any = false;
  for (;;) {
    int c = hal_stdin_read_byte();
    if (c < 0) {
      if (vm.interrupt_pending) {  // Ctrl-C while waiting for input
        vm.interrupt_pending = false;
        return raise_args(vm, &KeyboardInterrupt_type, 0, nullptr);
      }
      if (!any) return raise_args(vm, &EOFError_type, 0, nullptr);
      break;
    }
    any = true;
    if (c == '\n') break;
    char ch = char(c);
    if (!b.write(b, &ch, 1)) return Value::null();
  }
  return b.finish();
}

// exec / eval / compile ----------------------------------------------------------------

Dict* namespace_arg(Vm& vm, Value v) {
  if (v.is_none() || v.is_absent()) {
    Frame* f = python_frame(vm);
    return f ? f->globals : vm.main_globals_;
  }
  if (!is_dict(v)) {
    raise(vm, &TypeError_type, "globals must be a dict");
    return nullptr;
  }
  return as_dict(v);
}

Value run_source_or_code(Vm& vm, Value src, Dict* globals, Dict* locals, CompileMode mode) {
  const Code* code;
  if (src.is_object() && src.as_object()->type == &code_type) {
    code = src.as<Code>();
  } else {
    StrView s;
    const Type* bt = native_base(type_of(src));
    BufferInfo buf;
    if (is_str(src)) {
      s = str_view(src);
    } else if (isinstance(src, &bytes_type)) {
      s = str_view(src);
    } else if (src.is_object() && bt->buffer) {  // bytearray, memoryview...: the source's bytes
      if (!bt->buffer(vm, src, &buf, false)) return Value::null();
      s = StrView{static_cast<const char*>(buf.data), buf.len};
    } else {
      return raise(vm, &TypeError_type, "%s() arg 1 must be a string, bytes or code object",
                   mode == CompileMode::kEval ? "eval" : "exec");
    }
    CompileOptions opts;
    opts.opt_level = vm.opt_level_;
    code = compile(vm, {s.data, s.len}, q(Q::lt_string_), mode, opts);
    if (!code) return Value::null();
  }
  Value fn = function_new(vm, code, globals, Value::null(), Value::null(), Value::null());
  if (fn.is_null()) return fn;
  Frame* f = push_call_frame(vm, fn.as<Function>(), 0, 0, nullptr);
  if (!f) return Value::null();
  f->locals = locals;
  f->flags |= kFrameEntry;
  return run(vm);
}

Value builtin_exec(Vm& vm, size_t n, size_t, const Value* args) {
  Dict* g = namespace_arg(vm, n > 1 ? args[1] : Value::none());
  if (!g) return Value::null();
  Dict* l = n > 2 && !args[2].is_none() ? namespace_arg(vm, args[2]) : g;
  if (!l) return Value::null();
  Value r = run_source_or_code(vm, args[0], g, l, CompileMode::kFile);
  return r.is_null() ? r : Value::none();
}

Value builtin_eval(Vm& vm, size_t n, size_t, const Value* args) {
  Dict* g = namespace_arg(vm, n > 1 ? args[1] : Value::none());
  if (!g) return Value::null();
  Dict* l = n > 2 && !args[2].is_none() ? namespace_arg(vm, args[2]) : g;
  if (!l) return Value::null();
  if (n < 2) {
    Frame* f = python_frame(vm);
    if (f && f->locals) l = f->locals;
  }
  return run_source_or_code(vm, args[0], g, l, CompileMode::kEval);
}

Value builtin_compile(Vm& vm, size_t n, size_t, const Value* args) {
  if (!is_str(args[0]) || !is_str(args[1]) || !is_str(args[2])) {
    return raise(vm, &TypeError_type, "compile() arguments must be strings");
  }
  StrView mode = str_view(args[2]);
  std::string_view m(mode.data, mode.len);
  CompileMode cm = m == "exec" ? CompileMode::kFile : m == "eval" ? CompileMode::kEval : CompileMode::kSingle;
  if (m != "exec" && m != "eval" && m != "single") {
    return raise(vm, &ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  Value fname = str_intern(vm, args[1]);
  if (fname.is_null()) return fname;
  StrView s = str_view(args[0]);
  CompileOptions opts;
  opts.opt_level = vm.opt_level_;
  Code* code = compile(vm, {s.data, s.len}, fname, cm, opts);
  if (!code) return Value::null();
  return Value::object(code);
}

Value builtin_help(Vm& vm, size_t n, size_t, const Value*) {
  print_str(stdout_printer(),
            "Welcome to Mote, a small Python 3 for microcontrollers.\n"
            "Type help(obj) for an object's attributes, dir() for names in scope.\n"
            "Control commands: Ctrl-A raw REPL, Ctrl-B friendly REPL, Ctrl-C interrupt,\n"
            "Ctrl-D soft reset / exit, Ctrl-E paste mode.\n");
  return Value::none();
}

constexpr NativeFunction print_obj = native_fn(Q::print, builtin_print, 0, kVarArgs, true);
constexpr NativeFunction len_obj = native_fn(Q::len, builtin_len, 1, 1);
constexpr NativeFunction isinstance_obj = native_fn(Q::isinstance, builtin_isinstance, 2, 2);
constexpr NativeFunction issubclass_obj = native_fn(Q::issubclass, builtin_issubclass, 2, 2);
constexpr NativeFunction iter_obj = native_fn(Q::iter, builtin_iter, 1, 2);
constexpr NativeFunction next_obj = native_fn(Q::next, builtin_next, 1, 2);
constexpr NativeFunction repr_obj = native_fn(Q::repr, builtin_repr, 1, 1);
constexpr NativeFunction getattr_obj = native_fn(Q::getattr, builtin_getattr, 2, 3);
constexpr NativeFunction setattr_obj = native_fn(Q::setattr, builtin_setattr, 3, 3);
constexpr NativeFunction hasattr_obj = native_fn(Q::hasattr, builtin_hasattr, 2, 2);
constexpr NativeFunction delattr_obj = native_fn(Q::delattr, builtin_delattr, 2, 2);
constexpr NativeFunction id_obj = native_fn(Q::id, builtin_id, 1, 1);
constexpr NativeFunction hash_obj = native_fn(Q::hash, builtin_hash, 1, 1);
constexpr NativeFunction callable_obj = native_fn(Q::callable, builtin_callable, 1, 1);
constexpr NativeFunction globals_obj = native_fn(Q::globals, builtin_globals, 0, 0);
constexpr NativeFunction locals_obj = native_fn(Q::locals, builtin_locals, 0, 0);
constexpr NativeFunction vars_obj = native_fn(Q::vars, builtin_vars, 0, 1);
constexpr NativeFunction import_obj = native_fn(Q::dunder_import, builtin_import, 1, 5, true);
constexpr NativeFunction input_obj = native_fn(Q::input, builtin_input, 0, 1);
constexpr NativeFunction exec_obj = native_fn(Q::exec, builtin_exec, 1, 3);
constexpr NativeFunction eval_obj = native_fn(Q::eval, builtin_eval, 1, 3);
constexpr NativeFunction compile_obj = native_fn(Q::compile, builtin_compile, 3, 6, true);
constexpr NativeFunction help_obj = native_fn(Q::help, builtin_help, 0, 1);

}  // namespace

constexpr NativeFunction builtin_build_class_obj =
    native_fn(Q::dunder_build_class, builtin_build_class, 2, kVarArgs, true);

namespace {

#define T(name, value) MapEntry{q(Q::name), Value::object(&value)}
#define EXC(name, base) T(name, name##_type),

constexpr auto builtins_table = sorted_table(std::to_array<MapEntry>({
    T(print, print_obj), T(len, len_obj), T(isinstance, isinstance_obj), T(issubclass, issubclass_obj),
    T(iter, iter_obj), T(next, next_obj), T(repr, repr_obj), T(getattr, getattr_obj), T(setattr, setattr_obj),
    T(hasattr, hasattr_obj), T(delattr, delattr_obj), T(id, id_obj), T(hash, hash_obj),
    T(callable, callable_obj), T(globals, globals_obj), T(locals, locals_obj), T(vars, vars_obj),
    T(dunder_build_class, builtin_build_class_obj), T(dunder_import, import_obj), T(input, input_obj),
    T(exec, exec_obj), T(eval, eval_obj), T(compile, compile_obj), T(help, help_obj),
    T(open, io::open_obj),  // modules/io
    T(complex_, complex_type),  // modules/cmath
    // types
    T(type, type_type), T(object, object_type), T(int_, int_type), T(float_, float_type), T(bool_, bool_type),
    T(str, str_type), T(bytes, bytes_type), T(bytearray, bytearray_type), T(tuple, tuple_type),
    T(list, list_type), T(dict, dict_type), T(set, set_type), T(frozenset, frozenset_type),
    T(range, range_type), T(slice, slice_type), T(property, property_type), T(classmethod, class_method_type),
    T(staticmethod, static_method_type), T(super, super_type), T(memoryview, memoryview_type),
    // library builtins (vm/builtins_lib.h)
    T(abs, builtin_abs_obj), T(all, builtin_all_obj), T(any, builtin_any_obj), T(ascii, builtin_ascii_obj),
    T(bin, builtin_bin_obj), T(chr, builtin_chr_obj), T(dir, builtin_dir_obj), T(divmod, builtin_divmod_obj),
    T(format, builtin_format_obj), T(hex, builtin_hex_obj), T(max, builtin_max_obj), T(min, builtin_min_obj),
    T(oct, builtin_oct_obj), T(ord, builtin_ord_obj), T(pow, builtin_pow_obj), T(round, builtin_round_obj),
    T(sorted, builtin_sorted_obj), T(sum, builtin_sum_obj), T(enumerate, enumerate_type),
    T(filter, filter_type), T(map, map_type), T(reversed, reversed_type), T(zip, zip_type),
    // constants
    MapEntry{q(Q::NotImplemented), Value::not_implemented()}, MapEntry{q(Q::Ellipsis), Value::ellipsis()},
    MapEntry{q(Q::dunder_name), q(Q::builtins)}, MapEntry{q(Q::dunder_debug), Value::true_()},
    // exceptions (and CPython's aliases of OSError)
    T(EnvironmentError, OSError_type), T(IOError, OSError_type),
#include "vm/exceptions.def"
}));
#undef EXC
#undef T

}  // namespace

constexpr ConstMap builtins_module_globals = {builtins_table.data(), builtins_table.size()};

}  // namespace mote
