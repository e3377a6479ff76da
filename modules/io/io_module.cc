// io_module.cc — the `io` module (also `uio`): the module table, io.IOBase, and the stream
// reader shared by files (io_file.cc) and in-memory streams (io_memory.cc).
//
// IOBase is the base for streams written in Python (MicroPython's use: a class defining
// readinto/write/ioctl to be polled or wrapped). It gives them CPython's mixin behaviour:
// `with` (closing on exit), closed/close(), flush(), readline()/readlines() and line iteration
// built on the subclass's read(). The closed flag lives in the instance dict.
#include "modules/io/io_internal.h"
#include "modules/stdlib_modules.h"

namespace mote::io {

// --- the shared reader ------------------------------------------------------------------------

namespace {

// Offset of the first invalid UTF-8 sequence in data, or len if valid.
size_t utf8_invalid_at(const uint8_t* p, size_t len) {
  for (size_t i = 0; i < len;) {
    uint8_t c = p[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || (n == 2 && c < 0xc2) || i + n > len) return i;
    for (size_t k = 1; k < n; ++k) {
      if ((p[i + k] & 0xc0) != 0x80) return i;
    }
    if (n == 3 && ((c == 0xe0 && p[i + 1] < 0xa0) || (c == 0xed && p[i + 1] >= 0xa0))) return i;
    if (n == 4 && ((c == 0xf0 && p[i + 1] < 0x90) || c > 0xf4 || (c == 0xf4 && p[i + 1] >= 0x90))) return i;
    i += n;
  }
  return len;
}

}  // namespace

Value read_stream(Vm& vm, const ByteSource& src, sword limit, bool line, bool text) {
  StrBuilder b(vm);
  sword count = 0;
  for (bool stop = false; !stop;) {
    const uint8_t* p;
    long n = src.more(vm, src.self, &p);
    if (n < 0) return Value::null();
    if (n == 0) break;
    size_t i = 0;
    for (; i < size_t(n); ++i) {
      uint8_t c = p[i];
      if (!text || (c & 0xc0) != 0x80) {  // the start of a character
        if (limit >= 0 && count == limit) {
          stop = true;
          break;
        }
        ++count;
      }
      if (line && c == '\n') {
        ++i;
        stop = true;
        break;
      }
    }
    if (i && !b.write(b, reinterpret_cast<const char*>(p), i)) return Value::null();
    src.consume(src.self, i);
  }
  if (!text) return b.finish(&bytes_type);
  Value s = b.finish();
  if (s.is_null()) return s;
  StrView v = str_view(s);
  size_t bad = utf8_invalid_at(reinterpret_cast<const uint8_t*>(v.data), v.len);
  if (bad < v.len) {
    return raise(vm, &UnicodeDecodeError_type, "'utf-8' codec can't decode byte 0x%02x in position %lu: invalid start byte",
                 unsigned(uint8_t(v.data[bad])), static_cast<unsigned long>(bad));
  }
  return s;
}

bool size_arg(Vm& vm, Value v, sword* out) {
  if (v.is_absent() || v.is_none() || v.is_null()) {
    *out = -1;
    return true;
  }
  if (!is_int(v)) {
    std::string_view tn = type_name(type_of(v));
    raise(vm, &TypeError_type, "argument should be integer or None, not '%.*s'", int(tn.size()), tn.data());
    return false;
  }
  if (!to_sword(vm, v, out)) return false;
  if (*out < 0) *out = -1;
  return true;
}

Value closed_error(Vm& vm, bool period) {
  return raise(vm, &ValueError_type, period ? "I/O operation on closed file." : "I/O operation on closed file");
}

bool is_native_stream(Value v) {
  if (!v.is_object()) return false;
  const Type* t = native_base(type_of(v));
  return t == &text_file_type || t == &binary_file_type || t == &string_io_type || t == &bytes_io_type;
}

// --- IOBase -------------------------------------------------------------------------------------

namespace {

Value iobase_make_new(Vm& vm, const Type* t, size_t, size_t, const Value*) {
  Value o = instance_alloc(vm, t);
  return o;
}

bool is_closed(Vm& vm, Value self, bool* out) {
  Value v = lookup_attr(vm, self, q(Q::iobase_closed_));
  if (v.is_null()) return false;
  *out = !v.is_absent() && v.is_true_literal();
  return true;
}

Value b_closed(Vm& vm, size_t, size_t, const Value* args) {
  bool c;
  return is_closed(vm, args[0], &c) ? Value::boolean(c) : Value::null();
}

Value b_close(Vm& vm, size_t, size_t, const Value* args) {
  bool c;
  if (!is_closed(vm, args[0], &c)) return Value::null();
  if (c) return Value::none();
  Value r = call_method_opt(vm, args[0], q(Q::flush), 0, nullptr);
  if (r.is_null()) return r;
  return store_attr(vm, args[0], q(Q::iobase_closed_), Value::true_()) ? Value::none() : Value::null();
}

Value b_flush(Vm& vm, size_t, size_t, const Value* args) {
  bool c;
  if (!is_closed(vm, args[0], &c)) return Value::null();
  return c ? closed_error(vm) : Value::none();
}

Value b_enter(Vm& vm, size_t, size_t, const Value* args) {
  bool c;
  if (!is_closed(vm, args[0], &c)) return Value::null();
  return c ? closed_error(vm) : args[0];
}

Value b_exit(Vm& vm, size_t, size_t, const Value* args) {
  Value r = call_method(vm, args[0], q(Q::close), 0, nullptr);
  return r.is_null() ? r : Value::none();
}

Value b_false(Vm& vm, size_t, size_t, const Value*) { return Value::false_(); }

// readline() over read(1): bytes or str, whichever read() returns.
Value b_readline(Vm& vm, size_t n, size_t, const Value* args) {
  sword limit = -1;
  if (n > 1 && !size_arg(vm, args[1], &limit)) return Value::null();
  Value one = Value::small_int(1);
  Value result = Value::null();
  for (sword count = 0; limit < 0 || count < limit; ++count) {
    Value c = call_method(vm, args[0], q(Q::read), 1, &one);
    if (c.is_null()) return c;
    size_t len;
    if (c.is_none() || !length(vm, c, &len) || len == 0) {
      vm.clear_exc();
      break;
    }
    result = result.is_null() ? c : binary_op(vm, BinaryOp::ADD, result, c);
    if (result.is_null()) return result;
    StrView s = isinstance(c, &bytearray_type) ? StrView{"", 0} : str_view(c);
    if (s.len == 1 && s.data[0] == '\n') break;
  }
  if (result.is_null()) {  // nothing read: an empty value of read()'s type
    Value c = call_method(vm, args[0], q(Q::read), 1, &one);
    if (c.is_null()) return c;
    return is_str(c) ? q(Q::empty_) : bytes_new(vm, nullptr, 0);
  }
  return result;
}

Value b_readlines(Vm& vm, size_t n, size_t, const Value* args) {
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  for (;;) {
    Value line = call_method(vm, args[0], q(Q::readline), 0, nullptr);
    if (line.is_null()) return line;
    size_t len;
    if (!length(vm, line, &len)) return Value::null();
    if (len == 0) return list;
    if (!list_append(vm, as_list(list), line)) return Value::null();
  }
}

Value b_iter(Vm& vm, size_t, size_t, const Value* args) { return b_enter(vm, 1, 0, args); }

Value b_next(Vm& vm, size_t, size_t, const Value* args) {
  Value line = call_method(vm, args[0], q(Q::readline), 0, nullptr);
  if (line.is_null()) return line;
  size_t len;
  if (!length(vm, line, &len)) return Value::null();
  return len ? line : raise_stop_iteration(vm, Value::none());
}

// The slots a class deriving from IOBase falls back on for iter() and next().
Value iobase_get_iter(Vm& vm, Value self) { return b_enter(vm, 1, 0, &self); }
Value iobase_iternext(Vm& vm, Value self) {
  Value line = call_method(vm, self, q(Q::readline), 0, nullptr);
  if (line.is_null()) return line;
  size_t len;
  if (!length(vm, line, &len)) return Value::null();
  return len ? line : Value::absent();
}

constexpr NativeFunction closed_get = native_fn(Q::closed, b_closed, 1, 1);
constexpr Property closed_prop = {&property_type, Value::object(&closed_get), Value::none(), Value::none(),
                                  Value::none()};
constexpr NativeFunction close_obj = native_fn(Q::close, b_close, 1, 1);
constexpr NativeFunction flush_obj = native_fn(Q::flush, b_flush, 1, 1);
constexpr NativeFunction enter_obj = native_fn(Q::dunder_enter, b_enter, 1, 1);
constexpr NativeFunction exit_obj = native_fn(Q::dunder_exit, b_exit, 1, 4);
constexpr NativeFunction readable_obj = native_fn(Q::readable, b_false, 1, 1);
constexpr NativeFunction writable_obj = native_fn(Q::writable, b_false, 1, 1);
constexpr NativeFunction seekable_obj = native_fn(Q::seekable, b_false, 1, 1);
constexpr NativeFunction readline_obj = native_fn(Q::readline, b_readline, 1, 2);
constexpr NativeFunction readlines_obj = native_fn(Q::readlines, b_readlines, 1, 2);
constexpr NativeFunction iter_obj = native_fn(Q::dunder_iter, b_iter, 1, 1);
constexpr NativeFunction next_obj = native_fn(Q::dunder_next, b_next, 1, 1);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto iobase_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(closed, closed_prop), ENTRY(close, close_obj), ENTRY(flush, flush_obj),
    ENTRY(dunder_enter, enter_obj), ENTRY(dunder_exit, exit_obj), ENTRY(readable, readable_obj),
    ENTRY(writable, writable_obj), ENTRY(seekable, seekable_obj), ENTRY(readline, readline_obj),
    ENTRY(readlines, readlines_obj), ENTRY(dunder_iter, iter_obj), ENTRY(dunder_next, next_obj),
}));
constexpr ConstMap iobase_locals = {iobase_locals_table.data(), iobase_locals_table.size()};

}  // namespace

constexpr Type iobase_type = {
    .type = &type_type, .name = Q::IOBase, .flags = kTypeBaseType, .instance_size = sizeof(Obj),
    .base = &object_type, .make_new = iobase_make_new, .print = nullptr, .unary = nullptr, .binary = nullptr,
    .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = iobase_get_iter,
    .iternext = iobase_iternext, .buffer = nullptr, .locals = &iobase_locals, .dict_offset = sizeof(Obj)};

constexpr Type unsupported_operation_type = stdlib::module_exception_type(Q::UnsupportedOperation, &OSError_type);

namespace {

constexpr auto io_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::io)},
    ENTRY(open, open_obj),
    ENTRY(StringIO, string_io_type),
    ENTRY(BytesIO, bytes_io_type),
    ENTRY(IOBase, iobase_type),
    ENTRY(FileIO, binary_file_type),
    ENTRY(sys_stream, text_file_type),  // "TextIOWrapper",
    ENTRY(UnsupportedOperation, unsupported_operation_type),
    MapEntry{q(Q::SEEK_SET_), Value::small_int(0)},
    MapEntry{q(Q::SEEK_CUR_), Value::small_int(1)},
    MapEntry{q(Q::SEEK_END_), Value::small_int(2)},
}));
#undef ENTRY

}  // namespace
}  // namespace mote::io

namespace mote {
constexpr ConstMap io_module_globals = {io::io_table.data(), io::io_table.size()};
}  // namespace mote
