// freeze_emit.h — compiles Python modules and writes them as constant C++
// data for the firmware (see vm/frozen.h for the design).
//
// Host code: `mpy-cross --freeze LIST -o OUT.cc` calls freeze_modules();
// tools/freeze/freeze.py turns a manifest into LIST and runs it at build time.
#pragma once

#include <string>
#include <vector>

namespace mote {

class Vm;

struct FrozenSource {
  std::string name;    // dotted module name: "pkg.sub"
  std::string file;    // recorded source name and __file__ suffix: "pkg/sub.py"
  std::string path;    // where to read the source on the build machine
  bool is_package;     // the module is a package's __init__.py
};

// Compiles every module (with `opt_level`, as mpy-cross -O), checks each code
// object with the bytecode verifier, and appends the C++ source to `out`.
// On a compile or verify error prints the exception to stderr and returns
// false.
bool freeze_modules(Vm& vm, const std::vector<FrozenSource>& modules, int opt_level,
                    std::string* out);

}  // namespace mote
