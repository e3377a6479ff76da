// io_file.cc — file objects and open(): text (UTF-8 str) and binary (bytes) files over the
// port's file functions (vm/hal.h).
//
// One layout serves both kinds; the type says which (TextIOWrapper for text, FileIO for
// binary). Reads go through a small read buffer (kBufSize bytes, allocated on the first read),
// so readline() and line iteration cost one port call per buffer, not per byte; the buffer's
// unread bytes are given back (a seek) before a write, seek or tell, which therefore see the
// logical position. Writes go straight to the port (nothing to flush at close, so a board
// that resets loses nothing that write() returned for). Text reads count code points: read(n)
// returns n characters, and invalid UTF-8 raises UnicodeDecodeError. Newlines are not
// translated (CPython translates "\r\n" on reading; MicroPython does not).
//
// Errors follow CPython: ValueError "I/O operation on closed file.", io.UnsupportedOperation
// "not readable"/"not writable", OSError(errno) from the port with e.filename.
#include <cstring>

#include "modules/io/io_internal.h"
#include "vm/bigint.h"
#include "vm/hal.h"

namespace mote::io {

namespace {

constexpr size_t kBufSize = 256;

enum FileFlags : uint8_t { kReadable = 1, kWritable = 2 };

struct FileObj {
  const Type* type;  // &text_file_type or &binary_file_type
  int32_t handle;    // -1 once closed
  uint8_t flags;
  uint16_t pos, len;  // unread bytes are buf[pos, len)
  uint8_t* buf;       // kBufSize bytes (a leaf block), nullptr until the first read
  Value name;
  Value mode;
};

FileObj* as_file(Value v) { return v.as<FileObj>(); }
bool is_text(const FileObj* f) { return f->type == &text_file_type; }

// The open file of a method's self; ValueError if closed.
FileObj* open_self(Vm& vm, Value self) {
  FileObj* f = as_file(self);
  if (f->handle < 0) {
    closed_error(vm);
    return nullptr;
  }
  return f;
}

FileObj* readable_self(Vm& vm, Value self) {
  FileObj* f = open_self(vm, self);
  if (f && !(f->flags & kReadable)) {
    raise(vm, &unsupported_operation_type, "not readable");
    return nullptr;
  }
  return f;
}

Value raise_port(Vm& vm, long err, FileObj* f) { return stdlib::raise_errno(vm, int(err), f ? f->name : Value::null()); }

// Gives unread buffered bytes back to the port (moves its position back to the logical one).
bool drop_buffer(Vm& vm, FileObj* f) {
  if (f->pos < f->len) {
    int64_t r = hal_file_seek(f->handle, -int64_t(f->len - f->pos), 1);
    if (r < 0) return !raise_port(vm, long(r), f).is_null();
  }
  f->pos = f->len = 0;
  return true;
}

// --- reading ------------------------------------------------------------------------------------

long file_more(Vm& vm, void* self, const uint8_t** data) {
  auto* f = static_cast<FileObj*>(self);
  if (f->pos == f->len) {
    if (f->buf == nullptr) {
      f->buf = static_cast<uint8_t*>(gc_alloc(vm, kBufSize, true));
      if (f->buf == nullptr) return -1;
    }
    long n = hal_file_read(f->handle, f->buf, kBufSize);
    if (n < 0) {
      raise_port(vm, n, f);
      return -1;
    }
    f->pos = 0;
    f->len = uint16_t(n);
  }
  *data = f->buf + f->pos;
  return long(f->len - f->pos);
}

void file_consume(void* self, size_t n) { static_cast<FileObj*>(self)->pos += uint16_t(n); }

Value read_file(Vm& vm, Value self, sword limit, bool line) {
  FileObj* f = readable_self(vm, self);
  if (f == nullptr) return Value::null();
  ByteSource src{file_more, file_consume, f};
  return read_stream(vm, src, limit, line, is_text(f));
}

Value f_read(Vm& vm, size_t n, size_t, const Value* args) {
  sword limit;
  if (!size_arg(vm, n > 1 ? args[1] : Value::absent(), &limit)) return Value::null();
  return read_file(vm, args[0], limit, false);
}

Value f_readline(Vm& vm, size_t n, size_t, const Value* args) {
  sword limit;
  if (!size_arg(vm, n > 1 ? args[1] : Value::absent(), &limit)) return Value::null();
  return read_file(vm, args[0], limit, true);
}

Value f_readlines(Vm& vm, size_t n, size_t, const Value* args) {
  sword hint;
  if (!size_arg(vm, n > 1 ? args[1] : Value::absent(), &hint)) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  size_t total = 0;
  for (;;) {
    Value line = read_file(vm, args[0], -1, true);
    if (line.is_null()) return line;
    size_t len = str_view(line).len;
    if (len == 0) return list;
    if (!list_append(vm, as_list(list), line)) return Value::null();
    total += len;
    if (hint > 0 && total >= size_t(hint)) return list;
  }
}

Value f_readinto(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = readable_self(vm, args[0]);
  BufferInfo b;
  if (f == nullptr || !stdlib::buffer_arg(vm, args[1], &b, true)) return Value::null();
  auto* out = static_cast<uint8_t*>(b.data);
  size_t done = 0;
  if (f->pos < f->len) {  // buffered bytes first
    size_t buffered = size_t(f->len - f->pos);
    done = buffered < b.len ? buffered : b.len;
    memcpy(out, f->buf + f->pos, done);
    f->pos += uint16_t(done);
  }
  while (done < b.len) {
    long n = hal_file_read(f->handle, out + done, b.len - done);
    if (n < 0) return raise_port(vm, n, f);
    if (n == 0) break;
    done += size_t(n);
  }
  return Value::small_int(sword(done));
}

Value f_iternext(Vm& vm, Value self) {
  Value line = read_file(vm, self, -1, true);
  if (line.is_null()) return line;
  return str_view(line).len ? line : Value::absent();
}

Value f_get_iter(Vm& vm, Value self) { return open_self(vm, self) ? self : Value::null(); }

// --- writing and positioning --------------------------------------------------------------------

Value f_write(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  if (f == nullptr) return Value::null();
  if (!(f->flags & kWritable)) {  // CPython's messages: TextIOWrapper's and BufferedReader's
    return raise(vm, &unsupported_operation_type, is_text(f) ? "not writable" : "write");
  }
  const uint8_t* data;
  size_t len, result;
  if (is_text(f)) {
    if (!is_str(args[1])) {
      std::string_view tn = type_name(type_of(args[1]));
      return raise(vm, &TypeError_type, "write() argument must be str, not %.*s", int(tn.size()), tn.data());
    }
    StrView s = str_view(args[1]);
    data = reinterpret_cast<const uint8_t*>(s.data);
    len = s.len;
    result = utf8_char_count(s.data, s.len);
  } else {
    BufferInfo b;
    if (!stdlib::buffer_arg(vm, args[1], &b)) return Value::null();
    data = static_cast<const uint8_t*>(b.data);
    len = result = b.len;
  }
  if (!drop_buffer(vm, f)) return Value::null();
  long n = hal_file_write(f->handle, data, len);
  if (n < 0) return raise_port(vm, n, f);
  return Value::small_int(sword(is_text(f) ? result : size_t(n)));
}

Value f_writelines(Vm& vm, size_t, size_t, const Value* args) {
  bool ok = for_each(vm, args[1], [&](Value line) {
    Value wargs[2] = {args[0], line};
    return !f_write(vm, 2, 0, wargs).is_null();
  });
  return ok ? Value::none() : Value::null();
}

Value f_seek(Vm& vm, size_t n, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  sword offset, whence = 0;
  if (f == nullptr || !stdlib::int_arg(vm, args[1], &offset)) return Value::null();
  if (n > 2 && !stdlib::int_arg(vm, args[2], &whence)) return Value::null();
  if (whence < 0 || whence > 2) {
    return raise(vm, &ValueError_type, "invalid whence (%ld, should be 0, 1 or 2)", long(whence));
  }
  if (is_text(f)) {  // a text position is opaque: only seeks to the start, the end or here
    if (whence == 0 && offset < 0) return raise(vm, &ValueError_type, "negative seek position %ld", long(offset));
    if (whence != 0 && offset != 0) {
      return raise(vm, &unsupported_operation_type, "can't do nonzero %s-relative seeks", whence == 1 ? "cur" : "end");
    }
  } else if (whence == 0 && offset < 0) {
    return stdlib::raise_errno(vm, 22);  // as the OS: EINVAL
  }
  if (!drop_buffer(vm, f)) return Value::null();
  int64_t r = hal_file_seek(f->handle, offset, int(whence));
  if (r < 0) return raise_port(vm, long(r), f);
  return bigint_from_int64(vm, r);
}

Value f_tell(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  if (f == nullptr) return Value::null();
  int64_t r = hal_file_seek(f->handle, 0, 1);
  if (r < 0) return raise_port(vm, long(r), f);
  return bigint_from_int64(vm, r - (f->len - f->pos));
}

Value f_flush(Vm& vm, size_t, size_t, const Value* args) { return open_self(vm, args[0]) ? Value::none() : Value::null(); }

Value f_close(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = as_file(args[0]);
  if (f->handle < 0) return Value::none();
  int r = hal_file_close(f->handle);
  f->handle = -1;
  f->pos = f->len = 0;
  return r < 0 ? raise_port(vm, r, f) : Value::none();
}

Value f_enter(Vm& vm, size_t, size_t, const Value* args) { return open_self(vm, args[0]) ? args[0] : Value::null(); }
Value f_exit(Vm& vm, size_t, size_t, const Value* args) {
  Value r = f_close(vm, 1, 0, args);
  return r.is_null() ? r : Value::none();
}

Value f_fileno(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  return f ? Value::small_int(f->handle) : Value::null();
}

Value f_readable(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  return f ? Value::boolean(f->flags & kReadable) : Value::null();
}
Value f_writable(Vm& vm, size_t, size_t, const Value* args) {
  FileObj* f = open_self(vm, args[0]);
  return f ? Value::boolean(f->flags & kWritable) : Value::null();
}
Value f_seekable(Vm& vm, size_t, size_t, const Value* args) {
  return open_self(vm, args[0]) ? Value::true_() : Value::null();
}
Value f_isatty(Vm& vm, size_t, size_t, const Value* args) {
  return open_self(vm, args[0]) ? Value::false_() : Value::null();
}

Value g_closed(Vm& vm, size_t, size_t, const Value* args) { return Value::boolean(as_file(args[0])->handle < 0); }
Value g_name(Vm& vm, size_t, size_t, const Value* args) { return as_file(args[0])->name; }
Value g_mode(Vm& vm, size_t, size_t, const Value* args) { return as_file(args[0])->mode; }

bool file_print(Vm& vm, Printer& out, Value self, PrintKind) {
  FileObj* f = as_file(self);
  if (!print_str(out, is_text(f) ? "<_io.TextIOWrapper name=" : "<_io.FileIO name=") ||
      !print_value(vm, out, f->name, PrintKind::kRepr) || !print_str(out, " mode=") ||
      !print_value(vm, out, f->mode, PrintKind::kRepr)) {
    return false;
  }
  return print_str(out, is_text(f) ? " encoding='UTF-8'>" : ">");
}

constexpr NativeFunction read_obj = native_fn(Q::read, f_read, 1, 2);
constexpr NativeFunction readline_obj = native_fn(Q::readline, f_readline, 1, 2);
constexpr NativeFunction readlines_obj = native_fn(Q::readlines, f_readlines, 1, 2);
constexpr NativeFunction readinto_obj = native_fn(Q::readinto, f_readinto, 2, 2);
constexpr NativeFunction write_obj = native_fn(Q::write, f_write, 2, 2);
constexpr NativeFunction writelines_obj = native_fn(Q::writelines, f_writelines, 2, 2);
constexpr NativeFunction seek_obj = native_fn(Q::seek, f_seek, 2, 3);
constexpr NativeFunction tell_obj = native_fn(Q::tell, f_tell, 1, 1);
constexpr NativeFunction flush_obj = native_fn(Q::flush, f_flush, 1, 1);
constexpr NativeFunction close_obj = native_fn(Q::close, f_close, 1, 1);
constexpr NativeFunction enter_obj = native_fn(Q::dunder_enter, f_enter, 1, 1);
constexpr NativeFunction exit_obj = native_fn(Q::dunder_exit, f_exit, 1, 4);
constexpr NativeFunction fileno_obj = native_fn(Q::fileno, f_fileno, 1, 1);
constexpr NativeFunction readable_obj = native_fn(Q::readable, f_readable, 1, 1);
constexpr NativeFunction writable_obj = native_fn(Q::writable, f_writable, 1, 1);
constexpr NativeFunction seekable_obj = native_fn(Q::seekable, f_seekable, 1, 1);
constexpr NativeFunction isatty_obj = native_fn(Q::isatty, f_isatty, 1, 1);
constexpr NativeFunction closed_get = native_fn(Q::closed, g_closed, 1, 1);
constexpr NativeFunction name_get = native_fn(Q::name, g_name, 1, 1);
constexpr NativeFunction mode_get = native_fn(Q::mode, g_mode, 1, 1);
constexpr Property prop(const NativeFunction& f) {
  return Property{&property_type, Value::object(&f), Value::none(), Value::none(), Value::none()};
}
constexpr Property closed_prop = prop(closed_get), name_prop = prop(name_get), mode_prop = prop(mode_get);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto file_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(read, read_obj), ENTRY(readline, readline_obj), ENTRY(readlines, readlines_obj),
    ENTRY(readinto, readinto_obj), ENTRY(write, write_obj), ENTRY(writelines, writelines_obj),
    ENTRY(seek, seek_obj), ENTRY(tell, tell_obj),
    ENTRY(flush, flush_obj), ENTRY(close, close_obj), ENTRY(dunder_enter, enter_obj),
    ENTRY(dunder_exit, exit_obj), ENTRY(fileno, fileno_obj), ENTRY(readable, readable_obj),
    ENTRY(writable, writable_obj), ENTRY(seekable, seekable_obj), ENTRY(isatty, isatty_obj),
    ENTRY(closed, closed_prop), ENTRY(name, name_prop), ENTRY(mode, mode_prop),
}));
#undef ENTRY
constexpr ConstMap file_locals = {file_locals_table.data(), file_locals_table.size()};

constexpr Type file_type(uint32_t name) {
  return Type{.type = &type_type, .name = name, .flags = kTypeIterIsSelf, .instance_size = 0,
              .base = &object_type, .make_new = nullptr, .print = file_print, .unary = nullptr,
              .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
              .call = nullptr, .get_iter = f_get_iter, .iternext = f_iternext, .buffer = nullptr,
              .locals = &file_locals};
}

// --- open() ---------------------------------------------------------------------------------------

// Parses a mode string into port open flags and file flags; ValueError as CPython.
bool parse_mode(Vm& vm, StrView mode, uint8_t* open_flags, uint8_t* file_flags, bool* binary) {
  bool seen[128] = {};
  int kinds = 0;
  for (size_t i = 0; i < mode.len; ++i) {
    char c = mode.data[i];
    if (uint8_t(c) >= 128 || !strchr("rwxabt+", c) || c == 0 || seen[int(c)]) {
      raise(vm, &ValueError_type, "invalid mode: '%.*s'", int(mode.len), mode.data);
      return false;
    }
    seen[int(c)] = true;
    kinds += c == 'r' || c == 'w' || c == 'x' || c == 'a';
  }
  if (kinds != 1) {
    raise(vm, &ValueError_type, mode.len ? "must have exactly one of create/read/write/append mode"
                                         : "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  if (seen[int('b')] && seen[int('t')]) {
    raise(vm, &ValueError_type, "can't have text and binary mode at once");
    return false;
  }
  uint8_t o = 0, f = 0;
  if (seen[int('r')]) o = kHalOpenRead, f = kReadable;
  if (seen[int('w')]) o = kHalOpenWrite | kHalOpenCreate | kHalOpenTruncate, f = kWritable;
  if (seen[int('x')]) o = kHalOpenWrite | kHalOpenCreate | kHalOpenExclusive, f = kWritable;
  if (seen[int('a')]) o = kHalOpenWrite | kHalOpenCreate | kHalOpenAppend, f = kWritable;
  if (seen[int('+')]) o |= kHalOpenRead | kHalOpenWrite, f = kReadable | kWritable;
  *open_flags = o;
  *file_flags = f;
  *binary = seen[int('b')];
  return true;
}

bool utf8_encoding(StrView e) {
  char lower[8];
  if (e.len >= sizeof lower) return false;
  for (size_t i = 0; i < e.len; ++i) lower[i] = char(e.data[i] | 0x20);
  std::string_view s(lower, e.len);
  return s == "utf-8" || s == "utf8" || s == "utf_8" || s == "ascii";
}

Value io_open(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::file, kArgRequired, Value::none()},  {Q::mode, 0, Value::none()},
                                 {Q::buffering, 0, Value::none()},        {Q::encoding, 0, Value::none()},
                                 {Q::errors, 0, Value::none()},           {Q::newline, 0, Value::none()},
                                 {Q::closefd, 0, Value::true_()},         {Q::opener, 0, Value::none()}};
  Value a[8];
  if (!parse_args(vm, "open", n_pos, n_kw, args, spec, 8, a)) return Value::null();
  Value path = a[0];
  if (!is_str(path) && !isinstance(path, &bytes_type)) {
    std::string_view tn = type_name(type_of(path));
    return raise(vm, &TypeError_type, "expected str, bytes or os.PathLike object, not %.*s", int(tn.size()), tn.data());
  }
  Value mode = a[1].is_none() ? q(Q::r) : a[1];
  if (!is_str(mode)) return stdlib::raise_arg_type(vm, "open", "str", mode);
  uint8_t open_flags, file_flags;
  bool binary;
  if (!parse_mode(vm, str_view(mode), &open_flags, &file_flags, &binary)) return Value::null();
  if (!a[3].is_none()) {
    if (binary) return raise(vm, &ValueError_type, "binary mode doesn't take an encoding argument");
    if (!is_str(a[3])) return stdlib::raise_arg_type(vm, "open", "str or None", a[3]);
    if (!utf8_encoding(str_view(a[3]))) {
      StrView e = str_view(a[3]);
      return raise(vm, &LookupError_type, "unknown encoding: %.*s", int(e.len), e.data);
    }
  }
  StrView p = str_view(path);
  if (memchr(p.data, 0, p.len)) return raise(vm, &ValueError_type, "embedded null byte");
  char local[256];
  char* c_path = local;
  if (p.len + 1 > sizeof local) {
    c_path = static_cast<char*>(gc_alloc(vm, p.len + 1, true));
    if (c_path == nullptr) return Value::null();
  }
  memcpy(c_path, p.data, p.len);
  c_path[p.len] = 0;
  auto* f = static_cast<FileObj*>(gc_alloc(vm, sizeof(FileObj)));
  if (f == nullptr) return Value::null();
  int handle = hal_file_open(c_path, open_flags);
  if (handle < 0) return stdlib::raise_errno(vm, handle, path);
  *f = FileObj{binary ? &binary_file_type : &text_file_type, handle, file_flags, 0, 0, nullptr, path, mode};
  return Value::object(f);
}

}  // namespace

constexpr Type text_file_type = file_type(Q::sys_stream);  // "TextIOWrapper"
constexpr Type binary_file_type = file_type(Q::FileIO);
constexpr NativeFunction open_obj = native_fn(Q::open, io_open, 0, 8, true);

}  // namespace mote::io
