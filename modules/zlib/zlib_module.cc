// zlib_module.cc — the `zlib` module over the system zlib library (host only).
//
// compress/decompress, crc32/adler32, and the streaming compressobj()/decompressobj() objects,
// with CPython's signatures, results and messages ("Error -3 while decompressing data:
// incorrect header check"). zlib's own allocations are served from the GC heap (zalloc), so a
// stream object that becomes garbage takes its zlib state with it: no finaliser is needed. The
// z_stream lives inside the Python object (a non-leaf block), which keeps its state reachable.
//
// On a microcontroller build this module does not exist (modules/stdlib.cmake builds it only
// for the host; ports/host/port_modules.cc lists it). docs/modules.md says so.
#include <zlib.h>

#include <cstring>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"

namespace mote {

namespace {

using stdlib::given;

constexpr Type zlib_error_type = stdlib::module_exception_type(Q::error, &Exception_type);

// --- zlib's memory from the GC heap ---------------------------------------------------------------

voidpf z_alloc(voidpf opaque, uInt items, uInt size) {
  Vm& vm = *static_cast<Vm*>(opaque);
  void* p = gc_alloc(vm, size_t(items) * size);
  if (p == nullptr) vm.clear_exc();  // zlib reports Z_MEM_ERROR; we raise MemoryError then
  return p;
}

void z_free(voidpf opaque, voidpf p) { gc_free(*static_cast<Vm*>(opaque), p); }

void init_stream(Vm& vm, z_stream* zs) {
  memset(zs, 0, sizeof *zs);
  zs->zalloc = z_alloc;
  zs->zfree = z_free;
  zs->opaque = &vm;
}

Value zlib_error(Vm& vm, int err, const z_stream& zs, const char* while_what) {
  if (err == Z_MEM_ERROR) return raise_memory_error(vm);
  const char* msg = zs.msg;
  if (err == Z_BUF_ERROR && msg == nullptr) msg = "incomplete or truncated stream";
  if (err == Z_VERSION_ERROR) msg = "library version mismatch";
  if (msg == nullptr) msg = err == Z_STREAM_ERROR ? "inconsistent stream state" : err == Z_DATA_ERROR ? "invalid input data" : "unknown error";
  return raise(vm, &zlib_error_type, "Error %d %s: %.200s", err, while_what, msg);
}

// --- an output buffer that grows in the GC heap ---------------------------------------------------

struct OutBuf {
  uint8_t* data = nullptr;
  size_t len = 0;
  size_t cap = 0;

  // Makes room for at least `more` bytes after len; points zs at the free space.
  bool reserve(Vm& vm, z_stream* zs, size_t more) {
    if (cap - len < more) {
      size_t want = cap ? cap * 2 : 256;
      while (want - len < more) want *= 2;
      auto* bigger = static_cast<uint8_t*>(data ? gc_realloc(vm, data, want) : gc_alloc(vm, want, true));
      if (bigger == nullptr) return false;
      data = bigger;
      cap = want;
    }
    zs->next_out = data + len;
    zs->avail_out = uInt(cap - len > 0x40000000 ? 0x40000000 : cap - len);
    return true;
  }
  void produced(const z_stream& zs) { len = size_t(zs.next_out - data); }
  Value to_bytes(Vm& vm) const { return bytes_new(vm, data, len); }
};

bool int_opt(Vm& vm, Value v, sword dflt, sword* out) {
  if (!given(v)) {
    *out = dflt;
    return true;
  }
  return stdlib::int_arg(vm, v, out);
}

// --- one-shot functions ---------------------------------------------------------------------

Value z_compress(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::data, kArgRequired, Value::none()},
                                 {Q::level, 0, Value::small_int(Z_DEFAULT_COMPRESSION)},
                                 {Q::wbits, 0, Value::small_int(MAX_WBITS)}};
  Value a[3];
  if (!parse_args(vm, "compress", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  BufferInfo in;
  sword level, wbits;
  if (!stdlib::buffer_arg(vm, a[0], &in) || !int_opt(vm, a[1], Z_DEFAULT_COMPRESSION, &level) ||
      !int_opt(vm, a[2], MAX_WBITS, &wbits)) {
    return Value::null();
  }
  z_stream zs;
  init_stream(vm, &zs);
  int err = deflateInit2(&zs, int(level), Z_DEFLATED, int(wbits), 8, Z_DEFAULT_STRATEGY);
  if (err == Z_STREAM_ERROR) return raise(vm, &zlib_error_type, "Bad compression level");
  if (err != Z_OK) return zlib_error(vm, err, zs, "while compressing data");
  zs.next_in = static_cast<Bytef*>(in.data);
  zs.avail_in = uInt(in.len);
  OutBuf out;
  do {
    if (!out.reserve(vm, &zs, deflateBound(&zs, zs.avail_in) + 16)) return Value::null();
    err = deflate(&zs, Z_FINISH);
    out.produced(zs);
  } while (err == Z_OK || (err == Z_BUF_ERROR && zs.avail_out == 0));
  deflateEnd(&zs);
  if (err != Z_STREAM_END) return zlib_error(vm, err, zs, "while compressing data");
  return out.to_bytes(vm);
}

Value z_decompress(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::data, kArgRequired, Value::none()},
                                 {Q::wbits, 0, Value::small_int(MAX_WBITS)},
                                 {Q::bufsize, 0, Value::small_int(16384)}};
  Value a[3];
  if (!parse_args(vm, "decompress", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  BufferInfo in;
  sword wbits, bufsize;
  if (!stdlib::buffer_arg(vm, a[0], &in) || !int_opt(vm, a[1], MAX_WBITS, &wbits) ||
      !int_opt(vm, a[2], 16384, &bufsize)) {
    return Value::null();
  }
  if (bufsize < 0) return raise(vm, &ValueError_type, "bufsize must be non-negative");
  z_stream zs;
  init_stream(vm, &zs);
  int err = inflateInit2(&zs, int(wbits));
  if (err != Z_OK) return zlib_error(vm, err, zs, "while preparing to decompress data");
  zs.next_in = static_cast<Bytef*>(in.data);
  zs.avail_in = uInt(in.len);
  OutBuf out;
  do {
    if (!out.reserve(vm, &zs, size_t(bufsize ? bufsize : 1))) {
      inflateEnd(&zs);
      return Value::null();
    }
    err = inflate(&zs, Z_NO_FLUSH);
    out.produced(zs);
  } while (err == Z_OK && (zs.avail_in > 0 || zs.avail_out == 0));
  inflateEnd(&zs);
  if (err == Z_OK) err = Z_BUF_ERROR;  // input ran out before the end of the stream
  if (err != Z_STREAM_END) return zlib_error(vm, err, zs, "while decompressing data");
  return out.to_bytes(vm);
}

template <uLong (*F)(uLong, const Bytef*, uInt)>
Value z_checksum(Vm& vm, size_t n, size_t, const Value* args, uLong start) {
  BufferInfo in;
  if (!stdlib::buffer_arg(vm, args[0], &in)) return Value::null();
  uLong value = start;
  if (n > 1) {
    Value v = stdlib::given(args[1]) ? binary_op(vm, BinaryOp::AND, args[1], bigint_from_uint64(vm, 0xffffffffu))
                                     : Value::small_int(0);
    int64_t x;
    if (v.is_null() || !bigint_to_int64(v, &x)) return Value::null();
    value = uLong(x);
  }
  const Bytef* p = static_cast<const Bytef*>(in.data);
  for (size_t left = in.len; left > 0;) {
    uInt chunk = uInt(left > 0x40000000 ? 0x40000000 : left);
    value = F(value, p, chunk);
    p += chunk;
    left -= chunk;
  }
  return bigint_from_uint64(vm, value & 0xffffffffu);
}

Value z_crc32(Vm& vm, size_t n, size_t kw, const Value* args) { return z_checksum<crc32>(vm, n, kw, args, 0); }
Value z_adler32(Vm& vm, size_t n, size_t kw, const Value* args) { return z_checksum<adler32>(vm, n, kw, args, 1); }

// --- streaming objects ---------------------------------------------------------------------------

struct StreamObj {
  const Type* type;
  z_stream zs;
  Value unused_data;      // Decompress: bytes after the end of the stream
  Value unconsumed_tail;  // Decompress: input not yet consumed because of max_length
  bool eof;
  bool finished;          // Compress: flushed with Z_FINISH
};

StreamObj* as_stream(Value v) { return v.as<StreamObj>(); }

extern const Type compress_type;
extern const Type decompress_type;

Value stream_new(Vm& vm, const Type* type) {
  auto* s = static_cast<StreamObj*>(gc_alloc(vm, sizeof(StreamObj)));
  if (s == nullptr) return Value::null();
  s->type = type;
  init_stream(vm, &s->zs);
  s->unused_data = s->unconsumed_tail = q(Q::empty_);
  Value empty = bytes_new(vm, nullptr, 0);
  if (empty.is_null()) return empty;
  s->unused_data = s->unconsumed_tail = empty;
  return Value::object(s);
}

Value z_compressobj(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::level, 0, Value::small_int(Z_DEFAULT_COMPRESSION)},
                                 {Q::method, 0, Value::small_int(Z_DEFLATED)},
                                 {Q::wbits, 0, Value::small_int(MAX_WBITS)},
                                 {Q::memLevel, 0, Value::small_int(8)},
                                 {Q::strategy, 0, Value::small_int(Z_DEFAULT_STRATEGY)}};
  Value a[5];
  sword v[5];
  if (!parse_args(vm, "compressobj", n_pos, n_kw, args, spec, 5, a)) return Value::null();
  for (int i = 0; i < 5; ++i) {
    if (!stdlib::int_arg(vm, a[i], &v[i])) return Value::null();
  }
  Value obj = stream_new(vm, &compress_type);
  if (obj.is_null()) return obj;
  StreamObj* s = as_stream(obj);
  int err = deflateInit2(&s->zs, int(v[0]), int(v[1]), int(v[2]), int(v[3]), int(v[4]));
  if (err == Z_STREAM_ERROR) return raise(vm, &ValueError_type, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(vm, err, s->zs, "while creating compression object");
  return obj;
}

Value z_decompressobj(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::wbits, 0, Value::small_int(MAX_WBITS)}};
  Value a[1];
  sword wbits;
  if (!parse_args(vm, "decompressobj", n_pos, n_kw, args, spec, 1, a) || !stdlib::int_arg(vm, a[0], &wbits)) {
    return Value::null();
  }
  Value obj = stream_new(vm, &decompress_type);
  if (obj.is_null()) return obj;
  StreamObj* s = as_stream(obj);
  int err = inflateInit2(&s->zs, int(wbits));
  if (err == Z_STREAM_ERROR) return raise(vm, &ValueError_type, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(vm, err, s->zs, "while creating decompression object");
  return obj;
}

// Runs deflate over `in` with `flush`, collecting all output.
Value run_deflate(Vm& vm, StreamObj* s, const uint8_t* in, size_t len, int flush) {
  if (s->finished) return raise(vm, &zlib_error_type, "Error -2 while compressing data: inconsistent stream state");
  s->zs.next_in = const_cast<Bytef*>(in);
  s->zs.avail_in = uInt(len);
  OutBuf out;
  int err;
  do {
    if (!out.reserve(vm, &s->zs, 256 + s->zs.avail_in / 2)) return Value::null();
    err = deflate(&s->zs, flush);
    out.produced(s->zs);
  } while (err == Z_OK && (s->zs.avail_out == 0 || s->zs.avail_in > 0));
  s->zs.next_in = nullptr;
  s->zs.next_out = nullptr;
  if (err == Z_STREAM_END) {
    s->finished = true;
    deflateEnd(&s->zs);
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(vm, err, s->zs, "while compressing data");
  }
  return out.to_bytes(vm);
}

Value c_compress(Vm& vm, size_t, size_t, const Value* args) {
  BufferInfo in;
  if (!stdlib::buffer_arg(vm, args[1], &in)) return Value::null();
  return run_deflate(vm, as_stream(args[0]), static_cast<const uint8_t*>(in.data), in.len, Z_NO_FLUSH);
}

Value c_flush(Vm& vm, size_t n, size_t, const Value* args) {
  sword mode = Z_FINISH;
  if (n > 1 && !stdlib::int_arg(vm, args[1], &mode)) return Value::null();
  if (mode == Z_NO_FLUSH) return bytes_new(vm, nullptr, 0);
  return run_deflate(vm, as_stream(args[0]), nullptr, 0, int(mode));
}

// Decompress.decompress(data, max_length=0).
Value d_decompress(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::data, kArgRequired, Value::none()}, {Q::max_length, 0, Value::small_int(0)}};
  Value a[2];
  sword max_length;
  BufferInfo in;
  if (!parse_args(vm, "decompress", n_pos - 1, n_kw, args + 1, spec, 2, a) ||
      !stdlib::int_arg(vm, a[1], &max_length) || !stdlib::buffer_arg(vm, a[0], &in)) {
    return Value::null();
  }
  if (max_length < 0) return raise(vm, &ValueError_type, "max_length must be non-negative");
  StreamObj* s = as_stream(args[0]);
  if (s->eof) {  // everything after the end is unused data
    Value more = bytes_new(vm, static_cast<const uint8_t*>(in.data), in.len);
    if (more.is_null()) return more;
    s->unused_data = binary_op(vm, BinaryOp::ADD, s->unused_data, more);
    return s->unused_data.is_null() ? Value::null() : bytes_new(vm, nullptr, 0);
  }
  s->zs.next_in = static_cast<Bytef*>(in.data);
  s->zs.avail_in = uInt(in.len);
  OutBuf out;
  int err = Z_OK;
  while (s->zs.avail_in > 0 || err == Z_OK) {
    size_t room = max_length ? size_t(max_length) - out.len : 1024 + in.len;
    if (max_length && room == 0) break;
    if (!out.reserve(vm, &s->zs, room)) return Value::null();
    if (max_length && s->zs.avail_out > room) s->zs.avail_out = uInt(room);
    err = inflate(&s->zs, Z_SYNC_FLUSH);
    out.produced(s->zs);
    if (err != Z_OK) break;
    if (s->zs.avail_in == 0 && s->zs.avail_out != 0) break;
  }
  if (err == Z_STREAM_END) {
    s->eof = true;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    s->zs.next_in = nullptr;
    return zlib_error(vm, err, s->zs, "while decompressing data");
  }
  const uint8_t* rest = s->zs.next_in;
  size_t rest_len = s->zs.avail_in;
  s->zs.next_in = nullptr;
  s->zs.avail_in = 0;
  s->zs.next_out = nullptr;
  Value tail = bytes_new(vm, rest, rest_len);
  if (tail.is_null()) return tail;
  if (s->eof) {
    s->unused_data = tail;
    s->unconsumed_tail = bytes_new(vm, nullptr, 0);
    inflateEnd(&s->zs);
  } else {
    s->unconsumed_tail = tail;
  }
  return out.to_bytes(vm);
}

// Decompress.flush([length]): whatever is left of the unconsumed tail.
Value d_flush(Vm& vm, size_t n, size_t, const Value* args) {
  StreamObj* s = as_stream(args[0]);
  sword length = 1;
  if (n > 1 && !stdlib::int_arg(vm, args[1], &length)) return Value::null();
  if (length <= 0) return raise(vm, &ValueError_type, "length must be greater than zero");
  if (s->eof) return bytes_new(vm, nullptr, 0);
  Value dargs[2] = {args[0], s->unconsumed_tail};
  return d_decompress(vm, 2, 0, dargs);
}

Value stream_getattr(Vm& vm, Value self, Value name) {
  StreamObj* s = as_stream(self);
  if (s->type != &decompress_type) return Value::absent();
  if (name == q(Q::unused_data)) return s->unused_data;
  if (name == q(Q::unconsumed_tail)) return s->unconsumed_tail;
  if (name == q(Q::eof)) return Value::boolean(s->eof);
  return Value::absent();
}

constexpr NativeFunction c_compress_obj = native_fn(Q::compress, c_compress, 2, 2);
constexpr NativeFunction c_flush_obj = native_fn(Q::flush, c_flush, 1, 2);
constexpr NativeFunction d_decompress_obj = native_fn(Q::decompress, d_decompress, 1, 3, true);
constexpr NativeFunction d_flush_obj = native_fn(Q::flush, d_flush, 1, 2);

constexpr auto compress_locals_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::compress), Value::object(&c_compress_obj)},
    {q(Q::flush), Value::object(&c_flush_obj)},
}));
constexpr ConstMap compress_locals = {compress_locals_table.data(), compress_locals_table.size()};
constexpr auto decompress_locals_table = sorted_table(std::to_array<MapEntry>({
    {q(Q::decompress), Value::object(&d_decompress_obj)},
    {q(Q::flush), Value::object(&d_flush_obj)},
}));
constexpr ConstMap decompress_locals = {decompress_locals_table.data(), decompress_locals_table.size()};

constexpr Type compress_type = {
    .type = &type_type, .name = Q::Compress, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr, .load_attr = nullptr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &compress_locals};
constexpr Type decompress_type = {
    .type = &type_type, .name = Q::Decompress, .flags = 0, .instance_size = 0, .base = &object_type,
    .make_new = nullptr, .print = nullptr, .unary = nullptr, .binary = nullptr, .load_attr = stream_getattr,
    .store_attr = nullptr, .subscr = nullptr, .call = nullptr, .get_iter = nullptr, .iternext = nullptr,
    .buffer = nullptr, .locals = &decompress_locals};

constexpr NativeFunction compress_obj = native_fn(Q::compress, z_compress, 0, 3, true);
constexpr NativeFunction decompress_obj = native_fn(Q::decompress, z_decompress, 0, 3, true);
constexpr NativeFunction crc32_obj = native_fn(Q::crc32, z_crc32, 1, 2);
constexpr NativeFunction adler32_obj = native_fn(Q::adler32, z_adler32, 1, 2);
constexpr NativeFunction compressobj_obj = native_fn(Q::compressobj, z_compressobj, 0, 5, true);
constexpr NativeFunction decompressobj_obj = native_fn(Q::decompressobj, z_decompressobj, 0, 1, true);

constexpr char kVersion[] = ZLIB_VERSION;
constexpr Str kVersionStr = {&str_type, hash_bytes(kVersion, sizeof kVersion - 1), uint32_t(sizeof kVersion - 1),
                             uint32_t(sizeof kVersion - 1), kVersion};

// zlib.h defines the constants' names as macros: their qstrs carry a trailing underscore.
#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
#define CONST(name, value) MapEntry{q(Q::name), Value::small_int(value)}
constexpr auto zlib_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::zlib)},
    ENTRY(compress, compress_obj), ENTRY(decompress, decompress_obj), ENTRY(crc32, crc32_obj),
    ENTRY(adler32, adler32_obj), ENTRY(compressobj, compressobj_obj), ENTRY(decompressobj, decompressobj_obj),
    ENTRY(error, zlib_error_type), ENTRY(ZLIB_VERSION_, kVersionStr), ENTRY(ZLIB_RUNTIME_VERSION_, kVersionStr),
    CONST(MAX_WBITS_, MAX_WBITS), CONST(DEFLATED_, Z_DEFLATED), CONST(DEF_MEM_LEVEL_, 8),
    CONST(DEF_BUF_SIZE_, 16384), CONST(Z_BEST_COMPRESSION_, Z_BEST_COMPRESSION), CONST(Z_BEST_SPEED_, Z_BEST_SPEED),
    CONST(Z_DEFAULT_COMPRESSION_, Z_DEFAULT_COMPRESSION), CONST(Z_DEFAULT_STRATEGY_, Z_DEFAULT_STRATEGY),
    CONST(Z_FILTERED_, Z_FILTERED), CONST(Z_HUFFMAN_ONLY_, Z_HUFFMAN_ONLY), CONST(Z_RLE_, Z_RLE),
    CONST(Z_FIXED_, Z_FIXED), CONST(Z_NO_FLUSH_, Z_NO_FLUSH), CONST(Z_PARTIAL_FLUSH_, Z_PARTIAL_FLUSH),
    CONST(Z_SYNC_FLUSH_, Z_SYNC_FLUSH), CONST(Z_FULL_FLUSH_, Z_FULL_FLUSH), CONST(Z_FINISH_, Z_FINISH),
    CONST(Z_BLOCK_, Z_BLOCK),
}));
#undef CONST
#undef ENTRY

}  // namespace

constexpr ConstMap zlib_module_globals = {zlib_table.data(), zlib_table.size()};

}  // namespace mote
