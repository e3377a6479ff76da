// port_modules.cc — the native modules only the host port has, added to the core's registry
// (vm/module_registry.cc asks port_native_modules(); its weak default lists none, which is
// what every microcontroller port gets without writing anything).
#include "modules/ffi/ffi.h"
#include "vm/runtime.h"

namespace mote {

// modules/zlib, when the system zlib is usable for the target (modules/stdlib.cmake links its
// object into mote); a weak reference, so a build without it leaves the entry null (not found).
[[gnu::weak]] extern const ConstMap zlib_module_globals;

namespace {

constexpr NativeModuleEntry kHostModules[] = {
    {Q::ffi, &ffi_module_globals},
    {Q::zlib, &zlib_module_globals},  // modules/zlib (over the system zlib)
};

}  // namespace

const NativeModuleEntry* port_native_modules(size_t* count) {
  *count = sizeof(kHostModules) / sizeof(kHostModules[0]);
  return kHostModules;
}

}  // namespace mote
