// object.h — the object model: the header every object starts with, the Type
// layout with its slots, native functions, constant tables, and the
// constructors that code outside the VM relies on.
//
// Every object (in the GC heap or in flash) starts with a pointer to its Type.
// Native types are constexpr Type tables (flash, no RAM); classes made by a
// `class` statement are heap types (HeapType, vm/class.h) that start with the
// same layout, so the VM dispatches through the same slots for both. For a
// heap type the slots point to generic functions that look up the dunder
// method (`__add__`, `__getitem__`, ...) along the MRO.
//
// A slot that is nullptr means "not supported": the VM raises the TypeError
// CPython would ("'int' object is not subscriptable"). Methods and class
// attributes of a native type are in `locals`, a ConstMap sorted by name.
//
// Error convention: a function returning Value returns Value::null() when it
// raised (the exception is pending in the Vm); one returning bool returns
// false. Nothing uses C++ exceptions or longjmp.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/opcode.h"
#include "vm/qstr.h"
#include "vm/value.h"

namespace mote {

class Vm;
struct Type;
struct Code;

struct Obj {
  const Type* type;
};

// --- constant tables (flash) -------------------------------------------------

struct MapEntry {
  Value key;  // a qstr
  Value value;
};

// A read-only name -> value table: a type's methods, a native module's
// globals. Entries are sorted by key bits (use sorted_table) for binary search.
struct ConstMap {
  const MapEntry* entries;
  size_t count;
};

// Sorts a table at compile time: constexpr auto t = sorted_table<N>({{...}});
template <size_t N>
consteval std::array<MapEntry, N> sorted_table(std::array<MapEntry, N> a) {
  std::sort(a.begin(), a.end(),
            [](const MapEntry& x, const MapEntry& y) { return x.key.bits() < y.key.bits(); });
  return a;
}

// Binary search; Value::absent() if the name is not in the table.
Value const_map_lookup(const ConstMap* map, Value name);

// --- output ------------------------------------------------------------------

// Where repr/str/print text goes: a stream (stdout) or a string being built.
// write() returns false with an exception pending (MemoryError for a string
// builder, OSError for a stream).
struct Printer {
  bool (*write)(Printer& self, const char* data, size_t len);
};

enum class PrintKind : uint8_t { kRepr, kStr };

// --- native functions ----------------------------------------------------------

// Calling convention of every native: args[0, n_pos) are the positional
// arguments (for a method, args[0] is self), then n_kw (name, value) pairs
// where name is a qstr. Returns the result, or Value::null() if it raised.
using NativeFn = Value (*)(Vm& vm, size_t n_pos, size_t n_kw, const Value* args);

inline constexpr uint16_t kVarArgs = 0xffff;

// A builtin function or method, defined constexpr in flash:
//   constexpr NativeFunction list_append_obj = native_fn(Q::append, list_append, 2, 2);
// The VM checks min_pos/max_pos and takes_kw before calling, with CPython's
// messages ("append() takes exactly one argument (0 given)").
struct NativeFunction {
  const Type* type;  // &native_function_type
  NativeFn fn;
  uint32_t name;     // qstr index
  uint16_t min_pos;
  uint16_t max_pos;  // kVarArgs: no limit
  bool takes_kw;
};

extern const Type native_function_type;
extern const Type static_method_type;  // wraps a function: no self
extern const Type class_method_type;   // wraps a function: receives the class

constexpr NativeFunction native_fn(uint32_t name, NativeFn fn, uint16_t min_pos, uint16_t max_pos,
                                   bool takes_kw = false) {
  return NativeFunction{&native_function_type, fn, name, min_pos, max_pos, takes_kw};
}

// staticmethod/classmethod around a native, for a type's locals table.
struct NativeMethodWrapper {
  const Type* type;  // &static_method_type or &class_method_type
  Value function;
};

// --- the Type layout and its slots ----------------------------------------------

// Unary operations a type can implement in its `unary` slot. kBool returns
// True/False, kLen a small int, kHash a small int.
enum class UnarySlot : uint8_t { kBool, kLen, kHash, kNeg, kPos, kInvert, kAbs, kInt, kFloat, kIndex };

// Binary operations for the `binary` slot: the BinaryOp values (arithmetic,
// then in-place forms), then these. The VM calls lhs's slot first; if it
// returns NotImplemented it calls rhs's slot with the reflected op (rhs, lhs):
// kReflectedBase + int(BinaryOp) for ADD..XOR ("__radd__").
enum BinarySlot : uint8_t {
  kBinaryLt = uint8_t(BinaryOp::kCount),
  kBinaryLe,
  kBinaryEq,
  kBinaryNe,
  kBinaryGt,
  kBinaryGe,
  kBinaryContains,  // self=container, other=item: `item in container`
  kReflectedBase,   // + int(BinaryOp::ADD .. XOR)
  kBinarySlotCount = kReflectedBase + int(BinaryOp::INPLACE_ADD),
};

// Buffer protocol (bytes, bytearray, memoryview, array, mlinfer tensors).
struct BufferInfo {
  void* data;
  size_t len;       // in bytes
  char typecode;    // struct-module code of one item: 'B' for bytes
  bool readonly;
};

using MakeNewFn = Value (*)(Vm& vm, const Type* type, size_t n_pos, size_t n_kw, const Value* args);
using PrintFn = bool (*)(Vm& vm, Printer& out, Value self, PrintKind kind);
using UnaryFn = Value (*)(Vm& vm, UnarySlot op, Value self);               // absent() if unsupported
using BinaryFn = Value (*)(Vm& vm, uint8_t op, Value self, Value other);   // not_implemented() if unsupported
using LoadAttrFn = Value (*)(Vm& vm, Value self, Value name);              // absent() if not found (no exception)
using StoreAttrFn = bool (*)(Vm& vm, Value self, Value name, Value value); // value null(): delete
// value absent(): load self[index]; null(): delete; else store. Store/delete return None.
using SubscrFn = Value (*)(Vm& vm, Value self, Value index, Value value);
using CallFn = Value (*)(Vm& vm, Value self, size_t n_pos, size_t n_kw, const Value* args);
using GetIterFn = Value (*)(Vm& vm, Value self);
using IterNextFn = Value (*)(Vm& vm, Value self);                          // absent() when exhausted
using BufferFn = bool (*)(Vm& vm, Value self, BufferInfo* out, bool writable);

enum TypeFlags : uint16_t {
  kTypeHeap = 1 << 0,        // made by a class statement (a HeapType)
  kTypeBaseType = 1 << 1,    // may be subclassed
  kTypeException = 1 << 2,   // BaseException or a subclass
  kTypeIterIsSelf = 1 << 3,  // iter(x) is x
  kTypeEqIsIdentity = 1 << 4,  // equality is identity and hash is address (fast paths)
};

struct Type {
  const Type* type;  // &type_type
  uint32_t name;     // qstr index
  uint16_t flags;    // TypeFlags
  uint16_t instance_size;  // bytes of an instance's native layout (0: not instantiable by subclassing)
  const Type* base;  // native base (object_type for the root); heap types: the base holding the native layout
  MakeNewFn make_new;
  PrintFn print;
  UnaryFn unary;
  BinaryFn binary;
  LoadAttrFn load_attr;    // nullptr: generic lookup (type locals / MRO, then instance dict if any)
  StoreAttrFn store_attr;  // nullptr: attributes are read-only
  SubscrFn subscr;
  CallFn call;
  GetIterFn get_iter;
  IterNextFn iternext;
  BufferFn buffer;
  const ConstMap* locals;  // methods and class attributes
};

// --- builtin type objects (defined by their owners in vm/*.cc) ---------------------
extern const Type type_type;
extern const Type object_type;
extern const Type none_type;
extern const Type bool_type;
extern const Type int_type;
extern const Type float_type;
extern const Type str_type;
extern const Type bytes_type;
extern const Type bytearray_type;
extern const Type tuple_type;
extern const Type list_type;
extern const Type dict_type;
extern const Type set_type;
extern const Type frozenset_type;
extern const Type range_type;
extern const Type slice_type;
extern const Type code_type;
extern const Type function_type;
extern const Type cell_type;
extern const Type module_type;
#define EXC(name, base) extern const Type name##_type;
#include "vm/exceptions.def"
#undef EXC

// The type of any Value (small ints -> int_type, qstrs -> str_type, ...).
const Type* type_of(Value v);

// --- core object layouts shared across owners --------------------------------------

// str and bytes: immutable text. `data` points just past the struct for heap
// strings, or into flash for ROM strings. An interned str is a qstr Value
// instead, never a Str; every str function accepts both forms (str_view).
struct Str {
  const Type* type;  // &str_type or &bytes_type
  uint32_t hash;     // 0: not computed yet
  uint32_t len;      // bytes
  uint32_t char_len; // code points (== len for ASCII text); bytes: == len
  const char* data;
};

struct StrView {
  const char* data;
  size_t len;       // bytes
};
// Text of a str/bytes Value (qstr or Str). Caller has checked the type.
StrView str_view(Value s);

struct Tuple {
  const Type* type;
  size_t len;
  Value items[];
};

struct List {
  const Type* type;
  size_t len;
  size_t alloc;
  Value* items;
};

struct Float {
  const Type* type;
  double value;
};

// --- constructors used by the compiler, loaders and native modules --------------
Value str_new(Vm& vm, std::string_view utf8);                 // a str with this UTF-8 text (not interned)
Value bytes_new(Vm& vm, const uint8_t* data, size_t len);     // a bytes object
Value float_new(Vm& vm, double v);                            // a float
Value int_from_sword(Vm& vm, sword v);                        // small int or BigInt
Value int_parse(Vm& vm, std::string_view digits, int base);   // literal digits (no sign, prefix or '_'); ValueError if invalid
Value tuple_new(Vm& vm, size_t n, const Value* items);        // a tuple of n items (items may be nullptr: filled with None)
Value list_new(Vm& vm, size_t n, const Value* items);         // a list (items may be nullptr: filled with None)
Code* code_new(Vm& vm);                                       // a zeroed Code in the GC heap with its type set

// Raise `type` with a printf-style message; always returns Value::null().
Value raise(Vm& vm, const Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));

// SyntaxError / IndentationError with location (file, line, column 1-based,
// text of the offending line); returns Value::null(). Printing such an
// exception shows the line and a caret under the column.
Value raise_syntax_error(Vm& vm, const Type* type, const char* msg, Value filename, uint32_t line,
                         uint32_t column, std::string_view line_text);

}  // namespace mote
