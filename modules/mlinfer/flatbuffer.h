// flatbuffer.h — a small bounds-checked reader for untrusted flatbuffers.
//
// A .tflite file is a flatbuffer: a root offset, tables that point at vtables
// (per-table field maps), vectors prefixed by a 32-bit length, strings and
// unions (a type byte plus a table offset). This reader follows those links
// over a byte span and checks every one before it is used: the vtable and the
// table's inline bytes lie in the buffer, a field lies inside its table, a
// vector's length times its element size ends inside the buffer. Nothing is
// copied; scalars are read with memcpy, so misaligned or hostile offsets cannot
// fault on a Cortex-M0+ (which traps on unaligned word loads).
//
// Why not flatc-generated code plus flatbuffers::Verifier? No generated code
// to keep in sync; no dependency; about 2 KB of Thumb code instead of the
// generic verifier; and each error names the schema field and byte offset
// that is wrong ("Tensor.shape at byte 1232: ..."), which the verifier's
// single bool cannot. Cost: each access re-reads the vtable (a few loads), so
// the loader copies what kernels need into plain structs once, at load time,
// and Eval never touches the flatbuffer.
//
// Offsets in a flatbuffer are unsigned and point forward, so following them
// always terminates; no recursion-depth limit is needed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <type_traits>

#include "modules/mlinfer/status.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "mlinfer reads flatbuffers in place and assumes a little-endian target"
#endif

namespace mote::mlinfer::fb {

// A table whose vtable and inline bytes were checked. pos == 0 means absent
// (offset 0 holds the root offset, so it is never a table).
struct Table {
  uint32_t pos = 0;
  uint32_t vtable = 0;
  uint16_t vtable_bytes = 0;
  uint16_t object_bytes = 0;
  bool present() const { return pos != 0; }
};

// A vector whose elements were checked to lie in the buffer. An absent vector
// has length 0.
struct Vector {
  uint32_t data = 0;
  uint32_t length = 0;
  uint32_t element_bytes = 0;
  bool present = false;
};

class Reader {
 public:
  // Flatbuffers use 32-bit offsets, so buffers of 2 GiB or more are rejected
  // by Root().
  explicit Reader(std::span<const uint8_t> bytes) : bytes_(bytes) {}
  std::span<const uint8_t> bytes() const { return bytes_; }

  // The root table; also checks the buffer is big enough to hold a header.
  Status Root(Table* out) const;

  // Scalar field `field` of `table`, or `default_value` if absent. `what`
  // names it in errors, e.g. "Conv2DOptions.stride_w".
  template <typename T>
  Status Scalar(const Table& table, int field, T default_value, const char* what, T* out) const {
    uint32_t pos = 0;
    MLINFER_TRY(FieldPosition(table, field, sizeof(T), what, &pos));
    *out = pos == 0 ? default_value : Load<T>(pos);
    return Status::Ok();
  }
  Status Bool(const Table& table, int field, bool default_value, const char* what, bool* out) const;

  // Sub-table field; absent -> out->present() is false.
  Status Subtable(const Table& table, int field, const char* what, Table* out) const;
  // Vector field of elements of `element_bytes` each (4 for offsets).
  Status VectorField(const Table& table, int field, uint32_t element_bytes, const char* what,
                     Vector* out) const;
  // String field; absent -> empty view.
  Status String(const Table& table, int field, const char* what, std::string_view* out) const;
  // Element `index` of a vector of tables.
  Status TableAt(const Vector& vector, uint32_t index, const char* what, Table* out) const;

  // Element `index` of a checked scalar vector (index < length).
  template <typename T>
  T Element(const Vector& vector, uint32_t index) const {
    return Load<T>(vector.data + index * static_cast<uint32_t>(sizeof(T)));
  }
  // First byte of a checked vector's payload.
  const uint8_t* Data(const Vector& vector) const { return bytes_.data() + vector.data; }

 private:
  template <typename T>
  T Load(uint32_t pos) const {
    // A bool field is a byte the file may set to anything: nonzero is true
    // (copying it into a bool would be undefined behaviour).
    if constexpr (std::is_same_v<T, bool>) return bytes_[pos] != 0;
    T value;
    std::memcpy(&value, bytes_.data() + pos, sizeof(T));
    return value;
  }
  bool InBounds(uint64_t pos, uint64_t size) const { return pos <= bytes_.size() && size <= bytes_.size() - pos; }
  Status FieldPosition(const Table& table, int field, size_t size, const char* what, uint32_t* pos) const;
  Status Follow(uint32_t at, const char* what, uint32_t* target) const;
  Status TableAtPosition(uint32_t pos, const char* what, Table* out) const;
  Status VectorAt(uint32_t pos, uint32_t element_bytes, const char* what, Vector* out) const;

  std::span<const uint8_t> bytes_;
};

// A "malformed model: <what> at byte <pos>: <problem>" ValueError.
template <typename... Args>
Status Malformed(const char* what, uint64_t pos, std::string_view problem, const Args&... args) {
  const FormatArg list[] = {FormatArg(what), FormatArg(pos), FormatArg(args)..., FormatArg(0)};
  char format[Status::kMessageCapacity];
  MessageWriter writer(format, sizeof format);
  writer.Append("malformed model: {} at byte {}: ");
  writer.Append(problem);
  return Status::Make(ErrorKind::kValueError, {}, std::string_view(format, writer.length()), list,
                      2 + sizeof...(Args));
}

}  // namespace mote::mlinfer::fb
