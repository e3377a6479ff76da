// import.h — the import machinery for Python modules: .py and .mpy files on
// sys.path, packages, relative imports, frozen modules.
//
// The runtime owns IMPORT_NAME, IMPORT_FROM, builtins.__import__ and the
// native (builtin) modules; they call into here. The semantics are CPython's
// (importlib._bootstrap), minus loaders, specs and finders:
//
//   - a dotted name is imported component by component, each parent first;
//     a name already in sys.modules is used as it is (None there means
//     "import halted");
//   - a top-level name is looked up among the native modules, then the frozen
//     modules (vm/frozen.h), then in each directory of sys.path; a submodule
//     in its parent package's __path__. A '.frozen' entry in sys.path (or in
//     a __path__, as '.frozen/pkg') places the frozen modules there instead of
//     first, as MicroPython does;
//   - in a directory D, name `x` is the package D/x/ (with __init__.py or
//     __init__.mpy), else D/x.py, else D/x.mpy — so the .py wins over a stale
//     .mpy, as in MicroPython; a directory without __init__ is a namespace
//     package if nothing else matches on the whole path;
//   - the new module goes into sys.modules before its body runs (so a circular
//     import sees the partially initialised module) and is removed again if
//     the body raises; after it ran, it is bound as an attribute of its parent;
//   - __name__, __file__ (the path it was loaded from; '.frozen/x.py' for a
//     frozen module) and, for a package, __path__ (a list of one directory)
//     are set in its globals before the body runs.
//
// Errors: ModuleNotFoundError "No module named 'x'" (and "...; 'a' is not a
// package"), ImportError "cannot import name 'y' from 'x' (x.py)",
// "attempted relative import with no known parent package", "attempted
// relative import beyond top-level package", and whatever the module's
// compilation, loading (ValueError for a bad .mpy) or body raises.
#pragma once

#include "vm/value.h"

namespace mote {

class Vm;
struct Code;
struct Dict;

// The import statement, as IMPORT_NAME and __import__(name, globals, None,
// fromlist, level) do it:
//   name      the dotted name as written (qstr or str; "" for `from . import x`)
//   globals   the importing module's globals (for a relative import:
//             __package__, or __name__ and __path__); may be nullptr if level is 0
//   fromlist  None, or a tuple of names (`from m import a, b`; ('*',) for *)
//   level     the number of leading dots
// Returns what IMPORT_NAME pushes: the top-level package for `import a.b`,
// the module named for `from a.b import c` or a relative import. For each
// fromlist name that the module (a package) lacks, the submodule is imported
// if it exists.
Value import_name(Vm& vm, Value name, Dict* globals, Value fromlist, int level);

// IMPORT_FROM: module.name; if missing, sys.modules['<module>.<name>'] (a
// submodule bound later, during a circular import); else ImportError "cannot
// import name 'name' from 'module' (file)" — "from partially initialized
// module ... (most likely due to a circular import)" while the module's body
// is still running.
Value import_from(Vm& vm, Value module, Value name);

// Finds and runs a non-native module: `full_name` is an absolute dotted name
// (a qstr), `parent` its already imported parent package (null() for a
// top-level name). Searches the frozen modules and sys.path (or the parent's
// __path__). Returns the module, absent() if there is no such module (no
// exception raised), or null() with an exception pending. For a runtime that
// resolves names and sys.modules itself.
Value import_from_path(Vm& vm, Value full_name, Value parent);

// Reads a program file and returns its module Code object: a .mpy is loaded
// by the .mpy loader, anything else compiled as Python source with `path` as
// the source name. nullptr with OSError (cannot read), SyntaxError, ValueError
// (bad .mpy) or MemoryError pending. For `mote file.py|file.mpy`.
Code* load_code_file(Vm& vm, const char* path);

// True if `path` ends in ".mpy".
bool is_mpy_path(const char* path);

}  // namespace mote
