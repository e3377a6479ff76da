// stdlib_modules.h — the globals tables of the standard-library modules (modules/<name>/), for
// the registry (vm/module_registry.cc) and the host port (zlib: ports/host/port_modules.cc).
#pragma once

#include "vm/object.h"

namespace mote {

extern const ConstMap micropython_globals;       // modules/micropython
extern const ConstMap time_module_globals;       // modules/time (also utime)
extern const ConstMap math_module_globals;       // modules/math
extern const ConstMap cmath_module_globals;      // modules/cmath
extern const ConstMap struct_module_globals;     // modules/struct (also ustruct)
extern const ConstMap binascii_module_globals;   // modules/binascii (also ubinascii)
extern const ConstMap hashlib_module_globals;    // modules/hashlib (also uhashlib)
extern const ConstMap random_module_globals;     // modules/random (also urandom)
extern const ConstMap errno_module_globals;      // modules/errno (also uerrno)
extern const ConstMap os_module_globals;         // modules/os (also uos)
extern const ConstMap io_module_globals;         // modules/io (also uio)
extern const ConstMap select_module_globals;     // modules/select (also uselect)
extern const ConstMap array_module_globals;      // modules/array (also uarray)
extern const ConstMap zlib_module_globals;       // modules/zlib (host only; also uzlib... see docs)

}  // namespace mote
