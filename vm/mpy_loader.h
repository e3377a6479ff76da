// mpy_loader.h — loads a Mote .mpy file into Code objects, after proving it
// safe to run.
//
// The file is untrusted input (TFLite Micro's rule for model files): it may
// be truncated, corrupted in flash, written by a newer Mote, or hostile. The
// loader works in two phases over the same parser:
//
//   1. validate: the header (magic, version, features), then a full parse
//      that checks every count, length and index against the bytes that are
//      actually there and runs the bytecode verifier (vm/mpy_verify.h) on
//      each code object — without creating any object or interning any name;
//      then the CRC-32 of the whole file;
//   2. build: the same parse again, now creating the Code objects, their
//      arrays and constants in the GC heap and interning the names. It can
//      only fail with MemoryError.
//
// So a bad file costs no permanent memory (no junk names in the qstr pools)
// and nothing of it can run. Errors are ValueError with what is wrong and
// where, e.g. "truncated .mpy: code object 3 needs 120 bytes of bytecode, 40
// left", "incompatible .mpy file: this is a MicroPython .mpy (version 6); Mote
// reads Mote .mpy version 2 (recompile with Mote's mpy-cross)".
//
// Cost: parsing is linear in the file; the loaded module takes its bytecode,
// tables and constants as GC blocks (the file buffer itself is not kept).
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote {

class Vm;
struct Code;

namespace mpy {

// Loads the .mpy image data[0, len). Returns the module's Code object, or
// nullptr with ValueError (bad file) or MemoryError pending. `data` is not
// referenced after the call.
Code* load_mpy(Vm& vm, const uint8_t* data, size_t len);

// Checks only the 4-byte header (and that there is room for the checksum):
// true for a Mote .mpy of this version whose features this build supports;
// otherwise false with the ValueError load_mpy would raise.
bool check_header(Vm& vm, const uint8_t* data, size_t len);

}  // namespace mpy
}  // namespace mote
