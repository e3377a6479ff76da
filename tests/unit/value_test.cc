// value_test.cc — the one-word Value encoding (vm/value.h) on this build's
// word size (run the 32-bit build to cover 31-bit small ints).
#include "vm/qstr.h"
#include "vm/value.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

TEST(ValueTest, SmallIntsRoundTripToTheLimits) {
  for (sword v : {sword(0), sword(1), sword(-1), sword(42), sword(-42), Value::kSmallIntMax, Value::kSmallIntMin}) {
    Value x = Value::small_int(v);
    EXPECT_TRUE(x.is_small_int());
    EXPECT_FALSE(x.is_object());
    EXPECT_FALSE(x.is_qstr());
    EXPECT_EQ(x.as_small_int(), v);
  }
  EXPECT_EQ(Value::kSmallIntBits, int(sizeof(void*) * 8 - 1));
  EXPECT_TRUE(Value::fits_small_int(Value::kSmallIntMax));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST(ValueTest, QstrsAreTaggedIndices) {
  Value a = q(Q::append);
  EXPECT_TRUE(a.is_qstr());
  EXPECT_FALSE(a.is_small_int());
  EXPECT_FALSE(a.is_object());
  EXPECT_EQ(a.as_qstr(), uint32_t(Q::append));
  EXPECT_EQ(qstr_view(a), "append");
}

TEST(ValueTest, ImmediatesAreDistinct) {
  Value all[] = {Value::none(), Value::false_(), Value::true_(), Value::ellipsis(), Value::not_implemented(),
                 Value::absent()};
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_TRUE(all[i].is_immediate());
    EXPECT_FALSE(all[i].is_null());
    EXPECT_FALSE(all[i].is_object());
    for (size_t j = i + 1; j < 6; ++j) EXPECT_NE(all[i], all[j]);
  }
  EXPECT_TRUE(Value::boolean(true).is_true_literal());
  EXPECT_TRUE(Value::boolean(false).is_bool());
  EXPECT_TRUE(Value::null().is_null());
}

TEST(ValueTest, ObjectsAreAlignedPointers) {
  alignas(8) static const uint64_t obj[2] = {0, 0};
  Value v = Value::object(obj);
  EXPECT_TRUE(v.is_object());
  EXPECT_EQ(v.as<const uint64_t>(), obj);
  EXPECT_EQ(sizeof(Value), sizeof(void*));
}

TEST(ValueTest, QstrHashIsFnv1a) {
  QstrText t = qstr_text(Q::append);
  EXPECT_EQ(t.hash, hash_bytes("append", 6));
  EXPECT_EQ(qstr_find("append"), q(Q::append));
  EXPECT_TRUE(qstr_find("surely_not_interned_name_xyz").is_absent());
}

}  // namespace
}  // namespace mote
