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

// Every object is 8-aligned (the low three bits of a Value tag it), also on
// 32-bit targets where pointers are 4-aligned: object structs that can live
// in flash are declared alignas(8). A native module defining its own object
// struct must do the same.
struct alignas(8) Obj {
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
struct alignas(8) NativeFunction {
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
struct alignas(8) NativeMethodWrapper {
  const Type* type;  // &static_method_type or &class_method_type
  Value function;
};

// --- the Type layout and its slots ----------------------------------------------

// Unary operations a type can implement in its `unary` slot. kBool returns
// True/False, kLen a small int, kHash a small int. For kHash, absent() means
// "hash by identity"; an unhashable type raises TypeError "unhashable type:
// 'list'" from its slot.
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

// The get_iter slot of every iterator type: iter(it) is it.
Value iter_self(Vm& vm, Value self);
using BufferFn = bool (*)(Vm& vm, Value self, BufferInfo* out, bool writable);

enum TypeFlags : uint16_t {
  kTypeHeap = 1 << 0,        // made by a class statement (a HeapType)
  kTypeBaseType = 1 << 1,    // may be subclassed
  kTypeException = 1 << 2,   // BaseException or a subclass
  kTypeIterIsSelf = 1 << 3,  // iter(x) is x
  kTypeEqIsIdentity = 1 << 4,  // equality is identity and hash is address (fast paths)
  kTypeCustomGetattr = 1 << 5, // (heap types) a class in the MRO defines __getattribute__
  kTypeMetaclass = 1 << 6,     // (heap types) a subclass of type: its instances are classes
};

struct alignas(8) Type {
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
  // Byte offset of a `Dict*` field in instances that carry an attribute dict
  // (functions, modules, exceptions, instances of classes); 0: none. Added by
  // the runtime owner; native types without per-instance attributes leave it 0.
  uint16_t dict_offset = 0;
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
struct alignas(8) Str {
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

struct alignas(8) Tuple {
  const Type* type;
  size_t len;
  Value items[];
};

struct alignas(8) List {
  const Type* type;
  size_t len;
  size_t alloc;
  Value* items;
};

struct alignas(8) Float {
  const Type* type;
  double value;
};


// --- runtime object layouts (owned by the runtime: vm/*.cc) -------------------------
//
// These are the layouts the VM, the builtins and native modules share. Fields
// holding a Value may hold Value::null() only where noted ("null: unset").

struct Dict;
struct Function;

// An insertion-ordered hash table (CPython 3.6+ design): `entries` is a dense
// array in insertion order (deleted entries have key null), and for more than
// kDictLinearMax entries an index array of 1/2/4-byte slots follows the
// entries in the same allocation. Small dicts (instance and class
// namespaces, kwargs) have no index and are scanned linearly — with qstr keys
// that is a compare of one word per entry.
struct DictEntry {
  Value key;    // null(): deleted
  Value value;
  word hash;    // cached hash of key
};
struct alignas(8) Dict {
  const Type* type;    // &dict_type (or a subclass's heap type)
  uint32_t used;       // live entries
  uint32_t fill;       // entries[0, fill) have been used (live or deleted)
  uint32_t capacity;   // size of entries[]
  uint32_t layout;     // changes whenever a key is added or removed (inline caches)
  DictEntry* entries;  // capacity entries, then the index (if capacity > kDictLinearMax)
};
inline constexpr uint32_t kDictLinearMax = 8;

// A closure cell. contents null(): empty (unbound).
struct alignas(8) Cell {
  const Type* type;  // &cell_type
  Value contents;
};

// What few functions have, kept out of Function so that every function does
// not pay for it: keyword-only defaults, attributes, and a __name__,
// __qualname__, __module__ or __doc__ assigned after creation (by a decorator).
struct alignas(8) FunctionExtra {
  const Type* type;   // nullptr: tells it from a kwdefaults Dict (see Function::extra)
  Value kwdefaults;   // keyword-only defaults (see Function::extra), or null()
  Value name;         // __name__ if assigned, else null(): code->name
  Value qualname;     // __qualname__ if assigned, else null(): the code's qualname
  Value module;       // __module__ if assigned, else null(): the globals' __name__
  Value doc;          // __doc__ if assigned, else null(): the code's docstring (kCodeDocstring) or None
  Dict* dict;         // function attributes (null until first set)
};

// A Python function: a Code object plus what MAKE_FUNCTION captured. Six
// words (48 bytes on a 64-bit host, 32 on a 32-bit board): what a call needs
// is inline; the rest is derived from the Code object (which may be in
// flash) or lives in `extra`. Read names through function_name(),
// function_qualname() and function_kwdefaults() (vm/runtime.h).
struct alignas(8) Function {
  const Type* type;   // &function_type
  const Code* code;
  Dict* globals;
  Value defaults;     // tuple of positional defaults, or null()
  Value closure;      // tuple of Cells, or null()
  // nullptr; or the keyword-only defaults, when a function has only those:
  // the compiler's constant tuple (name, value, name, value...) until
  // __kwdefaults__ is read, then a dict; or a FunctionExtra.
  Obj* extra;
};

// obj.method as a value (LOAD_ATTR of a function found on the type).
struct alignas(8) BoundMethod {
  const Type* type;  // &bound_method_type
  Value self;
  Value func;
};

// A module. Native modules (builtins, sys, gc, ...) are described by a
// ConstMap in flash; their Module object and its RAM `globals` dict are made
// lazily (on import / first assignment).
struct alignas(8) Module {
  const Type* type;  // &module_type
  Dict* globals;     // null for a native module until something is stored into it
  Value name;        // qstr
  const ConstMap* native;  // globals of a native module (flash), else nullptr
};

// property(fget, fset, fdel, doc)
struct alignas(8) Property {
  const Type* type;  // &property_type
  Value fget, fset, fdel, doc;  // None when not given
};

// super(type, obj): attribute lookup starts after `start` in type(obj).__mro__.
struct alignas(8) Super {
  const Type* type;  // &super_type
  const Type* start;
  Value obj;         // the instance (or a class, for classmethods)
};

struct alignas(8) Range {
  const Type* type;  // &range_type
  sword start, stop, step;
};

struct alignas(8) Slice {
  const Type* type;  // &slice_type
  Value start, stop, step;  // None when omitted
};

// Instances of BaseException and its subclasses.
struct alignas(8) ExceptionObj {
  const Type* type;
  Value args;        // tuple
  Value traceback;   // null or a TracebackEntry chain (innermost last) — see vm/exception.h
  Value cause;       // null: unset (__cause__ None)
  Value context;     // null: unset
  Dict* dict;        // extra attributes (user subclasses, e.errno...), null until set
  bool suppress_context;
};

// An instance of a class whose native base is `object` (most classes). An
// instance of a class deriving from a native type has that type's layout
// followed by a Dict* at Type::dict_offset.
struct alignas(8) Instance {
  const Type* type;  // a HeapType
  Dict* dict;
};

// A class made by a `class` statement or type(name, bases, dict). Begins with
// the Type layout so the VM dispatches through the same slots; the slots are
// generic functions that look dunders up along the MRO (vm/class.cc).
struct HeapType : Type {
  // First, so that it fills Type's tail padding: 160 bytes, not 176, on a
  // 64-bit host (10 GC blocks).
  uint32_t attr_hint;  // most attributes an instance dict has reached (initial dict size)
  Dict* dict;        // the class namespace
  Value bases;       // tuple of types
  Value mro;         // tuple of types, this class first
  Value qualname;    // qstr or str
};

// Generator, coroutine and async generator objects: own their frame's slots
// and value stack (n_slots + stack_size Values) in the same allocation.
struct alignas(8) Generator {
  const Type* type;       // &generator_type / &coroutine_type / &async_generator_type
  Function* func;
  const uint8_t* ip;      // resume point
  Value* sp;              // saved stack top (points into slots[])
  Value handled_exc;      // exception being handled inside the generator while suspended
  uint8_t state;          // GenState (vm/generator.cc)
  uint8_t yielded;        // async generators: the last suspension was a `yield` (not an inner await)
  Value slots[];
};

// Wrapper objects for staticmethod / classmethod around any callable use
// NativeMethodWrapper's layout.

// More builtin types (runtime-owned).
extern const Type bound_method_type;
extern const Type method_descriptor_type;  // list.append read from the type (function.cc)
extern const Type property_type;
extern const Type super_type;
extern const Type generator_type;
extern const Type coroutine_type;
extern const Type async_generator_type;
extern const Type dict_keys_type;
extern const Type dict_values_type;
extern const Type dict_items_type;
extern const Type ellipsis_type;
extern const Type not_implemented_type;
extern const Type traceback_type;

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
