// model.h — the public API of the inference engine: load, plan, invoke.
//
//   Model model;
//   MLINFER_TRY(model.Load(bytes, allocator));     // parse, verify, Prepare, plan
//   MLINFER_TRY(model.AllocateTensors(arena));     // or AllocateTensors() from the allocator
//   std::memcpy(model.input(0).data, features, model.input(0).bytes);
//   MLINFER_TRY(model.Invoke());
//   const int8_t* scores = reinterpret_cast<const int8_t*>(model.output(0).data);
//
// Lifecycle. Load verifies the whole model and runs every kernel's Prepare,
// so any problem with the model surfaces there, as a Status. The model bytes
// are read in place and must outlive the Model (weights are not copied; the
// binding keeps the bytes object alive). Metadata comes from the Allocator,
// which must also outlive the Model. AllocateTensors places activations in one
// arena; Invoke then runs the nodes in order and cannot fail on a loaded,
// allocated model. Several Models may be alive at once: there is no global
// state.
//
// Memory. arena_bytes_required() is known after Load; the arena must be at
// least that large (plus up to 15 bytes if it is not 16-byte aligned). Model
// inputs stay intact for the whole Invoke (they are never overwritten by
// intermediates), so a caller may invoke repeatedly on the same input.
// persistent_bytes() is the metadata taken from the Allocator.
//
// Thread safety: none; one Model is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "modules/mlinfer/allocator.h"
#include "modules/mlinfer/loader.h"
#include "modules/mlinfer/planner.h"
#include "modules/mlinfer/status.h"
#include "modules/mlinfer/tensor.h"

namespace mote::mlinfer {

struct LoadOptions {
  // Use the portable reference kernels even where optimized ones are built
  // in (tests and benchmarks compare the two).
  bool prefer_reference_kernels = false;
  // Use the Cortex-M0+ kernels (kernels/cm0/) where they are built in but
  // not the default: the host builds them so tests can run whole models
  // through them. Ignored where they are not built.
  bool prefer_cm0_kernels = false;
};

// A model input or output, as the binding exposes it.
struct TensorInfo {
  std::string_view name;
  DataType type = DataType::kInt8;
  const int32_t* dims = nullptr;
  int rank = 0;
  float scale = 0.0f;  // 0 when not quantized
  int32_t zero_point = 0;
  uint8_t* data = nullptr;  // null until AllocateTensors
  size_t bytes = 0;
};

class Model {
 public:
  Model() = default;
  ~Model() { Reset(); }
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  // Parses and verifies `model`, prepares every node and plans the arena.
  // On failure the Model is left empty.
  [[nodiscard]] Status Load(std::span<const uint8_t> model, Allocator& allocator, const LoadOptions& options = {});
  // Places the tensors in `arena` (caller-owned, at least
  // arena_bytes_required() bytes, plus alignment slack).
  [[nodiscard]] Status AllocateTensors(std::span<uint8_t> arena);
  // Same, with an arena obtained from the Allocator given to Load.
  [[nodiscard]] Status AllocateTensors();
  // Runs the model once.
  [[nodiscard]] Status Invoke();
  // Frees everything; the Model can be loaded again.
  void Reset();

  bool loaded() const { return loaded_; }
  bool allocated() const { return allocated_; }

  size_t input_count() const { return graph_.input_count; }
  size_t output_count() const { return graph_.output_count; }
  // Model input/output i; an empty TensorInfo if i is out of range.
  TensorInfo input(size_t i) const { return i < graph_.input_count ? Info(graph_.inputs[i]) : TensorInfo{}; }
  TensorInfo output(size_t i) const { return i < graph_.output_count ? Info(graph_.outputs[i]) : TensorInfo{}; }
  // Copies `bytes`, holding elements of `type`, into input `index`: the
  // checked path for the binding (TypeError if the dtype differs, ValueError
  // for a bad index or size, or before AllocateTensors).
  [[nodiscard]] Status SetInput(size_t index, DataType type, std::span<const uint8_t> bytes);

  size_t op_count() const { return graph_.node_count; }
  // The schema name of node i's operator ("FULLY_CONNECTED").
  std::string_view op_name(size_t i) const;
  // Multiply-accumulates in one Invoke (CONV_2D, DEPTHWISE_CONV_2D and
  // FULLY_CONNECTED; other operators count 0).
  uint64_t macs_per_invoke() const { return macs_; }

  // Bytes the arena must have (16-aligned start).
  size_t arena_bytes_required() const { return static_cast<size_t>(arena_bytes_); }
  // Size of the arena given to AllocateTensors, and the part the plan uses.
  size_t arena_size() const { return arena_size_; }
  size_t arena_used_bytes() const { return static_cast<size_t>(arena_bytes_); }
  // Metadata obtained from the Allocator (tensor and node descriptors, op data).
  size_t persistent_bytes() const { return pool_.bytes_reserved(); }

 private:
  TensorInfo Info(int32_t tensor) const;
  Status PrepareNodes(const fb::Reader& reader, const LoadOptions& options);
  Status Plan();
  int32_t AliasOf(const Tensor& tensor) const;
  uint32_t CountPlanBuffers() const;
  void FillPlanBuffers();
  void ResolveAliases();

  Allocator* allocator_ = nullptr;
  MemoryPool pool_;
  Graph graph_;
  PlanBuffer* plan_ = nullptr;
  uint32_t plan_count_ = 0;
  uint64_t arena_bytes_ = 0;
  uint64_t macs_ = 0;
  uint8_t* arena_ = nullptr;
  size_t arena_size_ = 0;
  uint8_t* owned_arena_ = nullptr;
  size_t owned_arena_bytes_ = 0;
  bool loaded_ = false;
  bool allocated_ = false;
};

}  // namespace mote::mlinfer
