// object_size_test.cc — what a module's objects cost on the heap, as a
// specification: a function is three GC blocks on a 64-bit host (two on a
// 32-bit board) unless it has attributes or renamed itself, a docstring costs
// the function nothing, constant keyword-only defaults cost nothing either,
// and a class namespace keeps no growth slack once complete.
#include "compiler/compiler.h"
#include "gc/gc.h"
#include "vm/runtime.h"
#include "vm/vm.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

class ObjectSizeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VmConfig c;
    c.heap_bytes = 512 * 1024;
    c.value_stack_slots = 2048;
    c.max_frames = 100;
    ASSERT_TRUE(vm.init(c, __builtin_frame_address(0)));
  }
  void TearDown() override { vm.deinit(); }

  void run(const char* src) {
    Value r = exec_source(vm, src, q(Q::lt_string_), vm.main_globals_, int(CompileMode::kFile));
    ASSERT_FALSE(r.is_null());
  }
  Value global(const char* name) { return dict_get_qstr(vm.main_globals_, qstr_intern(vm, name)); }
  Function* function(const char* name) { return global(name).as<Function>(); }

  Vm vm;
};

constexpr size_t kFunctionBytes = sizeof(void*) == 8 ? 48 : 32;

TEST_F(ObjectSizeTest, AFunctionIsSixWordsWithNothingExtra) {
  run("def f(a, b=1):\n"
      "    'the docstring'\n"
      "    return a + b\n");
  Function* f = function("f");
  EXPECT_EQ(gc_alloc_size(vm, f), kFunctionBytes);
  EXPECT_EQ(f->extra, nullptr);  // the docstring is the code's constant 0, not an attribute
  EXPECT_TRUE(f->code->flags & kCodeDocstring);
  EXPECT_TRUE(str_equal(f->code->consts[0], str_new(vm, "the docstring")));
}

TEST_F(ObjectSizeTest, ConstantKeywordOnlyDefaultsAreTheCodesConstant) {
  run("def f(a, *, label=None, n=2):\n"
      "    return label, n\n");
  Function* f = function("f");
  ASSERT_NE(f->extra, nullptr);
  // The compiler's (name, value...) tuple, one of the code's constants:
  // nothing allocated per function (in flash when frozen).
  ASSERT_EQ(f->extra->type, &tuple_type);
  EXPECT_EQ(as_tuple(Value::object(f->extra))->len, 4u);
  EXPECT_EQ(function_kwdefault(f, qstr_intern(vm, "n")), Value::small_int(2));
  EXPECT_TRUE(function_kwdefault(f, qstr_intern(vm, "a")).is_absent());
}

TEST_F(ObjectSizeTest, ReadingKwdefaultsMakesTheDictOnce) {
  run("def f(a, *, label=None):\n"
      "    return label\n"
      "d = f.__kwdefaults__\n"
      "d['label'] = 5\n");
  Function* f = function("f");
  ASSERT_NE(f->extra, nullptr);
  EXPECT_EQ(f->extra->type, &dict_type);  // the dict replaced the tuple; no FunctionExtra
  EXPECT_EQ(Value::object(f->extra), global("d"));
  EXPECT_EQ(function_kwdefault(f, qstr_intern(vm, "label")), Value::small_int(5));
}

TEST_F(ObjectSizeTest, ComputedKeywordOnlyDefaultsAreADict) {
  run("x = 3\n"
      "def f(a, *, n=x + 1):\n"
      "    return n\n");
  Function* f = function("f");
  ASSERT_NE(f->extra, nullptr);
  EXPECT_EQ(f->extra->type, &dict_type);
  EXPECT_EQ(gc_alloc_size(vm, as_dict(Value::object(f->extra))->entries),
            (sizeof(DictEntry) + kGcBlockBytes - 1) / kGcBlockBytes * kGcBlockBytes);  // exactly one entry
}

TEST_F(ObjectSizeTest, AttributesAndRenamingMakeTheExtraRecord) {
  run("def f(a, *, label=None):\n"
      "    return label\n"
      "f.__name__ = 'g'\n"
      "f.tag = 1\n");
  Function* f = function("f");
  ASSERT_NE(f->extra, nullptr);
  EXPECT_EQ(f->extra->type, nullptr);  // a FunctionExtra
  EXPECT_TRUE(str_equal(function_name(f), str_new(vm, "g")));
  EXPECT_EQ(function_kwdefault(f, qstr_intern(vm, "label")), Value::none());
  EXPECT_NE(function_attrs(f), nullptr);
}

TEST_F(ObjectSizeTest, AClassNamespaceKeepsNoSlack) {
  run("class A:\n"
      "    'doc'\n"
      "    a = 1\n    b = 2\n    c = 3\n    d = 4\n    e = 5\n    f = 6\n    g = 7\n");
  Dict* ns = as_heap_type(as_type(global("A")))->dict;
  // __module__ __doc__ a..g: nine entries (__qualname__ was removed), then a
  // 16-slot index of bytes.
  EXPECT_EQ(ns->used, 9u);
  EXPECT_EQ(ns->capacity, 9u);
  EXPECT_EQ(gc_alloc_size(vm, ns->entries), (9 * sizeof(DictEntry) + 16 + 15) / 16 * 16);
  run("A.h = 8\n");  // grows again
  EXPECT_EQ(dict_get_qstr(ns, qstr_intern(vm, "h")), Value::small_int(8));
  EXPECT_EQ(dict_get_qstr(ns, qstr_intern(vm, "a")), Value::small_int(1));
}

TEST_F(ObjectSizeTest, CompactingKeepsEveryEntryFindable) {
  Dict* d = dict_new(vm);
  for (int i = 0; i < 40; ++i) ASSERT_TRUE(dict_set(vm, d, Value::small_int(i), Value::small_int(-i)));
  for (int i = 0; i < 40; i += 3) ASSERT_FALSE(dict_delete(vm, d, Value::small_int(i)).is_absent());
  uint32_t used = d->used;
  dict_compact(vm, d);
  EXPECT_EQ(d->capacity, used);
  EXPECT_EQ(d->fill, used);
  for (int i = 0; i < 40; ++i) {
    Value v = dict_get(vm, d, Value::small_int(i));
    EXPECT_EQ(v, i % 3 == 0 ? Value::absent() : Value::small_int(-i)) << i;
  }
  size_t pos = 0;
  Value k, v, prev = Value::small_int(-1);
  while (dict_next(d, &pos, &k, &v)) {  // insertion order kept
    EXPECT_GT(k.as_small_int(), prev.as_small_int());
    prev = k;
  }
}

}  // namespace
}  // namespace mote
