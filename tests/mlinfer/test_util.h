// test_util.h — helpers shared by the mlinfer tests (host only; tests may use
// the standard library freely).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "modules/mlinfer/kernels/kernel_select.h"
#include "modules/mlinfer/mlinfer.h"

namespace mote::mlinfer::testing {

// An Allocator on malloc that counts live blocks and bytes, and can be told
// to fail after a budget (to exercise MemoryError paths).
class CountingAllocator final : public Allocator {
 public:
  explicit CountingAllocator(size_t budget = SIZE_MAX) : budget_(budget) {}
  void* Allocate(size_t bytes, size_t alignment) override {
    if (bytes > budget_ - live_bytes_) return nullptr;
    void* p = std::aligned_alloc(alignment < sizeof(void*) ? sizeof(void*) : alignment,
                                 (bytes + alignment - 1) / alignment * alignment);
    if (p == nullptr) return nullptr;
    ++live_blocks_;
    live_bytes_ += bytes;
    return p;
  }
  void Deallocate(void* p, size_t bytes, size_t) override {
    --live_blocks_;
    live_bytes_ -= bytes;
    std::free(p);
  }
  size_t live_blocks() const { return live_blocks_; }
  size_t live_bytes() const { return live_bytes_; }

 private:
  size_t budget_;
  size_t live_blocks_ = 0;
  size_t live_bytes_ = 0;
};

inline std::string SharedDir() { return MLINFER_SHARED_DIR; }
inline std::string ModelPath(const std::string& name) { return SharedDir() + "/models/" + name; }
inline std::string TestDataPath(const std::string& name) { return SharedDir() + "/models/testdata/" + name; }

inline std::vector<uint8_t> ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// Loads `bytes` with `options` and allocates an owned arena; fails the test
// on error.
inline ::testing::AssertionResult LoadAndAllocate(Model& model, const std::vector<uint8_t>& bytes,
                                                  Allocator& allocator, const LoadOptions& options) {
  Status s = model.Load(bytes, allocator, options);
  if (!s.ok()) return ::testing::AssertionFailure() << "Load: " << s.message();
  s = model.AllocateTensors();
  if (!s.ok()) return ::testing::AssertionFailure() << "AllocateTensors: " << s.message();
  return ::testing::AssertionSuccess();
}

// Loads `bytes` (with the reference kernels if `reference`) and allocates.
inline ::testing::AssertionResult LoadAndAllocate(Model& model, const std::vector<uint8_t>& bytes,
                                                  Allocator& allocator, bool reference = false) {
  LoadOptions options;
  options.prefer_reference_kernels = reference;
  return LoadAndAllocate(model, bytes, allocator, options);
}

// Loads `bytes` with kernel variant `kernels` and allocates.
inline ::testing::AssertionResult LoadAndAllocate(Model& model, const std::vector<uint8_t>& bytes,
                                                  Allocator& allocator, KernelVariant kernels) {
  LoadOptions options;
  options.prefer_reference_kernels = kernels == KernelVariant::kReference;
  options.prefer_cm0_kernels = kernels == KernelVariant::kCm0;
  return LoadAndAllocate(model, bytes, allocator, options);
}

}  // namespace mote::mlinfer::testing

namespace mote::mlinfer::testing {

// A little-endian reader over the generated case files.
class CaseReader {
 public:
  explicit CaseReader(std::vector<uint8_t> bytes) : bytes_(std::move(bytes)) {}
  bool ok() const { return ok_; }
  uint32_t U32() {
    uint32_t v = 0;
    if (pos_ + 4 > bytes_.size()) return ok_ = false, 0;
    std::memcpy(&v, bytes_.data() + pos_, 4);
    pos_ += 4;
    return v;
  }
  uint8_t U8() {
    if (pos_ + 1 > bytes_.size()) return ok_ = false, 0;
    return bytes_[pos_++];
  }
  std::vector<uint8_t> Blob() {
    const uint32_t n = U32();
    if (!ok_ || pos_ + n > bytes_.size()) return ok_ = false, std::vector<uint8_t>();
    std::vector<uint8_t> v(bytes_.begin() + pos_, bytes_.begin() + pos_ + n);
    pos_ += n;
    return v;
  }
  std::string String() {
    const std::vector<uint8_t> v = Blob();
    return std::string(v.begin(), v.end());
  }

 private:
  std::vector<uint8_t> bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

struct OracleCase {
  std::string name;
  std::vector<uint8_t> model;
  std::vector<std::vector<uint8_t>> inputs, outputs;
};

inline std::string CasesDir() { return MLINFER_CASES_DIR; }

// Reads oracle_cases.bin written by tools/tflite/gen_kernel_cases.py.
inline std::vector<OracleCase> ReadOracleCases() {
  CaseReader r(ReadFile(CasesDir() + "/oracle_cases.bin"));
  std::vector<OracleCase> cases(r.U32());
  for (OracleCase& c : cases) {
    c.name = r.String();
    c.model = r.Blob();
    c.inputs.resize(r.U32());
    for (auto& x : c.inputs) x = r.Blob();
    c.outputs.resize(r.U32());
    for (auto& y : c.outputs) y = r.Blob();
  }
  if (!r.ok()) cases.clear();
  return cases;
}

struct MalformedCase {
  std::string name;
  ErrorKind kind;
  std::string fragment;
  std::vector<uint8_t> model;
};

inline std::vector<MalformedCase> ReadMalformedCases() {
  CaseReader r(ReadFile(CasesDir() + "/malformed_cases.bin"));
  std::vector<MalformedCase> cases(r.U32());
  for (MalformedCase& c : cases) {
    c.name = r.String();
    c.kind = static_cast<ErrorKind>(r.U8());
    c.fragment = r.String();
    c.model = r.Blob();
  }
  if (!r.ok()) cases.clear();
  return cases;
}

}  // namespace mote::mlinfer::testing
