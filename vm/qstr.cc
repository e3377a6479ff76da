// qstr.cc — the interned-name pools (see qstr.h).
//
// The static pool is a constexpr table in flash, generated from qstrs.def with
// the FNV-1a hash precomputed. Frozen modules add a second flash pool
// (vm/frozen.h) whose indices follow the static ones. Dynamic names live in pools in the GC heap,
// chained newest first from the Vm (a GC root, never freed); each pool holds
// QstrText records, and each name's text is its own leaf allocation.
//
// Lookup by text walks the pools comparing the hash first, as MicroPython
// does; a small open-addressing index over the static pool keeps the common
// case (builtin names) to one or two probes. Cost: 12 bytes per dynamic name
// on a 32-bit target plus its text rounded up to 16 bytes.
#include "vm/qstr.h"

#include <cstring>

#include "gc/gc.h"
#include "vm/frozen.h"
#include "vm/vm.h"

namespace mote {

namespace {

struct StaticQstr {
  const char* data;
  uint32_t len;
  uint32_t hash;
};

constexpr uint32_t const_len(const char* s) {
  uint32_t n = 0;
  while (s[n]) ++n;
  return n;
}

constexpr StaticQstr kStaticPool[] = {
    {"", 0, hash_bytes("", 0)},
#define QDEF(id, text) {text, const_len(text), hash_bytes(text, const_len(text))},
#include "vm/qstrs.def"
#undef QDEF
};
static_assert(sizeof(kStaticPool) / sizeof(kStaticPool[0]) == Q::kStaticCount);

// Open-addressing index of the static pool (power of two, in flash).
constexpr uint32_t kIndexSize = [] {
  uint32_t n = 1;
  while (n < Q::kStaticCount * 2) n <<= 1;
  return n;
}();

constexpr std::array<uint16_t, kIndexSize> kStaticIndex = [] {
  std::array<uint16_t, kIndexSize> t{};
  for (auto& x : t) x = 0xffff;
  for (uint32_t i = 0; i < Q::kStaticCount; ++i) {
    uint32_t h = kStaticPool[i].hash & (kIndexSize - 1);
    while (t[h] != 0xffff) h = (h + 1) & (kIndexSize - 1);
    t[h] = uint16_t(i);
  }
  return t;
}();

struct QstrPool {
  QstrPool* prev;
  uint32_t base;   // index of entries[0]
  uint32_t count;
  uint32_t cap;
  QstrText entries[];
};

// The one Vm whose pools qstr_text/qstr_find read (there is one VM per
// process; a second would need its own pools pointer passed in).
Vm* g_vm = nullptr;

QstrPool* pools() { return g_vm ? static_cast<QstrPool*>(g_vm->qstr_pools_) : nullptr; }

Value find_static(std::string_view text, uint32_t hash) {
  uint32_t h = hash & (kIndexSize - 1);
  for (;;) {
    uint16_t i = kStaticIndex[h];
    if (i == 0xffff) return Value::absent();
    const StaticQstr& s = kStaticPool[i];
    if (s.hash == hash && s.len == text.size() && memcmp(s.data, text.data(), s.len) == 0) {
      return Value::qstr(i);
    }
    h = (h + 1) & (kIndexSize - 1);
  }
}

Value find_dynamic(std::string_view text, uint32_t hash) {
  for (QstrPool* p = pools(); p; p = p->prev) {
    for (uint32_t i = 0; i < p->count; ++i) {
      const QstrText& t = p->entries[i];
      if (t.hash == hash && t.len == text.size() && memcmp(t.data, text.data(), t.len) == 0) {
        return Value::qstr(p->base + i);
      }
    }
  }
  return Value::absent();
}

}  // namespace

void qstr_bind_vm(Vm* vm) { g_vm = vm; }

QstrText qstr_text(uint32_t index) {
  if (index < Q::kStaticCount) {
    const StaticQstr& s = kStaticPool[index];
    return {s.data, s.len, s.hash};
  }
  if (index - Q::kStaticCount < frozen_qstrs.count) return frozen_qstrs.entries[index - Q::kStaticCount];
  for (QstrPool* p = pools(); p; p = p->prev) {
    if (index >= p->base) return p->entries[index - p->base];
  }
  return {"", 0, kStaticPool[0].hash};
}

Value qstr_find(std::string_view text) {
  uint32_t hash = hash_bytes(text.data(), text.size());
  Value v = find_static(text, hash);
  if (v.is_absent() && frozen_qstrs.count) v = frozen_qstr_find(text, hash);
  if (v.is_absent()) v = find_dynamic(text, hash);
  return v;
}

Value qstr_intern(Vm& vm, std::string_view text) {
  uint32_t hash = hash_bytes(text.data(), text.size());
  Value v = find_static(text, hash);
  if (!v.is_absent()) return v;
  if (frozen_qstrs.count) {
    v = frozen_qstr_find(text, hash);
    if (!v.is_absent()) return v;
  }
  v = find_dynamic(text, hash);
  if (!v.is_absent()) return v;
  QstrPool* p = static_cast<QstrPool*>(vm.qstr_pools_);
  if (!p || p->count == p->cap) {
    uint32_t cap = p ? p->cap * 2 : 64;
    if (cap > 1024) cap = 1024;
    auto* np = static_cast<QstrPool*>(gc_alloc(vm, sizeof(QstrPool) + cap * sizeof(QstrText)));
    if (!np) return Value::null();
    np->prev = p;
    np->base = p ? p->base + p->count : Q::kStaticCount + frozen_qstrs.count;
    np->cap = cap;
    vm.qstr_pools_ = np;
    p = np;
  }
  char* data = static_cast<char*>(gc_alloc(vm, text.size() + 1, true));
  if (!data) return Value::null();
  memcpy(data, text.data(), text.size());
  p->entries[p->count] = {data, uint32_t(text.size()), hash};
  ++vm.qstr_count_;
  return Value::qstr(p->base + p->count++);
}

}  // namespace mote
