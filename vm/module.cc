// module.cc — module objects and `import`.
//
// A native module (builtins, sys, gc, machine...) is a ConstMap in flash
// listed in vm/module_registry.cc. Importing it makes a small Module object
// pointing at that table; a RAM dict is added only when code assigns into the
// module (sys is the exception: argv/path/modules are RAM objects, so its
// dict is made at import). Attribute lookup checks the RAM dict, then flash.
//
// Python modules (.py, .mpy, frozen, packages) are found and run by
// vm/import.cc; IMPORT_NAME and IMPORT_FROM call into it from here.
#include <cstdio>

#include "compiler/compiler.h"
#include "vm/hal.h"
#include "vm/import.h"
#include "vm/runtime.h"

namespace mote {

// sys keeps its RAM objects (argv, path, modules, platform, maxsize) in the
// module dict, made here; builtins shares the VM's RAM overlay.
bool init_native_module(Vm& vm, Module* m) {
  if (m->native == &builtins_module_globals) {
    m->globals = vm.builtins_dict_;
    return true;
  }
  if (m->native != &sys_module_globals) return true;
  Dict* d = module_dict(vm, m);
  if (!d || !dict_set_qstr(vm, d, q(Q::argv), vm.sys_argv_) || !dict_set_qstr(vm, d, q(Q::path), vm.sys_path_) ||
      !dict_set_qstr(vm, d, q(Q::modules), dict_value(vm.modules_))) {
    return false;
  }
  Value platform = str_from_cstr(vm, hal_platform());
  Value maxsize = int_from_sword(vm, INTPTR_MAX);
  return !platform.is_null() && !maxsize.is_null() && dict_set_qstr(vm, d, q(Q::platform), platform) &&
         dict_set_qstr(vm, d, q(Q::maxsize), maxsize);
}

Value module_new(Vm& vm, Value name, Dict* globals, const ConstMap* native) {
  auto* m = static_cast<Module*>(gc_alloc(vm, sizeof(Module)));
  if (!m) return Value::null();
  m->type = &module_type;
  m->globals = globals;
  m->name = name;
  m->native = native;
  if (native && !init_native_module(vm, m)) return Value::null();
  return Value::object(m);
}

Dict* module_dict(Vm& vm, Module* m) {
  if (!m->globals) {
    m->globals = dict_new(vm);
    if (!m->globals) return nullptr;
    if (m->native == &builtins_module_globals) vm.builtins_dict_ = m->globals;
  }
  return m->globals;
}

Value builtins_lookup(Vm& vm, Value name) {
  if (vm.builtins_dict_) {
    Value v = dict_get_qstr(vm.builtins_dict_, name);
    if (!v.is_absent()) return v;
  }
  return const_map_lookup(&builtins_module_globals, name);
}

Dict* module_globals_new(Vm& vm, Value name) {
  Dict* d = dict_new(vm);
  if (!d) return nullptr;
  if (!dict_set_qstr(vm, d, q(Q::dunder_name), name)) return nullptr;
  return d;
}

namespace {

Value module_getattr(Vm& vm, Value self, Value name) {
  Module* m = self.as<Module>();
  if (m->globals) {
    Value v = dict_get_qstr(m->globals, name);
    if (!v.is_absent()) return v;
  }
  if (m->native) {
    Value v = const_map_lookup(m->native, name);
    if (!v.is_absent()) return v;
  }
  if (name == q(Q::dunder_name)) return m->name;
  if (name == q(Q::dunder_doc)) return Value::none();  // no docstring (native modules keep none)
  if (name == q(Q::dunder_dict)) {
    Dict* d = module_dict(vm, m);
    if (!d) return Value::null();
    if (m->native) {
      for (size_t i = 0; i < m->native->count; ++i) {
        Value k = m->native->entries[i].key;
        if (dict_get_qstr(d, k).is_absent() && !dict_set(vm, d, k, m->native->entries[i].value)) return Value::null();
      }
    }
    return dict_value(d);
  }
  if (m->globals) {
    Value ga = dict_get_qstr(m->globals, q(Q::dunder_getattr));
    if (!ga.is_absent()) return call1(vm, ga, name);
  }
  return Value::absent();
}

bool module_setattr(Vm& vm, Value self, Value name, Value value) {
  Module* m = self.as<Module>();
  Dict* d = module_dict(vm, m);
  if (!d) return false;
  if (value.is_null()) {
    if (dict_delete(vm, d, name).is_absent()) {
      raise_attribute_error(vm, self, name);
      return false;
    }
    return true;
  }
  return dict_set_qstr(vm, d, name, value);
}

bool module_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Module* m = self.as<Module>();
  std::string_view n = qstr_view(m->name);
  if (m->native) return printf_to(out, "<module '%.*s' (built-in)>", int(n.size()), n.data());
  Value file = m->globals ? dict_get_qstr(m->globals, q(Q::dunder_file)) : Value::absent();
  if (!file.is_absent() && is_str(file)) {
    StrView f = str_view(file);
    return printf_to(out, "<module '%.*s' from '%.*s'>", int(n.size()), n.data(), int(f.len), f.data);
  }
  return printf_to(out, "<module '%.*s'>", int(n.size()), n.data());
}

}  // namespace

constexpr Type module_type = {
    .type = &type_type, .name = Q::module_, .flags = kTypeEqIsIdentity, .instance_size = 0,
    .base = &object_type, .make_new = nullptr, .print = module_print, .unary = nullptr, .binary = nullptr,
    .load_attr = module_getattr, .store_attr = module_setattr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

// --- running code ---------------------------------------------------------------------------

Value run_code(Vm& vm, const Code* code, Dict* globals) {
  Value fn = function_new(vm, code, globals, Value::null(), Value::null(), Value::null());
  if (fn.is_null()) return fn;
  Frame* f = push_call_frame(vm, fn.as<Function>(), 0, 0, nullptr);
  if (!f) return Value::null();
  f->locals = globals;
  f->flags |= kFrameEntry;
  return run(vm);
}

Value exec_source(Vm& vm, std::string_view source, Value filename, Dict* globals, int mode) {
  CompileOptions opts;
  opts.opt_level = vm.opt_level_;
  Code* code = compile(vm, source, filename, CompileMode(mode), opts);
  if (!code) return Value::null();
  return run_code(vm, code, globals);
}

// --- import ---------------------------------------------------------------------------------
//
// The search for Python modules (sys.path, packages, frozen and .mpy
// modules) is vm/import.cc; these are the VM's entry points into it.

namespace {

// The first name listed for a module's table: MicroPython's alias (utime) and the
// plain name (time) share one table, and so one module object.
Value canonical_module_name(Value name, const ConstMap* native) {
  size_t n;
  const NativeModuleEntry* all = native_modules(&n);
  for (size_t i = 0; i < n; ++i) {
    if (all[i].globals == native) return q(all[i].name);
  }
  return name;
}

}  // namespace

// A native module: its (lazily made) module object, registered in sys.modules
// under the name imported and, for an alias, under the plain name too.
Value import_native(Vm& vm, Value name, const ConstMap* native) {
  Value m = dict_get(vm, vm.modules_, name);
  if (m.is_null() || !m.is_absent()) return m;
  Value plain = canonical_module_name(name, native);
  if (plain != name) {
    m = import_native(vm, plain, native);
  } else {
    m = module_new(vm, name, nullptr, native);
  }
  if (m.is_null() || !dict_set(vm, vm.modules_, name, m)) return Value::null();
  return m;
}

Value import_module(Vm& vm, Value name) {
  if (!name.is_qstr()) {
    name = str_intern(vm, name);
    if (name.is_null()) return name;
  }
  if (const ConstMap* native = find_native_module(name)) return import_native(vm, name, native);
  Value r = import_name(vm, name, nullptr, Value::none(), 0);
  if (r.is_null()) return r;
  Value key = str_intern(vm, name);
  if (key.is_null()) return key;
  Value m = dict_get(vm, vm.modules_, key);
  return m.is_absent() ? r : m;
}

Value exec_import_name(Vm& vm, Value name, Value fromlist, Value level, Dict* globals) {
  sword lv = level.is_small_int() ? level.as_small_int() : 0;
  return import_name(vm, name, globals, fromlist, int(lv));
}

Value exec_import_from(Vm& vm, Value module, Value name) { return import_from(vm, module, name); }

bool exec_import_star(Vm& vm, Value module, Dict* locals) {
  if (!module.is_object() || module.as_object()->type != &module_type) {
    raise(vm, &TypeError_type, "import * requires a module");
    return false;
  }
  Module* m = module.as<Module>();
  auto public_name = [](Value k) {
    StrView s = str_view(k);
    return s.len == 0 || s.data[0] != '_';
  };
  if (m->native) {
    for (size_t i = 0; i < m->native->count; ++i) {
      Value k = m->native->entries[i].key;
      if (public_name(k) && !dict_set(vm, locals, k, m->native->entries[i].value)) return false;
    }
  }
  if (m->globals) {
    Value all = dict_get_qstr(m->globals, q(Q::dunder_all));
    if (!all.is_absent()) {
      return for_each(vm, all, [&](Value k) {
        Value name = str_intern(vm, k);
        if (name.is_null()) return false;
        Value v = load_attr(vm, module, name);
        return !v.is_null() && dict_set(vm, locals, name, v);
      });
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(m->globals, &pos, &k, &v)) {
      if (is_str(k) && public_name(k) && !dict_set(vm, locals, k, v)) return false;
    }
  }
  return true;
}

bool print_expr(Vm& vm, Value v) {
  if (v.is_none()) return true;
  Printer& out = stdout_printer();
  if (!print_value(vm, out, v, PrintKind::kRepr) || !print_str(out, "\n")) return false;
  if (!vm.builtins_dict_) {
    vm.builtins_dict_ = dict_new(vm);
    if (!vm.builtins_dict_) return false;
  }
  return dict_set_qstr(vm, vm.builtins_dict_, qstr_intern(vm, "_"), v);
}

}  // namespace mote
