// module_registry.cc — the one explicit list of native modules.
//
// `import name` looks here before searching sys.path. Each entry pairs a
// module name with its globals table in flash; nothing is registered at run
// time and nothing is copied to RAM. A new native module (machine, mlinfer,
// ...) adds one line here and nothing else.
#include "modules/stdlib_modules.h"  // the standard-library modules (modules/<name>/)
#include "vm/runtime.h"

namespace mote {


extern const ConstMap machine_module_globals;  // modules/machine
extern const ConstMap mlinfer_module_globals;  // modules/mlinfer (binding_model.cc)

namespace {

constexpr NativeModuleEntry kModules[] = {
    {Q::builtins, &builtins_module_globals},
    {Q::sys, &sys_module_globals},
    {Q::gc, &gc_module_globals},
    {Q::micropython, &micropython_globals},  // modules/micropython (supersedes vm/sys_module.cc's table)
    {Q::time, &time_module_globals},
    {Q::utime, &time_module_globals},
    {Q::math, &math_module_globals},
    {Q::struct_, &struct_module_globals},
    {Q::ustruct, &struct_module_globals},
    {Q::errno_, &errno_module_globals},
    {Q::uerrno, &errno_module_globals},
    {Q::cmath, &cmath_module_globals},
    {Q::binascii, &binascii_module_globals},
    {Q::ubinascii, &binascii_module_globals},
    {Q::hashlib, &hashlib_module_globals},
    {Q::uhashlib, &hashlib_module_globals},
    {Q::random, &random_module_globals},
    {Q::urandom, &random_module_globals},
    {Q::os, &os_module_globals},
    {Q::uos, &os_module_globals},
    {Q::io, &io_module_globals},
    {Q::uio, &io_module_globals},
    {Q::select, &select_module_globals},
    {Q::uselect, &select_module_globals},
    {Q::array, &array_module_globals},
    {Q::uarray, &array_module_globals},
    {Q::machine, &machine_module_globals},
    {Q::mlinfer, &mlinfer_module_globals},
};

}  // namespace

// Modules only one port has (the host's ffi: ports/host/port_modules.cc) come from the port;
// this weak default, which microcontroller ports keep, lists none.
[[gnu::weak]] const NativeModuleEntry* port_native_modules(size_t* count) {
  *count = 0;
  return nullptr;
}

const ConstMap* find_native_module(Value name) {
  if (!name.is_qstr()) return nullptr;
  for (const NativeModuleEntry& m : kModules) {
    if (q(m.name) == name) return m.globals;
  }
  size_t n;
  const NativeModuleEntry* port = port_native_modules(&n);
  for (size_t i = 0; i < n; ++i) {
    if (q(port[i].name) == name) return port[i].globals;
  }
  return nullptr;
}

const NativeModuleEntry* native_modules(size_t* count) {
  *count = sizeof(kModules) / sizeof(kModules[0]);
  return kModules;
}

}  // namespace mote
