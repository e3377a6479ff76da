// dict_test.cc — the compact ordered dict: insertion order, growth from the
// linear form to the indexed form, deletion holes, qstr/str key equivalence.
#include <cstdio>

#include "vm/runtime.h"
#include "vm/vm.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

class DictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VmConfig c;
    c.heap_bytes = 1024 * 1024;
    c.value_stack_slots = 1024;
    c.max_frames = 64;
    ASSERT_TRUE(vm.init(c, __builtin_frame_address(0)));
  }
  void TearDown() override { vm.deinit(); }
  Vm vm;
};

TEST_F(DictTest, KeepsInsertionOrderThroughGrowth) {
  Dict* d = dict_new(vm);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(dict_set(vm, d, Value::small_int(i * 7919 % 1000), Value::small_int(i)));
  EXPECT_EQ(d->used, 1000u);
  size_t pos = 0, n = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    EXPECT_EQ(k.as_small_int(), v.as_small_int() * 7919 % 1000);
    ++n;
  }
  EXPECT_EQ(n, 1000u);
  for (int i = 0; i < 1000; ++i) {
    Value got = dict_get(vm, d, Value::small_int(i * 7919 % 1000));
    ASSERT_EQ(got, Value::small_int(i));
  }
  EXPECT_TRUE(dict_get(vm, d, Value::small_int(5000)).is_absent());
}

TEST_F(DictTest, DeleteLeavesOrderOfTheRest) {
  Dict* d = dict_new(vm);
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(dict_set(vm, d, Value::small_int(i), Value::none()));
  for (int i = 0; i < 20; i += 2) EXPECT_EQ(dict_delete(vm, d, Value::small_int(i)), Value::none());
  EXPECT_TRUE(dict_delete(vm, d, Value::small_int(0)).is_absent());
  EXPECT_EQ(d->used, 10u);
  size_t pos = 0;
  Value k, v;
  int expect = 1;
  while (dict_next(d, &pos, &k, &v)) {
    EXPECT_EQ(k.as_small_int(), expect);
    expect += 2;
  }
  ASSERT_TRUE(dict_set(vm, d, Value::small_int(0), Value::true_()));
  pos = 0;
  Value last;
  while (dict_next(d, &pos, &k, &v)) last = k;
  EXPECT_EQ(last, Value::small_int(0));  // re-inserted keys go last
}

TEST_F(DictTest, QstrAndStrKeysAreTheSameKey) {
  Dict* d = dict_new(vm);
  Value name = qstr_intern(vm, "spam");
  Value text = str_new(vm, "spam");
  ASSERT_TRUE(text.is_object());
  ASSERT_TRUE(dict_set(vm, d, text, Value::small_int(1)));
  EXPECT_EQ(dict_get_qstr(d, name), Value::small_int(1));
  ASSERT_TRUE(dict_set(vm, d, name, Value::small_int(2)));
  EXPECT_EQ(d->used, 1u);
  EXPECT_EQ(dict_get(vm, d, text), Value::small_int(2));
}

TEST_F(DictTest, ManyStringKeysInTheIndexedForm) {
  Dict* d = dict_new(vm);
  char buf[32];
  for (int i = 0; i < 300; ++i) {
    snprintf(buf, sizeof buf, "key%d", i);
    ASSERT_TRUE(dict_set(vm, d, str_new(vm, buf), Value::small_int(i)));
  }
  for (int i = 0; i < 300; ++i) {
    snprintf(buf, sizeof buf, "key%d", i);
    ASSERT_EQ(dict_get(vm, d, str_new(vm, buf)), Value::small_int(i));
  }
}

TEST_F(DictTest, UnhashableKeysRaiseTypeError) {
  Dict* d = dict_new(vm);
  Value l = list_new(vm, 0, nullptr);
  EXPECT_FALSE(dict_set(vm, d, l, Value::none()));
  EXPECT_TRUE(exc_matches(vm, &TypeError_type));
  vm.clear_exc();
}

}  // namespace
}  // namespace mote
