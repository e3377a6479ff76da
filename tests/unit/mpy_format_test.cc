// mpy_format_test.cc — the .mpy format as docs/mpy-format.md specifies it:
// header checks and their messages, a file assembled by hand from the
// specification, the portable encodings, and compile -> write -> load round
// trips that must run exactly like the compiled code.
#include <cstring>

#include "tests/unit/mpy_test_util.h"
#include "vm/mpy_format.h"
#include "vm/opcode.h"

namespace mote::test {
namespace {

// Appends the format's primitives (spec: "Overall layout").
struct Bytes {
  std::vector<uint8_t> b;
  Bytes& u8(uint8_t v) { b.push_back(v); return *this; }
  Bytes& vuint(uint32_t v) {
    do {
      uint8_t byte = v & 0x7f;
      v >>= 7;
      b.push_back(v ? byte | 0x80 : byte);
    } while (v);
    return *this;
  }
  Bytes& text(const char* s) {
    vuint(uint32_t(strlen(s)));
    b.insert(b.end(), s, s + strlen(s));
    return *this;
  }
  Bytes& op(Op o, int arg = -1) {
    b.push_back(uint8_t(o));
    if (arg >= 0) {
      b.push_back(uint8_t(arg));
      b.push_back(uint8_t(arg >> 8));
    }
    return *this;
  }
  Bytes& bytes(const std::vector<uint8_t>& v) {
    b.insert(b.end(), v.begin(), v.end());
    return *this;
  }
  Bytes& crc() {
    uint32_t c = mpy::crc32_update(0, b.data(), b.size());
    for (int i = 0; i < 4; ++i) b.push_back(uint8_t(c >> (8 * i)));
    return *this;
  }
};

TEST(MpyCrc, MatchesZlib) {
  const char* check = "123456789";  // the CRC-32 check value
  EXPECT_EQ(mpy::crc32_update(0, reinterpret_cast<const uint8_t*>(check), 9), 0xcbf43926u);
  EXPECT_EQ(mpy::crc32_update(0, nullptr, 0), 0u);
  // Incremental use gives the same result.
  uint32_t c = mpy::crc32_update(0, reinterpret_cast<const uint8_t*>(check), 4);
  EXPECT_EQ(mpy::crc32_update(c, reinterpret_cast<const uint8_t*>(check) + 4, 5), 0xcbf43926u);
}

using MpyHeader = MpyTest;

TEST_F(MpyHeader, MicroPythonFileIsRefusedNamingBothFormats) {
  std::vector<uint8_t> mp = {0x4d, 0x06, 0x00, 0x1f, 0x02, 0x00, 0x0e, 0x74, 0x65, 0x73, 0x74};
  EXPECT_EQ(load_error(mp),
            "ValueError: incompatible .mpy file: this is a MicroPython .mpy (version 6); Mote reads "
            "Mote .mpy version 2 (recompile with Mote's mpy-cross)");
  mp[1] = 5;
  EXPECT_EQ(load_error(mp),
            "ValueError: incompatible .mpy file: this is a MicroPython .mpy (version 5); Mote reads "
            "Mote .mpy version 2 (recompile with Mote's mpy-cross)");
}

TEST_F(MpyHeader, OtherMoteVersionIsRefusedNamingBothVersions) {
  std::vector<uint8_t> file = to_mpy("x = 1\n");
  ASSERT_FALSE(file.empty());
  file[1] = 3;
  EXPECT_EQ(load_error(file),
            "ValueError: incompatible .mpy file: Mote .mpy version 3; this Mote reads version 2 "
            "(recompile with this Mote's mpy-cross)");
  file[1] = 0;
  EXPECT_EQ(load_error(file),
            "ValueError: incompatible .mpy file: Mote .mpy version 0; this Mote reads version 2 "
            "(recompile with this Mote's mpy-cross)");
}

TEST_F(MpyHeader, OtherHeaderErrors) {
  EXPECT_EQ(load_error({}), "ValueError: truncated .mpy: the file is empty");
  EXPECT_EQ(load_error({'#', '!', '/'}),
            "ValueError: incompatible .mpy file: not a Mote .mpy (first byte 0x23; a Mote .mpy "
            "starts with 'T')");
  std::vector<uint8_t> file = to_mpy("x = 1\n");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(file[0], 'T');
  EXPECT_EQ(file[1], 2);
  EXPECT_EQ(file[2], 0);  // no floats, no big ints
  EXPECT_EQ(file[3], 0);
  auto f = file;
  f[3] = 1;
  EXPECT_EQ(load_error(f),
            "ValueError: incompatible .mpy file: reserved header byte is 0x01 (written by a newer "
            "Mote?)");
  f = file;
  f[2] = 0x80;
  EXPECT_EQ(load_error(f),
            "ValueError: incompatible .mpy file: needs features 0x80 that this Mote does not "
            "support");
  EXPECT_EQ(load_error({'T', mpy::kVersion, 0, 0, 0, 0, 0}),
            "ValueError: truncated .mpy: the file is 7 bytes, too short for a module");
}

using MpySpec = MpyTest;

// A module assembled byte by byte from docs/mpy-format.md: print('hi' * 2).
TEST_F(MpySpec, HandAssembledFileLoadsAndRuns) {
  Bytes f;
  f.u8('T').u8(mpy::kVersion).u8(0).u8(0);          // header
  f.vuint(4).vuint(1);                              // 4 qstrs, the first 1 is the names table
  f.text("print").text("hand.py").text("<module>").text("hi");
  f.vuint(1);                                       // filename: qstr 1
  // The module's code object.
  f.vuint(kCodeModule).vuint(0).vuint(0).vuint(0);  // flags, n_pos, n_posonly, n_kwonly
  f.vuint(0).vuint(0).vuint(3);                     // n_slots, n_free, stack_size
  f.vuint(2).vuint(2).vuint(1);                     // name, qualname: "<module>"; first line 1
  f.vuint(0);                                       // no cells (and no slot names)
  Bytes code;
  code.op(Op::LOAD_NAME, 0).op(Op::LOAD_CONST, 0).op(Op::LOAD_SMALL_INT, 2);
  code.op(Op::BINARY_OP, int(BinaryOp::MUL)).op(Op::CALL_FUNCTION, 1).op(Op::POP_TOP);
  code.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  f.vuint(uint32_t(code.b.size())).bytes(code.b);
  f.vuint(0);                                       // no exception table
  f.vuint(2).u8(0).u8(0);                           // line table: one pair (0, 0)
  f.vuint(1).u8('q').vuint(3);                      // consts: the qstr "hi"
  f.crc();
  Code* loaded = nullptr;
  ASSERT_EQ(load_error(f.b, &loaded), "");
  EXPECT_EQ(run(loaded), "hihi\n");
  EXPECT_EQ(qstr_view(loaded->filename), "hand.py");
  EXPECT_EQ(qstr_view(loaded->name), "<module>");
}

// Ints are sign + magnitude bytes whatever the writer's word size.
TEST_F(MpySpec, IntConstantsArePortable) {
  Code* code = compile_source(
      "V = (0, 65536, -65537, 1073741823, 1073741824, -1073741824, -1073741825, 2147483648,\n"
      "     9223372036854775807, -9223372036854775808, 18446744073709551616,\n"
      "     -340282366920938463463374607431768211456)\n");
  ASSERT_NE(code, nullptr);
  Value b = mpy::write_mpy_bytes(vm, code);
  ASSERT_FALSE(b.is_null()) << take_error(vm);
  StrView v = str_view(b);
  std::vector<uint8_t> file(v.data, v.data + v.len);
  EXPECT_EQ(file[2], mpy::kFeatureBigInt);
  // 2**63 - 1 is eight magnitude bytes ff..7f: its encoding must appear as such.
  std::vector<uint8_t> max64 = {'i', 16, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
  EXPECT_NE(std::search(file.begin(), file.end(), max64.begin(), max64.end()), file.end());
  // 2**64: nine bytes, 00..00 01.
  std::vector<uint8_t> min64 = {'i', 18, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  EXPECT_NE(std::search(file.begin(), file.end(), min64.begin(), min64.end()), file.end());
  Code* loaded = nullptr;
  ASSERT_EQ(load_error(file, &loaded), "");
  EXPECT_EQ(run(loaded), "");
  Code* check = compile_source("print(V)\n");
  ASSERT_NE(check, nullptr);
  Dict* g = module_globals_new(vm, q(Q::dunder_main));
  ASSERT_FALSE(run_code(vm, loaded, g).is_null()) << take_error(vm);
  testing::internal::CaptureStdout();
  ASSERT_FALSE(run_code(vm, check, g).is_null()) << take_error(vm);
  hal_stdout_flush();
  EXPECT_EQ(testing::internal::GetCapturedStdout(),
            "(0, 65536, -65537, 1073741823, 1073741824, -1073741824, -1073741825, 2147483648, "
            "9223372036854775807, -9223372036854775808, 18446744073709551616, "
            "-340282366920938463463374607431768211456)\n");
}

TEST_F(MpySpec, FloatsAreIeeeLittleEndian) {
  std::vector<uint8_t> file = to_mpy("F = 1.5\n");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(file[2], mpy::kFeatureFloat);
  std::vector<uint8_t> one_and_half = {'d', 0, 0, 0, 0, 0, 0, 0xf8, 0x3f};
  EXPECT_NE(std::search(file.begin(), file.end(), one_and_half.begin(), one_and_half.end()), file.end());
}

// A complex constant is its two parts as two floats, real first; it needs the float feature.
TEST_F(MpySpec, ComplexIsTwoIeeeDoubles) {
  std::vector<uint8_t> file = to_mpy("Z = -1.5j\n");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(file[2], mpy::kFeatureFloat);
  std::vector<uint8_t> z = {'j', 0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0xf8, 0xbf};  // (-0.0, -1.5)
  EXPECT_NE(std::search(file.begin(), file.end(), z.begin(), z.end()), file.end());
  file[2] = 0;  // claims no floats
  std::string e = load_error(file);
  EXPECT_NE(e.find("has a complex but the header says none"), std::string::npos) << e;
}

TEST_F(MpySpec, FeatureBitsMustMatchTheConstants) {
  std::vector<uint8_t> file = to_mpy("F = 1.5\n");
  ASSERT_FALSE(file.empty());
  file[2] = 0;  // claims no floats
  std::string e = load_error(file);
  EXPECT_NE(e.find("has a float but the header says none"), std::string::npos) << e;
}

// --- round trips ----------------------------------------------------------------------

// Compiled code and its .mpy round trip must print the same.
void expect_same_run(MpyTest& t, const std::string& source) {
  Code* code = t.compile_source(source);
  ASSERT_NE(code, nullptr);
  std::string direct = t.run(code);
  std::vector<uint8_t> file = t.to_mpy(source);
  ASSERT_FALSE(file.empty());
  Code* loaded = nullptr;
  ASSERT_EQ(t.load_error(file, &loaded), "");
  EXPECT_EQ(t.run(loaded), direct) << source;
}

class MpyRoundTrip : public MpyTest {};

TEST_F(MpyRoundTrip, ConstantsOfEveryKind) {
  expect_same_run(*this,
                  "print(None, True, False, ..., 0, -7, 123456789012345678901234567890, -2**70)\n"
                  "print(1.5, -0.0, 1e300, 5e-324, float('inf'), 3.141592653589793)\n"
                  "print(2j, -0j, 1.5e300j, -2.5j, (1j, 0j), 1e400j)\n"
                  "print('text', 'h\\u00e9llo \\u2603 \\U0001d11e', '', 'x', b'\\x00\\xff', b'')\n"
                  "print((1, ('a', (2.5, (b'b', None))), (), ((),)))\n"
                  "print('a long string ' * 3, len('a long string ' * 30))\n");
}

TEST_F(MpyRoundTrip, FunctionsClosuresClassesGenerators) {
  expect_same_run(*this,
                  "def f(a, b=2, *args, c, d=4, **kw):\n"
                  "    return (a, b, args, c, d, sorted(kw.items()))\n"
                  "print(f(1, c=3), f(1, 2, 3, c=4, z=5))\n"
                  "def counter():\n"
                  "    n = 0\n"
                  "    def bump():\n"
                  "        nonlocal n\n"
                  "        n += 1\n"
                  "        return n\n"
                  "    return bump\n"
                  "b = counter(); b(); print(b(), b.__qualname__)\n"
                  "class A:\n"
                  "    def __init__(self, v): self.v = v\n"
                  "    def m(self): return self.v * 2\n"
                  "class B(A):\n"
                  "    def m(self): return super().m() + 1\n"
                  "print(B(5).m(), B.m.__qualname__)\n"
                  "def g(n):\n"
                  "    for i in range(n):\n"
                  "        yield i * i\n"
                  "print(list(g(5)), [x for x in range(3)], {k: k for k in 'ab'})\n"
                  "try:\n"
                  "    try:\n"
                  "        1 / 0\n"
                  "    finally:\n"
                  "        print('finally')\n"
                  "except ZeroDivisionError as e:\n"
                  "    print('caught', e)\n"
                  "class Ctx:\n"
                  "    def __enter__(self): print('enter'); return 7\n"
                  "    def __exit__(self, *a): print('exit', a[0].__name__); return True\n"
                  "with Ctx() as c:\n"
                  "    raise KeyError(c)\n");
}

TEST_F(MpyRoundTrip, TracebackLinesSurvive) {
  std::string source = "def f():\n    x = 1\n    raise ValueError('line 3')\nf()\n";
  std::vector<uint8_t> file = to_mpy(source);
  ASSERT_FALSE(file.empty());
  Code* loaded = nullptr;
  ASSERT_EQ(load_error(file, &loaded), "");
  Dict* g = module_globals_new(vm, q(Q::dunder_main));
  ASSERT_TRUE(run_code(vm, loaded, g).is_null());
  Value exc = vm.take_exc();
  StrBuilder b(vm);
  ASSERT_TRUE(print_exception(vm, b, exc));
  StrView text = str_view(b.finish());
  std::string tb(text.data, text.len);
  EXPECT_NE(tb.find("File \"test.py\", line 4"), std::string::npos) << tb;
  EXPECT_NE(tb.find("File \"test.py\", line 3, in f"), std::string::npos) << tb;
}

TEST_F(MpyRoundTrip, WriterIsDeterministic) {
  std::string source = "import sys\ndef f(x):\n    return [x, 'y', 2.5, 10**30]\nprint(f(1))\n";
  EXPECT_EQ(to_mpy(source), to_mpy(source));
}

}  // namespace
}  // namespace mote::test
