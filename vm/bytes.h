// bytes.h — bytes and bytearray.
//
// bytes shares str's layout (struct Str with type &bytes_type, the data
// inline after the header in one leaf block), so hashing and slicing reuse
// the same shapes. bytearray is a growable buffer: a header pointing to a
// separate leaf data block that grows geometrically (amortised O(1) append).
// Both export the buffer protocol ('B' items); bytearray's is writable.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.h"

namespace mote {

struct alignas(8) ByteArray {
  const Type* type;  // &bytearray_type (or a subclass' native base)
  size_t len;
  size_t alloc;
  uint8_t* data;
};

// A bytearray holding a copy of data[0, len) (data may be nullptr: zeros).
Value bytearray_new(Vm& vm, const uint8_t* data, size_t len);
// bytes(v) / bytearray(v) conversion helpers: true with the bytes of any
// buffer-protocol object in *out (read-only view, valid until the next
// allocation for bytearray). False without an exception if v has no buffer.
bool get_bytes_view(Vm& vm, Value v, BufferInfo* out);
// Appends to a bytearray; false + MemoryError.
bool bytearray_append(Vm& vm, Value ba, const uint8_t* data, size_t len);

}  // namespace mote
