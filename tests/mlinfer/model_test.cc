// model_test.cc — the acceptance tests: the two reference models from
// shared/models must reproduce TFLite Micro's outputs bit for bit, with both
// the reference and the optimized kernels; plus the Model API around them.
#include <gtest/gtest.h>

#include <cstring>
#include <sstream>

#include "tests/mlinfer/test_util.h"

namespace mote::mlinfer {
namespace {

using testing::CountingAllocator;
using testing::LoadAndAllocate;
using testing::ModelPath;
using testing::ReadFile;
using testing::TestDataPath;

// Whole models, with each kernel variant the build has (kernel_select.h).
class ModelTest : public ::testing::TestWithParam<KernelVariant> {
 protected:
  KernelVariant kernels() const { return GetParam(); }
  CountingAllocator allocator_;
};

INSTANTIATE_TEST_SUITE_P(Kernels, ModelTest,
                         ::testing::Values(KernelVariant::kHost, KernelVariant::kReference, KernelVariant::kCm0),
                         [](const auto& info) {
                           return info.param == KernelVariant::kReference ? "Reference"
                                  : info.param == KernelVariant::kCm0     ? "Cm0"
                                                                          : "Optimized";
                         });

int8_t RunHelloWorld(Model& model, int8_t x) {
  model.input(0).data[0] = static_cast<uint8_t>(x);
  EXPECT_TRUE(model.Invoke().ok());
  return static_cast<int8_t>(model.output(0).data[0]);
}

TEST_P(ModelTest, HelloWorldMatchesEveryRowOfTheTable) {
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("hello_world_int8.tflite"));
  ASSERT_EQ(bytes.size(), 2704u);
  Model model;
  ASSERT_TRUE(LoadAndAllocate(model, bytes, allocator_, kernels()));
  const std::vector<uint8_t> table = ReadFile(TestDataPath("hello_world_int8_all_inputs.csv"));
  std::istringstream csv(std::string(table.begin(), table.end()));
  std::string line;
  int rows = 0;
  while (std::getline(csv, line)) {
    if (line.empty() || !(line[0] == '-' || (line[0] >= '0' && line[0] <= '9'))) continue;  // header
    const int input = std::stoi(line.substr(0, line.find(',')));
    const int expected = std::stoi(line.substr(line.find(',') + 1));
    EXPECT_EQ(RunHelloWorld(model, static_cast<int8_t>(input)), expected) << "input " << input;
    ++rows;
  }
  EXPECT_EQ(rows, 256);
}

std::vector<int8_t> RunMicroSpeech(Model& model, const std::vector<uint8_t>& features) {
  EXPECT_EQ(model.input(0).bytes, features.size());
  std::memcpy(model.input(0).data, features.data(), features.size());
  EXPECT_TRUE(model.Invoke().ok());
  const int8_t* out = reinterpret_cast<const int8_t*>(model.output(0).data);
  return std::vector<int8_t>(out, out + 4);
}

TEST_P(ModelTest, MicroSpeechMatchesTheFourTestClips) {
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  Model model;
  ASSERT_TRUE(LoadAndAllocate(model, bytes, allocator_, kernels()));
  const struct {
    const char* file;
    std::vector<int8_t> expected;
  } cases[] = {
      {"micro_speech_yes_features.bin", {-128, -128, 127, -128}},
      {"micro_speech_no_features.bin", {-128, -114, -128, 114}},
      {"micro_speech_silence_features.bin", {-42, -68, -68, -78}},
      {"micro_speech_noise_features.bin", {120, -125, -126, -125}},
  };
  for (const auto& c : cases) {
    const std::vector<uint8_t> features = ReadFile(TestDataPath(c.file));
    ASSERT_EQ(features.size(), 1960u) << c.file;
    EXPECT_EQ(RunMicroSpeech(model, features), c.expected) << c.file;
  }
}

std::vector<uint8_t> DeterministicInput(size_t n) {
  std::vector<uint8_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<uint8_t>(static_cast<int8_t>(int((i * 7) % 256) - 128));
  return v;
}

TEST_P(ModelTest, DeterministicInputsGiveTheDocumentedOutputs) {
  // The model bytes must outlive the Models (weights are read in place).
  const std::vector<uint8_t> hello_bytes = ReadFile(ModelPath("hello_world_int8.tflite"));
  const std::vector<uint8_t> speech_bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  Model hello, speech;  // two models alive at once
  ASSERT_TRUE(LoadAndAllocate(hello, hello_bytes, allocator_, kernels()));
  ASSERT_TRUE(LoadAndAllocate(speech, speech_bytes, allocator_, kernels()));
  EXPECT_EQ(RunHelloWorld(hello, static_cast<int8_t>(DeterministicInput(1)[0])), 4);
  EXPECT_EQ(RunMicroSpeech(speech, DeterministicInput(1960)), (std::vector<int8_t>{-128, 121, -123, -127}));
}

TEST(ModelApi, DescribesHelloWorld) {
  CountingAllocator allocator;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("hello_world_int8.tflite"));
  Model model;
  ASSERT_TRUE(LoadAndAllocate(model, bytes, allocator));
  ASSERT_EQ(model.op_count(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(model.op_name(i), "FULLY_CONNECTED");
  EXPECT_EQ(model.macs_per_invoke(), 16u + 16u * 16u + 16u);
  ASSERT_EQ(model.input_count(), 1u);
  const TensorInfo in = model.input(0);
  EXPECT_EQ(in.name, "serving_default_dense_input:0");
  EXPECT_EQ(in.type, DataType::kInt8);
  ASSERT_EQ(in.rank, 2);
  EXPECT_EQ(in.dims[0], 1);
  EXPECT_EQ(in.dims[1], 1);
  EXPECT_FLOAT_EQ(in.scale, 0.0244801156f);
  EXPECT_EQ(in.zero_point, -128);
  const TensorInfo out = model.output(0);
  EXPECT_EQ(out.name, "StatefulPartitionedCall:0");
  EXPECT_FLOAT_EQ(out.scale, 0.00829095673f);
  EXPECT_EQ(out.zero_point, 5);
  EXPECT_GT(model.arena_bytes_required(), 0u);
  EXPECT_LE(model.arena_bytes_required(), 1184u);  // TFLM measured 1184
}

TEST(ModelApi, DescribesMicroSpeech) {
  CountingAllocator allocator;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  Model model;
  ASSERT_TRUE(LoadAndAllocate(model, bytes, allocator));
  ASSERT_EQ(model.op_count(), 4u);
  EXPECT_EQ(model.op_name(0), "RESHAPE");
  EXPECT_EQ(model.op_name(1), "DEPTHWISE_CONV_2D");
  EXPECT_EQ(model.op_name(2), "FULLY_CONNECTED");
  EXPECT_EQ(model.op_name(3), "SOFTMAX");
  EXPECT_EQ(model.macs_per_invoke(), 25u * 20 * 8 * 10 * 8 + 4u * 4000);
  EXPECT_EQ(model.output(0).zero_point, -128);
  EXPECT_FLOAT_EQ(model.output(0).scale, 1.0f / 256);
}

TEST(ModelApi, SetInputChecksIndexDtypeAndSize) {
  CountingAllocator allocator;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  Model model;
  ASSERT_TRUE(model.Load(bytes, allocator).ok());
  const std::vector<uint8_t> features = ReadFile(TestDataPath("micro_speech_yes_features.bin"));
  EXPECT_EQ(model.SetInput(0, DataType::kInt8, features).kind(), ErrorKind::kValueError);  // not allocated
  ASSERT_TRUE(model.AllocateTensors().ok());
  Status s = model.SetInput(0, DataType::kFloat32, features);
  EXPECT_EQ(s.kind(), ErrorKind::kTypeError);
  EXPECT_STREQ(s.message(), "input 0 has dtype int8, got float32");
  s = model.SetInput(0, DataType::kInt8, std::span<const uint8_t>(features.data(), 10));
  EXPECT_EQ(s.kind(), ErrorKind::kValueError);
  EXPECT_STREQ(s.message(), "input 0 of shape [1,1960] needs 1960 bytes, got 10");
  EXPECT_STREQ(model.SetInput(1, DataType::kInt8, features).message(), "input index 1 out of range (model has 1 inputs)");
  ASSERT_TRUE(model.SetInput(0, DataType::kInt8, features).ok());
  ASSERT_TRUE(model.Invoke().ok());
  EXPECT_EQ(static_cast<int8_t>(model.output(0).data[2]), 127);  // "yes"
  EXPECT_EQ(model.input(1).data, nullptr);
}

TEST(ModelApi, ArenaTooSmallIsAMemoryError) {
  CountingAllocator allocator;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  Model model;
  ASSERT_TRUE(model.Load(bytes, allocator).ok());
  alignas(16) static uint8_t arena[64];
  const Status s = model.AllocateTensors(std::span<uint8_t>(arena, sizeof arena));
  EXPECT_EQ(s.kind(), ErrorKind::kMemoryError);
  const std::string expected = "arena too small: model needs " + std::to_string(model.arena_bytes_required()) +
                               " bytes, got 64";
  EXPECT_EQ(std::string(s.message()), expected);
  EXPECT_EQ(model.Invoke().kind(), ErrorKind::kValueError);
}

TEST(ModelApi, CallerArenaMayBeMisaligned) {
  CountingAllocator allocator;
  Model model;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("hello_world_int8.tflite"));
  ASSERT_TRUE(model.Load(bytes, allocator).ok());
  std::vector<uint8_t> arena(model.arena_bytes_required() + 32);
  ASSERT_TRUE(model.AllocateTensors(std::span<uint8_t>(arena.data() + 3, model.arena_bytes_required() + 13)).ok());
  EXPECT_EQ(reinterpret_cast<uintptr_t>(model.input(0).data) % 16, 0u);
  EXPECT_EQ(RunHelloWorld(model, 0), RunHelloWorld(model, 0));
}

TEST(ModelApi, ReleasesAllMemoryAndCanReload) {
  CountingAllocator allocator;
  const std::vector<uint8_t> hello = ReadFile(ModelPath("hello_world_int8.tflite"));
  const std::vector<uint8_t> speech = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  {
    Model model;
    ASSERT_TRUE(LoadAndAllocate(model, hello, allocator));
    EXPECT_GT(allocator.live_blocks(), 0u);
    EXPECT_GT(model.persistent_bytes(), 0u);
    ASSERT_TRUE(LoadAndAllocate(model, speech, allocator));
    EXPECT_EQ(model.op_count(), 4u);
  }
  EXPECT_EQ(allocator.live_blocks(), 0u);
  EXPECT_EQ(allocator.live_bytes(), 0u);
}

TEST(ModelApi, OutOfMemoryIsAMemoryError) {
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("micro_speech_quantized.tflite"));
  size_t needed = 0;
  {
    CountingAllocator allocator;
    Model model;
    ASSERT_TRUE(model.Load(bytes, allocator).ok());
    needed = model.persistent_bytes();
  }
  for (size_t budget : {size_t{0}, size_t{100}, needed / 2, needed - 1}) {
    CountingAllocator allocator(budget);
    Model model;
    const Status s = model.Load(bytes, allocator);
    EXPECT_EQ(s.kind(), ErrorKind::kMemoryError) << budget << ": " << s.message();
    EXPECT_EQ(allocator.live_blocks(), 0u);
  }
}

TEST(ModelApi, AudioPreprocessorNamesItsFirstUnsupportedOperator) {
  CountingAllocator allocator;
  const std::vector<uint8_t> bytes = ReadFile(ModelPath("audio_preprocessor_int8.tflite"));
  Model model;
  const Status s = model.Load(bytes, allocator);
  EXPECT_EQ(s.kind(), ErrorKind::kNotImplementedError);
  EXPECT_STREQ(s.message(), "operator CUSTOM 'SignalWindow' (version 1) at node 0 is not supported");
  EXPECT_EQ(allocator.live_blocks(), 0u);
}

}  // namespace
}  // namespace mote::mlinfer
