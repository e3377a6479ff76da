// malformed_test.cc — the model is untrusted input: every malformed model
// must produce an error Status (of the right kind, with a useful message),
// never a crash, undefined behaviour or an out-of-bounds read. Run this suite
// under -DMOTE_SANITIZE=ON (ASan + UBSan) to check the "never".
#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "tests/mlinfer/test_util.h"

namespace mote::mlinfer {
namespace {

using testing::CountingAllocator;
using testing::ModelPath;
using testing::ReadFile;

// Loads `bytes`; if that succeeds, also allocates and invokes, so a model the
// verifier accepts is at least safe to run. Returns the Load status.
Status LoadAndRun(const std::vector<uint8_t>& bytes) {
  CountingAllocator allocator(1 << 24);
  Model model;
  Status s = model.Load(bytes, allocator);
  if (s.ok() && model.AllocateTensors().ok()) {
    EXPECT_TRUE(model.Invoke().ok());
  }
  return s;
}

TEST(Malformed, GeneratedModelsFailWithTheExpectedError) {
  const std::vector<testing::MalformedCase> cases = testing::ReadMalformedCases();
  ASSERT_FALSE(cases.empty()) << "run tools/tflite/gen_kernel_cases.py --out " << testing::CasesDir();
  for (const auto& c : cases) {
    CountingAllocator allocator;
    Model model;
    const Status s = model.Load(c.model, allocator);
    EXPECT_EQ(ErrorKindName(s.kind()), ErrorKindName(c.kind)) << c.name << ": " << s.message();
    EXPECT_NE(std::string(s.message()).find(c.fragment), std::string::npos)
        << c.name << ": message \"" << s.message() << "\" lacks \"" << c.fragment << "\"";
    EXPECT_EQ(allocator.live_blocks(), 0u) << c.name;
  }
}

class RealModel : public ::testing::TestWithParam<const char*> {
 protected:
  std::vector<uint8_t> bytes_ = ReadFile(ModelPath(GetParam()));
};

INSTANTIATE_TEST_SUITE_P(Models, RealModel,
                         ::testing::Values("hello_world_int8.tflite", "micro_speech_quantized.tflite",
                                           "audio_preprocessor_int8.tflite"),
                         [](const auto& info) { return std::string(info.param).substr(0, 10); });

TEST_P(RealModel, EveryTruncationIsRejected) {
  ASSERT_GT(bytes_.size(), 1000u);
  for (size_t n = 0; n < bytes_.size(); ++n) {
    const std::vector<uint8_t> cut(bytes_.begin(), bytes_.begin() + n);
    const Status s = LoadAndRun(cut);
    ASSERT_FALSE(s.ok()) << "truncated to " << n << " bytes";
    // A cut that only removes trailing bytes nothing points at can leave a
    // readable model; the audio preprocessor then fails on its custom op.
    if (s.kind() != ErrorKind::kValueError) {
      ASSERT_EQ(s.kind(), ErrorKind::kNotImplementedError) << n << ": " << s.message();
      ASSERT_GT(n + 16, bytes_.size()) << n << ": " << s.message();
    }
  }
}

TEST_P(RealModel, EverySingleByteCorruptionIsSafe) {
  for (size_t i = 0; i < bytes_.size(); ++i) {
    for (uint8_t pattern : {0x01, 0x80, 0xff}) {
      std::vector<uint8_t> bad = bytes_;
      bad[i] ^= pattern;
      LoadAndRun(bad).IgnoreError();
    }
  }
}

TEST_P(RealModel, HugeOffsetsAndLengthsAreRejectedSafely) {
  for (size_t i = 0; i + 4 <= bytes_.size(); i += 4) {
    for (uint32_t value : {0xfffffff0u, 0x7fffffffu, 0x80000000u, static_cast<uint32_t>(bytes_.size())}) {
      std::vector<uint8_t> bad = bytes_;
      std::memcpy(bad.data() + i, &value, 4);
      LoadAndRun(bad).IgnoreError();
    }
  }
}

TEST_P(RealModel, RandomMultiByteCorruptionIsSafe) {
  std::mt19937 rng(12345);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    std::vector<uint8_t> bad = bytes_;
    const int flips = 1 + static_cast<int>(rng() % 8);
    for (int f = 0; f < flips; ++f) bad[rng() % bad.size()] = static_cast<uint8_t>(rng());
    LoadAndRun(bad).IgnoreError();
  }
}

TEST(Malformed, MessagesNameTheOffendingOffset) {
  std::vector<uint8_t> bytes = ReadFile(ModelPath("hello_world_int8.tflite"));
  const uint32_t root = 0xffff;
  std::memcpy(bytes.data(), &root, 4);
  CountingAllocator allocator;
  Model model;
  const Status s = model.Load(bytes, allocator);
  EXPECT_EQ(s.kind(), ErrorKind::kValueError);
  EXPECT_STREQ(s.message(),
               "malformed model: root offset at byte 0: offset points to byte 65535, past the end of the "
               "2704-byte buffer");
}

TEST(Malformed, TooShortAndEmptyBuffers) {
  CountingAllocator allocator;
  Model model;
  EXPECT_STREQ(model.Load({}, allocator).message(), "malformed model: 0 bytes is too short for a flatbuffer");
  const uint8_t tiny[8] = {4, 0, 0, 0, 'T', 'F', 'L', '3'};
  EXPECT_EQ(model.Load(tiny, allocator).kind(), ErrorKind::kValueError);
}

}  // namespace
}  // namespace mote::mlinfer
