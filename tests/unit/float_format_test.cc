// float_format_test.cc — float repr, parsing, formatting and round() against
// CPython (float_vectors.inc, made by gen_lib_vectors.py): ~2300 doubles
// including random bit patterns, subnormals and the extremes; the
// format-spec float types are covered by format_test.cc.
#include "tests/unit/lib_test_util.h"

#include <cmath>
#include <cstring>

#include "vm/float_format.h"

namespace mote {
namespace {

using libtest::shared_vm;
using libtest::take_error;

struct ReprVector {
  uint64_t bits;
  const char* repr;
};
struct RoundVector {
  uint64_t value;
  long ndigits;
  uint64_t result;
};
struct ParseFloatVector {
  const char* text;
  int ok;
  uint64_t bits;
};
#include "tests/unit/float_vectors.inc"

double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, 8);
  return d;
}

uint64_t to_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

TEST(FloatRepr, IsTheShortestRoundTripWithCPythonLayout) {
  char buf[32];
  for (const ReprVector& t : kRepr) {
    size_t n = format_float_repr(from_bits(t.bits), buf, sizeof(buf));
    EXPECT_STREQ(buf, t.repr);
    EXPECT_EQ(n, strlen(t.repr));
  }
}

TEST(FloatRepr, SpecialValues) {
  char buf[32];
  format_float_repr(NAN, buf, sizeof(buf));
  EXPECT_STREQ(buf, "nan");
  format_float_repr(-0.0, buf, sizeof(buf));
  EXPECT_STREQ(buf, "-0.0");
  format_float_repr(1e16, buf, sizeof(buf));
  EXPECT_STREQ(buf, "1e+16");
  format_float_repr(1e-5, buf, sizeof(buf));
  EXPECT_STREQ(buf, "1e-05");
}

TEST(FloatParse, AcceptsExactlyCPythonFloatSyntax) {
  for (const ParseFloatVector& t : kParseFloat) {
    double d = 0;
    bool ok = parse_float(t.text, true, &d);
    ASSERT_EQ(ok, t.ok != 0) << "float('" << t.text << "')";
    if (ok && !std::isnan(d)) EXPECT_EQ(to_bits(d), t.bits) << "float('" << t.text << "')";
  }
}

TEST(FloatParse, UnderscoresOnlyWhenAllowed) {
  double d;
  EXPECT_TRUE(parse_float("1_000.5", true, &d));
  EXPECT_EQ(d, 1000.5);
  EXPECT_FALSE(parse_float("1_000.5", false, &d));
}

TEST(FloatRound, IsCorrectlyRoundedAsCPython) {
  Vm& vm = shared_vm();
  for (const RoundVector& t : kRound) {
    double r;
    ASSERT_TRUE(float_round_digits(vm, from_bits(t.value), t.ndigits, &r));
    EXPECT_EQ(to_bits(r), t.result) << "round(" << from_bits(t.value) << ", " << t.ndigits << ")";
  }
}

TEST(FloatRound, OverflowRaises) {
  Vm& vm = shared_vm();
  double r;
  EXPECT_FALSE(float_round_digits(vm, 1.7e308, -308, &r));
  EXPECT_EQ(take_error(vm), "OverflowError: rounded value too large to represent");
}

}  // namespace
}  // namespace mote
