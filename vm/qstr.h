// qstr.h — interned names ("qstrs"), as one-word Values.
//
// Every identifier the compiler sees, every attribute and method name, and
// every string used as a dict key in a module/class/instance namespace is
// interned: stored once, and named by its index. Comparing two names is then
// comparing two words, and a name costs one word wherever it is stored.
//
// Two pools share one index space:
//   - the static pool: the names listed in vm/qstrs.def, a constexpr table in
//     flash with precomputed hashes; `Q::append` is the index of "append".
//     Native modules name their functions and attributes with these.
//   - dynamic pools: names interned at run time (by the compiler, the .mpy
//     loader, setattr with a new name...). Their text lives in GC-heap chunks
//     that are GC roots and never freed, as MicroPython's qstr pools.
//
// The hash is FNV-1a over the UTF-8 bytes, truncated to 32 bits; a heap str
// with the same text has the same hash, so dicts can mix both forms.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/value.h"

namespace mote {

class Vm;

constexpr uint32_t hash_bytes(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) {
    h ^= uint8_t(s[i]);
    h *= 16777619u;
  }
  return h;
}

// Q::name is the static index of a name in vm/qstrs.def.
namespace Q {
enum : uint32_t {
  empty_ = 0,
#define QDEF(id, text) id,
#include "vm/qstrs.def"
#undef QDEF
  kStaticCount
};
}  // namespace Q

// A qstr Value for a static name: q(Q::append).
constexpr Value q(uint32_t index) { return Value::qstr(index); }

struct QstrText {
  const char* data;
  uint32_t len;
  uint32_t hash;
};

// Text of an interned name (static or dynamic). Never fails for a valid index.
QstrText qstr_text(uint32_t index);
inline std::string_view qstr_view(Value name) {
  QstrText t = qstr_text(name.as_qstr());
  return {t.data, t.len};
}

// Intern `text`: returns its qstr Value, or Value::null() with MemoryError
// pending if the pool cannot grow.
Value qstr_intern(Vm& vm, std::string_view text);

// Look `text` up without interning: the qstr Value, or Value::absent() if the
// text was never interned (so no namespace can hold it as a key).
Value qstr_find(std::string_view text);

}  // namespace mote
