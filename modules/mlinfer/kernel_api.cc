// kernel_api.cc — PrepareContext helpers shared by every operator.
#include "modules/mlinfer/kernel_api.h"

namespace mote::mlinfer {

Status PrepareContext::MakeError(ErrorKind kind, std::string_view format, const FormatArg* args,
                                 size_t count) const {
  char prefix[48];
  MessageWriter writer(prefix, sizeof prefix);
  const FormatArg prefix_args[] = {schema::BuiltinOperatorName(node_.builtin_code), node_.index};
  writer.Format("{} node {}: ", prefix_args, 2);
  return Status::Make(kind, std::string_view(prefix, writer.length()), format, args, count);
}

Status PrepareContext::CheckArity(uint32_t min_inputs, uint32_t max_inputs, uint32_t outputs,
                                  uint32_t required_inputs) const {
  if (node_.input_count < min_inputs || node_.input_count > max_inputs) {
    if (min_inputs == max_inputs) {
      return Error(ErrorKind::kValueError, "expects {} inputs, got {}", min_inputs, node_.input_count);
    }
    return Error(ErrorKind::kValueError, "expects {} to {} inputs, got {}", min_inputs, max_inputs,
                 node_.input_count);
  }
  if (node_.output_count != outputs) {
    return Error(ErrorKind::kValueError, "expects {} outputs, got {}", outputs, node_.output_count);
  }
  for (uint32_t i = 0; i < required_inputs && i < node_.input_count; ++i) {
    if (node_.inputs[i] < 0) return Error(ErrorKind::kValueError, "input {} is required but absent", i);
  }
  return Status::Ok();
}

Status PrepareContext::Options(schema::OptionsType expected, fb::Table* out) const {
  *out = fb::Table{};
  if (node_.options_type == 0 || !node_.options.present()) return Status::Ok();
  if (node_.options_type != static_cast<uint8_t>(expected)) {
    return Error(ErrorKind::kValueError, "builtin options have union type {}, expected {}",
                 node_.options_type, static_cast<uint8_t>(expected));
  }
  *out = node_.options;
  return Status::Ok();
}

Status PrepareContext::RequestScratch(int slot, size_t bytes) {
  if (bytes > 0x7fffffffu) return Error(ErrorKind::kMemoryError, "scratch buffer of {} bytes is too large", bytes);
  node_.scratch_bytes[slot] = static_cast<uint32_t>(bytes);
  return Status::Ok();
}

}  // namespace mote::mlinfer
