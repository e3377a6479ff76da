// memoryview.h — zero-copy views over any buffer-protocol object.
#pragma once

#include "vm/object.h"

namespace mote {

extern const Type memoryview_type;

// memoryview(obj): TypeError "memoryview: a bytes-like object is required, not 'int'".
Value memoryview_new(Vm& vm, Value obj);

}  // namespace mote
