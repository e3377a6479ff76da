// scheduler.h — callbacks queued from interrupts, run by the VM at its next safe point.
//
// MicroPython's model: an interrupt never runs Python in the middle of a bytecode. Interrupt
// handlers (modules/machine/machine_irq.cc) and micropython.schedule() put (callable, argument)
// pairs in a fixed queue and raise `sched_pending`; the VM tests that flag where it tests for
// Ctrl-C (backward jumps and calls) and then calls sched_run_pending(), which
//   1. lets the port deliver due events (hal::poll_events: the simulated board's clock),
//   2. raises SystemExit if the port has a reset pending (hal::reset_pending),
//   3. runs the hard callbacks with the heap locked (allocation raises MemoryError "memory
//      allocation failed, heap is locked"), printing and disabling one that raises,
//   4. runs the soft callbacks queued before this run began (one that schedules itself again
//      runs at the next safe point, so it cannot starve the running code); an exception
//      propagates into the running code, as MicroPython does for scheduled functions.
// Waiting natives (time.sleep_ms, UART reads with a timeout, machine.idle) call sched_sleep_us()
// or sched_wait_until_us(), which run the queue while they wait, so callbacks run during sleeps.
//
// The heap lock lives here too (gc_alloc asks heap_lock_refuses()). While a hard callback that
// has raised is unwinding, micropython.alloc_emergency_exception_buf(n) lets n bytes through the
// lock, so its traceback can be recorded and printed, as MicroPython's emergency buffer does.
//
// Cost: two 8-entry queues (4 words per entry) in .bss, one flag test per VM check.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.h"
#include "vm/value.h"

namespace mote {

class Vm;

// Queue depth of each queue (soft and hard), as MicroPython's MICROPY_SCHEDULER_DEPTH.
inline constexpr size_t kSchedDepth = 8;

// --- interrupt side (no heap, no Python; callable from an IrqHandler) ------------------------

// Set when there is work for sched_run_pending(). The VM tests it at every safe point.
extern volatile bool sched_pending;

// Asks the VM to call sched_run_pending() soon (a port's periodic tick uses it to have its
// events polled). Interrupt-safe.
inline void sched_wake() { sched_pending = true; }

// Queues fn(arg) as a soft callback. False if the queue is full (the call is dropped).
bool sched_schedule(Value fn, Value arg);

// Called when a hard callback raised, after the error was printed; typically disables the IRQ.
using SchedErrorFn = void (*)(void* context);

// Queues fn(arg) as a hard callback. False if the queue is full.
bool sched_schedule_hard(Value fn, Value arg, SchedErrorFn on_error, void* context);

// --- VM side ---------------------------------------------------------------------------------

// Runs what is pending (see the top of the file). Returns false with an exception pending in
// `vm` (KeyboardInterrupt, SystemExit for a pending reset, or a soft callback's exception).
[[nodiscard]] bool sched_run_pending(Vm& vm);

// Runs the queued hard callbacks now. A native whose HAL call may have raised an interrupt
// (a pin write seen by a wired IRQ input) calls it before returning, so the hard handler has
// run when the call returns, as an interrupt service routine would have on hardware.
void sched_run_hard(Vm& vm);

// Runs pending callbacks and waits, until hal_ticks_us() reaches `deadline_us`. False with an
// exception pending (Ctrl-C, a callback's exception, a reset).
[[nodiscard]] bool sched_wait_until_us(Vm& vm, uint64_t deadline_us);
[[nodiscard]] bool sched_sleep_us(Vm& vm, uint64_t us);

// Marks the queued callables and arguments, and the registered static roots, for the
// collector (called from the VM's root callback).
void sched_mark_roots(Vm& vm);

// Registers static memory that holds Values referenced from interrupt context (the machine
// module's IRQ table), so the collector keeps them alive. Up to 4 ranges; registering the
// same range twice is a no-op.
void sched_add_roots(const void* begin, const void* end);

// Soft reset: forget everything queued, unlock the heap.
void sched_reset();

// --- the heap lock ---------------------------------------------------------------------------

extern uint8_t heap_lock_depth;

inline void heap_lock() { ++heap_lock_depth; }
inline void heap_unlock() {
  if (heap_lock_depth > 0) --heap_lock_depth;
}

// gc_alloc's check: true if an allocation of `bytes` must fail now, with the MemoryError
// "memory allocation failed, heap is locked" set pending.
bool heap_lock_refuses_slow(Vm& vm, size_t bytes);
inline bool heap_lock_refuses(Vm& vm, size_t bytes) {
  return heap_lock_depth != 0 && heap_lock_refuses_slow(vm, bytes);
}

// micropython.schedule(fn, arg), alloc_emergency_exception_buf(size), heap_lock() and
// heap_unlock(), for the `micropython` module's table.
extern const NativeFunction micropython_schedule_obj;
extern const NativeFunction micropython_alloc_emergency_exception_buf_obj;
extern const NativeFunction micropython_heap_lock_obj;
extern const NativeFunction micropython_heap_unlock_obj;

}  // namespace mote
