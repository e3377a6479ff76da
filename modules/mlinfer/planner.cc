// planner.cc — the greedy first-fit arena planner (see planner.h).
#include "modules/mlinfer/planner.h"

namespace mote::mlinfer {
namespace {

bool PlacedBefore(const PlanBuffer* b, uint32_t x, uint32_t y) {
  if (b[x].bytes != b[y].bytes) return b[x].bytes > b[y].bytes;
  if (b[x].first != b[y].first) return b[x].first < b[y].first;
  return x < y;
}

// Insertion sort of `order` by decreasing size (stable, no allocation).
void SortBySize(const PlanBuffer* buffers, uint32_t* order, uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) order[i] = i;
  for (uint32_t i = 1; i < count; ++i) {
    const uint32_t v = order[i];
    uint32_t j = i;
    while (j > 0 && PlacedBefore(buffers, v, order[j - 1])) {
      order[j] = order[j - 1];
      --j;
    }
    order[j] = v;
  }
}

bool LifetimesOverlap(const PlanBuffer& a, const PlanBuffer& b) { return a.first <= b.last && b.first <= a.last; }

// Lowest offset for `buffer` given `placed` (sorted by offset).
uint64_t FirstFit(const PlanBuffer* buffers, const PlanBuffer& buffer, const uint32_t* placed, uint32_t placed_count) {
  uint64_t candidate = 0;
  for (uint32_t i = 0; i < placed_count; ++i) {
    const PlanBuffer& other = buffers[placed[i]];
    if (!LifetimesOverlap(buffer, other)) continue;
    if (other.offset >= candidate + buffer.bytes) break;  // the gap before `other` fits
    const uint64_t end = uint64_t{other.offset} + other.bytes;
    if (end > candidate) candidate = end;
  }
  return candidate;
}

// Inserts buffer `index` into `placed`, keeping it sorted by offset.
void InsertPlaced(const PlanBuffer* buffers, uint32_t index, uint32_t* placed, uint32_t* placed_count) {
  uint32_t j = *placed_count;
  while (j > 0 && buffers[placed[j - 1]].offset > buffers[index].offset) {
    placed[j] = placed[j - 1];
    --j;
  }
  placed[j] = index;
  ++*placed_count;
}

}  // namespace

Status PlanArena(PlanBuffer* buffers, uint32_t count, uint32_t* order, uint32_t* placed, uint64_t* arena_bytes) {
  constexpr uint64_t kLimit = uint64_t{1} << 31;
  for (uint32_t i = 0; i < count; ++i) {
    buffers[i].bytes = (buffers[i].bytes + kArenaAlignment - 1) & ~(kArenaAlignment - 1);
  }
  SortBySize(buffers, order, count);
  uint32_t placed_count = 0;
  uint64_t total = 0;
  for (uint32_t i = 0; i < count; ++i) {
    PlanBuffer& buffer = buffers[order[i]];
    const uint64_t offset = FirstFit(buffers, buffer, placed, placed_count);
    if (offset + buffer.bytes > kLimit) {
      return Status::Error(ErrorKind::kMemoryError, "arena too large: model needs over {} bytes", offset + buffer.bytes);
    }
    buffer.offset = static_cast<uint32_t>(offset);
    InsertPlaced(buffers, order[i], placed, &placed_count);
    if (offset + buffer.bytes > total) total = offset + buffer.bytes;
  }
  *arena_bytes = total;
  return Status::Ok();
}

}  // namespace mote::mlinfer
