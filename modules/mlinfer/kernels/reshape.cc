// reshape.cc — RESHAPE and SQUEEZE: a copy between equally sized tensors.
//
// Shapes are static in the model, so Prepare only checks that input and
// output have the same dtype and element count (the new_shape / squeeze_dims
// options and the optional shape input describe the output shape we already
// have). The arena planner normally gives the output the input's own bytes
// (Node::output_may_alias_input), and Eval has nothing to do; when it cannot
// (a constant input), Eval is one memcpy.
#include <cstring>

#include "modules/mlinfer/kernels/kernel_util.h"
#include "modules/mlinfer/kernels/ops.h"

namespace mote::mlinfer {

Status PrepareReshape(PrepareContext& ctx) {
  MLINFER_TRY(ctx.CheckArity(1, 2, 1, 1));
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  if (input.type != output.type) {
    return ctx.Error(ErrorKind::kValueError, "input dtype {} differs from output dtype {}", DataTypeName(input.type),
                     DataTypeName(output.type));
  }
  MLINFER_TRY(kernel_util::RequireSameFlatSize(ctx, input, output));
  ctx.set_output_may_alias_input();
  return Status::Ok();
}

void EvalReshape(const EvalContext& ctx) {
  const Tensor& input = ctx.input(0);
  const Tensor& output = ctx.output(0);
  if (output.data != input.read_data()) std::memcpy(output.data, input.read_data(), output.bytes);
}

}  // namespace mote::mlinfer
