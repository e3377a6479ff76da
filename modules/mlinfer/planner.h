// planner.h — places every non-constant buffer in one arena, ahead of time.
//
// Buffers are the activations (model inputs, outputs, intermediates) and the
// kernels' scratch requests. Each has a size and a lifetime: the first and
// last node (in execution order) that touch it. Two buffers may share bytes
// only if their lifetimes do not overlap.
//
// Algorithm (TFLite Micro's greedy planner): take buffers largest first; put
// each at the lowest offset where it does not overlap, in memory, any already
// placed buffer whose lifetime overlaps its own (first fit, scanning placed
// buffers in address order). Sizes are rounded up to 16 bytes, so every
// buffer is 16-aligned in a 16-aligned arena. O(n^2) in the buffer count,
// which is small (tens to hundreds), with no memory beyond two index arrays.
//
// Not optimal (the problem is NP-hard) but within a few percent of the peak
// live size on typical feed-forward models, and deterministic.
#pragma once

#include <cstdint>

#include "modules/mlinfer/status.h"

namespace mote::mlinfer {

inline constexpr uint32_t kArenaAlignment = 16;

struct PlanBuffer {
  uint32_t bytes = 0;   // rounded up to kArenaAlignment by PlanArena
  int32_t first = 0;    // first node using it (inclusive)
  int32_t last = 0;     // last node using it (inclusive)
  uint32_t offset = 0;  // result: byte offset in the arena
};

// Assigns offsets to `buffers` and sets `*arena_bytes` to the total. `order`
// and `placed` are scratch arrays of `count` entries. Fails (MemoryError) only
// if the arena would exceed 2 GiB.
Status PlanArena(PlanBuffer* buffers, uint32_t count, uint32_t* order, uint32_t* placed, uint64_t* arena_bytes);

}  // namespace mote::mlinfer
