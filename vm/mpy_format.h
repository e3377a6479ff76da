// mpy_format.h — the constants of Mote's .mpy file format (version 2).
//
// docs/mpy-format.md is the specification; this header is its vocabulary,
// shared by the writer (vm/mpy_writer.cc, used by tools/mpy-cross), the loader
// (vm/mpy_loader.cc, which runs on the device) and the tests. A file is:
//
//   header    4 bytes: magic 'T', version, feature flags, reserved 0
//   qstrs     the interned names the module uses, as UTF-8 text
//   filename  index of the source name in the qstr table
//   code      the module's code object; nested code objects are constants
//   crc       CRC-32 (zlib's) of every byte before it, little-endian
//
// Every number after the header is a "vuint": unsigned LEB128 (7 bits per
// byte, least significant group first, high bit set on all but the last
// byte), at most 5 bytes and at most 0xffffffff, in its shortest form. Ints
// and floats are encoded without reference to the writer's word size, so one
// file runs on 64-bit hosts, 32-bit hosts and the RP2040.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mote::mpy {

inline constexpr uint8_t kMagic = 'T';  // 0x54; MicroPython's is 'M' (0x4d)
inline constexpr uint8_t kMicroPythonMagic = 'M';
inline constexpr uint8_t kVersion = 2;  // 2: complex constants (tag 'j')
inline constexpr size_t kHeaderSize = 4;
inline constexpr size_t kCrcSize = 4;

// Header byte 2: features the code needs. A loader refuses a file that needs
// a feature its build lacks (or a bit it does not know). The writer sets a bit
// exactly when the file contains such a constant; the loader checks that too.
enum Feature : uint8_t {
  kFeatureFloat = 1 << 0,   // float and complex constants
  kFeatureBigInt = 1 << 1,  // int constants outside the 31-bit small-int range
};
inline constexpr uint8_t kKnownFeatures = kFeatureFloat | kFeatureBigInt;

// Tag byte of a constant (ASCII, so a hex dump is readable).
enum ConstTag : uint8_t {
  kTagNone = 'N',
  kTagFalse = 'F',
  kTagTrue = 'T',
  kTagEllipsis = 'E',
  kTagInt = 'i',    // vuint (n_bytes << 1 | negative), then n_bytes of magnitude, little-endian
  kTagFloat = 'd',  // 8 bytes: IEEE-754 binary64, little-endian
  kTagComplex = 'j',  // 16 bytes: real then imaginary part, each as kTagFloat's 8
  kTagStr = 's',    // vuint length, UTF-8 text: a str object
  kTagQstr = 'q',   // vuint qstr index: an interned str (keyword names, identifiers)
  kTagBytes = 'b',  // vuint length, bytes
  kTagTuple = 't',  // vuint count, that many constants
  kTagCode = 'c',   // a nested code object
};

// Limits the loader enforces (the compiler stays below all of them).
inline constexpr uint32_t kMaxQstrs = 65535;        // qstr table entries
inline constexpr uint32_t kMaxQstrLen = 65535;      // bytes of one name
inline constexpr uint32_t kMaxBytecode = 65535;     // jump targets and table offsets are 16-bit
inline constexpr uint32_t kMaxNesting = 48;         // code objects and tuples inside each other
inline constexpr uint32_t kMaxIntBytes = 65535;     // magnitude bytes of one int constant (~157k digits)

// CRC-32 as zlib.crc32 (reflected polynomial 0xEDB88320), nibble-table form:
// 64 bytes of table in flash, two lookups per byte.
inline uint32_t crc32_update(uint32_t crc, const uint8_t* data, size_t len) {
  static constexpr uint32_t kTable[16] = {
      0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4,
      0x4db26158, 0x5005713c, 0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
      0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};
  crc = ~crc;
  for (size_t i = 0; i < len; ++i) {
    crc ^= data[i];
    crc = (crc >> 4) ^ kTable[crc & 15];
    crc = (crc >> 4) ^ kTable[crc & 15];
  }
  return ~crc;
}

}  // namespace mote::mpy
