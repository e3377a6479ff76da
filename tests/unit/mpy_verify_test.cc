// mpy_verify_test.cc — the bytecode verifier, one rule per test: hand-built
// code objects that break a rule are refused with a message saying where
// and why; the shapes the compiler produces are accepted.
#include "tests/unit/mpy_test_util.h"
#include "vm/mpy_verify.h"
#include "vm/opcode.h"

namespace mote::test {
namespace {

// Builds a Code object by hand (arrays owned by the builder).
struct CodeBuilder {
  std::vector<uint8_t> bc;
  std::vector<Value> consts;
  std::vector<ExceptionTableEntry> exc;
  std::vector<uint16_t> cells;
  std::vector<uint8_t> lines;
  Code c{};

  CodeBuilder& op(Op o, int arg = -1) {
    bc.push_back(uint8_t(o));
    if (arg >= 0) {
      bc.push_back(uint8_t(arg));
      bc.push_back(uint8_t(arg >> 8));
    }
    return *this;
  }
  // A function of `n_slots` slots (the module flag when `module`).
  const Code& build(uint16_t stack_size, uint16_t n_slots = 0, uint16_t flags = kCodeModule,
                    uint16_t n_names = 4) {
    c.type = &code_type;
    c.flags = flags;
    c.n_slots = n_slots;
    c.stack_size = stack_size;
    c.bytecode = bc.data();
    c.bytecode_len = uint32_t(bc.size());
    c.consts = consts.data();
    c.n_consts = uint16_t(consts.size());
    c.n_names = n_names;
    c.exc_table = exc.data();
    c.n_exc = uint16_t(exc.size());
    c.cell_slots = cells.data();
    c.n_cells = uint16_t(cells.size());
    c.line_table = lines.data();
    c.line_table_len = uint16_t(lines.size());
    return c;
  }
};

class MpyVerify : public MpyTest {
 protected:
  // "" if the verifier accepts `c`, else its message.
  std::string verdict(const Code& c) { return mpy::verify_code(vm, c, 7) ? "" : take_error(vm); }
  void expect_refused(const Code& c, const char* part) {
    std::string v = verdict(c);
    EXPECT_EQ(v.rfind("ValueError: invalid .mpy: code object 7: ", 0), 0u) << v;
    EXPECT_NE(v.find(part), std::string::npos) << "message: " << v << "\nexpected: " << part;
  }
};

TEST_F(MpyVerify, AcceptsStraightLineCode) {
  CodeBuilder b;
  b.op(Op::LOAD_NAME, 0).op(Op::LOAD_SMALL_INT, 1).op(Op::CALL_FUNCTION, 1).op(Op::RETURN_VALUE);
  EXPECT_EQ(verdict(b.build(2)), "");
}

TEST_F(MpyVerify, AcceptsLoopsAndComprehensionShapes) {
  // [x for x in range(3)] inlined: BUILD_LIST, GET_ITER, FOR_ITER, LIST_APPEND 2, JUMP back.
  CodeBuilder b;
  b.op(Op::BUILD_LIST, 0).op(Op::LOAD_NAME, 0).op(Op::LOAD_SMALL_INT, 3).op(Op::CALL_FUNCTION, 1);
  // Offsets: BUILD_LIST 0, LOAD_NAME 3, LOAD_SMALL_INT 6, CALL 9, GET_ITER 12,
  // FOR_ITER 13, STORE_FAST 16, LOAD_FAST 19, LIST_APPEND 22, JUMP 25, RETURN 28.
  b.op(Op::GET_ITER).op(Op::FOR_ITER, 28);
  b.op(Op::STORE_FAST, 0).op(Op::LOAD_FAST, 0).op(Op::LIST_APPEND, 2);
  b.op(Op::JUMP, 13).op(Op::RETURN_VALUE);
  EXPECT_EQ(verdict(b.build(4, 1)), "");
}

TEST_F(MpyVerify, UnknownOpcodeAndTruncatedInstruction) {
  CodeBuilder a;
  a.bc = {uint8_t(Op::kCount), uint8_t(Op::RETURN_VALUE)};
  expect_refused(a.build(1), "unknown opcode");
  CodeBuilder b;
  b.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  b.bc.push_back(uint8_t(Op::LOAD_CONST));
  b.bc.push_back(0);
  expect_refused(b.build(1), "LOAD_CONST at offset 2 runs past the end of the bytecode");
}

TEST_F(MpyVerify, OperandsIndexInsideTheirTables) {
  CodeBuilder a;
  a.consts = {Value::none()};
  a.op(Op::LOAD_CONST, 1).op(Op::RETURN_VALUE);
  expect_refused(a.build(1), "LOAD_CONST at offset 0 uses constant 1 of 1");
  CodeBuilder b;
  b.op(Op::LOAD_NAME, 4).op(Op::RETURN_VALUE);
  expect_refused(b.build(1), "LOAD_NAME at offset 0 uses name 4 of 4");
  CodeBuilder c;
  c.op(Op::LOAD_FAST, 2).op(Op::RETURN_VALUE);
  expect_refused(c.build(1, 2, 0), "LOAD_FAST at offset 0 uses slot 2 of 2");
}

TEST_F(MpyVerify, CellSlotsOnlyThroughDerefOpcodes) {
  CodeBuilder a;
  a.cells = {1};
  a.op(Op::LOAD_FAST, 1).op(Op::RETURN_VALUE);
  expect_refused(a.build(1, 2, 0), "LOAD_FAST at offset 0 on cell slot 1");
  CodeBuilder b;
  b.op(Op::LOAD_DEREF, 0).op(Op::RETURN_VALUE);
  expect_refused(b.build(1, 2, 0), "LOAD_DEREF at offset 0 on non-cell slot 0");
  CodeBuilder c;  // a free variable (the last slot) is cell-like
  c.op(Op::LOAD_DEREF, 1).op(Op::RETURN_VALUE);
  Code code = c.build(1, 2, 0);
  code.n_free = 1;
  EXPECT_EQ(verdict(code), "");
  CodeBuilder d;
  d.cells = {0, 0};
  d.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  expect_refused(d.build(1, 2, 0), "cell slot 0 is out of range or repeated");
}

TEST_F(MpyVerify, JumpsLandOnInstructions) {
  CodeBuilder a;
  a.op(Op::JUMP, 1).op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  expect_refused(a.build(1), "jump to offset 1, not an instruction boundary");
  CodeBuilder b;
  b.op(Op::JUMP, 9).op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  expect_refused(b.build(1), "jump at offset 0 to 9, past the end (5)");
}

TEST_F(MpyVerify, StackNeverUnderflowsOrOverflows) {
  CodeBuilder a;
  a.op(Op::BINARY_OP, 0).op(Op::RETURN_VALUE);
  expect_refused(a.build(2), "BINARY_OP at offset 0 needs 2 stack entries, has 0");
  CodeBuilder b;
  b.op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  expect_refused(b.build(2), "LOAD_NONE at offset 2 overflows the stack (size 2)");
  CodeBuilder c;  // COPY reads below what is there
  c.op(Op::LOAD_NONE).op(Op::COPY, 2).op(Op::RETURN_VALUE);
  expect_refused(c.build(3), "COPY at offset 1 needs 2 stack entries, has 1");
}

TEST_F(MpyVerify, DepthAgreesWherePathsMeet) {
  CodeBuilder a;  // one path pushes before the join, the other does not
  a.op(Op::LOAD_TRUE).op(Op::POP_JUMP_IF_TRUE, 5).op(Op::LOAD_NONE);  // 0, 1, 4
  a.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);                          // 5, 6
  expect_refused(a.build(3), "stack depth at offset 5");
}

TEST_F(MpyVerify, ExecutionNeverRunsOffTheEnd) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::POP_TOP);
  expect_refused(a.build(1), "execution runs past the end of the bytecode after offset 1");
}

TEST_F(MpyVerify, MethodNullOnlyReachesCallMethod) {
  CodeBuilder ok;
  ok.op(Op::LOAD_NAME, 0).op(Op::LOAD_METHOD, 1).op(Op::CALL_METHOD, 0).op(Op::RETURN_VALUE);
  EXPECT_EQ(verdict(ok.build(2)), "");
  CodeBuilder a;
  a.op(Op::LOAD_NAME, 0).op(Op::LOAD_METHOD, 1).op(Op::RETURN_VALUE);
  expect_refused(a.build(2), "RETURN_VALUE at offset 6 takes LOAD_METHOD's NULL where it needs a value");
  CodeBuilder b;  // the NULL moved by SWAP is still tracked
  b.op(Op::LOAD_NAME, 0).op(Op::LOAD_METHOD, 1).op(Op::SWAP, 2).op(Op::CALL_FUNCTION, 1);
  b.op(Op::RETURN_VALUE);
  expect_refused(b.build(2), "CALL_FUNCTION at offset 9 takes LOAD_METHOD's NULL");
}

TEST_F(MpyVerify, ContainerUpdatesNeedTheirContainer) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::LIST_APPEND, 1).op(Op::RETURN_VALUE);
  expect_refused(a.build(2), "LIST_APPEND at offset 2 takes a value where it needs a list under construction");
  CodeBuilder b;
  b.op(Op::BUILD_LIST, 0).op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::MAP_ADD, 1).op(Op::RETURN_VALUE);
  expect_refused(b.build(3), "MAP_ADD at offset 5 takes a list under construction where it needs a dict");
  CodeBuilder c;
  c.op(Op::BUILD_MAP, 0).op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::MAP_ADD, 1).op(Op::RETURN_VALUE);
  EXPECT_EQ(verdict(c.build(3)), "");
}

TEST_F(MpyVerify, MakeFunctionNeedsACodeConstant) {
  CodeBuilder a;
  a.consts = {Value::none()};
  a.op(Op::LOAD_CONST, 0).op(Op::MAKE_FUNCTION, 0).op(Op::RETURN_VALUE);
  expect_refused(a.build(1), "MAKE_FUNCTION at offset 3 takes a value where it needs a code object");
}

TEST_F(MpyVerify, MakeFunctionOperandsComeFromTheirBuilders) {
  CodeBuilder code_const;  // a nested code object for the constants
  code_const.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  const Code& inner = code_const.build(1, 0, 0);
  CodeBuilder a;  // keyword defaults from BUILD_SET instead of BUILD_MAP
  a.consts = {Value::object(&inner)};
  a.op(Op::LOAD_NONE).op(Op::BUILD_SET, 1).op(Op::LOAD_CONST, 0).op(Op::MAKE_FUNCTION, kMakeFunctionKwDefaults);
  a.op(Op::RETURN_VALUE);
  expect_refused(a.build(2), "MAKE_FUNCTION at offset 7 takes a set under construction where it needs a dict under construction");
  CodeBuilder b;  // defaults that are not a tuple
  b.consts = {Value::object(&inner)};
  b.op(Op::LOAD_NONE).op(Op::LOAD_CONST, 0).op(Op::MAKE_FUNCTION, kMakeFunctionDefaults).op(Op::RETURN_VALUE);
  expect_refused(b.build(2), "MAKE_FUNCTION at offset 4 takes a value where it needs a tuple");
  CodeBuilder ok;
  ok.consts = {Value::object(&inner)};
  ok.op(Op::LOAD_NONE).op(Op::BUILD_TUPLE, 1).op(Op::LOAD_CONST, 0).op(Op::MAKE_FUNCTION, kMakeFunctionDefaults);
  ok.op(Op::RETURN_VALUE);
  EXPECT_EQ(verdict(ok.build(2)), "");
}

TEST_F(MpyVerify, PopExceptRestoresWhatPushExcInfoSaved) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::POP_EXCEPT).op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  expect_refused(a.build(1), "POP_EXCEPT at offset 1 takes a value where it needs PUSH_EXC_INFO");
}

TEST_F(MpyVerify, ExceptionTableEntries) {
  auto body = [](CodeBuilder& b) {
    b.op(Op::LOAD_NONE).op(Op::POP_TOP).op(Op::LOAD_NONE).op(Op::RETURN_VALUE);  // 0 1 2 3
    b.op(Op::PUSH_EXC_INFO).op(Op::POP_TOP).op(Op::POP_EXCEPT).op(Op::LOAD_NONE);  // 4 5 6 7
    b.op(Op::RETURN_VALUE);                                                        // 8
  };
  CodeBuilder ok;
  body(ok);
  ok.exc = {{0, 2, 4, 0}};
  EXPECT_EQ(verdict(ok.build(3)), "");
  CodeBuilder a;
  body(a);
  a.exc = {{0, 2, 9, 0}};
  expect_refused(a.build(3), "exception entry 0 handler 9 is not an instruction");
  CodeBuilder b;
  body(b);
  b.exc = {{2, 2, 4, 0}};
  expect_refused(b.build(3), "exception entry 0 covers [2, 2), not whole instructions");
  CodeBuilder c;
  body(c);
  c.exc = {{0, 2, 4, 3}};
  expect_refused(c.build(3), "exception entry 0 depth 3 exceeds stack size 3");
  CodeBuilder d;  // POP_TOP at 1 pops the entry the handler keeps
  body(d);
  d.exc = {{1, 2, 4, 1}};
  expect_refused(d.build(3), "POP_TOP at offset 1 has 1 stack entries; its handler at 4 keeps 1 of them");
}

TEST_F(MpyVerify, EnumOperandsAndContexts) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::LOAD_NONE).op(Op::BINARY_OP, int(BinaryOp::kCount)).op(Op::RETURN_VALUE);
  expect_refused(a.build(2), "BINARY_OP at offset 2 has operand 26 out of range");
  CodeBuilder b;
  b.op(Op::LOAD_NONE).op(Op::YIELD_VALUE).op(Op::RETURN_VALUE);
  expect_refused(b.build(1, 0, 0), "YIELD_VALUE at offset 1 outside a generator");
  CodeBuilder c;
  c.op(Op::LOAD_NAME, 0).op(Op::RETURN_VALUE);
  expect_refused(c.build(1, 0, 0), "LOAD_NAME at offset 0 outside a module or class body");
}

TEST_F(MpyVerify, SignatureFitsTheFrame) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  Code code = a.build(1, 1, kCodeVarargs);
  code.n_pos = 1;
  expect_refused(code, "2 parameters and 0 free variables do not fit 1 slots");
  code = a.build(1, 2, 0);
  code.n_pos = 1;
  code.n_posonly = 2;
  expect_refused(code, "2 positional-only parameters but 1 positional");
}

TEST_F(MpyVerify, LineTable) {
  CodeBuilder a;
  a.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  a.lines = {1};
  expect_refused(a.build(1), "line table has odd length 1");
  CodeBuilder b;
  b.op(Op::LOAD_NONE).op(Op::RETURN_VALUE);
  b.lines = {1, 1, 5, 1};
  expect_refused(b.build(1), "line table reaches offset 6 past the bytecode (2)");
}

TEST(MpyStackPops, EveryOpcodeHasAStackPicture) {
  // An opcode added to vm/opcodes.def needs its pops in mpy::stack_pops().
  for (int o = 0; o < int(Op::kCount); ++o) {
    EXPECT_GE(mpy::stack_pops(uint8_t(o), 0), 0) << op_name(Op(o));
  }
}

TEST(MpyStackPops, PushesAreNeverNegative) {
  // pops + stack_effect is what an instruction pushes: never negative, for
  // every opcode and a spread of operands.
  for (int o = 0; o < int(Op::kCount); ++o) {
    for (uint32_t arg : {0u, 1u, 2u, 3u, 7u, 0x0102u, 0x0300u}) {
      Op op = Op(o);
      if (op == Op::FORMAT_VALUE && arg > 7) continue;
      if ((op == Op::MAKE_FUNCTION) && arg > 7) continue;
      int pops = mpy::stack_pops(uint8_t(o), arg);
      EXPECT_GE(pops + stack_effect(op, arg), 0) << op_name(op) << " " << arg;
      if (operand_kind(op) == OperandKind::JUMP) {
        EXPECT_GE(pops + jump_stack_effect(op, arg), 0) << op_name(op);
      }
    }
  }
}

}  // namespace
}  // namespace mote::test
