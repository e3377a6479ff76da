// ffi.h — the host-only `ffi` module (modules/ffi/ffi.cc): its globals, for the host port's
// module list (ports/host/port_modules.cc). Microcontroller ports never include it.
#pragma once

#include "vm/object.h"

namespace mote {

extern const ConstMap ffi_module_globals;

}  // namespace mote
