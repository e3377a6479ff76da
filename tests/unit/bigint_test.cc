// bigint_test.cc — arbitrary-precision ints against CPython.
//
// The digit kernels are checked alone against naive reference algorithms
// (every product size through Karatsuba, division identities); the Python
// level against vectors CPython computed (bigint_vectors.inc, made by
// gen_lib_vectors.py): every operator on mixed small/big/negative operands,
// pow(a, b, m), float conversion and true division (bit-exact), hex/oct/bin,
// and int() parsing with its error cases.
#include "tests/unit/lib_test_util.h"

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "vm/bigint.h"
#include "vm/bigint_mag.h"

namespace mote {
namespace {

using libtest::shared_vm;
using libtest::take_error;
using libtest::text_of;

struct BinVector {
  const char* op;
  const char* a;
  const char* b;
  const char* result;
};
struct PowModVector {
  const char *a, *b, *m, *result;
};
struct ConvVector {
  const char* value;
  const char* hex;
  const char* oct;
  const char* bin;
  int float_ok;
  uint64_t float_bits;
};
struct DivVector {
  const char *a, *b;
  int ok;
  uint64_t bits;
};
struct ParseVector {
  const char* text;
  int base;
  int ok;
  const char* result;
};
#include "tests/unit/bigint_vectors.inc"

// --- kernels -------------------------------------------------------------------------

using mag::Digit;
using mag::DDigit;

uint64_t g_seed = 88172645463325252ull;
uint64_t next_random() {
  g_seed ^= g_seed << 13;
  g_seed ^= g_seed >> 7;
  g_seed ^= g_seed << 17;
  return g_seed;
}

std::vector<Digit> random_digits(size_t n) {
  std::vector<Digit> v(n);
  bool ones = next_random() % 4 == 0;
  for (auto& d : v) d = ones && next_random() % 3 ? Digit(~Digit(0)) : Digit(next_random());
  if (n && v[n - 1] == 0) v[n - 1] = 1;
  return v;
}

std::vector<Digit> naive_product(const std::vector<Digit>& a, const std::vector<Digit>& b) {
  std::vector<Digit> r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    DDigit carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      carry += DDigit(a[i]) * b[j] + r[i + j];
      r[i + j] = Digit(carry);
      carry >>= mag::kDigitBits;
    }
    r[i + b.size()] = Digit(carry);
  }
  return r;
}

TEST(BigIntKernels, MultiplicationMatchesSchoolbookForEverySizeMix) {
  for (int iter = 0; iter < 400; ++iter) {
    size_t na = 1 + next_random() % 400, nb = 1 + next_random() % (iter % 2 ? na : 400);
    auto a = random_digits(na), b = random_digits(nb);
    bool square = iter % 5 == 0;
    if (square) b = a, nb = na;
    std::vector<Digit> scratch(mag::mul_scratch(na, nb) + 1), r(na + nb, 7);
    mag::mul(r.data(), a.data(), na, square ? a.data() : b.data(), nb, scratch.data());
    ASSERT_EQ(r, naive_product(a, b)) << na << "x" << nb << (square ? " square" : "");
  }
}

TEST(BigIntKernels, DivisionSatisfiesQuotientTimesDivisorPlusRemainder) {
  for (int iter = 0; iter < 400; ++iter) {
    size_t nq = 1 + next_random() % 120, nb = 1 + next_random() % 60;
    auto q = random_digits(nq), b = random_digits(nb), rem = random_digits(nb);
    rem[nb - 1] = b[nb - 1] > 0 ? Digit(b[nb - 1] - 1) : 0;  // rem < b
    auto x = naive_product(q, b);
    x.push_back(0);
    mag::add_into(x.data(), x.size(), rem.data(), mag::trim(rem.data(), nb));
    size_t nx = mag::trim(x.data(), x.size());
    std::vector<Digit> got_q(nx - nb + 1), got_r(nb), scratch(mag::divrem_scratch(nx, nb));
    mag::divrem(got_q.data(), got_r.data(), x.data(), nx, b.data(), nb, scratch.data());
    got_q.resize(mag::trim(got_q.data(), got_q.size()));
    got_r.resize(mag::trim(got_r.data(), got_r.size()));
    rem.resize(mag::trim(rem.data(), rem.size()));
    ASSERT_EQ(got_q, q);
    ASSERT_EQ(got_r, rem);
  }
}

TEST(BigIntKernels, ToDoubleRoundsHalfToEven) {
  Digit d[mag::kDigitsPer64 + 1];
  EXPECT_EQ(mag::to_double(d, mag::from_u64(d, (uint64_t(1) << 53) + 1)), 9007199254740992.0);
  EXPECT_EQ(mag::to_double(d, mag::from_u64(d, (uint64_t(1) << 53) + 3)), 9007199254740996.0);
  EXPECT_EQ(mag::to_double(d, mag::from_u64(d, ~uint64_t(0))), 18446744073709551616.0);
}

// --- Python level --------------------------------------------------------------------------

class BigIntTest : public ::testing::Test {
 protected:
  Vm& vm = shared_vm();
  void TearDown() override { vm.clear_exc(); }

  Value parse(const char* text) {
    Value v = int_parse_text(vm, text, 10);
    EXPECT_FALSE(v.is_null()) << text << ": " << take_error(vm);
    return v;
  }
  std::string decimal(Value v) {
    if (v.is_null()) return "<error " + take_error(vm) + ">";
    size_t len;
    bool neg;
    char* digits = int_digits(vm, v, 10, &len, &neg);
    return (neg ? "-" : "") + std::string(digits, len);
  }
};

BinaryOp op_of(const std::string& op) {
  if (op == "+") return BinaryOp::ADD;
  if (op == "-") return BinaryOp::SUB;
  if (op == "*") return BinaryOp::MUL;
  if (op == "//") return BinaryOp::FLOORDIV;
  if (op == "%") return BinaryOp::MOD;
  if (op == "**") return BinaryOp::POW;
  if (op == "<<") return BinaryOp::LSHIFT;
  if (op == ">>") return BinaryOp::RSHIFT;
  if (op == "&") return BinaryOp::AND;
  if (op == "|") return BinaryOp::OR;
  return BinaryOp::XOR;
}

TEST_F(BigIntTest, EveryOperatorMatchesCPython) {
  for (const BinVector& t : kBinary) {
    Value a = parse(t.a), b = parse(t.b);
    if (std::string(t.op) == "cmp") {
      EXPECT_EQ(bigint_compare(a, b), atoi(t.result)) << t.a << " cmp " << t.b;
      continue;
    }
    Value r = bigint_binary_op(vm, op_of(t.op), a, b);
    ASSERT_EQ(decimal(r), t.result) << t.a << " " << t.op << " " << t.b;
    // Results are normalised: a value that fits a small int is one.
    sword s;
    if (bigint_to_sword(r, &s) && Value::fits_small_int(s)) EXPECT_TRUE(r.is_small_int());
  }
}

TEST_F(BigIntTest, PowModMatchesCPython) {
  for (const PowModVector& t : kPowMod) {
    Value r = bigint_pow_mod(vm, parse(t.a), parse(t.b), parse(t.m));
    EXPECT_EQ(decimal(r), t.result) << "pow(" << t.a << ", " << t.b << ", " << t.m << ")";
  }
}

TEST_F(BigIntTest, PowModErrors) {
  EXPECT_TRUE(bigint_pow_mod(vm, Value::small_int(2), Value::small_int(3), Value::small_int(0)).is_null());
  EXPECT_EQ(take_error(vm), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_TRUE(bigint_pow_mod(vm, Value::small_int(2), Value::small_int(-1), Value::small_int(4)).is_null());
  EXPECT_EQ(take_error(vm), "ValueError: base is not invertible for the given modulus");
}

TEST_F(BigIntTest, BaseConversionsAndFloatMatchCPython) {
  for (const ConvVector& t : kConv) {
    Value v = parse(t.value);
    EXPECT_EQ(text_of(int_to_base_str(vm, v, 16)), t.hex);
    EXPECT_EQ(text_of(int_to_base_str(vm, v, 8)), t.oct);
    EXPECT_EQ(text_of(int_to_base_str(vm, v, 2)), t.bin);
    double d;
    bool ok = int_to_double(vm, v, &d);
    ASSERT_EQ(ok, t.float_ok != 0) << t.value;
    if (ok) {
      uint64_t bits;
      memcpy(&bits, &d, 8);
      EXPECT_EQ(bits, t.float_bits) << "float(" << t.value << ")";
      Value back = bigint_from_double(vm, d);
      EXPECT_EQ(int_compare_double(back, d), 0);
    } else {
      EXPECT_EQ(take_error(vm), "OverflowError: int too large to convert to float");
    }
  }
}

TEST_F(BigIntTest, TrueDivisionIsCorrectlyRounded) {
  for (const DivVector& t : kTrueDiv) {
    Value r = bigint_binary_op(vm, BinaryOp::TRUEDIV, parse(t.a), parse(t.b));
    ASSERT_EQ(!r.is_null(), t.ok != 0) << t.a << " / " << t.b;
    if (r.is_null()) {
      EXPECT_EQ(take_error(vm), "OverflowError: integer division result too large for a float");
      continue;
    }
    double d = float_value(r);
    uint64_t bits;
    memcpy(&bits, &d, 8);
    EXPECT_EQ(bits, t.bits) << t.a << " / " << t.b;
  }
}

TEST_F(BigIntTest, ParsingFollowsIntConstructorRules) {
  for (const ParseVector& t : kParse) {
    Value v = int_parse_text(vm, t.text, t.base);
    if (!t.ok) {
      EXPECT_TRUE(v.is_null()) << "int(" << t.text << ", " << t.base << ")";
      EXPECT_EQ(take_error(vm).rfind("ValueError: invalid literal for int() with base ", 0), 0u);
      continue;
    }
    EXPECT_EQ(decimal(v), t.result) << "int(" << t.text << ", " << t.base << ")";
  }
  EXPECT_TRUE(int_parse_text(vm, "1", 37).is_null());
  EXPECT_EQ(take_error(vm), "ValueError: int() base must be >= 2 and <= 36, or 0");
}

TEST_F(BigIntTest, DivisionAndShiftErrorsUseCPythonMessages) {
  Value big = parse("123456789012345678901234567890");
  EXPECT_TRUE(bigint_binary_op(vm, BinaryOp::FLOORDIV, big, Value::small_int(0)).is_null());
  EXPECT_EQ(take_error(vm), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_TRUE(bigint_binary_op(vm, BinaryOp::MOD, big, Value::small_int(0)).is_null());
  EXPECT_EQ(take_error(vm), "ZeroDivisionError: integer modulo by zero");
  EXPECT_TRUE(bigint_binary_op(vm, BinaryOp::TRUEDIV, big, Value::small_int(0)).is_null());
  EXPECT_EQ(take_error(vm), "ZeroDivisionError: division by zero");
  EXPECT_TRUE(bigint_binary_op(vm, BinaryOp::LSHIFT, big, Value::small_int(-1)).is_null());
  EXPECT_EQ(take_error(vm), "ValueError: negative shift count");
  EXPECT_TRUE(bigint_binary_op(vm, BinaryOp::POW, Value::small_int(0), Value::small_int(-1)).is_null());
  EXPECT_EQ(take_error(vm), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST_F(BigIntTest, HashAgreesWithFloatHashForIntegralValues) {
  for (const char* text : {"9007199254740992", "1267650600228229401496703205376", "-1180591620717411303424",
                           "340282366920938463463374607431768211456"}) {
    Value v = parse(text);
    double d = bigint_to_double(v);
    EXPECT_EQ(bigint_hash(v), hash_double(d)) << text;
  }
}

TEST_F(BigIntTest, CompareWithDoubleIsExact) {
  Value big = parse("9007199254740993");  // 2**53 + 1: not a double
  EXPECT_EQ(int_compare_double(big, 9007199254740992.0), 1);
  EXPECT_EQ(int_compare_double(big, 9007199254740994.0), -1);
  EXPECT_EQ(int_compare_double(Value::small_int(3), 3.5), -1);
  EXPECT_EQ(int_compare_double(parse("-100000000000000000000"), -1e20), 0);
  EXPECT_EQ(int_compare_double(Value::small_int(0), NAN), 2);
  EXPECT_EQ(int_compare_double(big, INFINITY), -1);
}

}  // namespace
}  // namespace mote
