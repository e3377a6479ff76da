// frozen.cc — lookup in the frozen-module table and the frozen qstr pool.
//
// Both tables are generated constant data (see frozen.h); the empty weak
// definitions here let every program that links the core run without them.
#include "vm/frozen.h"

#include <cstring>

namespace mote {

__attribute__((weak)) extern const FrozenModuleTable frozen_modules = {nullptr, 0};
__attribute__((weak)) extern const FrozenQstrPool frozen_qstrs = {nullptr, 0, nullptr, 0};

const FrozenModule* frozen_find(std::string_view name) {
  uint32_t lo = 0, hi = frozen_modules.count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    int c = name.compare(frozen_modules.modules[mid].name);
    if (c == 0) return &frozen_modules.modules[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return nullptr;
}

Value frozen_qstr_find(std::string_view text, uint32_t hash) {
  const FrozenQstrPool& p = frozen_qstrs;
  if (p.index_size == 0) return Value::absent();
  for (uint32_t h = hash & (p.index_size - 1);; h = (h + 1) & (p.index_size - 1)) {
    uint16_t e = p.index[h];
    if (e == 0) return Value::absent();
    const QstrText& t = p.entries[e - 1];
    if (t.hash == hash && t.len == text.size() && memcmp(t.data, text.data(), t.len) == 0) {
      return Value::qstr(Q::kStaticCount + e - 1);
    }
  }
}

bool frozen_qstrs_active() {
  if (frozen_qstrs.count == 0) return true;
  QstrText t = qstr_text(Q::kStaticCount);
  return t.data == frozen_qstrs.entries[0].data;
}

}  // namespace mote
