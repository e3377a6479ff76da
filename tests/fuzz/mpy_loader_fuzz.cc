// mpy_loader_fuzz.cc — libFuzzer target for the .mpy loader (vm/mpy_loader.h).
//
// Every input must end in a ValueError (or MemoryError) or a loaded module,
// never a crash, a sanitizer report or a hang. The input's last four bytes
// are replaced by the right CRC-32 before loading, so the fuzzer reaches the
// build phase too instead of stopping at "checksum mismatch". A loaded module
// is checked once more by the verifier (a second opinion on the build phase:
// what it built must be what the validate phase approved).
//
// Built (CMake target mpy_loader_fuzz with -DMOTE_FUZZ=ON, clang,
// -fsanitize=fuzzer,address,undefined) and run by tests/fuzz/run_mpy_fuzz.sh,
// seeded with the .mpy files of the script tests.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "vm/code.h"
#include "vm/mpy_format.h"
#include "vm/mpy_loader.h"
#include "vm/mpy_verify.h"
#include "vm/vm.h"

extern "C" void* __libc_stack_end;  // glibc: the top of the main thread's stack

namespace {

mote::Vm* g_vm = nullptr;

// Verifies `code` and every code object nested in its constants.
bool verify_tree(mote::Vm& vm, const mote::Code* code, uint32_t* index) {
  if (!mote::mpy::verify_code(vm, *code, (*index)++)) return false;
  for (uint32_t i = 0; i < code->n_consts; ++i) {
    mote::Value v = code->consts[i];
    if (v.is_object() && v.as_object()->type == &mote::code_type &&
        !verify_tree(vm, v.as<mote::Code>(), index)) {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_vm = new mote::Vm;
  mote::VmConfig config;
  config.heap_bytes = 8 << 20;
  // The conservative stack scan must cover every frame that holds heap
  // pointers, and libFuzzer calls the target from deeper frames than this.
  if (!g_vm->init(config, __libc_stack_end)) abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mote::Vm& vm = *g_vm;
  std::vector<uint8_t> file(data, data + size);
  if (size >= mote::mpy::kCrcSize) {
    uint32_t crc = mote::mpy::crc32_update(0, file.data(), size - mote::mpy::kCrcSize);
    for (size_t i = 0; i < 4; ++i) file[size - 4 + i] = uint8_t(crc >> (8 * i));
  }
  mote::Code* code = mote::mpy::load_mpy(vm, file.data(), file.size());
  if (!code) {
    mote::Value exc = vm.take_exc();
    if (exc.is_null()) abort();  // failed without an exception
    const mote::Type* t = mote::type_of(exc);
    if (t != &mote::ValueError_type && t != &mote::MemoryError_type && t != &mote::RecursionError_type) {
      abort();
    }
    return 0;
  }
  uint32_t index = 0;
  if (!verify_tree(vm, code, &index)) abort();  // built something the verifier rejects
  return 0;
}
