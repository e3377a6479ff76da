// ffi.cc — the `ffi` module (host only): calling C libraries through libffi, MicroPython style.
//
//   libc = ffi.open('libc.so.6')              dlopen; ffi.open(None) is the program itself
//   strlen = libc.func('i', 'strlen', 's')    return type, symbol, argument types
//   strlen('abc') == 3
//   errno = libc.var('i', 'errno')            errno.get(), errno.set(0)
//   cmp = ffi.callback('i', pyfun, 'pp')      a C function pointer that calls pyfun
//   qsort = libc.func('v', 'qsort', 'piip'); qsort(buf, n, 1, cmp)
//
// Type codes are MicroPython's (ports/unix/modffi.c): b B h H i I l L q Q (integers of C's
// sizes), f d (float, double), s (a str passed as const char*, or returned as a str), p P
// (pointers: an int address, None for NULL, a buffer's data, a callback), O (a Python object
// passed as is), C (a callback), v (void, return only).
//
// Design. A function object keeps a prepared ffi_cif and its argument-type array in one GC
// allocation, so a call only converts arguments into a stack array of 8-byte slots and calls
// ffi_call. Callbacks are libffi closures (executable memory from ffi_closure_alloc, outside
// the GC heap) whose user data points at the callback object; as in MicroPython, the Python
// program must keep the callback object alive while C code may call it. An exception raised
// in a callback cannot cross the C frames: it is printed ("Uncaught exception in FFI
// callback") and the callback returns 0.
//
// Host only: the module is listed by ports/host/port_modules.cc and never built for a
// microcontroller, where dlopen and libffi do not exist.
#include <dlfcn.h>
#include <ffi.h>

#include <cerrno>
#include <cstring>

#include "gc/gc.h"
#include "modules/ffi/ffi.h"
#include "vm/bytes.h"
#include "vm/vm.h"

namespace mote {
namespace ffi {
namespace {

constexpr size_t kMaxArgs = 16;
constexpr int kENOENT = 2;

extern const Type library_type;
extern const Type function_type;
extern const Type var_type;
extern const Type callback_type;

Vm* g_vm = nullptr;  // for callbacks: C code calls them without a Vm at hand

struct Library {
  const Type* type;  // &library_type
  void* handle;
};

struct Function {
  const Type* type;  // &function_type
  void* fn;
  char ret;
  uint8_t n_args;
  char arg_codes[kMaxArgs];
  ffi_cif cif;
  ffi_type* arg_types[kMaxArgs];
};

struct Var {
  const Type* type;  // &var_type
  void* addr;
  char code;
};

struct Callback {
  const Type* type;  // &callback_type
  void* code;        // the C entry point libffi made
  ffi_closure* closure;
  Value func;
  char ret;
  uint8_t n_args;
  char arg_codes[kMaxArgs];
  ffi_cif cif;
  ffi_type* arg_types[kMaxArgs];
};

// --- type codes ------------------------------------------------------------------------------

ffi_type* type_of_code(char c) {
  switch (c) {
    case 'b': return &ffi_type_schar;
    case 'B': return &ffi_type_uchar;
    case 'h': return &ffi_type_sshort;
    case 'H': return &ffi_type_ushort;
    case 'i': return &ffi_type_sint;
    case 'I': return &ffi_type_uint;
    case 'l': return &ffi_type_slong;
    case 'L': return &ffi_type_ulong;
    case 'q': return &ffi_type_sint64;
    case 'Q': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'O':
    case 'C':
    case 'P':
    case 'p':
    case 's': return &ffi_type_pointer;
    case 'v': return &ffi_type_void;
    default: return nullptr;
  }
}

// Fills codes/types from a type string; false with ValueError for an unknown code.
bool parse_codes(Vm& vm, Value spec, char* codes, ffi_type** types, uint8_t* n) {
  if (!is_str(spec)) {
    raise(vm, &TypeError_type, "argument types must be a str of type codes");
    return false;
  }
  StrView s = str_view(spec);
  if (s.len > kMaxArgs) {
    raise(vm, &ValueError_type, "at most %d arguments", int(kMaxArgs));
    return false;
  }
  for (size_t i = 0; i < s.len; ++i) {
    types[i] = type_of_code(s.data[i]);
    if (types[i] == nullptr || s.data[i] == 'v') {
      raise(vm, &ValueError_type, "unknown argument type code '%c'", s.data[i]);
      return false;
    }
    codes[i] = s.data[i];
  }
  *n = static_cast<uint8_t>(s.len);
  return true;
}

bool ret_code(Vm& vm, Value v, char* out) {
  if (!is_str(v) || str_view(v).len != 1 || type_of_code(str_view(v).data[0]) == nullptr) {
    raise(vm, &ValueError_type, "the return type must be one type code");
    return false;
  }
  *out = str_view(v).data[0];
  return true;
}

// --- C values <-> Python values ----------------------------------------------------------------

Value from_u64(Vm& vm, uint64_t v) {
  if (v <= uint64_t(Value::kSmallIntMax)) return Value::small_int(sword(v));
  Value high = binary_op(vm, BinaryOp::LSHIFT, int_from_sword(vm, sword(v >> 32)), Value::small_int(32));
  if (high.is_null()) return high;
  return binary_op(vm, BinaryOp::OR, high, int_from_sword(vm, sword(v & 0xffffffffu)));
}

// A return (or callback argument) value of type `c` stored at `p` (libffi widens small
// integer returns to ffi_arg).
Value to_python(Vm& vm, char c, const void* p, bool widened) {
  auto sarg = [&](auto narrow) -> sword {
    return widened ? sword(*static_cast<const ffi_sarg*>(p)) : sword(*static_cast<const decltype(narrow)*>(p));
  };
  auto uarg = [&](auto narrow) -> uint64_t {
    return widened ? uint64_t(*static_cast<const ffi_arg*>(p)) : uint64_t(*static_cast<const decltype(narrow)*>(p));
  };
  switch (c) {
    case 'v': return Value::none();
    case 'b': return Value::small_int(sword(int8_t(sarg(int8_t()))));
    case 'B': return Value::small_int(sword(uint8_t(uarg(uint8_t()))));
    case 'h': return Value::small_int(sword(int16_t(sarg(int16_t()))));
    case 'H': return Value::small_int(sword(uint16_t(uarg(uint16_t()))));
    case 'i': return int_from_sword(vm, sword(int32_t(sarg(int32_t()))));
    case 'I': return from_u64(vm, uint32_t(uarg(uint32_t())));
    case 'l': return int_from_sword(vm, *static_cast<const long*>(p));
    case 'L': return from_u64(vm, *static_cast<const unsigned long*>(p));
    case 'q': return int_from_sword(vm, sword(*static_cast<const int64_t*>(p)));
    case 'Q': return from_u64(vm, *static_cast<const uint64_t*>(p));
    case 'f': return float_new(vm, *static_cast<const float*>(p));
    case 'd': return float_new(vm, *static_cast<const double*>(p));
    case 's': {
      const char* s = *static_cast<char* const*>(p);
      return s == nullptr ? Value::none() : str_new(vm, s);
    }
    case 'O': return Value::from_bits(reinterpret_cast<word>(*static_cast<void* const*>(p)));
    default: return from_u64(vm, reinterpret_cast<uintptr_t>(*static_cast<void* const*>(p)));
  }
}

union Slot {
  int64_t i;
  uint64_t u;
  double d;
  float f;
  void* p;
};

// The C pointer for a 'p'/'P'/'s'/'C' argument: None, an int address, a callback, a str (a
// NUL-terminated copy for 's'), or any buffer's data.
bool pointer_arg(Vm& vm, Value v, char code, void** out) {
  if (v.is_none()) return (*out = nullptr, true);
  if (isinstance(v, &callback_type)) return (*out = v.as<Callback>()->code, true);
  if (is_int(v)) {
    sword a;
    if (!to_sword(vm, v, &a)) return false;
    return (*out = reinterpret_cast<void*>(a), true);
  }
  if (is_str(v)) {
    StrView s = str_view(v);
    char* copy = static_cast<char*>(gc_alloc(vm, s.len + 1, true));  // kept alive by the C stack
    if (copy == nullptr) return false;
    memcpy(copy, s.data, s.len);
    copy[s.len] = '\0';
    return (*out = copy, true);
  }
  BufferInfo b;
  for (const Type* t = type_of(v); t != nullptr && t != &object_type; t = t->base) {
    if (t->buffer != nullptr && t->buffer(vm, v, &b, false)) return (*out = b.data, true);
  }
  if (!vm.has_exc()) raise(vm, &TypeError_type, "can't pass a '%.*s' as a '%c' argument", int(type_name(type_of(v)).size()),
                           type_name(type_of(v)).data(), code);
  return false;
}

bool to_c(Vm& vm, char c, Value v, Slot* slot) {
  switch (c) {
    case 'f':
    case 'd': {
      double d;
      if (!to_double(vm, v, &d)) return false;
      if (c == 'f') {
        slot->f = float(d);
      } else {
        slot->d = d;
      }
      return true;
    }
    case 'O': return (slot->p = reinterpret_cast<void*>(v.bits()), true);
    case 'p':
    case 'P':
    case 's':
    case 'C': return pointer_arg(vm, v, c, &slot->p);
    default: {
      if (v.is_none()) return (slot->i = 0, true);
      sword n;
      if (!to_sword(vm, v, &n)) return false;
      slot->i = n;  // libffi reads the low bytes it needs (little-endian hosts)
      return true;
    }
  }
}

// --- ffi.open and the library object ------------------------------------------------------------

Value raise_dl_error(Vm& vm) {
  const char* msg = dlerror();
  Value args[2] = {Value::small_int(kENOENT), str_new(vm, msg ? msg : "not found")};
  if (args[1].is_null()) return args[1];
  return raise_args(vm, &OSError_type, 2, args);
}

Value ffi_open(Vm& vm, size_t, size_t, const Value* args) {
  const char* name = nullptr;
  char buf[512];
  if (!args[0].is_none()) {
    if (!is_str(args[0])) return raise(vm, &TypeError_type, "library name must be a str or None");
    StrView s = str_view(args[0]);
    if (s.len >= sizeof buf) return raise(vm, &ValueError_type, "library name too long");
    memcpy(buf, s.data, s.len);
    buf[s.len] = '\0';
    name = buf;
  }
  void* handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) return raise_dl_error(vm);
  Library* lib = static_cast<Library*>(gc_alloc(vm, sizeof(Library)));
  if (lib == nullptr) return Value::null();
  *lib = Library{&library_type, handle};
  return Value::object(lib);
}

void* symbol(Vm& vm, Value lib, Value name) {
  if (!is_str(name)) {
    raise(vm, &TypeError_type, "symbol name must be a str");
    return nullptr;
  }
  char buf[256];
  StrView s = str_view(name);
  if (s.len >= sizeof buf) {
    raise(vm, &ValueError_type, "symbol name too long");
    return nullptr;
  }
  memcpy(buf, s.data, s.len);
  buf[s.len] = '\0';
  dlerror();
  void* p = dlsym(lib.as<Library>()->handle, buf);
  if (p == nullptr) raise_dl_error(vm);
  return p;
}

Value make_function(Vm& vm, void* fn, Value ret, Value arg_spec) {
  Function* f = static_cast<Function*>(gc_alloc(vm, sizeof(Function)));
  if (f == nullptr) return Value::null();
  f->type = &function_type;
  f->fn = fn;
  if (!ret_code(vm, ret, &f->ret) || !parse_codes(vm, arg_spec, f->arg_codes, f->arg_types, &f->n_args))
    return Value::null();
  if (ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, f->n_args, type_of_code(f->ret), f->arg_types) != FFI_OK)
    return raise(vm, &ValueError_type, "libffi cannot prepare this signature");
  return Value::object(f);
}

// lib.func(ret, name, args)
Value lib_func(Vm& vm, size_t, size_t, const Value* args) {
  void* fn = symbol(vm, args[0], args[2]);
  return fn == nullptr ? Value::null() : make_function(vm, fn, args[1], args[3]);
}

// lib.var(type, name)
Value lib_var(Vm& vm, size_t, size_t, const Value* args) {
  char code;
  if (!ret_code(vm, args[1], &code) || code == 'v') return code == 'v' ? raise(vm, &ValueError_type, "a variable cannot be void") : Value::null();
  void* p = symbol(vm, args[0], args[2]);
  if (p == nullptr) return Value::null();
  Var* var = static_cast<Var*>(gc_alloc(vm, sizeof(Var)));
  if (var == nullptr) return Value::null();
  *var = Var{&var_type, p, code};
  return Value::object(var);
}

// lib.addr(name)
Value lib_addr(Vm& vm, size_t, size_t, const Value* args) {
  void* p = symbol(vm, args[0], args[1]);
  return p == nullptr ? Value::null() : from_u64(vm, reinterpret_cast<uintptr_t>(p));
}

bool lib_print(Vm&, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<ffimod %p>", self.as<Library>()->handle);
}

// --- functions ---------------------------------------------------------------------------------

Value function_call(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  Function* f = self.as<Function>();
  if (n_kw != 0) return raise(vm, &TypeError_type, "ffi functions take no keyword arguments");
  if (n_pos != f->n_args)
    return raise(vm, &TypeError_type, "function takes %d arguments (%d given)", int(f->n_args), int(n_pos));
  Slot slots[kMaxArgs];
  void* values[kMaxArgs];
  for (size_t i = 0; i < n_pos; ++i) {
    slots[i].u = 0;
    if (!to_c(vm, f->arg_codes[i], args[i], &slots[i])) return Value::null();
    values[i] = &slots[i];
  }
  Slot result;
  result.u = 0;
  g_vm = &vm;
  ffi_call(&f->cif, FFI_FN(f->fn), &result, values);
  if (vm.has_exc()) return Value::null();  // cannot happen: callbacks never leave one pending
  return to_python(vm, f->ret, &result, true);
}

bool function_print(Vm&, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<ffifunc %p>", self.as<Function>()->fn);
}

// ffi.func(ret, address, args): a function at a known address.
Value ffi_func(Vm& vm, size_t, size_t, const Value* args) {
  sword addr;
  if (!to_sword(vm, args[1], &addr)) return Value::null();
  return make_function(vm, reinterpret_cast<void*>(addr), args[0], args[2]);
}

// --- variables -----------------------------------------------------------------------------------

Value var_get(Vm& vm, size_t, size_t, const Value* args) {
  Var* v = args[0].as<Var>();
  return to_python(vm, v->code, v->addr, false);
}

Value var_set(Vm& vm, size_t, size_t, const Value* args) {
  Var* v = args[0].as<Var>();
  Slot s;
  s.u = 0;
  if (!to_c(vm, v->code, args[1], &s)) return Value::null();
  memcpy(v->addr, &s, type_of_code(v->code)->size);
  return Value::none();
}

bool var_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Var* v = self.as<Var>();
  Value value = to_python(vm, v->code, v->addr, false);
  if (value.is_null() || !printf_to(out, "<ffivar @%p: ", v->addr)) return false;
  return print_value(vm, out, value, PrintKind::kRepr) && print_str(out, ">");
}

// --- callbacks -----------------------------------------------------------------------------------

void print_text(const char* text) { print_str(stdout_printer(), text); }

// What libffi calls: converts the C arguments, calls the Python function, stores the result.
void callback_trampoline(ffi_cif*, void* ret, void** c_args, void* user_data) {
  Callback* cb = static_cast<Callback*>(user_data);
  Vm& vm = *g_vm;
  Value saved = vm.take_exc();
  Value py_args[kMaxArgs];
  Value result = Value::none();
  for (size_t i = 0; i < cb->n_args && !result.is_null(); ++i) {
    py_args[i] = to_python(vm, cb->arg_codes[i], c_args[i], false);
    if (py_args[i].is_null()) result = Value::null();
  }
  if (!result.is_null()) result = call(vm, cb->func, cb->n_args, py_args);
  Slot out;
  out.u = 0;
  if (result.is_null() || (cb->ret != 'v' && !to_c(vm, cb->ret, result, &out))) {
    print_text("Uncaught exception in FFI callback\n");
    if (!print_exception(vm, stdout_printer(), vm.take_exc())) vm.clear_exc();
    out.u = 0;
  }
  if (cb->ret != 'v') {
    // Small integer results are returned widened to ffi_arg.
    if (strchr("bBhHiI", cb->ret) != nullptr) {
      *static_cast<ffi_sarg*>(ret) = static_cast<ffi_sarg>(out.i);
    } else {
      memcpy(ret, &out, type_of_code(cb->ret)->size);
    }
  }
  vm.set_exc(saved);
}

// ffi.callback(ret, func, args, lock=False)
Value ffi_callback(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_callable(args[1])) return raise(vm, &TypeError_type, "callback function must be callable");
  Callback* cb = static_cast<Callback*>(gc_alloc(vm, sizeof(Callback)));
  if (cb == nullptr) return Value::null();
  cb->type = &callback_type;
  cb->func = args[1];
  if (!ret_code(vm, args[0], &cb->ret) || !parse_codes(vm, args[2], cb->arg_codes, cb->arg_types, &cb->n_args))
    return Value::null();
  if (ffi_prep_cif(&cb->cif, FFI_DEFAULT_ABI, cb->n_args, type_of_code(cb->ret), cb->arg_types) != FFI_OK)
    return raise(vm, &ValueError_type, "libffi cannot prepare this signature");
  cb->closure = static_cast<ffi_closure*>(ffi_closure_alloc(sizeof(ffi_closure), &cb->code));
  if (cb->closure == nullptr) return raise_memory_error(vm);
  if (ffi_prep_closure_loc(cb->closure, &cb->cif, callback_trampoline, cb, cb->code) != FFI_OK)
    return raise(vm, &ValueError_type, "libffi cannot make this callback");
  g_vm = &vm;
  return Value::object(cb);
}

Value callback_cfun(Vm& vm, size_t, size_t, const Value* args) {
  return from_u64(vm, reinterpret_cast<uintptr_t>(args[0].as<Callback>()->code));
}

bool callback_print(Vm&, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<fficallback %p>", self.as<Callback>()->code);
}

// ffi.as_bytearray(address, size): a copy of `size` bytes at `address`.
Value ffi_as_bytearray(Vm& vm, size_t, size_t, const Value* args) {
  void* p;
  sword n;
  if (!pointer_arg(vm, args[0], 'p', &p) || !to_sword(vm, args[1], &n)) return Value::null();
  if (n < 0) return raise(vm, &ValueError_type, "negative size");
  return bytearray_new(vm, static_cast<const uint8_t*>(p), static_cast<size_t>(n));
}

// --- tables ----------------------------------------------------------------------------------------

constexpr NativeFunction lib_func_obj = native_fn(Q::func, lib_func, 4, 4);
constexpr NativeFunction lib_var_obj = native_fn(Q::var, lib_var, 3, 3);
constexpr NativeFunction lib_addr_obj = native_fn(Q::addr, lib_addr, 2, 2);
constexpr auto library_locals_table = sorted_table<3>({{
    {q(Q::func), Value::object(&lib_func_obj)},
    {q(Q::var), Value::object(&lib_var_obj)},
    {q(Q::addr), Value::object(&lib_addr_obj)},
}});
constexpr ConstMap library_locals = {library_locals_table.data(), library_locals_table.size()};

constexpr NativeFunction var_get_obj = native_fn(Q::get, var_get, 1, 1);
constexpr NativeFunction var_set_obj = native_fn(Q::set, var_set, 2, 2);
constexpr auto var_locals_table = sorted_table<2>({{
    {q(Q::get), Value::object(&var_get_obj)},
    {q(Q::set), Value::object(&var_set_obj)},
}});
constexpr ConstMap var_locals = {var_locals_table.data(), var_locals_table.size()};

constexpr NativeFunction callback_cfun_obj = native_fn(Q::cfun, callback_cfun, 1, 1);
constexpr auto callback_locals_table = sorted_table<1>({{{q(Q::cfun), Value::object(&callback_cfun_obj)}}});
constexpr ConstMap callback_locals = {callback_locals_table.data(), callback_locals_table.size()};

constexpr Type library_type = {
    .type = &type_type, .name = Q::ffimod, .flags = 0, .instance_size = sizeof(Library),
    .base = &object_type, .make_new = nullptr, .print = lib_print, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr,
    .iternext = nullptr, .buffer = nullptr, .locals = &library_locals};

constexpr Type function_type = {
    .type = &type_type, .name = Q::ffifunc, .flags = 0, .instance_size = sizeof(Function),
    .base = &object_type, .make_new = nullptr, .print = function_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = function_call, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

constexpr Type var_type = {
    .type = &type_type, .name = Q::ffivar, .flags = 0, .instance_size = sizeof(Var), .base = &object_type,
    .make_new = nullptr, .print = var_print, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &var_locals};

constexpr Type callback_type = {
    .type = &type_type, .name = Q::fficallback, .flags = 0, .instance_size = sizeof(Callback),
    .base = &object_type, .make_new = nullptr, .print = callback_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &callback_locals};

constexpr NativeFunction open_obj = native_fn(Q::open, ffi_open, 1, 1);
constexpr NativeFunction func_obj = native_fn(Q::func, ffi_func, 3, 3);
constexpr NativeFunction callback_obj = native_fn(Q::callback, ffi_callback, 3, 4);
constexpr NativeFunction as_bytearray_obj = native_fn(Q::as_bytearray, ffi_as_bytearray, 2, 2);

constexpr auto ffi_globals_table = sorted_table<5>({{
    {q(Q::dunder_name), q(Q::ffi)},
    {q(Q::open), Value::object(&open_obj)},
    {q(Q::func), Value::object(&func_obj)},
    {q(Q::callback), Value::object(&callback_obj)},
    {q(Q::as_bytearray), Value::object(&as_bytearray_obj)},
}});

}  // namespace
}  // namespace ffi

constexpr ConstMap ffi_module_globals = {ffi::ffi_globals_table.data(), ffi::ffi_globals_table.size()};

}  // namespace mote
