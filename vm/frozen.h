// frozen.h — frozen modules: Python modules compiled into the firmware as
// constant data, imported without reading a file or compiling.
//
// At build time tools/freeze compiles the modules a manifest lists (the
// compiler of `mpy-cross`, run on the host) and writes a C++ source holding,
// for each module, its Code objects with everything they point to — bytecode,
// line and exception tables, slot names, constants (str, bytes, float, big
// int and tuple objects are laid out as constant objects too) — as `const`
// data, which the linker puts in flash. Importing a frozen module creates its
// module object and globals dict and runs its bytecode in place: no copy of
// code or constants reaches the heap.
//
// Names. A flash Code object refers to names as qstr Values, so their indices
// must be known when the C++ is generated. The names frozen code uses that
// are not in the static pool (vm/qstrs.def) form a second constant pool in
// flash, `frozen_qstrs`, whose indices follow the static ones:
// [Q::kStaticCount, Q::kStaticCount + frozen_qstrs.count). vm/qstr.cc
// consults it between the static pool and the dynamic (heap) pools, so
// interning "foo" at run time finds the frozen "foo" and every module agrees
// on its index. Programs built without frozen modules (mpy-cross, the unit
// tests, the freeze tool itself) get the empty defaults of vm/frozen.cc
// (weak symbols); `mote` links the generated file, which overrides them.
//
// Lookup is by dotted module name; the import machinery (vm/import.h) asks
// here before sys.path, or at the position of a '.frozen' entry in sys.path
// (MicroPython's convention), and for submodules of a frozen package.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/qstr.h"

namespace mote {

struct Code;

struct FrozenModule {
  const char* name;    // dotted name: "mod", "pkg", "pkg.sub"
  const char* file;    // source path relative to its manifest root: "pkg/__init__.py"
  const Code* code;    // the module body, in flash
  bool is_package;     // frozen from a package's __init__.py
};

struct FrozenModuleTable {
  const FrozenModule* modules;  // sorted by name (binary search)
  uint32_t count;
};

// The constant qstr pool of frozen names; entries[i] is qstr Q::kStaticCount + i.
// `index` is an open-addressing table of entry numbers + 1 (0: empty) over
// the FNV-1a hash, `index_size` a power of two (or 0 when count is 0).
struct FrozenQstrPool {
  const QstrText* entries;
  uint32_t count;
  const uint16_t* index;
  uint32_t index_size;
};

// Defined weak (empty) in vm/frozen.cc; the generated frozen_content.cc
// defines the real ones.
extern const FrozenModuleTable frozen_modules;
extern const FrozenQstrPool frozen_qstrs;

// The frozen module with this dotted name, or nullptr.
const FrozenModule* frozen_find(std::string_view name);

// Looks a name up in the frozen qstr pool: its qstr Value, or absent().
// For vm/qstr.cc.
Value frozen_qstr_find(std::string_view text, uint32_t hash);

// True if frozen modules can be used: the frozen pool is empty, or vm/qstr.cc
// resolves its first index to its first entry (i.e. qstr.cc consults it).
bool frozen_qstrs_active();

}  // namespace mote
