// runtime.h — declarations shared by the runtime's own files (vm/*.cc owned
// by the runtime). Native modules and library code use vm/vm.h instead; this
// header may change freely.
//
// It holds the frame layout the interpreter and the generator code share, the
// entry points of the interpreter, the heap-type (class) machinery, the
// exception/traceback helpers and the small per-type helpers other runtime
// files call.
#pragma once

#include <cstring>

#include "gc/gc.h"
#include "vm/code.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace mote {

// memmove for Values that accepts n == 0 with null pointers (memmove does not).
inline void vcopy(Value* dst, const Value* src, size_t n) {
  if (n) memmove(dst, src, n * sizeof(Value));
}

// --- frames ------------------------------------------------------------------------

enum FrameFlags : uint8_t {
  kFrameEntry = 1,  // returning from this frame returns from run() to C
  kFrameInit = 2,   // an __init__ run by an inline instantiation: returns init_self
};

// One activation of a Code object. Frames live in the Vm's frame area; their
// slots and operand stack live in the value stack (or, for a generator, in
// the generator object). Fields except ip/sp are set at push; ip/sp are saved
// only when the frame stops being the running one (a call, a yield).
struct Frame {
  const Code* code;
  const uint8_t* ip;
  Value* sp;
  Value* slots;
  Function* func;
  Dict* globals;
  Dict* locals;        // namespace of LOAD_NAME/STORE_NAME (module: globals; class body: class dict)
  Generator* gen;      // the generator whose frame this is, or nullptr
  Value* prev_top;     // vm.stack_top_ before this frame was pushed
  Value init_self;     // kFrameInit: the new instance (the call's result)
  uint8_t flags;
};

// First free value-stack slot: frames push above it. Lives in Vm (stack_top_).
// Runs the interpreter from the current frame until the entry frame returns.
Value run(Vm& vm);
// Pushes a frame for `func` called with args (n_pos values then n_kw pairs);
// binds the arguments. If the caller's args already sit at vm.stack_top_
// (the in-place case) they are not copied. Returns the frame or nullptr with
// an exception pending.
Frame* push_call_frame(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args);
// As push_call_frame with the frame's slots at `slots` (the interpreter
// passes the address of the first argument: binding in place).
Frame* push_frame_at(Vm& vm, Function* func, Value* slots, size_t n_pos, size_t n_kw, const Value* args);
// Wraps captured slots in cells and copies the closure's free variables.
bool init_cells(Vm& vm, Function* f, Value* slots);
int32_t dict_find_qstr_pos(Dict* d, Value name);  // entry position of a qstr key, -1 if absent
Value function_new(Vm& vm, const Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure);
// Binds arguments into `slots` (n_slots entries) per func's signature; see call.cc.
bool bind_args(Vm& vm, Function* func, Value* slots, size_t n_pos, size_t n_kw, const Value* args);
// Calls a Python function from C (nested run).
Value call_function(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args);
// Pops the current frame (restores stack_top_).
void pop_frame(Vm& vm);
enum GenState : uint8_t { kGenCreated = 0, kGenSuspended = 1, kGenRunning = 2, kGenFinished = 3 };
// Runs the interpreter; `throwing`: raise the pending exception at the
// current frame's ip first (generator throw()).
Value interpret(Vm& vm, bool throwing);
// Makes a generator / coroutine for a call of a generator function.
Value generator_new(Vm& vm, Function* func, size_t n_pos, size_t n_kw, const Value* args);
// Resumes a generator with `sent` (or throwing `exc` if not null); returns
// the yielded value, absent() if it returned (*ret set), null() if it raised.
Value generator_resume(Vm& vm, Generator* g, Value sent, Value exc, Value* ret);
Value code_qualname(const Code* code);
// A function's __name__, __qualname__ (assigned, else its Code's), its
// keyword-only defaults (a constant (name, value...) tuple or a dict; null()
// if none) and the default of one keyword-only parameter (absent() if none).
Value function_name(const Function* f);
Value function_qualname(const Function* f);
Value function_kwdefaults(const Function* f);
Value function_kwdefault(const Function* f, Value name);
Dict* function_attrs(const Function* f);  // its attribute dict (__dict__), or nullptr if none yet

// The name of a function-like callable for argument errors ("f", "A.f").
std::string_view callable_name(Value fn);

// --- types and classes -------------------------------------------------------------

// Type::dict_offset of tuple subclasses: their items are inline and of any
// number, so the Dict* follows the last item.
inline constexpr uint16_t kDictAfterItems = 0xFFFF;

// For a heap type's instances: the Dict** where its attribute dict lives, or nullptr.
inline Dict** instance_dict_slot(Value obj, const Type* t) {
  if (!t->dict_offset || !obj.is_object()) return nullptr;
  size_t offset = t->dict_offset;
  if (offset == kDictAfterItems) offset = sizeof(Tuple) + obj.as<Tuple>()->len * sizeof(Value);
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + offset);
}
inline bool is_heap_type(const Type* t) { return t->flags & kTypeHeap; }
inline HeapType* as_heap_type(const Type* t) { return const_cast<HeapType*>(static_cast<const HeapType*>(t)); }
bool is_type(Value v);
inline const Type* as_type(Value v) { return v.as<const Type>(); }
// Creates a class: type(name, bases, dict) (also __build_class__).
Value class_new(Vm& vm, Value name, Value bases, Dict* ns, Value qualname);
Value build_class(Vm& vm, size_t n_pos, size_t n_kw, const Value* args);
bool plain_init_call(const Type* t, Value* init);  // see class.cc
// Creates an instance of `t` with native layout of its native base, empty.
Value instance_alloc(Vm& vm, const Type* t);
// object.__new__(cls, *args) generic (used for heap types).
Value native_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args);
// Descriptor binding of an attribute found on a type (functions → bound
// methods etc.). `obj` is the instance (or null() when looked up on the class).
Value bind_attr(Vm& vm, Value attr, Value obj, const Type* owner);
// Method lookup for LOAD_METHOD: sets *meth and *self (self null() when the
// attribute is not a method). Returns false with an exception if missing.
bool load_method(Vm& vm, Value obj, Value name, Value* meth, Value* self);
// The type's MRO walk for super(): lookup `name` after `start` in obj's type MRO.
Value super_lookup(Vm& vm, Super* s, Value name);
// Generic instance attribute machinery (used for types with load_attr nullptr).
Value generic_getattr(Vm& vm, Value obj, Value name, bool* found_on_type);
bool generic_setattr(Vm& vm, Value obj, Value name, Value value);
void invalidate_method_cache(Vm& vm);                    // everything (a collection)
void invalidate_method_cache_name(Vm& vm, Value name);   // entries for one name (a class attribute changed)
// Heap type slot for __getattr__ fallback etc. is internal to class.cc.
Value heap_dunder(const Type* t, uint32_t qname);
// type_lookup that also says where the value was found (a class dict entry,
// or nullptr for a native table / not found).
Value type_lookup_where(const Type* t, Value name, bool* native, const Dict** where, int32_t* pos);  // type_lookup for a static name, absent if none or inherited from a native type

// --- exceptions --------------------------------------------------------------------

struct TracebackEntry {
  const Type* type;  // &traceback_type
  Value next;        // the older (outer) entry, or null()
  const Code* code;
  uint32_t line;
};
inline bool is_exception(Value v) { return v.is_object() && (v.as_object()->type->flags & kTypeException); }
inline ExceptionObj* as_exception(Value v) { return v.as<ExceptionObj>(); }
// Adds a traceback entry for (code, line) to the pending exception (never raises).
void traceback_add(Vm& vm, Value exc, const Code* code, uint32_t line);
// Normalises the argument of `raise`: a type is instantiated; TypeError
// "exceptions must derive from BaseException" otherwise. null() on error.
Value make_exception(Vm& vm, Value exc);
// `e`, the result of calling exception class `cls`, or TypeError if it is not
// an exception (naming e's type as "int", or as "<class 'int'>" if got_as_repr).
Value check_instantiated(Vm& vm, Value cls, Value e, bool got_as_repr = false);
Value exception_str(Vm& vm, Value exc);
// The first argument or None (StopIteration.value, SystemExit.code).
Value exception_arg0(Value exc);

// --- numbers -----------------------------------------------------------------------

// True if the machine integer converts to double exactly (|x| < 2**53).
inline bool exact_in_double(sword x) {
  return int64_t(x) > -(int64_t(1) << 53) && int64_t(x) < (int64_t(1) << 53);
}

Value int_binary_small(Vm& vm, BinaryOp op, sword a, sword b);
Value float_binary(Vm& vm, uint8_t op, double a, double b);
Value int_make_new(Vm& vm, const Type* t, size_t n_pos, size_t n_kw, const Value* args);
bool int_print_value(Vm& vm, Printer& out, Value v);
struct IntBox {  // instance of an int subclass: the int inside
  const Type* type;
  Value value;
  Dict* dict;
};

// --- containers --------------------------------------------------------------------

Value tuple_alloc(Vm& vm, size_t n);  // items set to None
// An index operand as an int (via __index__), or TypeError with `fmt` (one %.*s: the type name).
Value index_operand(Vm& vm, Value index, const char* fmt);
inline Tuple* as_tuple(Value v) { return v.as<Tuple>(); }
inline List* as_list(Value v) { return v.as<List>(); }
inline Dict* as_dict(Value v) { return v.as<Dict>(); }
bool is_tuple(Value v);
bool is_list(Value v);
bool is_dict(Value v);
Value empty_tuple();
Value list_alloc(Vm& vm, size_t n);
bool list_grow(Vm& vm, List* l, size_t need);
Value dict_copy(Vm& vm, Dict* d);
bool dict_update_from(Vm& vm, Dict* d, Value other, bool no_dups);
Value slice_new(Vm& vm, Value start, Value stop, Value step);
Value range_new(Vm& vm, sword start, sword stop, sword step);
// Module objects: lazily created for native modules.
Value module_new(Vm& vm, Value name, Dict* globals, const ConstMap* native);
Dict* module_dict(Vm& vm, Module* m);  // materialises a native module's RAM dict
extern const ConstMap builtins_module_globals;
extern const ConstMap sys_module_globals;
extern const ConstMap gc_module_globals;
// The native module registry (vm/module_registry.cc).
struct NativeModuleEntry {
  uint32_t name;  // qstr index
  const ConstMap* globals;
};
const ConstMap* find_native_module(Value name);
const NativeModuleEntry* native_modules(size_t* count);
// The modules a port adds (weak default: none; the host defines it in ports/host/port_modules.cc).
const NativeModuleEntry* port_native_modules(size_t* count);
// builtins lookup (RAM overlay first, then the flash table).
Value builtins_lookup(Vm& vm, Value name);
// Native stream objects for sys.stdout / stderr / stdin.
extern const Obj sys_stdout_obj;
extern const Obj sys_stderr_obj;
extern const Obj sys_stdin_obj;
// Iterator and helper types defined in flash by the runtime's files.
extern const Type range_iterator_type;
extern const Type list_iterator_type;
extern const Type tuple_iterator_type;
extern const Type str_iterator_type;
extern const Type dict_iterator_type;
extern const Type seq_iter_type;
extern const Type version_info_type;
extern const Type implementation_type;
extern const Type sys_stream_type;
extern const ConstMap micropython_module_globals;
// The native function objects the VM refers to directly.
extern const NativeFunction builtin_build_class_obj;

// --- strings -----------------------------------------------------------------------

extern const ConstMap str_locals;  // the library's str methods (vm/str_methods.cc)
Value str_char(uint8_t c);         // one-character ASCII str (flash, no allocation)
Value str_substr(Vm& vm, Value s, size_t byte_start, size_t byte_len);

bool str_equal(Value a, Value b);  // both are strs
int str_compare(Value a, Value b); // -1 0 1
Value str_concat(Vm& vm, Value a, Value b);
bool print_repr_str(Printer& out, StrView s);  // 'text' with escapes
Value str_from_cstr(Vm& vm, const char* s);

// The method cache: (type, name) -> attribute found along the MRO.
struct MethodCacheEntry {
  const Type* type;
  Value name;
  Value value;         // the value found (when dict is null)
  const Dict* dict;    // the class dict holding it, or null (native table / not found)
  int32_t pos;         // its entry position in dict
  uint32_t layout;     // dict->layout when cached
  uint32_t epoch;      // vm.type_version_ when cached
  bool native;         // found in a native type's table (functions there are methods)
};
inline constexpr size_t kMethodCacheSize = sizeof(void*) == 8 ? 512 : 128;

// The interpreter's inline caches (the Code object is read-only, possibly in
// flash, so they live beside it, keyed by the instruction's address):
//   LOAD_GLOBAL  key = globals dict, layout/layout2 = globals/builtins
//                layouts, index = entry position or -1 (value = the builtin)
//   LOAD_ATTR / STORE_ATTR on plain instances
//                key = the type, index = entry position in the instance dict
//   LOAD_METHOD  key = the type; value = the method, or dict/index/layout
//                locate it in a class dict (read at each hit)
// All are valid for one epoch (vm.type_version_): a collection or a class
// attribute being added or removed starts a new one.
struct GlobalCacheEntry {
  const uint8_t* ip;
  const void* key;
  const Dict* dict;
  Value value;
  int32_t index;
  uint32_t layout;
  uint32_t layout2;
  uint32_t epoch;
};
inline constexpr size_t kGlobalCacheSize = sizeof(void*) == 8 ? 512 : 64;
MethodCacheEntry* method_cache();

}  // namespace mote
