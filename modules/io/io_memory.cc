// io_memory.cc — io.StringIO and io.BytesIO: streams over a growable buffer in the GC heap.
//
// Both keep UTF-8/bytes in one leaf block that grows geometrically, with a byte position.
// Writing past the end pads with zero bytes, as CPython. StringIO positions (seek/tell) are
// byte offsets into the UTF-8 text, as MicroPython's: they equal CPython's character
// positions for ASCII text only (docs/differences.md). read(n) on a StringIO counts
// characters.
#include <cstring>

#include "modules/io/io_internal.h"
#include "vm/bigint.h"

namespace mote::io {

namespace {

struct MemIO {
  const Type* type;  // &string_io_type or &bytes_io_type
  uint8_t* data;     // leaf block of `cap` bytes
  size_t len, cap, pos;
  bool closed;
};

MemIO* as_mem(Value v) { return v.as<MemIO>(); }
bool is_text(const MemIO* m) { return native_base(m->type) == &string_io_type; }  // (or a subclass)

MemIO* open_self(Vm& vm, Value self) {
  MemIO* m = as_mem(self);
  if (m->closed) {
    closed_error(vm, !is_text(m));  // CPython: StringIO says it without the final "."
    return nullptr;
  }
  return m;
}

bool reserve(Vm& vm, MemIO* m, size_t need) {
  if (need <= m->cap) return true;
  size_t cap = m->cap ? m->cap : 16;
  while (cap < need) cap *= 2;
  auto* d = static_cast<uint8_t*>(m->data ? gc_realloc(vm, m->data, cap) : gc_alloc(vm, cap, true));
  if (d == nullptr) return false;
  m->data = d;
  m->cap = cap;
  return true;
}

// Writes data at the position (zero-filling a gap past the end).
bool write_at(Vm& vm, MemIO* m, const uint8_t* data, size_t len) {
  if (len == 0) return true;
  if (!reserve(vm, m, m->pos + len)) return false;
  if (m->pos > m->len) memset(m->data + m->len, 0, m->pos - m->len);
  memcpy(m->data + m->pos, data, len);
  m->pos += len;
  if (m->pos > m->len) m->len = m->pos;
  return true;
}

Value mem_new(Vm& vm, const Type* t, Value initial) {
  auto* m = static_cast<MemIO*>(gc_alloc(vm, sizeof(MemIO)));
  if (m == nullptr) return Value::null();
  m->type = t;
  if (stdlib::given(initial)) {
    const uint8_t* data;
    size_t len;
    BufferInfo b;
    if (native_base(t) == &string_io_type) {
      if (!is_str(initial)) {
        std::string_view tn = type_name(type_of(initial));
        return raise(vm, &TypeError_type, "initial_value must be str or None, not %.*s", int(tn.size()), tn.data());
      }
      StrView s = str_view(initial);
      data = reinterpret_cast<const uint8_t*>(s.data), len = s.len;
    } else {
      if (!stdlib::buffer_arg(vm, initial, &b)) return Value::null();
      data = static_cast<const uint8_t*>(b.data), len = b.len;
    }
    if (!write_at(vm, m, data, len)) return Value::null();
    m->pos = 0;
  }
  return Value::object(m);
}

Value string_io_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::initial_value, 0, Value::none()}, {Q::newline, 0, Value::none()}};
  Value a[2];
  if (!parse_args(vm, "StringIO", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  if (!a[1].is_none()) {  // accepted and ignored (no newline translation), but checked as CPython does
    if (!is_str(a[1])) {
      std::string_view tn = type_name(type_of(a[1]));
      return raise(vm, &TypeError_type, "newline must be str or None, not %.*s", int(tn.size()), tn.data());
    }
    StrView nl = str_view(a[1]);
    std::string_view v(nl.data, nl.len);
    if (v != "" && v != "\n" && v != "\r" && v != "\r\n") {
      Value r = repr(vm, a[1]);
      if (r.is_null()) return r;
      return raise(vm, &ValueError_type, "illegal newline value: %.*s", int(str_view(r).len), str_view(r).data);
    }
  }
  return mem_new(vm, t, a[0]);
}

Value bytes_io_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::initial_bytes, 0, Value::none()}};
  Value a[1];
  if (!parse_args(vm, "BytesIO", n_pos, n_kw, args, spec, 1, a)) return Value::null();
  return mem_new(vm, t, a[0]);
}

// --- reading ------------------------------------------------------------------------------------

long mem_more(Vm&, void* self, const uint8_t** data) {
  auto* m = static_cast<MemIO*>(self);
  *data = m->data + m->pos;
  return m->pos < m->len ? long(m->len - m->pos) : 0;
}

void mem_consume(void* self, size_t n) { static_cast<MemIO*>(self)->pos += n; }

Value read_mem(Vm& vm, Value self, Value size, bool line) {
  MemIO* m = open_self(vm, self);
  sword limit;
  if (m == nullptr || !size_arg(vm, size, &limit)) return Value::null();
  ByteSource src{mem_more, mem_consume, m};
  return read_stream(vm, src, limit, line, is_text(m));
}

Value m_read(Vm& vm, size_t n, size_t, const Value* args) {
  return read_mem(vm, args[0], n > 1 ? args[1] : Value::absent(), false);
}
Value m_readline(Vm& vm, size_t n, size_t, const Value* args) {
  return read_mem(vm, args[0], n > 1 ? args[1] : Value::absent(), true);
}

// readlines(hint): stops once the lines read reach hint characters (hint <= 0: all).
Value m_readlines(Vm& vm, size_t n, size_t, const Value* args) {
  sword hint = -1;
  if (n > 1 && !args[1].is_none() && !stdlib::int_arg(vm, args[1], &hint)) return Value::null();
  Value list = list_new(vm, 0, nullptr);
  if (list.is_null()) return list;
  size_t total = 0;
  for (;;) {
    Value line = read_mem(vm, args[0], Value::absent(), true);
    if (line.is_null()) return line;
    StrView l = str_view(line);
    if (l.len == 0) return list;
    if (!list_append(vm, as_list(list), line)) return Value::null();
    total += is_str(line) ? utf8_char_count(l.data, l.len) : l.len;
    if (hint > 0 && total >= size_t(hint)) return list;
  }
}

Value m_readinto(Vm& vm, size_t, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  BufferInfo b;
  if (m == nullptr || !stdlib::buffer_arg(vm, args[1], &b, true)) return Value::null();
  size_t avail = m->pos < m->len ? m->len - m->pos : 0;
  size_t n = avail < b.len ? avail : b.len;
  memcpy(b.data, m->data + m->pos, n);
  m->pos += n;
  return Value::small_int(sword(n));
}

Value m_iternext(Vm& vm, Value self) {
  Value line = read_mem(vm, self, Value::absent(), true);
  if (line.is_null()) return line;
  return str_view(line).len ? line : Value::absent();
}

Value m_get_iter(Vm& vm, Value self) { return open_self(vm, self) ? self : Value::null(); }

// --- writing and positioning --------------------------------------------------------------------

Value m_write(Vm& vm, size_t, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  if (m == nullptr) return Value::null();
  if (is_text(m)) {
    if (!is_str(args[1])) {
      std::string_view tn = type_name(type_of(args[1]));
      return raise(vm, &TypeError_type, "string argument expected, got '%.*s'", int(tn.size()), tn.data());
    }
    StrView s = str_view(args[1]);
    if (!write_at(vm, m, reinterpret_cast<const uint8_t*>(s.data), s.len)) return Value::null();
    return Value::small_int(sword(utf8_char_count(s.data, s.len)));
  }
  BufferInfo b;
  if (!stdlib::buffer_arg(vm, args[1], &b)) return Value::null();
  size_t len = b.len;
  if (!write_at(vm, m, static_cast<const uint8_t*>(b.data), len)) return Value::null();
  return Value::small_int(sword(len));
}

Value m_writelines(Vm& vm, size_t, size_t, const Value* args) {
  bool ok = for_each(vm, args[1], [&](Value line) {
    Value wargs[2] = {args[0], line};
    return !m_write(vm, 2, 0, wargs).is_null();
  });
  return ok ? Value::none() : Value::null();
}

Value m_seek(Vm& vm, size_t n, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  sword offset, whence = 0;
  if (m == nullptr || !stdlib::int_arg(vm, args[1], &offset)) return Value::null();
  if (n > 2 && !stdlib::int_arg(vm, args[2], &whence)) return Value::null();
  bool text = is_text(m);
  if (whence < 0 || whence > 2) {
    return raise(vm, &ValueError_type, text ? "Invalid whence (%ld, should be 0, 1 or 2)"
                                            : "invalid whence (%ld, should be 0, 1 or 2)", long(whence));
  }
  if (whence == 0 && offset < 0) {
    return raise(vm, &ValueError_type, text ? "Negative seek position %ld" : "negative seek value %ld", long(offset));
  }
  if (text && whence != 0 && offset != 0) return raise(vm, &OSError_type, "Can't do nonzero cur-relative seeks");
  sword base = whence == 0 ? 0 : whence == 1 ? sword(m->pos) : sword(m->len);
  sword target = base + offset;
  m->pos = size_t(target < 0 ? 0 : target);
  return int_from_sword(vm, sword(m->pos));
}

Value m_tell(Vm& vm, size_t, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  return m ? int_from_sword(vm, sword(m->pos)) : Value::null();
}

Value m_truncate(Vm& vm, size_t n, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  if (m == nullptr) return Value::null();
  sword size = sword(m->pos);
  if (n > 1 && !args[1].is_none() && !stdlib::int_arg(vm, args[1], &size)) return Value::null();
  if (size < 0) return raise(vm, &ValueError_type, "negative size value %ld", long(size));
  if (size_t(size) < m->len) m->len = size_t(size);
  return int_from_sword(vm, size);
}

Value m_getvalue(Vm& vm, size_t, size_t, const Value* args) {
  MemIO* m = open_self(vm, args[0]);
  if (m == nullptr) return Value::null();
  if (is_text(m)) return str_new(vm, {reinterpret_cast<const char*>(m->data), m->len});
  return bytes_new(vm, m->data, m->len);
}

Value m_close(Vm& vm, size_t, size_t, const Value* args) {
  MemIO* m = as_mem(args[0]);
  m->closed = true;
  m->data = nullptr;
  m->len = m->cap = m->pos = 0;
  return Value::none();
}

Value m_flush(Vm& vm, size_t, size_t, const Value* args) { return open_self(vm, args[0]) ? Value::none() : Value::null(); }
Value m_true(Vm& vm, size_t, size_t, const Value* args) { return open_self(vm, args[0]) ? Value::true_() : Value::null(); }
// isatty() is IOBase's in CPython: its closed message ends with a "." for StringIO too.
Value m_isatty(Vm& vm, size_t, size_t, const Value* args) {
  return as_mem(args[0])->closed ? closed_error(vm) : Value::false_();
}
Value m_fileno(Vm& vm, size_t, size_t, const Value*) { return raise(vm, &unsupported_operation_type, "fileno"); }
Value m_enter(Vm& vm, size_t, size_t, const Value* args) { return open_self(vm, args[0]) ? args[0] : Value::null(); }
Value m_exit(Vm& vm, size_t, size_t, const Value* args) { return m_close(vm, 1, 0, args); }
Value g_closed(Vm& vm, size_t, size_t, const Value* args) { return Value::boolean(as_mem(args[0])->closed); }

constexpr NativeFunction read_obj = native_fn(Q::read, m_read, 1, 2);
constexpr NativeFunction readline_obj = native_fn(Q::readline, m_readline, 1, 2);
constexpr NativeFunction readlines_obj = native_fn(Q::readlines, m_readlines, 1, 2);
constexpr NativeFunction readinto_obj = native_fn(Q::readinto, m_readinto, 2, 2);
constexpr NativeFunction write_obj = native_fn(Q::write, m_write, 2, 2);
constexpr NativeFunction writelines_obj = native_fn(Q::writelines, m_writelines, 2, 2);
constexpr NativeFunction seek_obj = native_fn(Q::seek, m_seek, 2, 3);
constexpr NativeFunction tell_obj = native_fn(Q::tell, m_tell, 1, 1);
constexpr NativeFunction truncate_obj = native_fn(Q::truncate, m_truncate, 1, 2);
constexpr NativeFunction getvalue_obj = native_fn(Q::getvalue, m_getvalue, 1, 1);
constexpr NativeFunction close_obj = native_fn(Q::close, m_close, 1, 1);

// __init__(initial, ...): starts the buffer again from `initial`. An instance
// of a subclass is made empty and filled here, so a subclass's own __init__
// (any signature) reaches it through super().__init__(...). Built by the
// type's make_new, so the arguments are checked the same way.
Value m_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  MemIO* m = as_mem(args[0]);
  const Type* nb = native_base(m->type);
  Value fresh = nb->make_new(vm, nb, n_pos - 1, n_kw, args + 1);
  if (fresh.is_null()) return fresh;
  const MemIO* f = as_mem(fresh);
  m->data = f->data, m->len = f->len, m->cap = f->cap, m->pos = f->pos, m->closed = f->closed;
  return Value::none();
}
constexpr NativeFunction init_obj = native_fn(Q::dunder_init, m_init, 1, 3, true);
constexpr NativeFunction flush_obj = native_fn(Q::flush, m_flush, 1, 1);
constexpr NativeFunction readable_obj = native_fn(Q::readable, m_true, 1, 1);
constexpr NativeFunction writable_obj = native_fn(Q::writable, m_true, 1, 1);
constexpr NativeFunction seekable_obj = native_fn(Q::seekable, m_true, 1, 1);
constexpr NativeFunction isatty_obj = native_fn(Q::isatty, m_isatty, 1, 1);
constexpr NativeFunction fileno_obj = native_fn(Q::fileno, m_fileno, 1, 1);
constexpr NativeFunction enter_obj = native_fn(Q::dunder_enter, m_enter, 1, 1);
constexpr NativeFunction exit_obj = native_fn(Q::dunder_exit, m_exit, 1, 4);
constexpr NativeFunction closed_get = native_fn(Q::closed, g_closed, 1, 1);
constexpr Property closed_prop = {&property_type, Value::object(&closed_get), Value::none(), Value::none(),
                                  Value::none()};

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto mem_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(read, read_obj), ENTRY(readline, readline_obj), ENTRY(readlines, readlines_obj),
    ENTRY(readinto, readinto_obj), ENTRY(write, write_obj), ENTRY(writelines, writelines_obj),
    ENTRY(seek, seek_obj), ENTRY(tell, tell_obj), ENTRY(truncate, truncate_obj), ENTRY(getvalue, getvalue_obj),
    ENTRY(close, close_obj), ENTRY(flush, flush_obj), ENTRY(readable, readable_obj),
    ENTRY(writable, writable_obj), ENTRY(seekable, seekable_obj), ENTRY(dunder_enter, enter_obj),
    ENTRY(dunder_exit, exit_obj), ENTRY(closed, closed_prop), ENTRY(isatty, isatty_obj), ENTRY(fileno, fileno_obj),
    ENTRY(dunder_init, init_obj),
}));
#undef ENTRY
constexpr ConstMap mem_locals = {mem_locals_table.data(), mem_locals_table.size()};

// CPython's repr names the module: <_io.StringIO object at 0x...>.
bool mem_print(Vm& vm, Printer& out, Value self, PrintKind) {
  std::string_view name = type_name(type_of(self));
  return printf_to(out, "<_io.%.*s object at %p>", int(name.size()), name.data(),
                   static_cast<void*>(self.as_object()));
}

constexpr Type mem_type(uint32_t name, MakeNewFn make_new) {
  // A base type: a subclass instance starts empty and its __init__ fills it
  // (no kTypeIterIsSelf, which would hand the call's arguments to make_new;
  // get_iter returns the stream itself all the same).
  return Type{.type = &type_type, .name = name, .flags = kTypeBaseType,
              .instance_size = sizeof(MemIO),
              .base = &object_type, .make_new = make_new, .print = mem_print, .unary = nullptr,
              .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
              .call = nullptr, .get_iter = m_get_iter, .iternext = m_iternext, .buffer = nullptr,
              .locals = &mem_locals};
}

}  // namespace

constexpr Type string_io_type = mem_type(Q::StringIO, string_io_make_new);
constexpr Type bytes_io_type = mem_type(Q::BytesIO, bytes_io_make_new);

}  // namespace mote::io
