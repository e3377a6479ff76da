// import.cc — finding, loading and running Python modules (see import.h for
// the semantics).
//
// The search is a loop over path entries with hal_stat() probes (at most
// four per directory: x/, x/__init__.py, x/__init__.mpy, x.py, x.mpy), the
// way MicroPython's builtinimport.c does it; no directory listings, no
// caches, nothing kept between imports except sys.modules. Paths are built in
// a GC leaf buffer sized to fit, so there is no PATH_MAX on the C stack.
// Module names are interned: they are sys.modules keys and attribute names.
//
// The modules whose bodies are running are kept in a list threaded through
// the C stack (InitRecord), so IMPORT_FROM can say "partially initialized
// module" during a circular import, as CPython does.
#include "vm/import.h"

#include <cstring>
#include <string_view>

#include "compiler/compiler.h"
#include "gc/gc.h"
#include "vm/code.h"
#include "vm/frozen.h"
#include "vm/hal.h"
#include "vm/mpy_loader.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace mote {

namespace {

constexpr std::string_view kFrozenEntry = ".frozen";

std::string_view view(Value s) {
  StrView v = str_view(s);
  return {v.data, v.len};
}

Value intern(Vm& vm, std::string_view text) { return qstr_intern(vm, text); }

// Joins pieces into a new interned name, e.g. "pkg" "." "sub".
Value intern_join(Vm& vm, std::string_view a, std::string_view sep, std::string_view b) {
  size_t n = a.size() + sep.size() + b.size();
  char* buf = static_cast<char*>(gc_alloc(vm, n + 1, true));
  if (!buf) return Value::null();
  memcpy(buf, a.data(), a.size());
  memcpy(buf + a.size(), sep.data(), sep.size());
  memcpy(buf + a.size() + sep.size(), b.data(), b.size());
  Value q = intern(vm, std::string_view(buf, n));
  gc_free(vm, buf);
  return q;
}

// A NUL-terminated path in a GC leaf buffer: dir + "/" + name + suffix.
struct PathBuf {
  Vm& vm;
  char* buf = nullptr;
  size_t len = 0;

  explicit PathBuf(Vm& v) : vm(v) {}
  ~PathBuf() {
    if (buf) gc_free(vm, buf);
  }
  PathBuf(const PathBuf&) = delete;

  bool set(std::string_view dir, std::string_view name, std::string_view suffix) {
    size_t n = dir.size() + 1 + name.size() + suffix.size();
    char* nb = static_cast<char*>(gc_realloc(vm, buf, n + 1));
    if (!nb) return false;
    buf = nb;
    len = 0;
    if (!dir.empty()) {
      memcpy(buf, dir.data(), dir.size());
      len = dir.size();
      if (buf[len - 1] != '/') buf[len++] = '/';
    }
    memcpy(buf + len, name.data(), name.size());
    len += name.size();
    memcpy(buf + len, suffix.data(), suffix.size());
    len += suffix.size();
    buf[len] = 0;
    return true;
  }
  std::string_view text() const { return {buf, len}; }
  HalPathKind stat() const { return hal_stat(buf); }
};

// The module bodies now running, innermost first.
struct InitRecord {
  Value module;
  InitRecord* prev;
};
InitRecord* g_initializing = nullptr;

bool is_initializing(Value module) {
  for (InitRecord* r = g_initializing; r; r = r->prev) {
    if (r->module == module) return true;
  }
  return false;
}

Dict* sys_modules(Vm& vm) { return vm.modules_; }

// --- reading and compiling files -------------------------------------------------

struct ReadContext {
  Vm* vm;
  void* buf;
};

void* read_alloc(void* ctx, size_t size) {
  auto* c = static_cast<ReadContext*>(ctx);
  c->buf = gc_alloc(*c->vm, size + 1, true);
  return c->buf;
}

// The file's bytes in a GC leaf block (freed by the caller), or nullptr.
uint8_t* read_file(Vm& vm, const char* path, size_t* len) {
  ReadContext ctx{&vm, nullptr};
  if (hal_read_file(path, read_alloc, &ctx, len)) return static_cast<uint8_t*>(ctx.buf);
  if (ctx.buf) gc_free(vm, ctx.buf);
  if (!vm.has_exc()) {
    Value args[3] = {Value::small_int(2), str_from_cstr(vm, "No such file or directory"), str_from_cstr(vm, path)};
    Value e = args[1].is_null() || args[2].is_null() ? Value::null() : oserror_new(vm, 3, args);
    if (!e.is_null()) raise_value(vm, e);
  }
  return nullptr;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// --- running a found module ---------------------------------------------------------

// What a search found: a code object to run (file or frozen) and how to
// describe it.
struct Found {
  const Code* code = nullptr;  // null for a namespace package
  Value file;                  // __file__ (a str), or null()
  Value package_dir;           // __path__[0] for a package (a str), or null()
};

// Creates the module `full` (child of `parent`), registers it in sys.modules,
// runs its body and binds it in its parent.
Value exec_module(Vm& vm, Value full, Value parent, std::string_view child, const Found& f) {
  Dict* globals = module_globals_new(vm, full);
  if (!globals) return Value::null();
  Value module = module_new(vm, full, globals, nullptr);
  if (module.is_null()) return module;
  if (!f.file.is_null() && !dict_set_qstr(vm, globals, q(Q::dunder_file), f.file)) return Value::null();
  if (!f.package_dir.is_null()) {
    Value dirs = list_new(vm, 1, &f.package_dir);
    if (dirs.is_null() || !dict_set_qstr(vm, globals, q(Q::dunder_path), dirs)) return Value::null();
  }
  if (!dict_set(vm, sys_modules(vm), full, module)) return Value::null();
  if (f.code) {
    InitRecord record{module, g_initializing};
    g_initializing = &record;
    Value r = run_code(vm, f.code, globals);
    g_initializing = record.prev;
    if (r.is_null()) {
      Value exc = vm.take_exc();
      dict_delete(vm, sys_modules(vm), full);
      vm.set_exc(exc);
      return r;
    }
    dict_compact(vm, globals);  // the body defined the module's names; drop the growth slack
  }
  // The body may have replaced itself in sys.modules.
  Value m = dict_get(vm, sys_modules(vm), full);
  if (m.is_null()) return m;
  if (!m.is_absent()) module = m;
  if (!parent.is_null()) {
    Value child_name = intern(vm, child);
    if (child_name.is_null() || !store_attr(vm, parent, child_name, module)) return Value::null();
  }
  return module;
}

// Loads the code of a module file found on disk; sets f.code.
bool load_found_file(Vm& vm, const PathBuf& path, Found* f) {
  Code* code = load_code_file(vm, path.buf);
  if (!code) return false;
  f->code = code;
  f->file = str_new(vm, path.text());
  return !f->file.is_null();
}

enum class Hit : uint8_t { kNone, kModule, kNamespace, kError };

// Looks for `child` in directory `dir`: package, then .py, then .mpy.
Hit search_dir(Vm& vm, std::string_view dir, std::string_view child, Found* f) {
  PathBuf pkg(vm), file(vm);
  if (!pkg.set(dir, child, "")) return Hit::kError;
  bool is_dir = pkg.stat() == HalPathKind::kDir;
  if (is_dir) {
    for (std::string_view init : {std::string_view("/__init__.py"), std::string_view("/__init__.mpy")}) {
      if (!file.set(dir, child, init)) return Hit::kError;
      if (file.stat() == HalPathKind::kFile) {
        f->package_dir = str_new(vm, pkg.text());
        if (f->package_dir.is_null() || !load_found_file(vm, file, f)) return Hit::kError;
        return Hit::kModule;
      }
    }
  }
  for (std::string_view ext : {std::string_view(".py"), std::string_view(".mpy")}) {
    if (!file.set(dir, child, ext)) return Hit::kError;
    if (file.stat() == HalPathKind::kFile) return load_found_file(vm, file, f) ? Hit::kModule : Hit::kError;
  }
  if (is_dir) {
    f->package_dir = str_new(vm, pkg.text());
    return f->package_dir.is_null() ? Hit::kError : Hit::kNamespace;
  }
  return Hit::kNone;
}

// A frozen module as a Found; false if there is none by that name.
bool find_frozen(Vm& vm, std::string_view full, Found* f) {
  const FrozenModule* fm = frozen_find(full);
  if (!fm) return false;
  f->code = fm->code;
  PathBuf file(vm);
  if (!file.set(kFrozenEntry, fm->file, "")) return false;
  f->file = str_new(vm, file.text());
  if (fm->is_package) {
    std::string_view dir = file.text().substr(0, file.text().rfind('/'));
    f->package_dir = str_new(vm, dir);
  }
  return true;
}

bool is_frozen_entry(std::string_view entry) {
  return entry == kFrozenEntry ||
         (entry.size() > kFrozenEntry.size() && entry.substr(0, kFrozenEntry.size() + 1) == ".frozen/");
}

bool path_has_frozen_entry(Value path) {
  size_t n;
  Value* items;
  if (!seq_items(path, &n, &items)) return false;
  for (size_t i = 0; i < n; ++i) {
    if (is_str(items[i]) && is_frozen_entry(view(items[i]))) return true;
  }
  return false;
}

// True when frozen modules may be imported; otherwise raises ImportError
// (a build whose qstr pools do not include the frozen names).
bool frozen_usable(Vm& vm, std::string_view full) {
  if (frozen_qstrs_active()) return true;
  raise(vm, &ImportError_type,
        "frozen module '%.*s' unavailable: vm/qstr.cc does not consult the frozen qstr pool",
        int(full.size()), full.data());
  return false;
}

}  // namespace

// --- the search --------------------------------------------------------------------

Value import_from_path(Vm& vm, Value full_name, Value parent) {
  std::string_view full = view(full_name);
  std::string_view child = full.substr(full.rfind('.') + 1);  // npos + 1 == 0
  Value path = vm.sys_path_;
  if (!parent.is_null()) {
    path = lookup_attr(vm, parent, q(Q::dunder_path));
    if (path.is_null()) return path;
    if (path.is_absent()) {
      std::string_view p = full.substr(0, full.rfind('.'));
      return raise(vm, &ModuleNotFoundError_type, "No module named '%.*s'; '%.*s' is not a package",
                   int(full.size()), full.data(), int(p.size()), p.data());
    }
  }
  Found f;
  if (parent.is_null() && !path_has_frozen_entry(path) && find_frozen(vm, full, &f)) {
    return frozen_usable(vm, full) ? exec_module(vm, full_name, parent, child, f) : Value::null();
  }
  if (vm.has_exc()) return Value::null();
  Found namespace_pkg;
  size_t n;
  Value* items;
  if (!seq_items(path, &n, &items)) n = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!seq_items(path, &n, &items) || i >= n) break;  // the list may have changed
    Value entry = items[i];
    if (!is_str(entry)) continue;
    std::string_view dir = view(entry);
    if (is_frozen_entry(dir)) {
      if (find_frozen(vm, full, &f)) {
        return frozen_usable(vm, full) ? exec_module(vm, full_name, parent, child, f) : Value::null();
      }
      if (vm.has_exc()) return Value::null();
      continue;
    }
    Found here;
    Hit hit = search_dir(vm, dir, child, &here);
    if (hit == Hit::kError) return Value::null();
    if (hit == Hit::kModule) return exec_module(vm, full_name, parent, child, here);
    if (hit == Hit::kNamespace && namespace_pkg.package_dir.is_null()) namespace_pkg = here;
  }
  if (!namespace_pkg.package_dir.is_null()) return exec_module(vm, full_name, parent, child, namespace_pkg);
  return Value::absent();
}

namespace {

// Imports one component: `full` (interned) whose parent module is `parent`.
// Returns absent() if it does not exist (no exception).
Value find_and_load(Vm& vm, Value full, Value parent) {
  // Native modules are the runtime's (vm/module.cc): import_module() makes
  // the module object (sys and builtins need special care) and registers it.
  if (parent.is_null() && find_native_module(full)) return import_module(vm, full);
  return import_from_path(vm, full, parent);
}

Value not_found(Vm& vm, std::string_view name) {
  return raise(vm, &ModuleNotFoundError_type, "No module named '%.*s'", int(name.size()), name.data());
}

// sys.modules[name], or absent(); None there stops the import.
Value cached_module(Vm& vm, Value name) {
  Value m = dict_get(vm, sys_modules(vm), name);
  if (m.is_none()) {
    std::string_view n = view(name);
    return raise(vm, &ModuleNotFoundError_type, "import of %.*s halted; None in sys.modules",
                 int(n.size()), n.data());
  }
  return m;
}

// Imports `name` (interned, absolute) and every package above it. Returns
// the module; *top is the top-level package. With `missing_ok`, a last
// component that does not exist gives absent() instead of an error.
Value import_absolute(Vm& vm, Value name, Value* top, bool missing_ok = false) {
  std::string_view full = view(name);
  if (full.empty()) return raise(vm, &ValueError_type, "Empty module name");
  Value parent = Value::null();
  for (size_t pos = 0;;) {
    size_t dot = full.find('.', pos);
    bool last = dot == std::string_view::npos;
    Value prefix = last ? name : intern(vm, full.substr(0, dot));
    if (prefix.is_null()) return prefix;
    Value m = cached_module(vm, prefix);
    if (m.is_null()) return m;
    if (m.is_absent()) {
      m = find_and_load(vm, prefix, parent);
      if (m.is_null()) return m;
      if (m.is_absent()) return last && missing_ok ? m : not_found(vm, view(prefix));
    }
    if (pos == 0) *top = m;
    parent = m;
    if (last) return m;
    pos = dot + 1;
  }
}

// The absolute name of a relative import (level >= 1).
Value resolve_relative(Vm& vm, Value name, Dict* globals, int level) {
  std::string_view pkg;
  Value package = globals ? dict_get_qstr(globals, q(Q::dunder_package)) : Value::absent();
  if (!package.is_absent() && is_str(package)) {
    pkg = view(package);
  } else {
    Value modname = globals ? dict_get_qstr(globals, q(Q::dunder_name)) : Value::absent();
    if (!modname.is_absent() && is_str(modname)) {
      pkg = view(modname);
      if (dict_get_qstr(globals, q(Q::dunder_path)).is_absent()) {
        size_t dot = pkg.rfind('.');
        pkg = dot == std::string_view::npos ? std::string_view() : pkg.substr(0, dot);
      }
    }
  }
  if (pkg.empty()) return raise(vm, &ImportError_type, "attempted relative import with no known parent package");
  for (int i = 1; i < level; ++i) {
    size_t dot = pkg.rfind('.');
    if (dot == std::string_view::npos) {
      return raise(vm, &ImportError_type, "attempted relative import beyond top-level package");
    }
    pkg = pkg.substr(0, dot);
  }
  std::string_view n = view(name);
  if (n.empty()) return intern(vm, pkg);
  return intern_join(vm, pkg, ".", n);
}

// `from package import a, b`: imports the submodules the package lacks.
bool handle_fromlist(Vm& vm, Value module, Value fromlist, bool recursive) {
  Value path = lookup_attr(vm, module, q(Q::dunder_path));
  if (path.is_null()) {
    // As CPython's hasattr(): a module __getattr__ refusing __path__ means "not a package".
    if (!exc_matches(vm, &AttributeError_type)) return false;
    vm.clear_exc();
    return true;
  }
  if (path.is_absent()) return true;  // not a package: IMPORT_FROM does the rest
  Value modname = lookup_attr(vm, module, q(Q::dunder_name));
  if (modname.is_null()) return false;
  if (modname.is_absent() || !is_str(modname)) return true;
  size_t n;
  Value* items;
  if (!seq_items(fromlist, &n, &items)) return true;
  for (size_t i = 0; i < n; ++i) {
    if (!seq_items(fromlist, &n, &items) || i >= n) break;
    Value x = items[i];
    if (!is_str(x)) {
      return !raise(vm, &TypeError_type, "Item in %s must be str, not %.*s",
                    recursive ? "__all__" : "from list", int(type_name(type_of(x)).size()),
                    type_name(type_of(x)).data()).is_null();
    }
    if (view(x) == "*") {
      if (recursive) continue;
      Value all = lookup_attr(vm, module, q(Q::dunder_all));
      if (all.is_null()) return false;
      if (!all.is_absent() && !handle_fromlist(vm, module, all, true)) return false;
      continue;
    }
    Value xq = str_intern(vm, x);
    if (xq.is_null()) return false;
    Value attr = lookup_attr(vm, module, xq);
    if (attr.is_null()) return false;
    if (!attr.is_absent()) continue;
    Value sub = intern_join(vm, view(modname), ".", view(x));
    if (sub.is_null()) return false;
    Value top;
    if (import_absolute(vm, sub, &top, true).is_null()) return false;
  }
  return true;
}

bool fromlist_given(Value fromlist) {
  size_t n;
  Value* items;
  return !fromlist.is_null() && !fromlist.is_none() && seq_items(fromlist, &n, &items) && n > 0;
}

}  // namespace

Value import_name(Vm& vm, Value name, Dict* globals, Value fromlist, int level) {
  if (level < 0) return raise(vm, &ValueError_type, "level must be >= 0");
  if (!is_str(name)) return raise(vm, &TypeError_type, "module name must be str");
  Value full = level > 0 ? resolve_relative(vm, name, globals, level) : str_intern(vm, name);
  if (full.is_null()) return full;
  Value top = Value::null();
  Value module = import_absolute(vm, full, &top);
  if (module.is_null()) return module;
  if (fromlist_given(fromlist)) return handle_fromlist(vm, module, fromlist, false) ? module : Value::null();
  if (level == 0) return top;
  std::string_view n = view(name);
  if (n.empty()) return module;
  // `__import__('.a.b', level=1)` without fromlist returns the package of 'a'.
  size_t dot = n.find('.');
  if (dot == std::string_view::npos) return module;
  std::string_view f = view(full);
  Value base = intern(vm, f.substr(0, f.size() - (n.size() - dot)));
  if (base.is_null()) return base;
  Value m = cached_module(vm, base);
  return m.is_absent() ? module : m;
}

Value import_from(Vm& vm, Value module, Value name) {
  Value v = lookup_attr(vm, module, name);
  if (!v.is_absent()) return v;
  Value modname = lookup_attr(vm, module, q(Q::dunder_name));
  if (modname.is_null()) return modname;
  std::string_view mod = !modname.is_absent() && is_str(modname) ? view(modname) : "<unknown module name>";
  std::string_view n = view(name);
  if (!modname.is_absent() && is_str(modname)) {
    Value full = intern_join(vm, mod, ".", n);
    if (full.is_null()) return full;
    Value sub = dict_get(vm, sys_modules(vm), full);
    if (!sub.is_absent()) return sub;
  }
  Value file = lookup_attr(vm, module, q(Q::dunder_file));
  if (file.is_null()) return file;
  std::string_view where = !file.is_absent() && is_str(file) ? view(file) : "unknown location";
  if (is_initializing(module)) {
    return raise(vm, &ImportError_type,
                 "cannot import name '%.*s' from partially initialized module '%.*s' (most likely "
                 "due to a circular import) (%.*s)",
                 int(n.size()), n.data(), int(mod.size()), mod.data(), int(where.size()), where.data());
  }
  return raise(vm, &ImportError_type, "cannot import name '%.*s' from '%.*s' (%.*s)", int(n.size()),
               n.data(), int(mod.size()), mod.data(), int(where.size()), where.data());
}

bool is_mpy_path(const char* path) { return ends_with(path, ".mpy"); }

Code* load_code_file(Vm& vm, const char* path) {
  size_t len;
  uint8_t* data = read_file(vm, path, &len);
  if (!data) return nullptr;
  Code* code;
  if (is_mpy_path(path)) {
    code = mpy::load_mpy(vm, data, len);
  } else {
    Value filename = intern(vm, path);
    CompileOptions options;
    options.opt_level = vm.opt_level_;
    code = filename.is_null() ? nullptr
                              : compile(vm, std::string_view(reinterpret_cast<char*>(data), len),
                                        filename, CompileMode::kFile, options);
  }
  gc_free(vm, data);
  return code;
}

}  // namespace mote
