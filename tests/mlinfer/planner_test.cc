// planner_test.cc — the greedy arena planner: buffers alive at the same time
// never share bytes, buffers with disjoint lifetimes do, everything is
// 16-aligned, and the arena is close to the peak live size.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "modules/mlinfer/planner.h"

namespace mote::mlinfer {
namespace {

uint64_t Plan(std::vector<PlanBuffer>& buffers) {
  std::vector<uint32_t> order(buffers.size()), placed(buffers.size());
  uint64_t bytes = 0;
  EXPECT_TRUE(PlanArena(buffers.data(), static_cast<uint32_t>(buffers.size()), order.data(), placed.data(), &bytes).ok());
  return bytes;
}

void ExpectValid(const std::vector<PlanBuffer>& b, uint64_t arena) {
  for (size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(b[i].offset % kArenaAlignment, 0u);
    EXPECT_LE(uint64_t{b[i].offset} + b[i].bytes, arena);
    for (size_t j = i + 1; j < b.size(); ++j) {
      const bool live_together = b[i].first <= b[j].last && b[j].first <= b[i].last;
      const bool share_bytes = b[i].offset < b[j].offset + b[j].bytes && b[j].offset < b[i].offset + b[i].bytes;
      EXPECT_FALSE(live_together && share_bytes) << i << " and " << j;
    }
  }
}

TEST(Planner, ChainReusesMemory) {
  // a -> b -> c -> d: each buffer overlaps only its neighbours.
  std::vector<PlanBuffer> b = {{100, 0, 1}, {200, 1, 2}, {100, 2, 3}, {50, 3, 3}};
  const uint64_t arena = Plan(b);
  ExpectValid(b, arena);
  EXPECT_EQ(arena, 208u + 112u);  // 200 (->208) next to 100 (->112); the rest reuse
}

TEST(Planner, RoundsToSixteenBytes) {
  std::vector<PlanBuffer> b = {{1, 0, 0}, {17, 0, 0}};
  EXPECT_EQ(Plan(b), 16u + 32u);
  ExpectValid(b, 48);
}

TEST(Planner, LargestFirstFirstFit) {
  // The big buffer goes first at 0; the small ones fit after it, and reuse
  // each other's space when their lifetimes are disjoint.
  std::vector<PlanBuffer> b = {{16, 0, 0}, {64, 0, 2}, {16, 1, 1}, {16, 2, 2}};
  const uint64_t arena = Plan(b);
  ExpectValid(b, arena);
  EXPECT_EQ(b[1].offset, 0u);
  EXPECT_EQ(arena, 80u);
}

TEST(Planner, RandomGraphsAreValidAndNearPeak) {
  std::mt19937 rng(7);
  for (int iteration = 0; iteration < 200; ++iteration) {
    const int nodes = 1 + static_cast<int>(rng() % 30);
    std::vector<PlanBuffer> b(1 + rng() % 60);
    for (PlanBuffer& x : b) {
      x.first = static_cast<int32_t>(rng() % nodes);
      x.last = x.first + static_cast<int32_t>(rng() % 4);
      x.bytes = 1 + rng() % 5000;
    }
    const uint64_t arena = Plan(b);
    ExpectValid(b, arena);
    uint64_t peak = 0;
    for (int n = 0; n < nodes + 4; ++n) {
      uint64_t live = 0;
      for (const PlanBuffer& x : b) live += (x.first <= n && n <= x.last) ? x.bytes : 0;
      peak = std::max(peak, live);
    }
    EXPECT_GE(arena, peak);
    EXPECT_LE(arena, 2 * peak);  // greedy is not optimal, but never far off on these
  }
}

TEST(Planner, EmptyPlan) {
  std::vector<PlanBuffer> b;
  EXPECT_EQ(Plan(b), 0u);
}

}  // namespace
}  // namespace mote::mlinfer
