// format_test.cc — format(value, spec) against CPython (format_vectors.inc,
// made by gen_lib_vectors.py): every presentation type, alignment, fill
// (including a non-ASCII fill), sign, 'z', '#', zero padding and grouping
// for ints (small and big), floats and strs, and the error messages for
// invalid specs. Each vector names the value's type: 'i', 'f' or 's'.
#include "tests/unit/lib_test_util.h"

#include <cstring>
#include <string>

#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format.h"

namespace mote {
namespace {

using libtest::shared_vm;
using libtest::take_error;
using libtest::text_of;

struct FormatVector {
  char kind;
  const char* value;
  const char* spec;
  const char* expected;  // "!Type: message" for an error
};
#include "tests/unit/format_vectors.inc"

Value make_value(Vm& vm, char kind, const char* text) {
  if (kind == 'i') return int_parse_text(vm, text, 10);
  if (kind == 's') return str_new(vm, text);
  double d;
  EXPECT_TRUE(parse_float(text, false, &d)) << text;
  return float_new(vm, d);
}

TEST(Format, MatchesCPython) {
  Vm& vm = shared_vm();
  for (const FormatVector& t : kFormat) {
    Value v = make_value(vm, t.kind, t.value);
    ASSERT_FALSE(v.is_null());
    Value r = format_value(vm, v, str_new(vm, t.spec));
    std::string got = r.is_null() ? "!" + take_error(vm) : text_of(r);
    EXPECT_EQ(got, t.expected) << "format(" << t.value << ", '" << t.spec << "')";
  }
}

TEST(Format, EmptySpecIsStr) {
  Vm& vm = shared_vm();
  EXPECT_EQ(text_of(format_value(vm, Value::none(), q(Q::empty_))), "None");
  EXPECT_TRUE(format_value(vm, Value::none(), str_new(vm, "5")).is_null());
  EXPECT_EQ(take_error(vm), "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST(PercentFormat, MatchesCPython) {
  Vm& vm = shared_vm();
  struct Case {
    const char* fmt;
    Value arg;
    const char* expected;
  };
  Value items[2] = {Value::small_int(5), Value::small_int(1)};
  Value star = tuple_new(vm, 2, items);
  const Case cases[] = {
      {"%.3d", Value::small_int(5), "005"},
      {"%5.3d", Value::small_int(-5), " -005"},
      {"%*d", star, "    1"},
      {"%c", Value::small_int(65), "A"},
      {"%%", tuple_new(vm, 0, nullptr), "%"},
      {"%10.4g|", float_new(vm, 3.14159), "     3.142|"},
      {"%+.2e", float_new(vm, 1234.5), "+1.23e+03"},
      {"%s", Value::none(), "None"},
      {"%r", str_new(vm, "x"), "'x'"},
  };
  for (const Case& c : cases) {
    Value r = percent_format(vm, str_new(vm, c.fmt), c.arg, false);
    std::string got = r.is_null() ? "!" + take_error(vm) : text_of(r);
    EXPECT_EQ(got, c.expected) << c.fmt;
  }
  EXPECT_TRUE(percent_format(vm, str_new(vm, "%z"), Value::small_int(1), false).is_null());
  EXPECT_EQ(take_error(vm), "ValueError: unsupported format character 'z' (0x7a) at index 1");
  EXPECT_TRUE(percent_format(vm, str_new(vm, "%s %s"), tuple_new(vm, 1, items), false).is_null());
  EXPECT_EQ(take_error(vm), "TypeError: not enough arguments for format string");
  EXPECT_TRUE(percent_format(vm, str_new(vm, "%s"), star, false).is_null());
  EXPECT_EQ(take_error(vm), "TypeError: not all arguments converted during string formatting");
}

}  // namespace
}  // namespace mote
