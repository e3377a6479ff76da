// exception.cc — the builtin exception hierarchy (from exceptions.def),
// raising from C, tracebacks and their printing.
//
// An exception is an ExceptionObj: args, cause/context for chaining, a
// traceback chain and an optional attribute dict (user subclasses,
// OSError.errno...). The traceback is a linked list of (code, line) entries
// added as the exception leaves each frame, newest (outermost) first — the
// order tb_next uses and the order it is printed in. No source lines are
// printed: a microcontroller does not have the source.
//
// MemoryError is preallocated at start-up and re-raised as is, so a full
// heap can always be reported; adding a traceback entry never raises (it is
// skipped when the heap is full).
#include <cstdio>

#include "vm/runtime.h"

namespace mote {

// --- the exception types ------------------------------------------------------------

namespace {

// --- OSError: errno, strerror, filename and the subclass for the errno ---------------

// The errno numbers are Linux's on every port (modules/errno), so CPython's
// errno -> subclass map is a fixed table.
struct ErrnoSubclass {
  uint8_t err;
  const Type* type;
};
constexpr ErrnoSubclass kErrnoSubclasses[] = {
    {1, &PermissionError_type},          {2, &FileNotFoundError_type},   {3, &ProcessLookupError_type},
    {4, &InterruptedError_type},         {10, &ChildProcessError_type},  {11, &BlockingIOError_type},
    {13, &PermissionError_type},         {17, &FileExistsError_type},    {20, &NotADirectoryError_type},
    {21, &IsADirectoryError_type},       {32, &BrokenPipeError_type},    {103, &ConnectionAbortedError_type},
    {104, &ConnectionResetError_type},   {108, &BrokenPipeError_type},   {110, &TimeoutError_type},
    {111, &ConnectionRefusedError_type}, {114, &BlockingIOError_type},   {115, &BlockingIOError_type},
};

const Type* oserror_subclass(Value err) {
  if (!err.is_small_int()) return &OSError_type;
  for (const ErrnoSubclass& s : kErrnoSubclasses) {
    if (err.as_small_int() == s.err) return s.type;
  }
  return &OSError_type;
}

// CPython parses (errno, strerror[, filename[, winerror[, filename2]]]); any
// other count leaves the arguments as plain args.
bool oserror_parsed(size_t n_args) { return n_args >= 2 && n_args <= 5; }

// Stores the file names of OSError(errno, strerror, filename, _, filename2) as
// attributes; when there is a filename, args keeps only (errno, strerror).
bool oserror_set_filenames(Vm& vm, Value exc, size_t n_args, const Value* args) {
  if (!oserror_parsed(n_args) || n_args < 3 || args[2].is_none()) return true;
  ExceptionObj* e = as_exception(exc);
  if (!generic_setattr(vm, exc, q(Q::filename), args[2])) return false;
  if (n_args == 5 && !args[4].is_none() && !generic_setattr(vm, exc, q(Q::filename2), args[4])) return false;
  Value t = tuple_new(vm, 2, args);
  if (t.is_null()) return false;
  e->args = t;
  return true;
}

Value exc_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  if (n_kw) {
    return raise(vm, &TypeError_type, "%.*s() takes no keyword arguments", int(type_name(t).size()),
                 type_name(t).data());
  }
  if (!is_subtype(t, &OSError_type)) return exception_new(vm, t, n_pos, args);
  // OSError(2, ...) is a FileNotFoundError; a subclass called by name stays itself.
  if (t == &OSError_type && oserror_parsed(n_pos)) t = oserror_subclass(args[0]);
  Value e = exception_new(vm, t, n_pos, args);
  if (e.is_null() || !oserror_set_filenames(vm, e, n_pos, args)) return Value::null();
  return e;
}

Value arg0(const ExceptionObj* e) {
  Tuple* a = as_tuple(e->args);
  return a->len ? a->items[0] : Value::none();
}

Value exc_getattr(Vm& vm, Value self, Value name);

// "[Errno 2] No such file or directory: 'name'" when CPython parsed the
// arguments; false in *done when the plain exception text applies.
bool oserror_print_str(Vm& vm, Printer& out, Value self, bool* done) {
  ExceptionObj* e = as_exception(self);
  *done = false;
  if (!oserror_parsed(as_tuple(e->args)->len) && !e->dict) return true;
  Value err = exc_getattr(vm, self, q(Q::errno_));
  Value msg = exc_getattr(vm, self, q(Q::strerror));
  Value file = exc_getattr(vm, self, q(Q::filename));
  Value file2 = exc_getattr(vm, self, q(Q::filename2));
  bool has_file = !file.is_absent() && !file.is_none();
  if (!has_file && !oserror_parsed(as_tuple(e->args)->len)) return true;
  *done = true;
  if (!print_str(out, "[Errno ") || !print_value(vm, out, err, PrintKind::kStr) || !print_str(out, "] ") ||
      !print_value(vm, out, msg, PrintKind::kStr)) {
    return false;
  }
  if (!has_file) return true;
  if (!print_str(out, ": ") || !print_value(vm, out, file, PrintKind::kRepr)) return false;
  if (file2.is_absent() || file2.is_none()) return true;
  return print_str(out, " -> ") && print_value(vm, out, file2, PrintKind::kRepr);
}

bool exc_print(Vm& vm, Printer& out, Value self, PrintKind kind) {
  ExceptionObj* e = as_exception(self);
  Tuple* a = as_tuple(e->args);
  const Type* t = type_of(self);
  if (kind == PrintKind::kStr) {
    if (is_subtype(t, &KeyError_type) && a->len == 1) return print_value(vm, out, a->items[0], PrintKind::kRepr);
    if (is_subtype(t, &SyntaxError_type) && a->len == 2 && is_tuple(a->items[1]) &&
        as_tuple(a->items[1])->len >= 2) {
      Tuple* info = as_tuple(a->items[1]);
      if (!print_value(vm, out, a->items[0], PrintKind::kStr)) return false;
      if (!print_str(out, " (") || !print_value(vm, out, info->items[0], PrintKind::kStr)) return false;
      if (!print_str(out, ", line ") || !print_value(vm, out, info->items[1], PrintKind::kStr)) return false;
      return print_str(out, ")");
    }
    if (is_subtype(t, &OSError_type)) {
      bool done;
      if (!oserror_print_str(vm, out, self, &done)) return false;
      if (done) return true;
    }
    if (a->len == 0) return true;
    if (a->len == 1) return print_value(vm, out, a->items[0], PrintKind::kStr);
    return print_value(vm, out, e->args, PrintKind::kRepr);
  }
  if (!print_str(out, type_name(t))) return false;
  if (a->len == 1) {
    return print_str(out, "(") && print_value(vm, out, a->items[0], PrintKind::kRepr) && print_str(out, ")");
  }
  if (a->len == 0) return print_str(out, "()");
  return print_value(vm, out, e->args, PrintKind::kRepr);
}

Value traceback_value(ExceptionObj* e) { return e->traceback.is_null() ? Value::none() : e->traceback; }

Value exc_getattr(Vm& vm, Value self, Value name) {
  ExceptionObj* e = as_exception(self);
  if (e->dict) {
    Value v = dict_get_qstr(e->dict, name);
    if (!v.is_absent()) return v;
  }
  const Type* t = type_of(self);
  Tuple* a = as_tuple(e->args);
  switch (name.as_qstr()) {
    case Q::args: return e->args;
    case Q::dunder_cause: return e->cause.is_null() ? Value::none() : e->cause;
    case Q::dunder_context: return e->context.is_null() ? Value::none() : e->context;
    case Q::dunder_suppress_context: return Value::boolean(e->suppress_context);
    case Q::dunder_traceback: return traceback_value(e);
    case Q::value:
      if (is_subtype(t, &StopIteration_type)) return arg0(e);
      break;
    case Q::code:
      if (is_subtype(t, &SystemExit_type)) return a->len > 1 ? e->args : arg0(e);
      break;
    case Q::errno_:
      // OSError(errno.ENOENT) has its errno too, as in MicroPython (CPython: None).
      if (is_subtype(t, &OSError_type)) {
        if (oserror_parsed(a->len) || (a->len == 1 && is_int(a->items[0]))) return a->items[0];
        return Value::none();
      }
      break;
    case Q::strerror:
      if (is_subtype(t, &OSError_type)) return oserror_parsed(a->len) ? a->items[1] : Value::none();
      break;
    case Q::filename2:
      if (is_subtype(t, &OSError_type)) return Value::none();
      break;
    case Q::filename:
    case Q::lineno:
    case Q::offset:
    case Q::text:
      if (is_subtype(t, &SyntaxError_type)) {
        if (a->len == 2 && is_tuple(a->items[1]) && as_tuple(a->items[1])->len >= 4) {
          Tuple* info = as_tuple(a->items[1]);
          uint32_t k = name.as_qstr();
          return info->items[k == Q::filename ? 0 : k == Q::lineno ? 1 : k == Q::offset ? 2 : 3];
        }
        return Value::none();
      }
      if (is_subtype(t, &OSError_type) && name == q(Q::filename)) return Value::none();
      break;
    case Q::msg:
      if (is_subtype(t, &SyntaxError_type)) return arg0(e);
      break;
    case Q::name:
    case Q::path:
      if (is_subtype(t, &ImportError_type)) return Value::none();
      break;
    default:
      break;
  }
  return Value::absent();
}

bool exc_setattr(Vm& vm, Value self, Value name, Value value) {
  ExceptionObj* e = as_exception(self);
  switch (name.as_qstr()) {
    case Q::args: {
      if (value.is_null()) break;
      Value t = tuple_from_iter(vm, value);
      if (t.is_null()) return false;
      e->args = t;
      return true;
    }
    case Q::dunder_cause:
      if (value.is_null()) break;
      if (!value.is_none() && !is_exception(value)) {
        raise(vm, &TypeError_type, "exception cause must be None or derive from BaseException");
        return false;
      }
      e->cause = value.is_none() ? Value::null() : value;
      e->suppress_context = true;
      return true;
    case Q::dunder_context:
      if (value.is_null()) break;
      e->context = value.is_none() ? Value::null() : value;
      return true;
    case Q::dunder_suppress_context: {
      if (value.is_null()) break;
      int b = is_true(vm, value);
      if (b < 0) return false;
      e->suppress_context = b;
      return true;
    }
    case Q::dunder_traceback:
      if (value.is_null()) break;
      e->traceback = value.is_none() ? Value::null() : value;
      return true;
    default:
      break;
  }
  return generic_setattr(vm, self, name, value);
}

Value exc_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  if (!is_exception(args[0])) return raise(vm, &TypeError_type, "descriptor '__init__' requires an exception");
  Value t = tuple_new(vm, n_pos - 1, args + 1);
  if (t.is_null()) return t;
  as_exception(args[0])->args = t;
  if (isinstance(args[0], &OSError_type) && !oserror_set_filenames(vm, args[0], n_pos - 1, args + 1)) {
    return Value::null();
  }
  return Value::none();
}

Value exc_with_traceback(Vm& vm, size_t, size_t, const Value* args) {
  as_exception(args[0])->traceback = args[1].is_none() ? Value::null() : args[1];
  return args[0];
}

Value exc_str_fn(Vm& vm, size_t, size_t, const Value* args) {
  StrBuilder b(vm);
  if (!exc_print(vm, b, args[0], PrintKind::kStr)) return Value::null();
  return b.finish();
}

Value exc_repr_fn(Vm& vm, size_t, size_t, const Value* args) {
  StrBuilder b(vm);
  if (!exc_print(vm, b, args[0], PrintKind::kRepr)) return Value::null();
  return b.finish();
}

constexpr NativeFunction exc_init_obj = native_fn(Q::dunder_init, exc_init, 1, kVarArgs, true);
constexpr NativeFunction exc_str_obj = native_fn(Q::dunder_str, exc_str_fn, 1, 1);
constexpr NativeFunction exc_repr_obj = native_fn(Q::dunder_repr, exc_repr_fn, 1, 1);
constexpr NativeFunction exc_with_traceback_obj = native_fn(Q::with_traceback, exc_with_traceback, 2, 2);
constexpr auto exc_locals_table = sorted_table<4>({{
    {q(Q::with_traceback), Value::object(&exc_with_traceback_obj)},
    {q(Q::dunder_init), Value::object(&exc_init_obj)},
    {q(Q::dunder_str), Value::object(&exc_str_obj)},
    {q(Q::dunder_repr), Value::object(&exc_repr_obj)},
}});
constexpr ConstMap exc_locals = {exc_locals_table.data(), exc_locals_table.size()};

}  // namespace

#define EXC(id, base_name)                                                                         \
  constexpr Type id##_type = {                                                                     \
      .type = &type_type, .name = Q::id, .flags = kTypeException | kTypeBaseType,               \
      .instance_size = sizeof(ExceptionObj), .base = &base_name##_type, .make_new = exc_make_new, \
      .print = exc_print, .unary = nullptr, .binary = nullptr, .load_attr = exc_getattr,           \
      .store_attr = exc_setattr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr,          \
      .iternext = nullptr, .buffer = nullptr, .locals = &exc_locals,                               \
      .dict_offset = offsetof(ExceptionObj, dict)};
#include "vm/exceptions.def"
#undef EXC

// --- traceback objects --------------------------------------------------------------------

namespace {

Value tb_getattr(Vm& vm, Value self, Value name) {
  auto* tb = self.as<TracebackEntry>();
  if (name == q(Q::tb_lineno)) return Value::small_int(tb->line);
  if (name == q(Q::tb_next)) return tb->next.is_null() ? Value::none() : tb->next;
  if (name == q(Q::tb_frame)) return Value::none();
  return Value::absent();
}

}  // namespace

constexpr Type traceback_type = {
    .type = &type_type, .name = Q::traceback, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = tb_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
    .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = nullptr};

// --- creating and raising --------------------------------------------------------------------

Value exception_new(Vm& vm, const Type* type, size_t n_args, const Value* args) {
  Value t = tuple_new(vm, n_args, args);
  if (t.is_null()) return t;
  size_t size = type->instance_size > sizeof(ExceptionObj) ? type->instance_size : sizeof(ExceptionObj);
  auto* e = static_cast<ExceptionObj*>(gc_alloc(vm, size));
  if (!e) return Value::null();
  e->type = type;
  e->args = t;
  return Value::object(e);
}

Value raise(Vm& vm, const Type* type, const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if (size_t(n) >= sizeof buf) n = sizeof buf - 1;
  Value msg = str_new(vm, std::string_view(buf, size_t(n)));
  if (msg.is_null()) return Value::null();
  Value e = exception_new(vm, type, 1, &msg);
  if (e.is_null()) return Value::null();
  vm.set_exc(e);
  return Value::null();
}

Value oserror_new(Vm& vm, size_t n_args, const Value* args) {
  return exc_make_new(vm, &OSError_type, n_args, 0, args);
}

Value raise_memory_error(Vm& vm) {
  if (vm.memory_error_.is_null()) {  // during Vm::init, before it exists
    vm.set_exc(Value::none());
    return Value::null();
  }
  ExceptionObj* e = as_exception(vm.memory_error_);
  e->traceback = Value::null();
  e->context = Value::null();
  e->cause = Value::null();
  vm.set_exc(vm.memory_error_);
  return Value::null();
}

Value check_instantiated(Vm& vm, Value cls, Value e, bool got_as_repr) {
  if (e.is_null() || is_exception(e)) return e;
  Value cls_repr = repr(vm, cls);
  if (cls_repr.is_null()) return cls_repr;
  Value got = got_as_repr ? repr(vm, type_value(type_of(e))) : Value::null();
  if (got_as_repr && got.is_null()) return got;
  StrView r = str_view(cls_repr);
  std::string_view g = got_as_repr ? std::string_view(str_view(got).data, str_view(got).len) : type_name(type_of(e));
  return raise(vm, &TypeError_type, "calling %.*s should have returned an instance of BaseException, not %.*s",
               int(r.len), r.data, int(g.size()), g.data());
}

Value make_exception(Vm& vm, Value exc) {
  // CPython's `raise Cls` names the wrong result's type as "<class 'int'>".
  if (is_type(exc) && (as_type(exc)->flags & kTypeException)) return check_instantiated(vm, exc, call0(vm, exc), true);
  if (is_exception(exc)) return exc;
  return raise(vm, &TypeError_type, "exceptions must derive from BaseException");
}

Value raise_value(Vm& vm, Value exc) {
  if (exc == vm.recursion_error_) {
    ExceptionObj* e = as_exception(exc);
    e->traceback = Value::null();
    e->context = Value::null();
    vm.set_exc(exc);
    return Value::null();
  }
  Value e = make_exception(vm, exc);
  if (e.is_null()) return e;
  vm.set_exc(e);
  return Value::null();
}

Value raise_args(Vm& vm, const Type* type, size_t n, const Value* args) {
  Value e = exception_new(vm, type, n, args);
  if (e.is_null()) return e;
  vm.set_exc(e);
  return Value::null();
}

Value raise_key_error(Vm& vm, Value key) { return raise_args(vm, &KeyError_type, 1, &key); }

Value raise_stop_iteration(Vm& vm, Value value) {
  if (value.is_none()) return raise_args(vm, &StopIteration_type, 0, nullptr);
  return raise_args(vm, &StopIteration_type, 1, &value);
}

Value raise_attribute_error(Vm& vm, Value obj, Value name) {
  std::string_view n = name.is_qstr() ? qstr_view(name) : std::string_view("?");
  if (obj.is_object() && obj.as_object()->type == &module_type) {
    std::string_view m = qstr_view(obj.as<Module>()->name);
    return raise(vm, &AttributeError_type, "module '%.*s' has no attribute '%.*s'", int(m.size()), m.data(),
                 int(n.size()), n.data());
  }
  if (is_type(obj)) {
    const Type* t = as_type(obj);
    StrView tn = is_heap_type(t) ? str_view(q(t->name)) : StrView{type_name(t).data(), type_name(t).size()};
    return raise(vm, &AttributeError_type, "type object '%.*s' has no attribute '%.*s'", int(tn.len), tn.data,
                 int(n.size()), n.data());
  }
  std::string_view tn = type_name(type_of(obj));
  return raise(vm, &AttributeError_type, "'%.*s' object has no attribute '%.*s'", int(tn.size()), tn.data(),
               int(n.size()), n.data());
}

bool exc_matches(Vm& vm, const Type* type) {
  Value e = vm.exc();
  return !e.is_null() && isinstance(e, type);
}

Value exception_arg0(Value exc) { return arg0(as_exception(exc)); }

Value exception_str(Vm& vm, Value exc) { return to_str(vm, exc); }

Value raise_syntax_error(Vm& vm, const Type* type, const char* msg, Value filename, uint32_t line,
                         uint32_t column, std::string_view line_text) {
  Value m = str_from_cstr(vm, msg);
  if (m.is_null()) return m;
  Value text = str_new(vm, line_text);
  if (text.is_null()) return text;
  Value info[4] = {filename.is_null() ? q(Q::lt_string_) : filename, Value::small_int(line),
                   Value::small_int(column), text};
  Value t = tuple_new(vm, 4, info);
  if (t.is_null()) return t;
  Value args[2] = {m, t};
  return raise_args(vm, type, 2, args);
}

void traceback_add(Vm& vm, Value exc, const Code* code, uint32_t line) {
  if (!is_exception(exc)) return;
  Value saved = vm.exc_;
  auto* tb = static_cast<TracebackEntry*>(gc_alloc(vm, sizeof(TracebackEntry)));
  vm.exc_ = saved;  // a failed allocation must not replace the exception
  if (!tb) return;
  ExceptionObj* e = as_exception(exc);
  tb->type = &traceback_type;
  tb->next = e->traceback;
  tb->code = code;
  tb->line = line;
  e->traceback = Value::object(tb);
}

// --- printing ----------------------------------------------------------------------------------

namespace {

// The exception's class name as a traceback shows it: its __qualname__
// without the module (MicroPython's form; docs/differences.md).
bool print_type_name(Vm& vm, Printer& out, const Type* t) {
  if (is_heap_type(t)) return print_value(vm, out, as_heap_type(t)->qualname, PrintKind::kStr);
  return print_str(out, type_name(t));
}

bool print_syntax_error_location(Vm& vm, Printer& out, ExceptionObj* e) {
  Tuple* a = as_tuple(e->args);
  if (a->len != 2 || !is_tuple(a->items[1]) || as_tuple(a->items[1])->len < 4) return true;
  Tuple* info = as_tuple(a->items[1]);
  if (!print_str(out, "  File \"") || !print_value(vm, out, info->items[0], PrintKind::kStr) ||
      !print_str(out, "\", line ") || !print_value(vm, out, info->items[1], PrintKind::kStr) ||
      !print_str(out, "\n")) {
    return false;
  }
  if (!is_str(info->items[3])) return true;
  StrView text = str_view(info->items[3]);
  size_t start = 0;
  while (start < text.len && (text.data[start] == ' ' || text.data[start] == '\t' || text.data[start] == '\f')) {
    ++start;
  }
  size_t end = text.len;
  while (end > start && (text.data[end - 1] == '\n' || text.data[end - 1] == '\r' || text.data[end - 1] == ' ')) {
    --end;
  }
  if (end == start) return true;
  if (!print_str(out, "    ") || !out.write(out, text.data + start, end - start) || !print_str(out, "\n")) {
    return false;
  }
  sword col = info->items[2].is_small_int() ? info->items[2].as_small_int() : 0;
  if (col <= 0) return true;
  sword caret = col - 1 - sword(start);
  if (caret < 0) caret = 0;
  if (!print_str(out, "    ")) return false;
  // Columns count code points: the caret sits under the col-th character.
  StrView line{text.data + start, end - start};
  size_t chars = 0;
  for (size_t i = 0; i < line.len && sword(chars) < caret; ++i) {
    if ((uint8_t(line.data[i]) & 0xc0) != 0x80) {
      ++chars;
      if (!print_str(out, " ")) return false;
    }
  }
  return print_str(out, "^\n");
}

bool print_tb_line(Printer& out, const TracebackEntry* tb) {
  StrView file = str_view(tb->code->filename.is_null() ? q(Q::lt_string_) : tb->code->filename);
  StrView fn = str_view(tb->code->name);
  return printf_to(out, "  File \"%.*s\", line %u, in %.*s\n", int(file.len), file.data, unsigned(tb->line),
                   int(fn.len), fn.data);
}

// sys.tracebacklimit if it was set to an int (read at each print, as
// CPython does; negative counts as 0), else -1 for no limit.
sword traceback_limit(Vm& vm) {
  Value sys = vm.modules_ ? dict_get_qstr(vm.modules_, q(Q::sys)) : Value::absent();
  if (!sys.is_object() || type_of(sys) != &module_type || !sys.as<Module>()->globals) return -1;
  Value limit = dict_get_qstr(sys.as<Module>()->globals, q(Q::tracebacklimit));
  if (!limit.is_small_int()) return -1;
  return limit.as_small_int() < 0 ? 0 : limit.as_small_int();
}

// The first entry to print: all of them, or the first/last `limit` (see TracebackEnd).
Value first_printed_entry(Value tb, sword limit, TracebackEnd keep, size_t* count) {
  size_t n = 0;
  for (Value v = tb; !v.is_null(); v = v.as<TracebackEntry>()->next) ++n;
  *count = limit < 0 || size_t(limit) > n ? n : size_t(limit);
  if (keep == TracebackEnd::kOutermost) return tb;
  for (size_t skip = n - *count; skip > 0; --skip) tb = tb.as<TracebackEntry>()->next;
  return tb;
}

bool print_one(Vm& vm, Printer& out, Value exc, TracebackEnd keep) {
  ExceptionObj* e = as_exception(exc);
  size_t count = 0;
  Value first = e->traceback.is_null() ? e->traceback
                                       : first_printed_entry(e->traceback, traceback_limit(vm), keep, &count);
  if (count > 0) {
    if (!print_str(out, "Traceback (most recent call last):\n")) return false;
    // As CPython: after three identical lines, one "[Previous line repeated N more times]".
    const TracebackEntry* last = nullptr;
    size_t repeats = 0;
    for (Value v = first;; v = v.as<TracebackEntry>()->next) {
      auto* tb = v.is_null() || count-- == 0 ? nullptr : v.as<TracebackEntry>();
      bool same = tb && last && tb->code == last->code && tb->line == last->line;
      if (same) {
        ++repeats;
        if (repeats < 3 && !print_tb_line(out, tb)) return false;
        continue;
      }
      if (repeats >= 3 &&
          !printf_to(out, "  [Previous line repeated %d more time%s]\n", int(repeats - 2), repeats - 2 == 1 ? "" : "s")) {
        return false;
      }
      if (!tb) break;
      if (!print_tb_line(out, tb)) return false;
      last = tb;
      repeats = 0;
    }
  }
  const Type* t = type_of(exc);
  if (is_subtype(t, &SyntaxError_type) && !print_syntax_error_location(vm, out, e)) return false;
  if (!print_type_name(vm, out, t)) return false;
  Value msg;
  if (is_subtype(t, &SyntaxError_type) && as_tuple(e->args)->len >= 1) {
    msg = to_str(vm, as_tuple(e->args)->items[0]);
  } else {
    msg = to_str(vm, exc);
  }
  if (msg.is_null()) {
    vm.clear_exc();
    return print_str(out, ": <exception str() failed>\n");
  }
  StrView m = str_view(msg);
  if (m.len && (!print_str(out, ": ") || !out.write(out, m.data, m.len))) return false;
  return print_str(out, "\n");
}

bool print_chain(Vm& vm, Printer& out, Value exc, TracebackEnd keep, Value* seen, size_t n_seen) {
  for (size_t i = 0; i < n_seen; ++i) {
    if (seen[i] == exc) return true;
  }
  if (n_seen < 16) seen[n_seen++] = exc;
  ExceptionObj* e = as_exception(exc);
  if (!e->cause.is_null() && is_exception(e->cause)) {
    if (!print_chain(vm, out, e->cause, keep, seen, n_seen)) return false;
    if (!print_str(out, "\nThe above exception was the direct cause of the following exception:\n\n")) return false;
  } else if (!e->context.is_null() && is_exception(e->context) && !e->suppress_context) {
    if (!print_chain(vm, out, e->context, keep, seen, n_seen)) return false;
    if (!print_str(out, "\nDuring handling of the above exception, another exception occurred:\n\n")) return false;
  }
  return print_one(vm, out, exc, keep);
}

}  // namespace

bool print_exception(Vm& vm, Printer& out, Value exc, TracebackEnd keep) {
  if (!is_exception(exc)) return print_value(vm, out, exc, PrintKind::kRepr) && print_str(out, "\n");
  Value seen[16];
  return print_chain(vm, out, exc, keep, seen, 0);
}

}  // namespace mote
