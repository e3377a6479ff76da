// vm.cc — start-up and shut-down of a Vm, its GC roots, the C-stack guard
// and native argument parsing.
//
// Vm::init makes the only allocations of a run: the GC arena, the value
// stack and the frame area (one malloc each on the host; a port may point
// them at static buffers instead). Then it builds what must exist before
// anything can fail: the MemoryError and RecursionError instances, sys.argv,
// sys.path, sys.modules and the __main__ globals.
//
// Roots: the Vm object itself (every Value and pointer field), the live part
// of the value stack, the live frames. Everything else is found by scanning
// the C stack conservatively (gc/gc.cc).
#include <cstdio>
#include <cstdlib>

#include "vm/hal.h"
#include "vm/runtime.h"
#include "vm/scheduler.h"

namespace mote {

void qstr_bind_vm(Vm* vm);
void method_cache_bind(Vm* vm);

namespace {

// The Vm being collected: the root callback gets it as a parameter.
void vm_roots(Vm& vm) {
  invalidate_method_cache(vm);
  gc_mark_range(vm, &vm, &vm + 1);
  if (vm.stack_top_ > vm.stack_) gc_mark_range(vm, vm.stack_, vm.stack_top_);
  if (vm.frame_) gc_mark_range(vm, vm.frames_, vm.frame_ + 1);
  sched_mark_roots(vm);  // queued IRQ callbacks, the machine IRQ table (vm/scheduler.h)
}

size_t cache_entries(size_t heap_bytes, size_t max_entries, size_t entry_bytes) {
  size_t n = max_entries;
  while (n > 8 && n * entry_bytes > heap_bytes / 32) n /= 2;
  return n;
}

}  // namespace

bool Vm::init(const VmConfig& config, void* stack_base) {
  gc_memory_ = malloc(config.heap_bytes);
  stack_ = static_cast<Value*>(calloc(config.value_stack_slots, sizeof(Value)));
  frames_ = static_cast<Frame*>(calloc(config.max_frames + 1, sizeof(Frame)));
  if (!gc_memory_ || !stack_ || !frames_) return false;
  stack_end_ = stack_ + config.value_stack_slots;
  stack_top_ = stack_;
  frames_end_ = frames_ + config.max_frames;
  frame_ = nullptr;
  heap_ = gc_init(gc_memory_, config.heap_bytes, stack_base, vm_roots);
  if (!heap_) return false;
  c_stack_base_ = static_cast<char*>(stack_base);
  size_t c_stack = config.c_stack_bytes ? config.c_stack_bytes : hal_c_stack_size();
  // Keep a margin for the natives and library code that run after a check.
  size_t margin = c_stack / 8 < 16 * 1024 ? c_stack / 8 : 16 * 1024;
  c_stack_limit_ = c_stack_base_ - (c_stack - margin);
  opt_level_ = config.opt_level;
  exc_ = handled_exc_ = last_exc_ = Value::null();
  qstr_bind_vm(this);
  method_cache_bind(this);
  memory_error_ = exception_new(*this, &MemoryError_type, 0, nullptr);
  // The caches take at most 1/32 of the heap each (small heaps, small caches).
  size_t m = cache_entries(config.heap_bytes, kMethodCacheSize, sizeof(MethodCacheEntry));
  size_t g = cache_entries(config.heap_bytes, kGlobalCacheSize, sizeof(GlobalCacheEntry));
  method_cache_mask_ = uint32_t(m - 1);
  global_cache_mask_ = uint32_t(g - 1);
  method_cache_ = gc_alloc(*this, m * sizeof(MethodCacheEntry), true);
  global_cache_ = gc_alloc(*this, g * sizeof(GlobalCacheEntry), true);
  Value msg = str_from_cstr(*this, "maximum recursion depth exceeded");
  recursion_error_ = msg.is_null() ? msg : exception_new(*this, &RecursionError_type, 1, &msg);
  modules_ = dict_new(*this);
  sys_argv_ = list_new(*this, 0, nullptr);
  Value empty = q(Q::empty_);
  sys_path_ = list_new(*this, 1, &empty);
  main_globals_ = module_globals_new(*this, q(Q::dunder_main));
  if (!method_cache_ || !global_cache_ || memory_error_.is_null() || recursion_error_.is_null() || !modules_ ||
      sys_argv_.is_null() || sys_path_.is_null() || !main_globals_) {
    return false;
  }
  Value main = module_new(*this, q(Q::dunder_main), main_globals_, nullptr);
  if (main.is_null() || !dict_set(*this, modules_, q(Q::dunder_main), main)) return false;
  exc_ = Value::null();
  return true;
}

void Vm::deinit() {
  qstr_bind_vm(nullptr);
  method_cache_bind(nullptr);
  free(gc_memory_);
  free(stack_);
  free(frames_);
  gc_memory_ = nullptr;
  stack_ = nullptr;
  frames_ = nullptr;
  heap_ = nullptr;
}

bool Vm::check_c_stack() {
  // The frame address, not a local's: under ASan's stack-use-after-return
  // mode locals live in heap-allocated fake frames, off the C stack.
  char* here = static_cast<char*>(__builtin_frame_address(0));
  if (__builtin_expect(here > c_stack_limit_, 1)) return true;
  raise_value(*this, recursion_error_);
  return false;
}

// --- argument parsing for natives --------------------------------------------------------

bool parse_args(Vm& vm, const char* fname, size_t n_pos, size_t n_kw, const Value* args, const ArgSpec* spec,
                size_t n_spec, Value* out) {
  size_t n_positional = 0;
  while (n_positional < n_spec && !(spec[n_positional].flags & kArgKwOnly)) ++n_positional;
  if (n_pos > n_positional) {
    raise(vm, &TypeError_type, "%s() takes at most %d positional argument%s (%d given)", fname, int(n_positional),
          n_positional == 1 ? "" : "s", int(n_pos));
    return false;
  }
  for (size_t i = 0; i < n_spec; ++i) out[i] = i < n_pos ? args[i] : Value::null();
  for (size_t k = 0; k < n_kw; ++k) {
    Value name = args[n_pos + 2 * k];
    size_t i = 0;
    while (i < n_spec && !(q(spec[i].name) == name)) ++i;
    if (i == n_spec || spec[i].name == Q::empty_) {
      StrView s = str_view(name);
      raise(vm, &TypeError_type, "'%.*s' is an invalid keyword argument for %s()", int(s.len), s.data, fname);
      return false;
    }
    if (!out[i].is_null()) {
      StrView s = str_view(name);
      raise(vm, &TypeError_type, "argument for %s() given by name ('%.*s') and position (%d)", fname, int(s.len),
            s.data, int(i + 1));
      return false;
    }
    out[i] = args[n_pos + 2 * k + 1];
  }
  for (size_t i = 0; i < n_spec; ++i) {
    if (!out[i].is_null()) continue;
    if (spec[i].flags & kArgRequired) {
      std::string_view n = qstr_view(q(spec[i].name));
      raise(vm, &TypeError_type, "%s() missing required argument '%.*s' (pos %d)", fname, int(n.size()), n.data(),
            int(i + 1));
      return false;
    }
    out[i] = spec[i].default_value;
  }
  return true;
}

}  // namespace mote
