// math_internal.h — the parts of the math module defined outside math_module.cc, and the
// argument helpers they share.
#pragma once

#include "modules/common/module_util.h"

namespace mote::math {

// A real-number argument (int, float, __float__/__index__) as a double; TypeError
// "must be real number, not str" otherwise.
inline bool real_arg(Vm& vm, Value v, double* out) { return to_double(vm, v, out); }

// An integer argument: TypeError "'float' object cannot be interpreted as an integer" for a
// non-integer. The int Value (small or big; bools become ints).
Value integer_arg(Vm& vm, Value v);

// ValueError "math domain error" / OverflowError "math range error"; return null().
Value domain_error(Vm& vm);
Value range_error(Vm& vm);

// math_integer.cc
extern const NativeFunction factorial_obj;
extern const NativeFunction comb_obj;
extern const NativeFunction perm_obj;
extern const NativeFunction gcd_obj;
extern const NativeFunction lcm_obj;
extern const NativeFunction isqrt_obj;
extern const NativeFunction prod_obj;

// math_gamma.cc
extern const NativeFunction gamma_obj;
extern const NativeFunction lgamma_obj;

// math_sum.cc
extern const NativeFunction fsum_obj;
extern const NativeFunction hypot_obj;
extern const NativeFunction dist_obj;

}  // namespace mote::math
