// mlinfer.h — the one header a user of the inference engine includes.
//
// Mote's `mlinfer` module runs int8 TensorFlow Lite models, bit-exact with
// TFLite (Micro)'s reference kernels, on a microcontroller or a host. The
// engine is plain C++ with no dependency on the interpreter: memory comes
// from a caller-supplied Allocator and arena, errors are Status values whose
// kind names the Python exception the binding raises. See
// docs/design/mlinfer.md for the design and its costs.
#pragma once

#include "modules/mlinfer/allocator.h"
#include "modules/mlinfer/model.h"
#include "modules/mlinfer/status.h"
#include "modules/mlinfer/tensor.h"
