// mpy_writer.h — serialises compiled code to Mote's .mpy format.
//
// tools/mpy-cross is this function around compile(); it is core code (GC
// heap only, no exceptions) so a device could also cache compiled modules.
// The format is docs/mpy-format.md; the reader is vm/mpy_loader.h.
#pragma once

#include "vm/value.h"

namespace mote {

class Vm;
struct Code;
struct Printer;

namespace mpy {

// Writes `module` and every code object nested in its constants as one .mpy
// file to `out`. Before writing, each code object is checked by the verifier
// (vm/mpy_verify.h), so a compiler bug is reported here rather than by the
// device that loads the file. Returns false with an exception pending:
// TypeError for a constant the format cannot hold, ValueError from the
// verifier, MemoryError, or whatever `out` raised.
bool write_mpy(Vm& vm, const Code* module, Printer& out);

// The same file as a bytes object (null() with the exception pending).
Value write_mpy_bytes(Vm& vm, const Code* module);

}  // namespace mpy
}  // namespace mote
