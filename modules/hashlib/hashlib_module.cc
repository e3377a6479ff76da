// hashlib_module.cc — the `hashlib` module (also `uhashlib`): sha256, sha1 and md5 objects
// with CPython's interface (update, digest, hexdigest, copy, name, digest_size, block_size).
//
// Unlike MicroPython's uhashlib, digest() does not end the object: it pads a copy of the state
// (hash_core.cc), so update() may follow, as in CPython. A hash object is one leaf GC block
// (~120 bytes): the type, the algorithm and the state.
#include <cstring>

#include "modules/common/module_util.h"
#include "modules/hashlib/hash_core.h"
#include "modules/stdlib_modules.h"

namespace mote {

namespace {

using hashlib::HashAlgo;
using hashlib::HashState;

struct HashObj {
  const Type* type;
  const HashAlgo* algo;
  HashState state;
};

extern const Type sha256_type;
extern const Type sha1_type;
extern const Type md5_type;

HashObj* as_hash(Value v) { return v.as<HashObj>(); }

bool data_arg(Vm& vm, Value v, BufferInfo* out) {
  if (is_str(v)) {
    raise(vm, &TypeError_type, "Strings must be encoded before hashing");
    return false;
  }
  if (stdlib::buffer_arg(vm, v, out)) return true;
  vm.clear_exc();
  raise(vm, &TypeError_type, "object supporting the buffer API required");
  return false;
}

bool update(Vm& vm, HashObj* h, Value data) {
  BufferInfo b;
  if (!data_arg(vm, data, &b)) return false;
  hashlib::hash_update(*h->algo, &h->state, static_cast<const uint8_t*>(b.data), b.len);
  return true;
}

Value hash_new(Vm& vm, const Type* type, const HashAlgo& algo, Value data) {
  auto* h = static_cast<HashObj*>(gc_alloc(vm, sizeof(HashObj), true));
  if (h == nullptr) return Value::null();
  h->type = type;
  h->algo = &algo;
  hashlib::hash_init(algo, &h->state);
  if (!data.is_absent() && !update(vm, h, data)) return Value::null();
  return Value::object(h);
}

const HashAlgo& algo_of(const Type* t) {
  return t == &sha1_type ? hashlib::kSha1 : t == &md5_type ? hashlib::kMd5 : hashlib::kSha256;
}

Value hash_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args) {
  // No default: hashlib.sha256(None) is a TypeError, as in CPython.
  static const ArgSpec spec[] = {{Q::string, 0, Value::absent()}, {Q::usedforsecurity, kArgKwOnly, Value::true_()}};
  Value a[2];
  if (!parse_args(vm, type_name(t).data(), n_pos, n_kw, args, spec, 2, a)) return Value::null();
  return hash_new(vm, t, algo_of(t), a[0]);
}

// hashlib.new(name, data=b'').
Value h_new(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::name, kArgRequired, Value::none()},
                                 {Q::data, 0, Value::absent()},
                                 {Q::usedforsecurity, kArgKwOnly, Value::true_()}};
  Value a[3];
  if (!parse_args(vm, "new", n_pos, n_kw, args, spec, 3, a)) return Value::null();
  if (!is_str(a[0])) return raise(vm, &TypeError_type, "name must be a string");
  StrView name = str_view(a[0]);
  const Type* types[] = {&sha256_type, &sha1_type, &md5_type};
  for (const Type* t : types) {
    const char* n = algo_of(t).name;
    if (strlen(n) != name.len) continue;
    bool same = true;
    for (size_t i = 0; i < name.len && same; ++i) same = (name.data[i] | 0x20) == n[i];
    if (same) return hash_new(vm, t, algo_of(t), a[1]);
  }
  return raise(vm, &ValueError_type, "unsupported hash type %.*s", int(name.len), name.data);
}

Value m_update(Vm& vm, size_t, size_t, const Value* args) {
  return update(vm, as_hash(args[0]), args[1]) ? Value::none() : Value::null();
}

Value m_digest(Vm& vm, size_t, size_t, const Value* args) {
  HashObj* h = as_hash(args[0]);
  uint8_t out[32];
  hashlib::hash_digest(*h->algo, h->state, out);
  return bytes_new(vm, out, h->algo->digest_size);
}

Value m_hexdigest(Vm& vm, size_t, size_t, const Value* args) {
  HashObj* h = as_hash(args[0]);
  uint8_t out[32];
  char text[64];
  hashlib::hash_digest(*h->algo, h->state, out);
  for (size_t i = 0; i < h->algo->digest_size; ++i) {
    text[2 * i] = "0123456789abcdef"[out[i] >> 4];
    text[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
  }
  return str_new(vm, {text, size_t(2 * h->algo->digest_size)});
}

Value m_copy(Vm& vm, size_t, size_t, const Value* args) {
  auto* c = static_cast<HashObj*>(gc_alloc(vm, sizeof(HashObj), true));
  if (c == nullptr) return Value::null();
  *c = *as_hash(args[0]);
  return Value::object(c);
}

Value hash_getattr(Vm& vm, Value self, Value name) {
  HashObj* h = as_hash(self);
  if (name == q(Q::name)) return str_from_cstr(vm, h->algo->name);
  if (name == q(Q::digest_size)) return Value::small_int(h->algo->digest_size);
  if (name == q(Q::block_size)) return Value::small_int(64);
  return Value::absent();
}

bool hash_print(Vm& vm, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<%s HASH object>", as_hash(self)->algo->name);
}

constexpr NativeFunction update_obj = native_fn(Q::update, m_update, 2, 2);
constexpr NativeFunction digest_obj = native_fn(Q::digest, m_digest, 1, 1);
constexpr NativeFunction hexdigest_obj = native_fn(Q::hexdigest, m_hexdigest, 1, 1);
constexpr NativeFunction copy_obj = native_fn(Q::copy, m_copy, 1, 1);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto hash_locals_table = sorted_table(std::to_array<MapEntry>({
    ENTRY(update, update_obj),
    ENTRY(digest, digest_obj),
    ENTRY(hexdigest, hexdigest_obj),
    ENTRY(copy, copy_obj),
}));
constexpr ConstMap hash_locals = {hash_locals_table.data(), hash_locals_table.size()};

constexpr Type hash_type(uint32_t name) {
  return Type{.type = &type_type, .name = name, .flags = 0, .instance_size = 0, .base = &object_type,
              .make_new = hash_make_new, .print = hash_print, .unary = nullptr, .binary = nullptr,
              .load_attr = hash_getattr, .store_attr = nullptr, .subscr = nullptr, .call = nullptr,
              .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr, .locals = &hash_locals};
}

constexpr Type sha256_type = hash_type(Q::sha256);
constexpr Type sha1_type = hash_type(Q::sha1);
constexpr Type md5_type = hash_type(Q::md5);

constexpr NativeFunction new_obj = native_fn(Q::new_, h_new, 0, 2, true);

constexpr auto hashlib_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::hashlib)},
    ENTRY(sha256, sha256_type),
    ENTRY(sha1, sha1_type),
    ENTRY(md5, md5_type),
    ENTRY(new_, new_obj),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap hashlib_module_globals = {hashlib_table.data(), hashlib_table.size()};

}  // namespace mote
