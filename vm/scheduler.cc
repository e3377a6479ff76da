// scheduler.cc — the two callback queues, the VM-side runner, sleeping, and the heap lock.
//
// The queues are rings of (callable, argument) written from interrupt context and read by the
// VM with interrupts disabled around each pop (hal::irq_disable), so an interrupt never sees a
// half-updated ring. A callback runs with its queue locked against nesting: a soft callback's
// own safe points still run hard callbacks (they stand for interrupts) but no other soft one,
// and nothing runs inside a hard callback — MicroPython's mp_sched_lock rules.
#include "vm/scheduler.h"

#include "gc/gc.h"
#include "vm/hal.h"
#include "vm/hal_machine.h"
#include "vm/vm.h"

namespace mote {

volatile bool sched_pending = false;
uint8_t heap_lock_depth = 0;

namespace {

struct Entry {
  Value fn;
  Value arg;
  SchedErrorFn on_error;
  void* context;
};

struct Ring {
  Entry entries[kSchedDepth];
  volatile uint8_t head = 0;  // next to run
  volatile uint8_t count = 0;

  bool push(const Entry& e) {
    if (count == kSchedDepth) return false;
    entries[(head + count) % kSchedDepth] = e;
    count = count + 1;
    return true;
  }
  bool pop(Entry* out) {
    uint32_t state = hal::irq_disable();
    bool any = count > 0;
    if (any) {
      *out = entries[head];
      entries[head] = Entry{};
      head = (head + 1) % kSchedDepth;
      count = count - 1;
    }
    hal::irq_restore(state);
    return any;
  }
};

Ring soft_queue;
Ring hard_queue;
bool in_soft = false;
bool in_hard = false;
size_t emergency_bytes = 0;      // micropython.alloc_emergency_exception_buf(n)
size_t emergency_left = 0;       // what the running hard callback may still use
Value locked_error = Value::null();  // the MemoryError raised by a locked heap (reused)

struct RootRange {
  const void* begin;
  const void* end;
};
RootRange static_roots[4];

constexpr const char* kLockedMessage = "memory allocation failed, heap is locked";

// Builds the reusable "heap is locked" MemoryError while allocation is still possible.
bool prepare_locked_error(Vm& vm) {
  if (!locked_error.is_null()) return true;
  Value msg = str_new(vm, kLockedMessage);
  if (msg.is_null()) return false;
  Value e = exception_new(vm, &MemoryError_type, 1, &msg);
  if (e.is_null()) return false;
  locked_error = e;
  return true;
}

// Makes the shared error fresh for its next use (no traceback or chaining from the last one).
void reset_locked_error() {
  if (locked_error.is_null()) return;
  ExceptionObj* e = locked_error.as<ExceptionObj>();
  e->traceback = Value::null();
  e->context = Value::null();
  e->cause = Value::null();
}

void print_text(const char* text) {
  Printer& out = stdout_printer();
  print_str(out, text);
}

// Runs one hard callback with the heap and the scheduler locked; an exception is printed and
// reported to its owner, never propagated (an interrupt has no caller to propagate to).
void run_hard(Vm& vm, const Entry& e) {
  if (!prepare_locked_error(vm)) vm.clear_exc();  // out of memory even unlocked: run anyway
  Value saved = vm.take_exc();
  in_hard = true;
  emergency_left = emergency_bytes;
  heap_lock();
  Value result = call1(vm, e.fn, e.arg);
  heap_unlock();
  in_hard = false;
  if (result.is_null()) {
    Value exc = vm.take_exc();
    print_text("Uncaught exception in IRQ callback handler\n");
    print_exception(vm, stdout_printer(), exc);
    vm.clear_exc();
    if (e.on_error != nullptr) e.on_error(e.context);
    reset_locked_error();
  }
  vm.set_exc(saved);
}

bool run_hard_queue(Vm& vm) {
  Entry e;
  while (hard_queue.pop(&e)) run_hard(vm, e);
  return true;
}

// Runs only the callbacks queued before this run started: one that schedules itself again
// waits for the next safe point, so the running code (and a sleep) still make progress.
bool run_soft_queue(Vm& vm) {
  if (in_soft) return true;
  Entry e;
  for (uint8_t due = soft_queue.count; due > 0 && soft_queue.pop(&e); --due) {
    in_soft = true;
    Value result = call1(vm, e.fn, e.arg);
    in_soft = false;
    if (result.is_null()) {
      if (soft_queue.count > 0) sched_pending = true;
      return false;
    }
  }
  if (soft_queue.count > 0) sched_pending = true;
  return true;
}

}  // namespace

bool sched_schedule(Value fn, Value arg) {
  bool ok = soft_queue.push(Entry{fn, arg, nullptr, nullptr});
  sched_pending = true;
  return ok;
}

bool sched_schedule_hard(Value fn, Value arg, SchedErrorFn on_error, void* context) {
  bool ok = hard_queue.push(Entry{fn, arg, on_error, context});
  sched_pending = true;
  return ok;
}

void sched_run_hard(Vm& vm) {
  if (!in_hard && hard_queue.count > 0) run_hard_queue(vm);
}

bool sched_run_pending(Vm& vm) {
  if (in_hard) return true;
  sched_pending = false;
  hal::poll_events();
  if (hal::reset_pending()) {
    raise_args(vm, &SystemExit_type, 0, nullptr);
    return false;
  }
  if (!run_hard_queue(vm)) return false;
  return run_soft_queue(vm);
}

bool sched_wait_until_us(Vm& vm, uint64_t deadline_us) {
  for (;;) {
    if (!sched_run_pending(vm)) return false;
    if (vm.interrupt_pending) {
      vm.interrupt_pending = false;
      raise_args(vm, &KeyboardInterrupt_type, 0, nullptr);
      return false;
    }
    if (hal_ticks_us() >= deadline_us) return true;
    hal::wait_event_until(deadline_us);
  }
}

bool sched_sleep_us(Vm& vm, uint64_t us) { return sched_wait_until_us(vm, hal_ticks_us() + us); }

void sched_mark_roots(Vm& vm) {
  gc_mark_range(vm, soft_queue.entries, soft_queue.entries + kSchedDepth);
  gc_mark_range(vm, hard_queue.entries, hard_queue.entries + kSchedDepth);
  gc_mark_range(vm, &locked_error, &locked_error + 1);
  for (const RootRange& r : static_roots) {
    if (r.begin != nullptr) gc_mark_range(vm, r.begin, r.end);
  }
}

void sched_add_roots(const void* begin, const void* end) {
  for (RootRange& r : static_roots) {
    if (r.begin == begin) return;
    if (r.begin == nullptr) {
      r = RootRange{begin, end};
      return;
    }
  }
}

void sched_reset() {
  soft_queue = Ring{};
  hard_queue = Ring{};
  in_soft = in_hard = false;
  heap_lock_depth = 0;
  emergency_bytes = emergency_left = 0;
  locked_error = Value::null();
  sched_pending = false;
}

bool heap_lock_refuses_slow(Vm& vm, size_t bytes) {
  // The emergency allowance: allocations made while a hard callback's exception unwinds
  // (recording its traceback), up to alloc_emergency_exception_buf() bytes.
  if (in_hard && vm.has_exc() && bytes <= emergency_left) {
    emergency_left -= bytes;
    return false;
  }
  if (vm.has_exc() && vm.exc() == locked_error) return true;  // keep the first error, no new one
  if (!locked_error.is_null()) {
    reset_locked_error();
    vm.set_exc(locked_error);
  } else {
    raise_memory_error(vm);
  }
  return true;
}

// --- micropython.schedule / alloc_emergency_exception_buf -------------------------------------

namespace {

Value micropython_schedule(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_callable(args[0])) return raise(vm, &TypeError_type, "schedule: function must be callable");
  if (!sched_schedule(args[0], args[1])) return raise(vm, &RuntimeError_type, "schedule queue full");
  return Value::none();
}

Value micropython_alloc_emergency_exception_buf(Vm& vm, size_t, size_t, const Value* args) {
  sword size;
  if (!to_sword(vm, args[0], &size)) return Value::null();
  if (size < 0) return raise(vm, &ValueError_type, "size must be >= 0");
  emergency_bytes = static_cast<size_t>(size);
  return Value::none();
}

Value micropython_heap_lock(Vm& vm, size_t, size_t, const Value*) {
  if (!prepare_locked_error(vm)) return Value::null();
  heap_lock();
  return Value::none();
}

// Returns the lock depth left, as MicroPython's heap_unlock().
Value micropython_heap_unlock(Vm&, size_t, size_t, const Value*) {
  heap_unlock();
  return Value::small_int(heap_lock_depth);
}

}  // namespace

constexpr NativeFunction micropython_heap_lock_obj = native_fn(Q::heap_lock, micropython_heap_lock, 0, 0);
constexpr NativeFunction micropython_heap_unlock_obj = native_fn(Q::heap_unlock, micropython_heap_unlock, 0, 0);
constexpr NativeFunction micropython_schedule_obj = native_fn(Q::schedule, micropython_schedule, 2, 2);
constexpr NativeFunction micropython_alloc_emergency_exception_buf_obj =
    native_fn(Q::alloc_emergency_exception_buf, micropython_alloc_emergency_exception_buf, 1, 1);

}  // namespace mote
