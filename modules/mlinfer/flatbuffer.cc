// flatbuffer.cc — the checks behind fb::Reader.
//
// Wire format recap (all little-endian):
//   buffer[0..4)      uoffset to the root table
//   table at T        int32 soffset; the vtable is at T - soffset
//   vtable at V       uint16 vtable_bytes, uint16 object_bytes, then one uint16
//                     per field: the field's offset from T, 0 if absent
//   uoffset at P      uint32; points to P + value
//   vector at P       uint32 length, then the elements
//   string            a vector of bytes (plus a NUL we do not rely on)
#include "modules/mlinfer/flatbuffer.h"

namespace mote::mlinfer::fb {

Status Reader::Root(Table* out) const {
  if (bytes_.size() >= (uint64_t{1} << 31)) {
    return Status::Error(ErrorKind::kValueError, "model of {} bytes is too large (flatbuffers are < 2 GiB)",
                         bytes_.size());
  }
  if (bytes_.size() < 8) {
    return Status::Error(ErrorKind::kValueError, "malformed model: {} bytes is too short for a flatbuffer",
                         bytes_.size());
  }
  uint32_t root = 0;
  MLINFER_TRY(Follow(0, "root offset", &root));
  return TableAtPosition(root, "root table", out);
}

Status Reader::Follow(uint32_t at, const char* what, uint32_t* target) const {
  if (!InBounds(at, 4)) return Malformed(what, at, "offset lies past the end of the {}-byte buffer", bytes_.size());
  uint64_t to = uint64_t{at} + Load<uint32_t>(at);
  if (to >= bytes_.size()) {
    return Malformed(what, at, "offset points to byte {}, past the end of the {}-byte buffer", to, bytes_.size());
  }
  *target = static_cast<uint32_t>(to);
  return Status::Ok();
}

Status Reader::TableAtPosition(uint32_t pos, const char* what, Table* out) const {
  if (!InBounds(pos, 4)) return Malformed(what, pos, "table header lies past the end of the buffer");
  int64_t vtable = int64_t{pos} - Load<int32_t>(pos);
  if (vtable < 0 || !InBounds(static_cast<uint64_t>(vtable), 4)) {
    return Malformed(what, pos, "vtable offset points to byte {}, outside the {}-byte buffer", vtable,
                     bytes_.size());
  }
  uint32_t v = static_cast<uint32_t>(vtable);
  uint16_t vtable_bytes = Load<uint16_t>(v);
  uint16_t object_bytes = Load<uint16_t>(v + 2);
  if (vtable_bytes < 4 || (vtable_bytes & 1) != 0 || !InBounds(v, vtable_bytes)) {
    return Malformed(what, pos, "vtable at byte {} has bad size {}", v, vtable_bytes);
  }
  if (object_bytes < 4 || !InBounds(pos, object_bytes)) {
    return Malformed(what, pos, "table of {} bytes runs past the end of the {}-byte buffer", object_bytes,
                     bytes_.size());
  }
  *out = Table{pos, v, vtable_bytes, object_bytes};
  return Status::Ok();
}

Status Reader::FieldPosition(const Table& table, int field, size_t size, const char* what,
                             uint32_t* pos) const {
  *pos = 0;
  if (!table.present()) return Status::Ok();
  uint32_t entry = 4 + 2 * static_cast<uint32_t>(field);
  if (entry + 2 > table.vtable_bytes) return Status::Ok();  // field newer than the writer
  uint16_t offset = Load<uint16_t>(table.vtable + entry);
  if (offset == 0) return Status::Ok();
  if (offset < 4 || uint32_t{offset} + size > table.object_bytes) {
    return Malformed(what, table.pos, "field at offset {} overruns its {}-byte table", offset,
                     table.object_bytes);
  }
  *pos = table.pos + offset;
  return Status::Ok();
}

Status Reader::Bool(const Table& table, int field, bool default_value, const char* what, bool* out) const {
  uint8_t raw = 0;
  MLINFER_TRY(Scalar<uint8_t>(table, field, default_value ? 1 : 0, what, &raw));
  *out = raw != 0;
  return Status::Ok();
}

Status Reader::Subtable(const Table& table, int field, const char* what, Table* out) const {
  *out = Table{};
  uint32_t pos = 0;
  MLINFER_TRY(FieldPosition(table, field, 4, what, &pos));
  if (pos == 0) return Status::Ok();
  uint32_t target = 0;
  MLINFER_TRY(Follow(pos, what, &target));
  return TableAtPosition(target, what, out);
}

Status Reader::VectorAt(uint32_t pos, uint32_t element_bytes, const char* what, Vector* out) const {
  if (!InBounds(pos, 4)) return Malformed(what, pos, "vector length lies past the end of the buffer");
  uint32_t length = Load<uint32_t>(pos);
  uint64_t payload = uint64_t{length} * element_bytes;
  if (!InBounds(uint64_t{pos} + 4, payload)) {
    return Malformed(what, pos, "vector of {} x {} bytes runs past the end of the {}-byte buffer", length,
                     element_bytes, bytes_.size());
  }
  *out = Vector{pos + 4, length, element_bytes, true};
  return Status::Ok();
}

Status Reader::VectorField(const Table& table, int field, uint32_t element_bytes, const char* what,
                           Vector* out) const {
  *out = Vector{};
  uint32_t pos = 0;
  MLINFER_TRY(FieldPosition(table, field, 4, what, &pos));
  if (pos == 0) return Status::Ok();
  uint32_t target = 0;
  MLINFER_TRY(Follow(pos, what, &target));
  return VectorAt(target, element_bytes, what, out);
}

Status Reader::String(const Table& table, int field, const char* what, std::string_view* out) const {
  *out = {};
  Vector vector;
  MLINFER_TRY(VectorField(table, field, 1, what, &vector));
  *out = std::string_view(reinterpret_cast<const char*>(Data(vector)), vector.length);
  return Status::Ok();
}

Status Reader::TableAt(const Vector& vector, uint32_t index, const char* what, Table* out) const {
  if (index >= vector.length || vector.element_bytes != 4) {
    return Malformed(what, vector.data, "table index {} out of range", index);
  }
  uint32_t target = 0;
  MLINFER_TRY(Follow(vector.data + 4 * index, what, &target));
  return TableAtPosition(target, what, out);
}

}  // namespace mote::mlinfer::fb
