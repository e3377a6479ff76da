// model.cc — Model: Load (verify, Prepare, plan), AllocateTensors, Invoke.
//
// The plan has one PlanBuffer per arena-resident tensor and per scratch
// request. Lifetimes are node intervals: a tensor lives from the node that
// writes it to the last node that reads it; model inputs live from node 0 to
// the end (so they survive Invoke), model outputs until the end; scratch
// lives during its own node. A reshape's output shares its input's buffer
// (whose lifetime then covers both), since neither is written afterwards.
#include "modules/mlinfer/model.h"

#include <cstring>

#include "modules/mlinfer/kernel_api.h"

namespace mote::mlinfer {

void Model::Reset() {
  if (owned_arena_ != nullptr) allocator_->Deallocate(owned_arena_, owned_arena_bytes_, kArenaAlignment);
  pool_.Release();
  graph_ = Graph{};
  plan_ = nullptr;
  plan_count_ = 0;
  arena_bytes_ = 0;
  macs_ = 0;
  arena_ = nullptr;
  arena_size_ = 0;
  owned_arena_ = nullptr;
  owned_arena_bytes_ = 0;
  loaded_ = false;
  allocated_ = false;
}

Status Model::Load(std::span<const uint8_t> model, Allocator& allocator, const LoadOptions& options) {
  Reset();
  allocator_ = &allocator;
  pool_.Attach(&allocator);
  const fb::Reader reader(model);
  Status status = LoadGraph(reader, pool_, &graph_);
  if (status.ok()) status = PrepareNodes(reader, options);
  if (status.ok()) status = Plan();
  if (!status.ok()) {
    Reset();
    return status;
  }
  loaded_ = true;
  return Status::Ok();
}

Status Model::PrepareNodes(const fb::Reader& reader, const LoadOptions& options) {
  for (uint32_t n = 0; n < graph_.node_count; ++n) {
    Node& node = graph_.nodes[n];
    const KernelVariant kernels = ChooseKernels(options.prefer_reference_kernels, options.prefer_cm0_kernels);
    PrepareContext context(reader, graph_.tensors, node, pool_, kernels);
    MLINFER_TRY(node.registration->prepare(context));
    macs_ += node.macs;
  }
  return Status::Ok();
}

// The tensor whose buffer `tensor` may share (a reshape's non-constant
// input), or -1.
int32_t Model::AliasOf(const Tensor& tensor) const {
  if (tensor.producer < 0) return -1;
  const Node& node = graph_.nodes[tensor.producer];
  if (!node.output_may_alias_input || graph_.tensors + node.outputs[0] != &tensor) return -1;
  const Tensor& input = graph_.tensors[node.inputs[0]];
  return input.is_constant || input.bytes != tensor.bytes ? -1 : node.inputs[0];
}

uint32_t Model::CountPlanBuffers() const {
  uint32_t count = 0;
  for (uint32_t t = 0; t < graph_.tensor_count; ++t) {
    const Tensor& tensor = graph_.tensors[t];
    if (!tensor.is_constant && tensor.producer != -1 && AliasOf(tensor) < 0) ++count;
  }
  for (uint32_t n = 0; n < graph_.node_count; ++n) {
    for (int s = 0; s < kMaxScratchBuffers; ++s) count += graph_.nodes[n].scratch_bytes[s] > 0 ? 1 : 0;
  }
  return count;
}

void Model::FillPlanBuffers() {
  const int32_t end = graph_.node_count > 0 ? static_cast<int32_t>(graph_.node_count) - 1 : 0;
  uint32_t next = 0;
  for (uint32_t t = 0; t < graph_.tensor_count; ++t) {
    Tensor& tensor = graph_.tensors[t];
    if (tensor.is_constant || tensor.producer == -1) continue;
    const int32_t alias = AliasOf(tensor);
    if (alias >= 0) {  // tensors are numbered freely, so resolve the input first
      tensor.plan_index = -2 - alias;
      continue;
    }
    tensor.plan_index = static_cast<int32_t>(next);
    const bool model_input = tensor.producer == Tensor::kGraphInput;
    plan_[next++] = PlanBuffer{tensor.bytes, model_input ? 0 : tensor.producer, model_input ? end : tensor.producer, 0};
  }
  ResolveAliases();
  for (uint32_t i = 0; i < graph_.output_count; ++i) plan_[graph_.tensors[graph_.outputs[i]].plan_index].last = end;
  for (uint32_t n = 0; n < graph_.node_count; ++n) {
    Node& node = graph_.nodes[n];
    for (uint32_t i = 0; i < node.input_count; ++i) {
      if (node.inputs[i] < 0) continue;
      const Tensor& tensor = graph_.tensors[node.inputs[i]];
      if (tensor.plan_index >= 0 && plan_[tensor.plan_index].last < static_cast<int32_t>(n)) {
        plan_[tensor.plan_index].last = static_cast<int32_t>(n);
      }
    }
    for (int s = 0; s < kMaxScratchBuffers; ++s) {
      if (node.scratch_bytes[s] == 0) continue;
      node.scratch_plan_index[s] = static_cast<int32_t>(next);
      plan_[next++] = PlanBuffer{node.scratch_bytes[s], static_cast<int32_t>(n), static_cast<int32_t>(n), 0};
    }
  }
}

// Replaces the "-2 - input" marks left by FillPlanBuffers with the input's
// plan index (following chains of reshapes; each link points to an earlier
// producer, so this terminates).
void Model::ResolveAliases() {
  for (uint32_t t = 0; t < graph_.tensor_count; ++t) {
    int32_t index = graph_.tensors[t].plan_index;
    while (index <= -2) index = graph_.tensors[-2 - index].plan_index;
    graph_.tensors[t].plan_index = index;
  }
}

Status Model::Plan() {
  plan_count_ = CountPlanBuffers();
  MLINFER_TRY(pool_.AllocateArray<PlanBuffer>(plan_count_, "arena plan", &plan_));
  FillPlanBuffers();
  // The planner's two index arrays are temporary: borrow them from the
  // allocator and give them back.
  const size_t scratch_bytes = size_t{plan_count_} * 2 * sizeof(uint32_t);
  if (scratch_bytes == 0) return Status::Ok();
  uint32_t* scratch = static_cast<uint32_t*>(allocator_->Allocate(scratch_bytes, alignof(uint32_t)));
  if (scratch == nullptr) {
    return Status::Error(ErrorKind::kMemoryError, "out of memory allocating {} bytes for the arena planner",
                         scratch_bytes);
  }
  const Status status = PlanArena(plan_, plan_count_, scratch, scratch + plan_count_, &arena_bytes_);
  allocator_->Deallocate(scratch, scratch_bytes, alignof(uint32_t));
  return status;
}

Status Model::AllocateTensors(std::span<uint8_t> arena) {
  if (!loaded_) return Status::Error(ErrorKind::kValueError, "no model loaded");
  const uintptr_t base = reinterpret_cast<uintptr_t>(arena.data());
  const size_t pad = static_cast<size_t>((kArenaAlignment - base % kArenaAlignment) % kArenaAlignment);
  const uint64_t needed = arena_bytes_ + (arena_bytes_ > 0 ? pad : 0);
  if (arena.size() < needed) {
    return Status::Error(ErrorKind::kMemoryError, "arena too small: model needs {} bytes, got {}", needed,
                         arena.size());
  }
  uint8_t* start = arena_bytes_ > 0 ? arena.data() + pad : nullptr;
  if (start != nullptr) std::memset(start, 0, static_cast<size_t>(arena_bytes_));
  for (uint32_t t = 0; t < graph_.tensor_count; ++t) {
    Tensor& tensor = graph_.tensors[t];
    if (tensor.plan_index >= 0) tensor.data = start + plan_[tensor.plan_index].offset;
  }
  for (uint32_t n = 0; n < graph_.node_count; ++n) {
    Node& node = graph_.nodes[n];
    for (int s = 0; s < kMaxScratchBuffers; ++s) {
      node.scratch[s] = node.scratch_plan_index[s] >= 0 ? start + plan_[node.scratch_plan_index[s]].offset : nullptr;
    }
  }
  arena_ = start;
  arena_size_ = arena.size();
  allocated_ = true;
  return Status::Ok();
}

Status Model::AllocateTensors() {
  if (!loaded_) return Status::Error(ErrorKind::kValueError, "no model loaded");
  if (owned_arena_ == nullptr && arena_bytes_ > 0) {
    owned_arena_bytes_ = static_cast<size_t>(arena_bytes_);
    owned_arena_ = static_cast<uint8_t*>(allocator_->Allocate(owned_arena_bytes_, kArenaAlignment));
    if (owned_arena_ == nullptr) {
      owned_arena_bytes_ = 0;
      return Status::Error(ErrorKind::kMemoryError, "out of memory allocating a {}-byte arena", arena_bytes_);
    }
  }
  return AllocateTensors(std::span<uint8_t>(owned_arena_, owned_arena_bytes_));
}

Status Model::Invoke() {
  if (!loaded_) return Status::Error(ErrorKind::kValueError, "no model loaded");
  if (!allocated_) return Status::Error(ErrorKind::kValueError, "tensors are not allocated; call AllocateTensors first");
  for (uint32_t n = 0; n < graph_.node_count; ++n) {
    const Node& node = graph_.nodes[n];
    node.registration->eval(EvalContext{graph_.tensors, node});
  }
  return Status::Ok();
}

Status Model::SetInput(size_t index, DataType type, std::span<const uint8_t> bytes) {
  if (!allocated_) return Status::Error(ErrorKind::kValueError, "tensors are not allocated; call AllocateTensors first");
  if (index >= graph_.input_count) {
    return Status::Error(ErrorKind::kValueError, "input index {} out of range (model has {} inputs)", index,
                         graph_.input_count);
  }
  const Tensor& t = graph_.tensors[graph_.inputs[index]];
  if (type != t.type) {
    return Status::Error(ErrorKind::kTypeError, "input {} has dtype {}, got {}", index, DataTypeName(t.type),
                         DataTypeName(type));
  }
  if (bytes.size() != t.bytes) {
    return Status::Error(ErrorKind::kValueError, "input {} of shape {} needs {} bytes, got {}", index, t.shape.arg(),
                         t.bytes, bytes.size());
  }
  std::memcpy(t.data, bytes.data(), bytes.size());
  return Status::Ok();
}

std::string_view Model::op_name(size_t i) const {
  return i < graph_.node_count ? schema::BuiltinOperatorName(graph_.nodes[i].builtin_code) : std::string_view();
}

TensorInfo Model::Info(int32_t index) const {
  const Tensor& t = graph_.tensors[index];
  TensorInfo info;
  info.name = t.name;
  info.type = t.type;
  info.dims = t.shape.dims;
  info.rank = t.shape.rank;
  info.scale = t.quant.channel_count > 0 ? t.quant.scale : 0.0f;
  info.zero_point = t.quant.zero_point;
  info.data = t.data;
  info.bytes = t.bytes;
  return info;
}

}  // namespace mote::mlinfer
