// lib_test_util.h — a shared Vm and helpers for the type-library unit tests
// (bigint_test.cc, float_format_test.cc, format_test.cc).
#pragma once

// vm.h before gtest: <sys/stat.h> (pulled in by gtest) defines st_atime &c.
// as macros, which must not reach vm/qstrs.def.
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

extern "C" void* __libc_stack_end;  // glibc: top of the main thread's stack

namespace mote::libtest {

// One Vm for the whole test program (the qstr pools bind to one Vm).
inline Vm& shared_vm() {
  static Vm* vm = [] {
    auto* v = new Vm;
    VmConfig config;
    config.heap_bytes = 64 << 20;
    if (!v->init(config, __libc_stack_end)) abort();
    return v;
  }();
  return *vm;
}

inline std::string text_of(Value s) {
  StrView v = str_view(s);
  return std::string(v.data, v.len);
}

// "Type: message" of the pending exception (cleared).
inline std::string take_error(Vm& vm) {
  Value exc = vm.take_exc();
  if (exc.is_null()) return "<no exception>";
  std::string out(type_name(type_of(exc)));
  Value s = to_str(vm, exc);
  if (s.is_null()) {
    vm.clear_exc();
    return out;
  }
  std::string msg = text_of(s);
  return msg.empty() ? out : out + ": " + msg;
}

}  // namespace mote::libtest
