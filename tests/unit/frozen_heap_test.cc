// frozen_heap_test.cc — issue #4's budget for a frozen import: the import
// benchmark's module (bench/import/bench_module.py: 15 classes, 101
// functions, constant tables), frozen, keeps at most kBudget bytes of heap,
// and none of it is growth slack or per-function attribute dicts. The
// benchmark prints the same figure beside a source import
// (bench/import/run_import_bench.py); this test keeps it from creeping back.
//
// The test binary links the frozen modules when the build has them (CMake
// MOTE_FROZEN_MANIFEST, by default the test manifest, which includes the
// benchmark's); otherwise it is skipped.
#include "gc/gc.h"
#include "vm/frozen.h"
#include "vm/import.h"
#include "vm/runtime.h"
#include "vm/vm.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

// Measured 15200 bytes on a 64-bit host (28656 before functions, namespaces,
// docstrings and keyword-only defaults were slimmed); a 32-bit board needs less.
constexpr size_t kBudget = 15 * 1024 + 512;

class FrozenHeapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!frozen_find("bench_module")) GTEST_SKIP() << "built without bench/import/manifest.py frozen";
    VmConfig c;
    c.heap_bytes = 1024 * 1024;
    c.value_stack_slots = 2048;
    c.max_frames = 100;
    ASSERT_TRUE(vm.init(c, __builtin_frame_address(0)));
    initialized = true;
  }
  void TearDown() override {
    if (initialized) vm.deinit();
  }

  size_t live_bytes() {
    gc_collect(vm);
    GcStats s;
    gc_stats(vm, &s);
    return s.used_bytes;
  }

  Value import_bench_module() {
    Value m = import_name(vm, qstr_intern(vm, "bench_module"), nullptr, Value::none(), 0);
    EXPECT_FALSE(m.is_null());
    return m;
  }

  Vm vm;
  bool initialized = false;
};

TEST_F(FrozenHeapTest, ImportKeepsLessThanTheBudget) {
  Value name = qstr_intern(vm, "bench_module");  // interned before measuring, as `import` in source would be
  ASSERT_FALSE(name.is_null());
  size_t before = live_bytes();
  Value m = import_bench_module();
  ASSERT_FALSE(m.is_null());
  size_t kept = live_bytes() - before;
  EXPECT_LE(kept, kBudget);
  EXPECT_GT(kept, size_t(0));
}

// No function of the module has an extra record or a dict: at most its
// constant keyword-only defaults (in flash); no attribute dict for a
// docstring. Every namespace is exact.
TEST_F(FrozenHeapTest, NoPerFunctionExtrasNorSlack) {
  Value m = import_bench_module();
  ASSERT_FALSE(m.is_null());
  Dict* globals = m.as<Module>()->globals;
  EXPECT_EQ(globals->capacity, globals->used);
  auto check_function = [](Value v) {
    if (!v.is_object() || v.as_object()->type != &function_type) return;
    Obj* extra = v.as<Function>()->extra;
    EXPECT_TRUE(extra == nullptr || extra->type == &tuple_type) << qstr_view(function_name(v.as<Function>()));
  };
  size_t pos = 0, n_classes = 0;
  Value k, v;
  while (dict_next(globals, &pos, &k, &v)) {
    check_function(v);
    if (!is_type(v) || !is_heap_type(as_type(v))) continue;
    ++n_classes;
    Dict* ns = as_heap_type(as_type(v))->dict;
    EXPECT_EQ(ns->capacity, ns->used) << qstr_view(k);
    size_t p2 = 0;
    Value k2, v2;
    while (dict_next(ns, &p2, &k2, &v2)) check_function(v2);
  }
  EXPECT_EQ(n_classes, 15u);
}

}  // namespace
}  // namespace mote
