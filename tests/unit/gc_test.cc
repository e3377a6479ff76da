// gc_test.cc — the collector as a specification: allocation, freeing,
// conservative roots, mark-stack overflow, leaf blocks and MemoryError.
//
// Each test builds its own Vm with the C stack base at the test body's
// frame, so pointers held in the body's locals are roots.
#include <cstring>

#include "gc/gc.h"
#include "vm/runtime.h"
#include "vm/vm.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

struct Node {
  Node* next;
  uintptr_t payload;
};

// Allocates `n` unreachable blocks in a frame that then dies.
__attribute__((noinline)) void churn(Vm& vm, size_t n, size_t bytes) {
  for (size_t i = 0; i < n; ++i) ASSERT_NE(gc_alloc(vm, bytes), nullptr);
}

// Overwrites the dead part of the stack so stale pointers do not pin blocks.
__attribute__((noinline)) void scrub_stack() {
  volatile char buf[8192];
  for (size_t i = 0; i < sizeof buf; ++i) buf[i] = 0;
}

// A linked list of n nodes; returns the head (kept by the caller).
__attribute__((noinline)) Node* make_list(Vm& vm, size_t n) {
  Node* head = nullptr;
  for (size_t i = 0; i < n; ++i) {
    auto* node = static_cast<Node*>(gc_alloc(vm, sizeof(Node)));
    node->next = head;
    node->payload = i;
    head = node;
  }
  return head;
}

size_t used(Vm& vm) {
  GcStats s;
  gc_stats(vm, &s);
  return s.used_bytes;
}

class GcTest : public ::testing::Test {
 protected:
  bool start(size_t heap, void* base) {
    VmConfig c;
    c.heap_bytes = heap;
    c.value_stack_slots = 1024;
    c.max_frames = 64;
    return vm.init(c, base);
  }
  void TearDown() override { vm.deinit(); }
  Vm vm;
};

TEST_F(GcTest, AllocationIsZeroedAlignedAndAHead) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  for (size_t size : {1, 16, 17, 48, 64, 65, 1000}) {
    auto* p = static_cast<unsigned char*>(gc_alloc(vm, size));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % kGcBlockBytes, 0u);
    EXPECT_TRUE(gc_is_heap_head(vm, p));
    EXPECT_EQ(gc_alloc_size(vm, p), (size + 15) / 16 * 16);
    for (size_t i = 0; i < size; ++i) ASSERT_EQ(p[i], 0);
    memset(p, 0xab, size);
  }
}

TEST_F(GcTest, FreedSmallBlocksAreReused) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  void* a = gc_alloc(vm, 16);
  gc_free(vm, a);
  void* b = gc_alloc(vm, 16);
  EXPECT_EQ(a, b);
  EXPECT_FALSE(gc_is_heap_head(vm, static_cast<char*>(b) + 16));
}

TEST_F(GcTest, ReallocKeepsContents) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  auto* p = static_cast<char*>(gc_alloc(vm, 32));
  strcpy(p, "hello, collector");
  auto* q = static_cast<char*>(gc_realloc(vm, p, 4000));
  ASSERT_NE(q, nullptr);
  EXPECT_STREQ(q, "hello, collector");
  auto* r = static_cast<char*>(gc_realloc(vm, q, 20));
  EXPECT_EQ(r, q);  // shrinking stays in place
  EXPECT_STREQ(r, "hello, collector");
}

TEST_F(GcTest, CollectReclaimsUnreachableBlocks) {
  ASSERT_TRUE(start(256 * 1024, __builtin_frame_address(0)));
  gc_collect(vm);
  size_t base = used(vm);
  churn(vm, 1000, 32);
  EXPECT_GE(used(vm), base + 32000);
  scrub_stack();
  gc_collect(vm);
  EXPECT_LT(used(vm), base + 1024);  // a few may be pinned by stale words
}

TEST_F(GcTest, PointersOnTheCStackAreRoots) {
  ASSERT_TRUE(start(256 * 1024, __builtin_frame_address(0)));
  Node* volatile head = make_list(vm, 100);
  scrub_stack();
  gc_collect(vm);
  size_t n = 0;
  for (Node* p = head; p; p = p->next) {
    ASSERT_TRUE(gc_is_heap_head(vm, p));
    EXPECT_EQ(p->payload, 99 - n);
    ++n;
  }
  EXPECT_EQ(n, 100u);
}

TEST_F(GcTest, InteriorPointersKeepTheWholeBlock) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  auto* block = static_cast<char*>(gc_alloc(vm, 256));
  strcpy(block, "kept");
  char* volatile inner = block + 200;
  block = nullptr;
  scrub_stack();
  gc_collect(vm);
  EXPECT_TRUE(gc_is_heap_head(vm, inner - 200));
  EXPECT_STREQ(inner - 200, "kept");
}

TEST_F(GcTest, DeepStructuresSurviveMarkStackOverflow) {
  // A 20000-node chain needs far more than the fixed mark stack when the
  // nodes are reached in the worst order; the overflow rescan must finish it.
  ASSERT_TRUE(start(2 * 1024 * 1024, __builtin_frame_address(0)));
  Node* volatile head = make_list(vm, 20000);
  // A wide node: an array pointing at 5000 fresh leaves of a tree.
  auto** volatile wide = static_cast<Node**>(gc_alloc(vm, 5000 * sizeof(Node*)));
  for (size_t i = 0; i < 5000; ++i) wide[i] = make_list(vm, 3);
  scrub_stack();
  gc_collect(vm);
  size_t n = 0;
  for (Node* p = head; p; p = p->next) {
    ASSERT_TRUE(gc_is_heap_head(vm, p));
    ++n;
  }
  EXPECT_EQ(n, 20000u);
  for (size_t i = 0; i < 5000; ++i) {
    size_t k = 0;
    for (Node* p = wide[i]; p; p = p->next, ++k) ASSERT_TRUE(gc_is_heap_head(vm, p));
    ASSERT_EQ(k, 3u);
  }
}

// Stores a fresh block's address in `leaf` and returns it disguised (so no
// copy of the pointer survives on the stack).
__attribute__((noinline)) uintptr_t store_target(Vm& vm, void** leaf) {
  gc_alloc(vm, 64);  // a spacer: a stale end-of-`leaf` pointer must not pin target
  void* target = gc_alloc(vm, 48);
  leaf[0] = target;
  return ~reinterpret_cast<uintptr_t>(target);
}

TEST_F(GcTest, LeafBlocksAreNotScanned) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  auto** volatile leaf = static_cast<void**>(gc_alloc(vm, 64, true));
  volatile uintptr_t target_bits = store_target(vm, leaf);
  scrub_stack();
  gc_collect(vm);
  EXPECT_TRUE(gc_is_heap_head(vm, leaf));
  EXPECT_FALSE(gc_is_heap_head(vm, reinterpret_cast<void*>(~target_bits)));
}

TEST_F(GcTest, ExhaustingTheHeapRaisesMemoryError) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  Node* volatile head = nullptr;
  size_t n = 0;
  for (;;) {
    auto* node = static_cast<Node*>(gc_alloc(vm, sizeof(Node)));
    if (!node) break;
    node->next = head;
    head = node;
    ++n;
  }
  EXPECT_GT(n, 1000u);
  ASSERT_TRUE(vm.has_exc());
  EXPECT_TRUE(isinstance(vm.exc(), &MemoryError_type));
  EXPECT_EQ(vm.exc(), vm.memory_error_);
  vm.clear_exc();
  // Dropping the list makes the memory available again.
  head = nullptr;
  scrub_stack();
  EXPECT_NE(gc_alloc(vm, 1024), nullptr);
}

TEST_F(GcTest, HugeRequestFailsCleanly) {
  ASSERT_TRUE(start(64 * 1024, __builtin_frame_address(0)));
  EXPECT_EQ(gc_alloc(vm, 10 * 1024 * 1024), nullptr);
  EXPECT_TRUE(exc_matches(vm, &MemoryError_type));
}

TEST_F(GcTest, ThresholdTriggersCollections) {
  ASSERT_TRUE(start(1024 * 1024, __builtin_frame_address(0)));
  GcStats s0;
  gc_stats(vm, &s0);
  gc_set_threshold(vm, 4096);
  EXPECT_EQ(gc_threshold(vm), 4096);
  churn(vm, 1000, 32);
  GcStats s1;
  gc_stats(vm, &s1);
  EXPECT_GE(s1.collections, s0.collections + 5);
  gc_set_threshold(vm, -1);
  EXPECT_EQ(gc_threshold(vm), -1);
}

TEST_F(GcTest, VmRootsKeepObjectsAlive) {
  ASSERT_TRUE(start(256 * 1024, __builtin_frame_address(0)));
  Value key = qstr_intern(vm, "kept_list");
  Value l = list_new(vm, 0, nullptr);
  ASSERT_FALSE(l.is_null());
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(list_append(vm, as_list(l), float_new(vm, i * 0.5)));
  ASSERT_TRUE(dict_set(vm, vm.main_globals_, key, l));
  l = Value::null();
  scrub_stack();
  gc_collect(vm);
  Value back = dict_get(vm, vm.main_globals_, key);
  ASSERT_TRUE(is_list(back));
  ASSERT_EQ(as_list(back)->len, 100u);
  EXPECT_EQ(float_value(as_list(back)->items[99]), 49.5);
}

}  // namespace
}  // namespace mote
