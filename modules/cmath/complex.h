// complex.h — the complex number type (builtins.complex), shared by the cmath module.
#pragma once

#include "vm/object.h"

namespace mote {

struct alignas(8) ComplexObj {  // alignas: constants (cmath.infj) live in flash
  const Type* type;  // &complex_type
  double real;
  double imag;
};

extern const Type complex_type;

struct Cplx {
  double re, im;
};

// A complex from a number: complex itself, or an int/float/bool (imaginary part 0). False
// without an exception if v is not a number (the caller returns NotImplemented or raises).
bool complex_of(Vm& vm, Value v, Cplx* out, bool* is_number);
Value complex_new(Vm& vm, double re, double im);

}  // namespace mote
