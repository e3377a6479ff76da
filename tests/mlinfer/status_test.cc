// status_test.cc — Status and its fixed-buffer message formatter.
#include <gtest/gtest.h>

#include <string>

#include "modules/mlinfer/status.h"

namespace mote::mlinfer {
namespace {

std::string Format(const Status& s) { return s.message(); }

TEST(Status, OkIsCheapAndEmpty) {
  const Status s = Status::Ok();
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.kind(), ErrorKind::kOk);
  EXPECT_STREQ(s.message(), "");
}

TEST(Status, KindsNameThePythonExceptions) {
  EXPECT_EQ(ErrorKindName(ErrorKind::kValueError), "ValueError");
  EXPECT_EQ(ErrorKindName(ErrorKind::kNotImplementedError), "NotImplementedError");
  EXPECT_EQ(ErrorKindName(ErrorKind::kMemoryError), "MemoryError");
  EXPECT_EQ(ErrorKindName(ErrorKind::kTypeError), "TypeError");
}

TEST(Status, FormatsIntegersStringsAndShapes) {
  const int32_t dims[] = {1, 10, 10, 2};
  const Status s = Status::Error(ErrorKind::kValueError, "tensor {}: buffer has {} bytes, shape {} needs {}", 12,
                                 uint64_t{100}, ShapeArg{dims, 4}, size_t{200});
  EXPECT_EQ(Format(s), "tensor 12: buffer has 100 bytes, shape [1,10,10,2] needs 200");
  EXPECT_EQ(Format(Status::Error(ErrorKind::kTypeError, "{} {} {} {}", -7, INT64_MIN, "str", std::string_view("sv"))),
            "-7 -9223372036854775808 str sv");
  EXPECT_EQ(Format(Status::Error(ErrorKind::kValueError, "{}", ShapeArg{dims, 0})), "[]");
  EXPECT_EQ(Format(Status::Error(ErrorKind::kValueError, "missing {} {}", 1)), "missing 1 ");
}

TEST(Status, FormatsFloatsWithSixSignificantDigits) {
  auto f = [](double v) { return Format(Status::Error(ErrorKind::kValueError, "{}", v)); };
  EXPECT_EQ(f(0.00390625), "0.00390625");
  EXPECT_EQ(f(0.0244801156), "0.0244801");
  EXPECT_EQ(f(1.5), "1.5");
  EXPECT_EQ(f(-2.0), "-2");
  EXPECT_EQ(f(123456789.0), "123457000");
  EXPECT_EQ(f(1e-9), "1e-9");
  EXPECT_EQ(f(2.5e12), "2.5e12");
  EXPECT_EQ(f(0.0), "0");
  EXPECT_EQ(f(0.999999999), "1");
}

TEST(Status, LongMessagesAreCutWithAnEllipsis) {
  const std::string long_name(300, 'x');
  const Status s = Status::Error(ErrorKind::kValueError, "name {}", std::string_view(long_name));
  const std::string m = s.message();
  EXPECT_LT(m.size(), Status::kMessageCapacity);
  EXPECT_EQ(m.substr(m.size() - 3), "...");
  EXPECT_EQ(m.substr(0, 6), "name x");
}

Status Fails() { return Status::Error(ErrorKind::kMemoryError, "boom"); }
Status Chain(bool fail, int* reached) {
  MLINFER_TRY(fail ? Fails() : Status::Ok());
  *reached = 1;
  return Status::Ok();
}

TEST(Status, TryReturnsTheFirstError) {
  int reached = 0;
  EXPECT_EQ(Chain(true, &reached).kind(), ErrorKind::kMemoryError);
  EXPECT_EQ(reached, 0);
  EXPECT_TRUE(Chain(false, &reached).ok());
  EXPECT_EQ(reached, 1);
}

}  // namespace
}  // namespace mote::mlinfer
