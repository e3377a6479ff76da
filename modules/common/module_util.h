// module_util.h — helpers shared by the standard-library modules (modules/<name>/): argument
// checks with CPython's messages, OSError with an errno, and the exception types a module
// defines in flash (struct.error, zlib.error, binascii.Error).
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/runtime.h"

namespace mote::stdlib {

// M_PI and friends are not standard C++ (newlib's <cmath> omits them in strict mode).
inline constexpr double kPi = 3.14159265358979323846264338327950288;
inline constexpr double kE = 2.71828182845904523536028747135266250;
inline constexpr double kLn10 = 2.30258509299404568401799145468436421;

// True if an optional argument was given (not absent, not None).
inline bool given(Value v) { return !v.is_null() && !v.is_absent() && !v.is_none(); }

// The bytes of a buffer-protocol object (bytes, bytearray, memoryview, array); TypeError
// "a bytes-like object is required, not 'str'" otherwise. A writable request on a read-only
// buffer raises TypeError too.
bool buffer_arg(Vm& vm, Value v, BufferInfo* out, bool writable = false);

// An int argument (int, bool or __index__) as a machine word; TypeError / OverflowError.
bool int_arg(Vm& vm, Value v, sword* out);

// "<fname>() argument must be <what>, not '<type>'" as a TypeError; returns null().
Value raise_arg_type(Vm& vm, const char* fname, const char* what, Value got);

// A new bytes object of `len` bytes to fill through data; str_finish() it before it reaches
// Python. nullptr with MemoryError pending.
inline Str* bytes_alloc(Vm& vm, size_t len) { return str_alloc(vm, len, &bytes_type); }
inline uint8_t* bytes_data(Str* s) { return reinterpret_cast<uint8_t*>(str_data(s)); }

// A str or bytes Value as text (caller checked the type).
inline StrView text_of(Value v) { return str_view(v); }

// --- OSError ----------------------------------------------------------------------------------

// The errno module's table (modules/errno): number, name (qstr index) and CPython's message.
struct ErrnoInfo {
  uint16_t code;
  uint32_t name;
  const char* message;
};
const ErrnoInfo* errno_info(int code);  // nullptr if unknown

// Raises OSError(errno, strerror) as CPython does: the errno's subclass (FileNotFoundError...),
// e.args == (errno, strerror), e.filename (and e.filename2, os.rename's target) set when not
// null. `err` may be given negated (a HAL result). Returns null().
Value raise_errno(Vm& vm, int err, Value filename = Value::null(), Value filename2 = Value::null());

// --- exception types of native modules ----------------------------------------------------------

// Slot functions of every builtin exception type, forwarded so a module can define its own
// exception type in flash with the same behaviour (the builtin ones live in vm/exception.cc).
Value module_exc_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args);
bool module_exc_print(Vm& vm, Printer& out, Value self, PrintKind kind);
Value module_exc_getattr(Vm& vm, Value self, Value name);
bool module_exc_setattr(Vm& vm, Value self, Value name, Value value);

// An exception type named `name` deriving from `base` (a builtin exception type):
//   constexpr Type struct_error_type = module_exception_type(Q::error, &Exception_type);
// Methods (__init__, __str__, with_traceback) are found on the base.
constexpr Type module_exception_type(uint32_t name, const Type* base) {
  return Type{.type = &type_type, .name = name, .flags = kTypeException | kTypeBaseType,
              .instance_size = sizeof(ExceptionObj), .base = base, .make_new = module_exc_make_new,
              .print = module_exc_print, .unary = nullptr, .binary = nullptr,
              .load_attr = module_exc_getattr, .store_attr = module_exc_setattr, .subscr = nullptr,
              .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
              .locals = nullptr, .dict_offset = offsetof(ExceptionObj, dict)};
}

// --- tuple-like result types (os.stat_result, time.struct_time, os.uname_result) ------------

// A tuple whose items are also attributes (a CPython "struct sequence"): item i is named
// names[i]. The type is a TupleLikeType (a Type followed by its field list), made with
// tuple_like_type(); instances share the tuple layout, so indexing, len, iteration, equality
// and hashing are the tuple's.
struct TupleFields {
  const char* repr_name;  // "posix.uname_result"; nullptr: repr as a plain tuple
  const uint32_t* names;  // qstr indices
  size_t count;
};
struct TupleLikeType {
  Type type;
  const TupleFields* fields;
};
Value tuple_like_getattr(Vm& vm, Value self, Value name);
bool tuple_like_print(Vm& vm, Printer& out, Value self, PrintKind kind);
Value tuple_like_binary(Vm& vm, uint8_t op, Value self, Value other);
Value tuple_like_unary(Vm& vm, UnarySlot op, Value self);
Value tuple_like_subscr(Vm& vm, Value self, Value index, Value value);
Value tuple_like_get_iter(Vm& vm, Value self);
// A new instance holding items[0, n).
Value tuple_like_new(Vm& vm, const Type* type, size_t n, const Value* items);

constexpr TupleLikeType tuple_like_type(uint32_t name, const TupleFields* fields) {
  return TupleLikeType{
      Type{.type = &type_type, .name = name, .flags = 0, .instance_size = 0, .base = &tuple_type,
           .make_new = nullptr, .print = tuple_like_print, .unary = tuple_like_unary,
           .binary = tuple_like_binary, .load_attr = tuple_like_getattr, .store_attr = nullptr,
           .subscr = tuple_like_subscr, .call = nullptr, .get_iter = tuple_like_get_iter,
           .iternext = nullptr, .buffer = nullptr, .locals = nullptr},
      fields};
}

}  // namespace mote::stdlib
