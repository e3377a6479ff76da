// call_test.cc — argument binding (vm/call.cc) as a specification: each case
// compiles a def, calls it from C with positional and keyword arguments and
// checks the result or CPython's exact TypeError message.
#include <string>

#include "compiler/compiler.h"
#include "vm/runtime.h"
#include "vm/vm.h"
// gtest after the Mote headers: <sys/stat.h> defines st_atime & co. as macros,
// which are also qstr identifiers.
#include <gtest/gtest.h>

namespace mote {
namespace {

class CallTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VmConfig c;
    c.heap_bytes = 512 * 1024;
    c.value_stack_slots = 2048;
    c.max_frames = 100;
    ASSERT_TRUE(vm.init(c, __builtin_frame_address(0)));
  }
  void TearDown() override { vm.deinit(); }

  // Defines the function in `src` and returns the global named `name`.
  Value def(const char* src, const char* name) {
    Value r = exec_source(vm, src, q(Q::lt_string_), vm.main_globals_, int(CompileMode::kFile));
    EXPECT_FALSE(r.is_null()) << error();
    return dict_get_qstr(vm.main_globals_, qstr_intern(vm, name));
  }

  // Calls fn(pos..., **{k: v}) where kw alternates names and values.
  Value invoke(Value fn, std::initializer_list<Value> pos, std::initializer_list<std::pair<const char*, Value>> kw = {}) {
    Value args[16];
    size_t n = 0;
    for (Value v : pos) args[n++] = v;
    for (auto& [k, v] : kw) {
      args[n++] = qstr_intern(vm, k);
      args[n++] = v;
    }
    return call_kw(vm, fn, pos.size(), kw.size(), args);
  }

  // The pending exception as "Type: message" (and clears it).
  std::string error() {
    if (!vm.has_exc()) return "";
    Value e = vm.take_exc();
    Value s = to_str(vm, e);
    StrView v = str_view(s);
    return std::string(type_name(type_of(e))) + ": " + std::string(v.data, v.len);
  }

  static Value i(sword v) { return Value::small_int(v); }

  Vm vm;
};

TEST_F(CallTest, PositionalDefaultsAndKeywords) {
  Value f = def("def f(a, b=2, *, c=3): return a * 100 + b * 10 + c\n", "f");
  EXPECT_EQ(invoke(f, {i(1)}), i(123));
  EXPECT_EQ(invoke(f, {i(1), i(5)}), i(153));
  EXPECT_EQ(invoke(f, {i(1)}, {{"c", i(9)}, {"b", i(0)}}), i(109));
  EXPECT_EQ(invoke(f, {}, {{"a", i(4)}}), i(423));
}

TEST_F(CallTest, StarArgsAndStarStarKwargs) {
  Value f = def("def f(a, *rest, **kw): return (a, rest, sorted(kw.items()))\n", "f");
  Value r = invoke(f, {i(1), i(2), i(3)}, {{"x", i(7)}});
  Value s = repr(vm, r);
  StrView v = str_view(s);
  EXPECT_EQ(std::string(v.data, v.len), "(1, (2, 3), [('x', 7)])");
}

TEST_F(CallTest, TooManyPositional) {
  Value f = def("def f(a, b): pass\n", "f");
  EXPECT_TRUE(invoke(f, {i(1), i(2), i(3)}).is_null());
  EXPECT_EQ(error(), "TypeError: f() takes 2 positional arguments but 3 were given");
  Value g = def("def g(a, b=1): pass\n", "g");
  EXPECT_TRUE(invoke(g, {i(1), i(2), i(3)}).is_null());
  EXPECT_EQ(error(), "TypeError: g() takes from 1 to 2 positional arguments but 3 were given");
  Value h = def("def h(): pass\n", "h");
  EXPECT_TRUE(invoke(h, {i(1)}).is_null());
  EXPECT_EQ(error(), "TypeError: h() takes 0 positional arguments but 1 was given");
}

TEST_F(CallTest, MissingArguments) {
  Value f = def("def f(a, b, c): pass\n", "f");
  EXPECT_TRUE(invoke(f, {i(1)}).is_null());
  EXPECT_EQ(error(), "TypeError: f() missing 2 required positional arguments: 'b' and 'c'");
  EXPECT_TRUE(invoke(f, {}).is_null());
  EXPECT_EQ(error(), "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
  Value k = def("def k(*, key): pass\n", "k");
  EXPECT_TRUE(invoke(k, {}).is_null());
  EXPECT_EQ(error(), "TypeError: k() missing 1 required keyword-only argument: 'key'");
}

TEST_F(CallTest, KeywordErrors) {
  Value f = def("def f(a, b=0): pass\n", "f");
  EXPECT_TRUE(invoke(f, {i(1)}, {{"x", i(2)}}).is_null());
  EXPECT_EQ(error(), "TypeError: f() got an unexpected keyword argument 'x'");
  EXPECT_TRUE(invoke(f, {i(1)}, {{"a", i(2)}}).is_null());
  EXPECT_EQ(error(), "TypeError: f() got multiple values for argument 'a'");
  Value p = def("def p(a, /, b): pass\n", "p");
  EXPECT_TRUE(invoke(p, {}, {{"a", i(1)}, {"b", i(2)}}).is_null());
  EXPECT_EQ(error(), "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'");
}

TEST_F(CallTest, MethodsUseTheQualifiedName) {
  def("class A:\n    def m(self, x): return x\na = A()\n", "A");
  Value a = dict_get_qstr(vm.main_globals_, qstr_intern(vm, "a"));
  Value m = load_attr(vm, a, qstr_intern(vm, "m"));
  EXPECT_EQ(invoke(m, {i(5)}), i(5));
  EXPECT_TRUE(invoke(m, {}).is_null());
  EXPECT_EQ(error(), "TypeError: A.m() missing 1 required positional argument: 'x'");
}

TEST_F(CallTest, ClosuresAndCellParameters) {
  Value f = def("def f(a):\n    def g(): return a + 1\n    return g()\n", "f");
  EXPECT_EQ(invoke(f, {i(41)}), i(42));
}

}  // namespace
}  // namespace mote
