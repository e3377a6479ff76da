// vm.h — the virtual machine state and the API native code calls.
//
// CONTRACT: stable (names and meanings below may gain siblings, not change).
//
// One Vm holds everything a running interpreter owns: the GC heap, the value
// stack and frame area (both allocated once at start-up), the pending
// exception, the module table and a few preallocated objects (MemoryError,
// RecursionError) so that running out of memory can always be reported.
//
// Error convention (as object.h): a function returning Value returns
// Value::null() when it raised, with the exception pending in the Vm
// (vm.exc()); one returning bool returns false; one returning int returns -1.
// Natives propagate by returning null() themselves ("if (v.is_null()) return
// v;"). Nothing uses C++ exceptions or longjmp.
//
// The free functions below are the whole API a native type or module needs:
// calling, attributes, operators, iteration, hashing, printing, dicts, lists,
// argument parsing. Pointers to GC objects held in C++ locals stay valid: the
// collector scans the C stack conservatively (gc/gc.h).
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.h"
#include "vm/opcode.h"
#include "vm/qstr.h"
#include "vm/value.h"

namespace mote {

struct Code;
struct Frame;
struct GcHeap;

// Start-up configuration (the port fills it; Wren-style policy struct).
struct VmConfig {
  size_t heap_bytes = 2 * 1024 * 1024;  // GC arena
  size_t value_stack_slots = 16 * 1024; // Python frames' slots + operand stacks
  size_t max_frames = 1000;             // Python call depth (RecursionError beyond)
  size_t c_stack_bytes = 0;             // usable C stack below the base (0: port default)
  uint8_t opt_level = 0;                // -O
};

class Vm {
 public:
  // Allocates the arena, value stack and frame area (the only malloc) and
  // builds the preallocated objects. `stack_base` is the address of a local
  // in the outermost C function that will run Python (the conservative stack
  // scan and the C recursion limit are measured from it). Returns false if the
  // memory could not be allocated.
  bool init(const VmConfig& config, void* stack_base);
  void deinit();

  // --- the pending exception ----------------------------------------------
  Value exc() const { return exc_; }
  bool has_exc() const { return !exc_.is_null(); }
  void set_exc(Value e) { exc_ = e; }
  // Takes the pending exception (returns it and clears it).
  Value take_exc() {
    Value e = exc_;
    exc_ = Value::null();
    return e;
  }
  void clear_exc() { exc_ = Value::null(); }

  // Checks the C stack; false with RecursionError pending if native code
  // re-entering the VM nests too deep. Called by every native→Python call.
  bool check_c_stack();

  // Set asynchronously by the port (SIGINT, Ctrl-C on the UART); the loop
  // checks it on backward jumps and calls and raises KeyboardInterrupt.
  volatile bool interrupt_pending = false;

  // --- state (public for the runtime's own files; natives use the functions) --
  Value exc_;                 // pending exception, null() if none
  Value handled_exc_;         // the exception being handled (sys.exc_info), null() if none
  GcHeap* heap_ = nullptr;
  Value* stack_ = nullptr;    // value stack [stack_, stack_end_)
  Value* stack_end_ = nullptr;
  Frame* frames_ = nullptr;   // frame area [frames_, frames_end_)
  Frame* frames_end_ = nullptr;
  Frame* frame_ = nullptr;    // the running (innermost) frame, or nullptr
  Value* stack_top_ = nullptr;  // first free value-stack slot (frames push above it)
  void* method_cache_ = nullptr;  // (type, name) -> attribute, a leaf GC block
  void* global_cache_ = nullptr;  // LOAD_GLOBAL inline caches keyed by instruction address (leaf)
  uint32_t method_cache_mask_ = 0;  // entries - 1 (a power of two)
  uint32_t global_cache_mask_ = 0;
  void* gc_memory_ = nullptr;     // the malloc'd arena
  char* c_stack_base_ = nullptr;
  char* c_stack_limit_ = nullptr;
  Dict* modules_ = nullptr;   // sys.modules
  Dict* builtins_dict_ = nullptr;  // RAM overlay of builtins (builtins._ etc.), lazily
  Dict* main_globals_ = nullptr;   // __main__ globals
  Value memory_error_;        // preallocated MemoryError instance
  Value recursion_error_;     // preallocated RecursionError instance
  Value sys_argv_;            // list
  Value sys_path_;            // list
  Value last_exc_;            // last uncaught exception (for the REPL)
  void* qstr_pools_ = nullptr;  // dynamic qstr pools (GC heap chain)
  uint32_t qstr_count_ = 0;     // dynamic names interned so far
  uint32_t type_version_ = 1;   // bumped on any class namespace change (method cache)
  uint8_t opt_level_ = 0;
  uint16_t native_depth_ = 0;   // nesting of run() inside natives
  // The StopIteration a class's __next__ raised, which iternext turns into
  // plain exhaustion; next() re-raises it so its value survives map(),
  // enumerate() and zip() (heap_iternext sets it, builtin next() reads it).
  Value stop_iteration_;
  static constexpr uint8_t kReprDepth = 16;
  Value repr_active_[kReprDepth];  // lists/dicts/tuples being printed, outermost first (ReprGuard)
  uint8_t n_repr_active_ = 0;
};

// --- calling ---------------------------------------------------------------------

// fn(*args): `args` has n_pos Values. Works for every callable.
Value call(Vm& vm, Value fn, size_t n_pos, const Value* args);
// fn(args..., name=value...): n_pos Values, then n_kw (qstr name, value) pairs.
Value call_kw(Vm& vm, Value fn, size_t n_pos, size_t n_kw, const Value* args);
inline Value call0(Vm& vm, Value fn) { return call(vm, fn, 0, nullptr); }
inline Value call1(Vm& vm, Value fn, Value a) { return call(vm, fn, 1, &a); }
inline Value call2(Vm& vm, Value fn, Value a, Value b) {
  Value args[2] = {a, b};
  return call(vm, fn, 2, args);
}
// obj.name(*args) without making a bound method. AttributeError if missing.
Value call_method(Vm& vm, Value obj, Value name, size_t n_pos, const Value* args);
// Like call_method but returns absent() (no exception) if obj has no such
// attribute — for optional protocols (__length_hint__, __reversed__...).
Value call_method_opt(Vm& vm, Value obj, Value name, size_t n_pos, const Value* args);
bool is_callable(Value v);

// --- attributes -------------------------------------------------------------------

// obj.name; AttributeError "'T' object has no attribute 'x'" if missing.
Value load_attr(Vm& vm, Value obj, Value name);
// obj.name, or absent() if missing (no exception); null() if a getter raised.
Value lookup_attr(Vm& vm, Value obj, Value name);
bool store_attr(Vm& vm, Value obj, Value name, Value value);
bool delete_attr(Vm& vm, Value obj, Value name);
// Looks `name` up along type's MRO (type locals / class dicts), no
// descriptors applied; absent() if not found. Never raises.
Value type_lookup(const Type* type, Value name);
// A list of attribute names of obj (its dict, its type's MRO), unsorted, may
// repeat names; what dir() and REPL completion build on.
Value object_dir(Vm& vm, Value obj);
// The name of a type as a C string view (for messages).
std::string_view type_name(const Type* type);

// --- operators ----------------------------------------------------------------------

Value binary_op(Vm& vm, BinaryOp op, Value a, Value b);
Value unary_op(Vm& vm, UnaryOp op, Value a);
// Rich comparison; the result object (usually a bool).
Value compare(Vm& vm, CompareOp op, Value a, Value b);
// a == b as a C truth value: 1, 0, or -1 if it raised. Identity implies equal.
int equal(Vm& vm, Value a, Value b);
// a < b: 1, 0, or -1 if it raised (sorting, min, max).
int less_than(Vm& vm, Value a, Value b);
// Truth of v: 1, 0, or -1 if __bool__/__len__ raised.
int is_true(Vm& vm, Value v);
// hash(v): true and *out set, or false with TypeError "unhashable type: 'list'".
bool hash_value(Vm& vm, Value v, sword* out);
// len(v): true and *out set, or false with TypeError "object of type 'T' has no len()".
bool length(Vm& vm, Value v, size_t* out);
// item in container: 1, 0, -1 on error (uses __contains__, then iteration).
int contains(Vm& vm, Value container, Value item);
Value subscr_load(Vm& vm, Value obj, Value key);
bool subscr_store(Vm& vm, Value obj, Value key, Value value);
bool subscr_delete(Vm& vm, Value obj, Value key);

// --- iteration --------------------------------------------------------------------

Value get_iter(Vm& vm, Value obj);   // iter(obj); TypeError "'T' object is not iterable"
Value iter_next(Vm& vm, Value iter); // next item, absent() when exhausted, null() on error

// Calls f(item) for every item of `iterable`; f returns false to signal an
// exception pending (stops). Returns false if iteration or f raised.
// Lists and tuples are walked by index (a list growing during the walk is
// walked to its current end, as CPython).
template <class F>
bool for_each(Vm& vm, Value iterable, F f);

// Items of a tuple or list without copying: true and sets *items/*n; false
// (no exception) for other types.
bool seq_items(Value v, size_t* n, Value** items);

// --- numbers ------------------------------------------------------------------------

// Value of an int (small, BigInt, bool, int subclass) or an __index__ object
// as a machine word; TypeError if not an integer, OverflowError if too big.
bool to_sword(Vm& vm, Value v, sword* out);
// The int of an __index__-able object (bool → int); TypeError otherwise.
Value to_index(Vm& vm, Value v);
// int/float/bool (and their subclasses, __float__/__index__) to double.
bool to_double(Vm& vm, Value v, double* out);
bool is_int(Value v);          // int, bool, or an int subclass (not float)
inline double float_value(Value v) { return v.as<Float>()->value; }  // caller checked: a float (or subclass)
// Hash of a number, equal across int/float (CPython's algorithm, modulus
// 2**61-1 on 64-bit, 2**31-1 on 32-bit).
sword hash_double(double d);
// The same with the 64-bit modulus 2**61-1 on every target (what a 64-bit
// CPython's hash() gives): for results that must not depend on word size.
int64_t hash_double64(double d);
// The int inside an instance of an int subclass, or v itself.
Value int_unwrap(Value v);

// --- types ------------------------------------------------------------------------

bool is_subtype(const Type* t, const Type* base);
inline bool isinstance(Value v, const Type* t) { return is_subtype(type_of(v), t); }
// The native layout type of t: t itself for native types, the native base of a
// class (e.g. list_type for `class L(list)`).
const Type* native_base(const Type* t);
inline Value type_value(const Type* t) { return Value::object(t); }

// --- strings ----------------------------------------------------------------------

// A heap Str with room for `len` bytes of text at s->data (writable through
// str_data()); fill them, then str_finish() computes char_len. nullptr +
// MemoryError on failure.
Str* str_alloc(Vm& vm, size_t len, const Type* type = &str_type);
inline char* str_data(Str* s) { return const_cast<char*>(s->data); }
Value str_finish(Str* s);
// Hash of any str Value (qstr or Str), cached in a Str.
uint32_t str_hash(Value s);
bool is_str(Value v);  // a str (qstr, Str, or a str subclass instance)
// Number of code points in UTF-8 text.
size_t utf8_char_count(const char* data, size_t len);
// Interned form of a str Value (qstr) — interning it if needed; null() on MemoryError.
Value str_intern(Vm& vm, Value s);

// A Printer that builds a str in the GC heap. Usage:
//   StrBuilder b(vm); print_value(vm, b, v, PrintKind::kRepr) ...; Value s = b.finish();
struct StrBuilder : Printer {
  explicit StrBuilder(Vm& vm);
  Vm* vm;
  char* buf = nullptr;
  size_t len = 0;
  size_t cap = 0;
  bool append(std::string_view text) { return write(*this, text.data(), text.size()); }
  bool append_char(char c) { return write(*this, &c, 1); }
  // The built str (a Str, or "" as a qstr); null() if a write had failed.
  Value finish(const Type* type = &str_type);
  bool failed = false;
};

// --- printing ---------------------------------------------------------------------

// repr(v)/str(v) into `out` (calls __repr__/__str__ for classes).
bool print_value(Vm& vm, Printer& out, Value v, PrintKind kind);

// CPython's Py_ReprEnter for a list, dict or tuple printing its items: if
// `v` is already being printed further out (a list that contains itself),
// recursive() is true and the caller prints "[...]" / "{...}" instead of
// recursing until RecursionError. Containers nested deeper than kReprDepth
// are not tracked (a cycle starting there still ends in RecursionError).
class ReprGuard {
 public:
  ReprGuard(Vm& vm, Value v);
  ~ReprGuard() { if (pushed_) --vm_.n_repr_active_; }
  bool recursive() const { return recursive_; }

 private:
  Vm& vm_;
  bool recursive_ = false;
  bool pushed_ = false;
};
bool print_str(Printer& out, std::string_view text);  // raw text
bool printf_to(Printer& out, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value repr(Vm& vm, Value v);    // a str Value
Value to_str(Vm& vm, Value v);  // str(v)
// Printers writing to the port's stdout / stderr (vm/hal.h).
Printer& stdout_printer();
Printer& stderr_printer();

// --- exceptions -------------------------------------------------------------------

// raise(vm, type, fmt, ...) is in object.h. These return null() too.
Value raise_value(Vm& vm, Value exc);   // raise an instance or a class (instantiated with no args)
Value raise_args(Vm& vm, const Type* type, size_t n, const Value* args);  // type(*args)
Value raise_memory_error(Vm& vm);       // the preallocated MemoryError
Value raise_key_error(Vm& vm, Value key);
Value raise_stop_iteration(Vm& vm, Value value);  // StopIteration(value)
Value raise_attribute_error(Vm& vm, Value obj, Value name);
Value raise_type_error_unsupported(Vm& vm, const char* op, Value a, Value b);
// True if the pending exception is an instance of `type`.
bool exc_matches(Vm& vm, const Type* type);
// Builds an exception instance of `type` with args (no raise).
Value exception_new(Vm& vm, const Type* type, size_t n_args, const Value* args);
// OSError(*args) as Python calls it: the errno's subclass (2 -> FileNotFoundError),
// a filename argument stored as e.filename.
Value oserror_new(Vm& vm, size_t n_args, const Value* args);
// Which entries sys.tracebacklimit = N keeps: CPython's uncaught-exception
// printer keeps the N innermost, its traceback module (and MicroPython's
// sys.print_exception) the N outermost.
enum class TracebackEnd : uint8_t { kInnermost, kOutermost };
// Prints "Traceback (most recent call last):" ... "Type: msg" with chaining.
bool print_exception(Vm& vm, Printer& out, Value exc, TracebackEnd keep = TracebackEnd::kInnermost);

// --- dicts ------------------------------------------------------------------------

Dict* dict_new(Vm& vm, size_t hint = 0);                 // nullptr + MemoryError
Value dict_get(Vm& vm, Dict* d, Value key);              // absent() if missing, null() if hashing/__eq__ raised
bool dict_set(Vm& vm, Dict* d, Value key, Value value);
Value dict_delete(Vm& vm, Dict* d, Value key);           // the removed value, absent() if missing
// Walks entries in insertion order: start with *pos = 0; false at the end.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
void dict_clear(Dict* d);
// Shrinks d's table in place to its live entries (no growth slack, no
// deleted holes); never fails. For namespaces that are complete: a class
// body's, a module's after its body ran. A later insert grows it again.
void dict_compact(Vm& vm, Dict* d);
// Fast path for qstr keys (namespaces): never raises, absent() if missing.
Value dict_get_qstr(Dict* d, Value name);
bool dict_set_qstr(Vm& vm, Dict* d, Value name, Value value);
inline Value dict_value(Dict* d) { return Value::object(d); }

// --- lists and tuples ---------------------------------------------------------------

bool list_append(Vm& vm, List* l, Value v);
bool list_extend(Vm& vm, List* l, Value iterable);
Value list_from_iter(Vm& vm, Value iterable);   // list(iterable)
Value tuple_from_iter(Vm& vm, Value iterable);  // tuple(iterable) (a tuple is returned as is)
// In-place stable sort (merge sort) with optional key function and reverse.
bool list_sort(Vm& vm, List* l, Value key, bool reverse);
// Index normalisation: a negative i counts from the end; false + IndexError
// "<what> index out of range" if outside [0, len).
bool normalize_index(Vm& vm, Value index, size_t len, size_t* out, const char* what);
// slice.indices(len) in C: start, stop, step and count; false on error.
bool slice_indices(Vm& vm, Value slice, size_t len, sword* start, sword* stop, sword* step,
                   size_t* count);

// --- native argument parsing --------------------------------------------------------

// One parameter of a native that takes keywords (MicroPython style):
//   static const ArgSpec spec[] = {{Q::key, kArgKwOnly, Value::none()}, {Q::reverse, kArgKwOnly, Value::false_()}};
//   Value a[2]; if (!parse_args(vm, "sort", n_pos - 1, n_kw, args + 1, spec, 2, a)) return Value::null();
enum ArgFlags : uint8_t {
  kArgRequired = 1,  // no default: missing → TypeError
  kArgKwOnly = 2,    // cannot be passed positionally
};
struct ArgSpec {
  uint32_t name;   // qstr index
  uint8_t flags;
  Value default_value;  // used when not given (absent(): leave absent)
};
bool parse_args(Vm& vm, const char* fname, size_t n_pos, size_t n_kw, const Value* args,
                const ArgSpec* spec, size_t n_spec, Value* out);

// --- modules and running code --------------------------------------------------------

// import name (builtin modules, then name.py on sys.path); the module object.
Value import_module(Vm& vm, Value name);
// Runs a module-level Code object with `globals` as globals and locals.
Value run_code(Vm& vm, const Code* code, Dict* globals);
// Compiles and runs source text in `globals` (exec/the REPL/-c).
Value exec_source(Vm& vm, std::string_view source, Value filename, Dict* globals, int mode);
// A fresh module globals dict with __name__ (and __builtins__ access implied).
Dict* module_globals_new(Vm& vm, Value name);

// --- for_each implementation ---------------------------------------------------------

template <class F>
bool for_each(Vm& vm, Value iterable, F f) {
  if (iterable.is_object() && (iterable.as_object()->type == &list_type ||
                               iterable.as_object()->type == &tuple_type)) {
    for (size_t i = 0;; ++i) {
      size_t n;
      Value* items;
      seq_items(iterable, &n, &items);
      if (i >= n) return true;
      if (!f(items[i])) return false;
    }
  }
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_absent()) return true;
    if (item.is_null()) return false;
    if (!f(item)) return false;
  }
}

}  // namespace mote
