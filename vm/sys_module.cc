// sys_module.cc — the `sys` module: argv, path, modules, exit, the standard
// streams, version information and print_exception.
//
// Everything fixed is in the flash table. The few RAM objects (argv, path,
// modules, platform, maxsize on a 64-bit host) are put in the module's dict
// when `sys` is first imported (vm/module.cc). The streams are flash
// singletons whose write() goes straight to the HAL.
#include <cstdio>

#include "vm/hal.h"
#include "vm/runtime.h"
#include "vm/scheduler.h"

namespace mote {

namespace {

// --- streams ---------------------------------------------------------------------------

Value stream_write(Vm& vm, size_t, size_t, const Value* args) {
  Value s = args[1];
  if (!is_str(s)) {
    return raise(vm, &TypeError_type, "write() argument must be str, not %.*s", int(type_name(type_of(s)).size()),
                 type_name(type_of(s)).data());
  }
  StrView v = str_view(s);
  bool ok = args[0] == Value::object(&sys_stderr_obj) ? hal_stderr_write(v.data, v.len)
                                                      : hal_stdout_write(v.data, v.len);
  if (!ok) return raise(vm, &OSError_type, "write failed");
  return Value::small_int(sword(utf8_char_count(v.data, v.len)));
}

Value stream_flush(Vm& vm, size_t, size_t, const Value*) {
  hal_stdout_flush();
  return Value::none();
}

Value stream_readline(Vm& vm, size_t, size_t, const Value*) {
  StrBuilder b(vm);
  for (;;) {
    int c = hal_stdin_read_byte();
    if (c < 0) break;
    char ch = char(c);
    if (!b.write(b, &ch, 1)) return Value::null();
    if (c == '\n') break;
  }
  return b.finish();
}

Value stream_read(Vm& vm, size_t n, size_t, const Value* args) {
  sword limit = -1;
  if (n > 1 && !args[1].is_none() && !to_sword(vm, args[1], &limit)) return Value::null();
  StrBuilder b(vm);
  for (sword i = 0; limit < 0 || i < limit; ++i) {
    int c = hal_stdin_read_byte();
    if (c < 0) break;
    char ch = char(c);
    if (!b.write(b, &ch, 1)) return Value::null();
  }
  return b.finish();
}

Value stream_fileno(Vm& vm, size_t, size_t, const Value* args) {
  if (args[0] == Value::object(&sys_stdin_obj)) return Value::small_int(0);
  return Value::small_int(args[0] == Value::object(&sys_stderr_obj) ? 2 : 1);
}

Value stream_isatty(Vm& vm, size_t, size_t, const Value*) { return Value::false_(); }

constexpr NativeFunction write_obj = native_fn(Q::write, stream_write, 2, 2);
constexpr NativeFunction flush_obj = native_fn(Q::flush, stream_flush, 1, 1);
constexpr NativeFunction readline_obj = native_fn(Q::readline, stream_readline, 1, 2);
constexpr NativeFunction read_obj = native_fn(Q::read, stream_read, 1, 2);
constexpr NativeFunction fileno_obj = native_fn(Q::fileno, stream_fileno, 1, 1);
constexpr NativeFunction isatty_obj = native_fn(Q::isatty, stream_isatty, 1, 1);
constexpr auto stream_locals_table = sorted_table<6>({{
    {q(Q::write), Value::object(&write_obj)},
    {q(Q::flush), Value::object(&flush_obj)},
    {q(Q::readline), Value::object(&readline_obj)},
    {q(Q::read), Value::object(&read_obj)},
    {q(Q::fileno), Value::object(&fileno_obj)},
    {q(Q::isatty), Value::object(&isatty_obj)},
}});
constexpr ConstMap stream_locals = {stream_locals_table.data(), stream_locals_table.size()};

bool stream_print(Vm& vm, Printer& out, Value self, PrintKind) {
  const char* name = self == Value::object(&sys_stdin_obj) ? "<stdin>" : self == Value::object(&sys_stderr_obj) ? "<stderr>" : "<stdout>";
  return printf_to(out, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", name,
                   self == Value::object(&sys_stdin_obj) ? "r" : "w");
}

}  // namespace

constexpr Type sys_stream_type = {
    .type = &type_type, .name = Q::sys_stream, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = stream_print, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &stream_locals};

constexpr Obj sys_stdout_obj = {&sys_stream_type};
constexpr Obj sys_stderr_obj = {&sys_stream_type};
constexpr Obj sys_stdin_obj = {&sys_stream_type};

namespace {

// --- version_info and implementation -----------------------------------------------------

template <size_t N>
struct alignas(8) ConstTuple {
  const Type* type;
  size_t len;
  Value items[N];
};

Value version_info_getattr(Vm& vm, Value self, Value name) {
  Tuple* t = as_tuple(self);
  switch (name.as_qstr()) {
    case Q::major: return t->items[0];
    case Q::minor: return t->items[1];
    case Q::micro: return t->items[2];
    case Q::releaselevel: return t->items[3];
    case Q::serial: return t->items[4];
    default: return Value::absent();
  }
}

bool version_info_print(Vm& vm, Printer& out, Value self, PrintKind) {
  Tuple* t = as_tuple(self);
  return printf_to(out, "sys.version_info(major=%ld, minor=%ld, micro=%ld, releaselevel='final', serial=%ld)",
                   long(t->items[0].as_small_int()), long(t->items[1].as_small_int()),
                   long(t->items[2].as_small_int()), long(t->items[4].as_small_int()));
}

}  // namespace

Value tuple_slot_binary(Vm& vm, uint8_t op, Value self, Value other);
Value tuple_slot_unary(Vm& vm, UnarySlot op, Value self);
Value tuple_slot_subscr(Vm& vm, Value self, Value index, Value value);
Value tuple_slot_get_iter(Vm& vm, Value self);


constexpr Type version_info_type = {
    .type = &type_type, .name = Q::version_info, .flags = 0, .instance_size = 0, .base = &tuple_type,
    .make_new = nullptr, .print = version_info_print, .unary = tuple_slot_unary, .binary = tuple_slot_binary,
    .load_attr = version_info_getattr, .store_attr = nullptr, .subscr = tuple_slot_subscr, .call = nullptr,
    .get_iter = tuple_slot_get_iter, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

namespace {

constexpr ConstTuple<5> kVersionInfo = {
    &version_info_type, 5,
    {Value::small_int(3), Value::small_int(11), Value::small_int(0), q(Q::final), Value::small_int(0)}};
constexpr ConstTuple<3> kMoteVersion = {&tuple_type, 3, {Value::small_int(0), Value::small_int(1), Value::small_int(0)}};

constexpr char kVersionText[] = "3.11.0 (mote 0.1.0)";
constexpr Str kVersionStr = {&str_type, hash_bytes(kVersionText, sizeof kVersionText - 1),
                             uint32_t(sizeof kVersionText - 1), uint32_t(sizeof kVersionText - 1), kVersionText};

Value implementation_getattr(Vm& vm, Value self, Value name) {
  if (name == q(Q::name)) return q(Q::mote);
  if (name == q(Q::version)) return Value::object(&kMoteVersion);
  if (name == q(Q::dunder_name) || name == q(Q::mpy)) return Value::none();
  return Value::absent();
}

bool implementation_print(Vm& vm, Printer& out, Value, PrintKind) {
  return print_str(out, "namespace(name='mote', version=(0, 1, 0))");
}

}  // namespace

constexpr Type implementation_type = {
    .type = &type_type, .name = Q::implementation, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = implementation_print, .unary = nullptr, .binary = nullptr,
    .load_attr = implementation_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

namespace {

constexpr Obj kImplementation = {&implementation_type};

// --- functions ------------------------------------------------------------------------------

// As CPython's: sys.exit(None) raises SystemExit() and a tuple becomes the args.
Value sys_exit(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 0 || args[0].is_none()) return raise_args(vm, &SystemExit_type, 0, nullptr);
  if (type_of(args[0]) == &tuple_type) {
    Tuple* t = as_tuple(args[0]);
    return raise_args(vm, &SystemExit_type, t->len, t->items);
  }
  return raise_args(vm, &SystemExit_type, 1, args);
}

Value sys_print_exception(Vm& vm, size_t n, size_t, const Value* args) {
  Printer* out = &stdout_printer();
  struct FileOut : Printer {
    Vm* vm;
    Value file;
  } fo{{[](Printer& p, const char* d, size_t len) {
         auto& f = static_cast<FileOut&>(p);
         Value s = str_new(*f.vm, {d, len});
         if (s.is_null()) return false;
         Value r = call_method(*f.vm, f.file, q(Q::write), 1, &s);
         return !r.is_null();
       }},
       &vm,
       n > 1 ? args[1] : Value::none()};
  if (n > 1 && args[1] == Value::object(&sys_stderr_obj)) {
    out = &stderr_printer();
  } else if (n > 1 && !args[1].is_none() && args[1] != Value::object(&sys_stdout_obj)) {
    out = &fo;
  }
  if (!print_exception(vm, *out, args[0], TracebackEnd::kOutermost)) return Value::null();
  return Value::none();
}

Value sys_exc_info(Vm& vm, size_t, size_t, const Value*) {
  Value e = vm.handled_exc_;
  Value items[3] = {Value::none(), Value::none(), Value::none()};
  if (!e.is_null() && !e.is_none()) {
    items[0] = type_value(type_of(e));
    items[1] = e;
    items[2] = as_exception(e)->traceback.is_null() ? Value::none() : as_exception(e)->traceback;
  }
  return tuple_new(vm, 3, items);
}

Value sys_getrecursionlimit(Vm& vm, size_t, size_t, const Value*) {
  return Value::small_int(sword(vm.frames_end_ - vm.frames_));
}

Value sys_setrecursionlimit(Vm& vm, size_t, size_t, const Value* args) {
  sword n;
  if (!to_sword(vm, args[0], &n)) return Value::null();
  if (n < 1) return raise(vm, &ValueError_type, "recursion limit must be greater or equal than 1");
  return Value::none();  // the frame area is fixed at start-up (-X frames=N)
}

Value sys_intern(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_str(args[0])) return raise(vm, &TypeError_type, "intern() argument must be str");
  return str_intern(vm, args[0]);
}

Value sys_getsizeof(Vm& vm, size_t, size_t, const Value* args) {
  size_t n = args[0].is_object() ? gc_alloc_size(vm, args[0].as_object()) : 0;
  return Value::small_int(sword(n ? n : sizeof(Value)));
}

// --- frames ------------------------------------------------------------------------------

// sys._getframe(depth): a snapshot of a running frame (its code, current line
// and globals) whose f_back is the caller's snapshot. The VM's frames live in
// a fixed area and are reused on return, so a frame object copies what it
// shows instead of pointing at one (f_lineno stays the line of the call).
struct FrameInfo {
  const Type* type;  // &frame_type
  Value code;
  Value back;        // the caller's FrameInfo, or None
  Value globals;     // dict
  uint32_t line;
};

Value frame_getattr(Vm&, Value self, Value name) {
  auto* f = self.as<FrameInfo>();
  if (name == q(Q::f_code)) return f->code;
  if (name == q(Q::f_back)) return f->back;
  if (name == q(Q::f_lineno)) return Value::small_int(sword(f->line));
  if (name == q(Q::f_globals)) return f->globals;
  return Value::absent();
}

bool frame_print(Vm&, Printer& out, Value self, PrintKind) {
  auto* f = self.as<FrameInfo>();
  const Code* c = f->code.as<Code>();
  StrView file = str_view(c->filename.is_null() ? q(Q::lt_string_) : c->filename), name = str_view(c->name);
  return printf_to(out, "<frame at %p, file '%.*s', line %u, code %.*s>", static_cast<void*>(f), int(file.len),
                   file.data, unsigned(f->line), int(name.len), name.data);
}

constexpr Type frame_type = {
    .type = &type_type, .name = Q::frame, .flags = kTypeEqIsIdentity, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = frame_print, .unary = nullptr, .binary = nullptr, .load_attr = frame_getattr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = nullptr};

Value sys_getframe(Vm& vm, size_t n, size_t, const Value* args) {
  sword depth = 0;
  if (n > 0 && !to_sword(vm, args[0], &depth)) return Value::null();
  if (depth < 0) depth = 0;
  if (!vm.frame_ || depth > vm.frame_ - vm.frames_) return raise(vm, &ValueError_type, "call stack is not deep enough");
  Value back = Value::none();
  for (const Frame* f = vm.frames_; f <= vm.frame_ - depth; ++f) {
    auto* info = static_cast<FrameInfo*>(gc_alloc(vm, sizeof(FrameInfo)));
    if (!info) return Value::null();
    uint32_t offset = uint32_t(f->ip - f->code->bytecode);
    *info = FrameInfo{&frame_type, Value::object(const_cast<Code*>(f->code)), back, Value::object(f->globals),
                      code_line_for_offset(f->code, offset ? offset - 1 : 0)};
    back = Value::object(info);
  }
  return back;
}

constexpr NativeFunction exit_obj = native_fn(Q::exit, sys_exit, 0, 1);
constexpr NativeFunction getframe_obj = native_fn(Q::getframe_, sys_getframe, 0, 1);
constexpr NativeFunction print_exception_obj = native_fn(Q::print_exception, sys_print_exception, 1, 2);
constexpr NativeFunction exc_info_obj = native_fn(Q::exc_info, sys_exc_info, 0, 0);
constexpr NativeFunction getrecursionlimit_obj = native_fn(Q::getrecursionlimit, sys_getrecursionlimit, 0, 0);
constexpr NativeFunction setrecursionlimit_obj = native_fn(Q::setrecursionlimit, sys_setrecursionlimit, 1, 1);
constexpr NativeFunction intern_obj = native_fn(Q::intern, sys_intern, 1, 1);
constexpr NativeFunction getsizeof_obj = native_fn(Q::getsizeof, sys_getsizeof, 1, 2);

constexpr auto sys_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::dunder_name), q(Q::sys)},
    {q(Q::exit), Value::object(&exit_obj)},
    {q(Q::getframe_), Value::object(&getframe_obj)},
    {q(Q::print_exception), Value::object(&print_exception_obj)},
    {q(Q::exc_info), Value::object(&exc_info_obj)},
    {q(Q::getrecursionlimit), Value::object(&getrecursionlimit_obj)},
    {q(Q::setrecursionlimit), Value::object(&setrecursionlimit_obj)},
    {q(Q::intern), Value::object(&intern_obj)},
    {q(Q::getsizeof), Value::object(&getsizeof_obj)},
    {q(Q::stdout_), Value::object(&sys_stdout_obj)},
    {q(Q::stderr_), Value::object(&sys_stderr_obj)},
    {q(Q::stdin_), Value::object(&sys_stdin_obj)},
    {q(Q::implementation), Value::object(&kImplementation)},
    {q(Q::version), Value::object(&kVersionStr)},
    {q(Q::version_info), Value::object(&kVersionInfo)},
    {q(Q::byteorder), q(Q::little)},
    {q(Q::hexversion), Value::small_int(0x030b00f0)},
}));

}  // namespace

constexpr ConstMap sys_module_globals = {sys_table.data(), sys_table.size()};

// --- gc -------------------------------------------------------------------------------------

namespace {

// collect(generation=2): one heap, so the generation is only checked, as CPython does.
Value gc_collect_fn(Vm& vm, size_t n, size_t, const Value* args) {
  sword generation = 2;
  if (n > 0) {
    Value g = to_index(vm, args[0]);
    if (g.is_null() || !to_sword(vm, g, &generation)) return Value::null();
  }
  if (generation < 0 || generation > 2) return raise(vm, &ValueError_type, "invalid generation");
  gc_collect(vm);
  return Value::small_int(0);
}
Value gc_mem_free_fn(Vm& vm, size_t, size_t, const Value*) {
  GcStats s;
  gc_stats(vm, &s);
  return int_from_sword(vm, sword(s.free_bytes));
}
Value gc_mem_alloc_fn(Vm& vm, size_t, size_t, const Value*) {
  GcStats s;
  gc_stats(vm, &s);
  return int_from_sword(vm, sword(s.used_bytes));
}
Value gc_threshold_fn(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 0) return int_from_sword(vm, sword(gc_threshold(vm)));
  sword t;
  if (!to_sword(vm, args[0], &t)) return Value::null();
  // Counted in whole heap blocks, as MicroPython's: threshold(1) reads back 0.
  gc_set_threshold(vm, t < 0 ? -1 : long(t / sword(kGcBlockBytes) * sword(kGcBlockBytes)));
  return Value::none();
}
Value gc_enable_fn(Vm& vm, size_t, size_t, const Value*) {
  gc_enable(vm, true);
  return Value::none();
}
Value gc_disable_fn(Vm& vm, size_t, size_t, const Value*) {
  gc_enable(vm, false);
  return Value::none();
}
Value gc_isenabled_fn(Vm& vm, size_t, size_t, const Value*) { return Value::boolean(gc_is_enabled(vm)); }

constexpr NativeFunction collect_obj = native_fn(Q::collect, gc_collect_fn, 0, 1);
constexpr NativeFunction mem_free_obj = native_fn(Q::mem_free, gc_mem_free_fn, 0, 0);
constexpr NativeFunction mem_alloc_obj = native_fn(Q::mem_alloc, gc_mem_alloc_fn, 0, 0);
constexpr NativeFunction threshold_obj = native_fn(Q::threshold, gc_threshold_fn, 0, 1);
constexpr NativeFunction enable_obj = native_fn(Q::enable, gc_enable_fn, 0, 0);
constexpr NativeFunction disable_obj = native_fn(Q::disable, gc_disable_fn, 0, 0);
constexpr NativeFunction isenabled_obj = native_fn(Q::isenabled, gc_isenabled_fn, 0, 0);

constexpr auto gc_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::dunder_name), q(Q::gc)},
    {q(Q::collect), Value::object(&collect_obj)},
    {q(Q::mem_free), Value::object(&mem_free_obj)},
    {q(Q::mem_alloc), Value::object(&mem_alloc_obj)},
    {q(Q::threshold), Value::object(&threshold_obj)},
    {q(Q::enable), Value::object(&enable_obj)},
    {q(Q::disable), Value::object(&disable_obj)},
    {q(Q::isenabled), Value::object(&isenabled_obj)},
}));

// --- micropython ------------------------------------------------------------------------------

Value mp_const(Vm& vm, size_t, size_t, const Value* args) { return args[0]; }
Value mp_opt_level(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 0) return Value::small_int(vm.opt_level_);
  sword l;
  if (!to_sword(vm, args[0], &l)) return Value::null();
  vm.opt_level_ = uint8_t(l);
  return Value::none();
}
Value mp_mem_info(Vm& vm, size_t, size_t, const Value*) {
  GcStats s;
  gc_stats(vm, &s);
  printf_to(stdout_printer(), "GC: total: %u, used: %u, free: %u\n", unsigned(s.total_bytes), unsigned(s.used_bytes),
            unsigned(s.free_bytes));
  return Value::none();
}

constexpr NativeFunction const_obj = native_fn(Q::const_, mp_const, 1, 1);
constexpr NativeFunction opt_level_obj = native_fn(Q::opt_level, mp_opt_level, 0, 1);
constexpr NativeFunction mem_info_obj = native_fn(Q::mem_info, mp_mem_info, 0, 1);

constexpr auto micropython_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::dunder_name), q(Q::micropython)},
    {q(Q::const_), Value::object(&const_obj)},
    {q(Q::opt_level), Value::object(&opt_level_obj)},
    {q(Q::mem_info), Value::object(&mem_info_obj)},
    // vm/scheduler.cc
    {q(Q::schedule), Value::object(&micropython_schedule_obj)},
    {q(Q::alloc_emergency_exception_buf), Value::object(&micropython_alloc_emergency_exception_buf_obj)},
    {q(Q::heap_lock), Value::object(&micropython_heap_lock_obj)},
    {q(Q::heap_unlock), Value::object(&micropython_heap_unlock_obj)},
}));

}  // namespace

constexpr ConstMap gc_module_globals = {gc_table.data(), gc_table.size()};
constexpr ConstMap micropython_module_globals = {micropython_table.data(), micropython_table.size()};

}  // namespace mote
