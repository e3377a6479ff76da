// mpy_test_util.h — a Vm fixture and helpers for the .mpy unit tests
// (mpy_format_test.cc, mpy_loader_test.cc, mpy_verify_test.cc).
#pragma once

// Mote's headers first: vm/qstrs.def names things (st_atime...) that system
// headers gtest includes define as macros.
#include "compiler/compiler.h"
#include "vm/code.h"
#include "vm/hal.h"
#include "vm/mpy_loader.h"
#include "vm/mpy_writer.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

extern "C" void* __libc_stack_end;  // glibc: top of the main thread's stack

namespace mote::test {

// One Vm for the whole test program (the qstr pools bind to one Vm).
inline Vm& shared_vm() {
  static Vm* vm = [] {
    auto* v = new Vm;
    VmConfig config;
    config.heap_bytes = 32 << 20;
    // The conservative stack scan must cover the test's frames: start at the
    // top of the main thread's stack.
    if (!v->init(config, __libc_stack_end)) abort();
    return v;
  }();
  return *vm;
}

// The text of the pending exception as "Type: message" (and clears it).
inline std::string take_error(Vm& vm) {
  Value exc = vm.take_exc();
  if (exc.is_null()) return "<no exception>";
  StrBuilder b(vm);
  std::string_view tn = type_name(type_of(exc));
  b.append(tn);
  Value s = to_str(vm, exc);
  if (!s.is_null()) {
    StrView v = str_view(s);
    if (v.len) {
      b.append(": ");
      b.append(std::string_view(v.data, v.len));
    }
  } else {
    vm.clear_exc();
  }
  Value r = b.finish();
  if (r.is_null()) return "<error formatting exception>";
  StrView v = str_view(r);
  return std::string(v.data, v.len);
}

class MpyTest : public ::testing::Test {
 public:  // the helpers are also used by free functions of the tests
  Vm& vm = shared_vm();

  void TearDown() override { vm.clear_exc(); }

  Code* compile_source(const std::string& source, const char* filename = "test.py") {
    Value name = qstr_intern(vm, filename);
    Code* code = compile(vm, source, name, CompileMode::kFile);
    EXPECT_NE(code, nullptr) << take_error(vm);
    return code;
  }

  std::vector<uint8_t> to_mpy(const std::string& source) {
    Code* code = compile_source(source);
    if (!code) return {};
    Value b = mpy::write_mpy_bytes(vm, code);
    EXPECT_FALSE(b.is_null()) << take_error(vm);
    if (b.is_null()) return {};
    StrView v = str_view(b);
    return std::vector<uint8_t>(v.data, v.data + v.len);
  }

  // Loads `data`; "" on success, else the error text.
  std::string load_error(const std::vector<uint8_t>& data, Code** out = nullptr) {
    Code* code = mpy::load_mpy(vm, data.data(), data.size());
    if (out) *out = code;
    return code ? "" : take_error(vm);
  }

  // Runs a module code object with stdout captured; returns the output, or
  // "EXC " + the error.
  std::string run(const Code* code) {
    Dict* globals = module_globals_new(vm, q(Q::dunder_main));
    if (!globals) return "EXC " + take_error(vm);
    testing::internal::CaptureStdout();
    Value r = run_code(vm, code, globals);
    hal_stdout_flush();
    std::string out = testing::internal::GetCapturedStdout();
    if (r.is_null()) return out + "EXC " + take_error(vm);
    return out;
  }
};

}  // namespace mote::test
