// micropython_module.cc — the `micropython` module: MicroPython's interpreter controls.
//
// const() is the identity (the compiler may fold `x = const(1)` itself); the native, viper and
// bytecode decorators are accepted and leave the function as bytecode. The heap lock, the
// schedule queue and the emergency exception buffer are the scheduler's (vm/scheduler.h); this
// file adds the read-outs (mem_info, qstr_info, stack_use, heap_locked) and kbd_intr, which
// hands the interrupt character to the port (vm/hal.h).
#include <cstdio>

#include "gc/gc.h"
#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/hal.h"
#include "vm/scheduler.h"

namespace mote {

namespace {

Value mp_identity(Vm& vm, size_t, size_t, const Value* args) { return args[0]; }

Value mp_opt_level(Vm& vm, size_t n, size_t, const Value* args) {
  if (n == 0) return Value::small_int(vm.opt_level_);
  sword level;
  if (!stdlib::int_arg(vm, args[0], &level)) return Value::null();
  vm.opt_level_ = uint8_t(level < 0 ? 0 : level > 3 ? 3 : level);
  return Value::none();
}

// Bytes of C stack in use below the base Vm::init was given.
size_t c_stack_used(Vm& vm) {
  char* here = static_cast<char*>(__builtin_frame_address(0));  // not a local's address (see Vm::check_c_stack)
  return vm.c_stack_base_ > here ? size_t(vm.c_stack_base_ - here) : 0;
}

Value mp_mem_info(Vm& vm, size_t n, size_t, const Value* args) {
  GcStats s;
  gc_stats(vm, &s);
  Printer& out = stdout_printer();
  size_t stack_total = vm.c_stack_limit_ && vm.c_stack_base_ > vm.c_stack_limit_
                           ? size_t(vm.c_stack_base_ - vm.c_stack_limit_)
                           : hal_c_stack_size();
  if (!printf_to(out, "stack: %lu out of %lu\n", static_cast<unsigned long>(c_stack_used(vm)),
                 static_cast<unsigned long>(stack_total)) ||
      !printf_to(out, "GC: total: %lu, used: %lu, free: %lu\n", static_cast<unsigned long>(s.total_bytes),
                 static_cast<unsigned long>(s.used_bytes), static_cast<unsigned long>(s.free_bytes)) ||
      !printf_to(out, " max free sz: %lu, collections: %lu\n", static_cast<unsigned long>(s.max_free_run),
                 static_cast<unsigned long>(s.collections))) {
    return Value::null();
  }
  return Value::none();
}

Value mp_qstr_info(Vm& vm, size_t, size_t, const Value*) {
  if (!printf_to(stdout_printer(), "qstr pool: n_static=%lu, n_dynamic=%lu\n",
                 static_cast<unsigned long>(Q::kStaticCount), static_cast<unsigned long>(vm.qstr_count_))) {
    return Value::null();
  }
  return Value::none();
}

Value mp_stack_use(Vm& vm, size_t, size_t, const Value*) { return Value::small_int(sword(c_stack_used(vm))); }

Value mp_heap_locked(Vm& vm, size_t, size_t, const Value*) { return Value::small_int(heap_lock_depth); }

Value mp_kbd_intr(Vm& vm, size_t, size_t, const Value* args) {
  sword c;
  if (!stdlib::int_arg(vm, args[0], &c)) return Value::null();
  hal_set_interrupt_char(c < 0 || c > 255 ? -1 : int(c));
  return Value::none();
}

constexpr NativeFunction const_obj = native_fn(Q::const_, mp_identity, 1, 1);
constexpr NativeFunction native_obj = native_fn(Q::native, mp_identity, 1, 1);
constexpr NativeFunction viper_obj = native_fn(Q::viper, mp_identity, 1, 1);
constexpr NativeFunction bytecode_obj = native_fn(Q::bytecode, mp_identity, 1, 1);
constexpr NativeFunction opt_level_obj = native_fn(Q::opt_level, mp_opt_level, 0, 1);
constexpr NativeFunction mem_info_obj = native_fn(Q::mem_info, mp_mem_info, 0, 1);
constexpr NativeFunction qstr_info_obj = native_fn(Q::qstr_info, mp_qstr_info, 0, 1);
constexpr NativeFunction stack_use_obj = native_fn(Q::stack_use, mp_stack_use, 0, 0);
constexpr NativeFunction heap_locked_obj = native_fn(Q::heap_locked, mp_heap_locked, 0, 0);
constexpr NativeFunction kbd_intr_obj = native_fn(Q::kbd_intr, mp_kbd_intr, 1, 1);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto micropython_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::micropython)},
    ENTRY(const_, const_obj),
    ENTRY(native, native_obj),
    ENTRY(viper, viper_obj),
    ENTRY(bytecode, bytecode_obj),
    ENTRY(opt_level, opt_level_obj),
    ENTRY(mem_info, mem_info_obj),
    ENTRY(qstr_info, qstr_info_obj),
    ENTRY(stack_use, stack_use_obj),
    ENTRY(heap_locked, heap_locked_obj),
    ENTRY(kbd_intr, kbd_intr_obj),
    // vm/scheduler.cc
    ENTRY(heap_lock, micropython_heap_lock_obj),
    ENTRY(heap_unlock, micropython_heap_unlock_obj),
    ENTRY(schedule, micropython_schedule_obj),
    ENTRY(alloc_emergency_exception_buf, micropython_alloc_emergency_exception_buf_obj),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap micropython_globals = {micropython_table.data(), micropython_table.size()};

}  // namespace mote
