// machine.h — what the files of the `machine` module share (not a public API).
//
// The module is written over vm/vm.h (the native API) and vm/hal_machine.h (the port) only,
// so it builds unchanged for every port. One file per class family:
//
//   machine_module.cc   the module table, the top-level functions, mem8/16/32
//   machine_common.cc   argument helpers: ranges, Status -> exception, buffers, pins
//   machine_irq.cc      the IRQ slot table, the irq object, interrupt -> scheduler
//   machine_pin.cc      Pin, Signal
//   machine_analog.cc   ADC, PWM
//   machine_uart.cc     UART
//   machine_spi.cc      SPI, SoftSPI
//   machine_i2c.cc      I2C, SoftI2C
//   machine_time.cc     Timer, WDT, RTC
//
// Every class is a constexpr Type in flash with a sorted constant table of methods and
// constants; instances are small GC objects holding the unit number and the Python-side
// settings (timeouts, the Pin objects of a soft bus). The hardware state itself stays in
// the port and is read back through the HAL, so two objects for one unit agree.
//
// Errors: an invalid unit, frequency or buffer raises ValueError naming the valid range
// ("invalid pin 40 (valid: 0..29)"); a bus error raises OSError with MicroPython's errno.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/gc.h"
#include "vm/hal.h"
#include "vm/hal_machine.h"
#include "vm/scheduler.h"
#include "vm/vm.h"

namespace mote {

// The module's globals (registered in vm/module_registry.cc).
extern const ConstMap machine_module_globals;

// Soft reset: disables every interrupt and timer Python code set up and forgets their
// handlers (which live in the heap about to be reset). Ports call it from their soft reset.
void machine_deinit();

namespace machine {

extern const Type pin_type;
extern const Type signal_type;
extern const Type pinbase_type;
extern const Type adc_type;
extern const Type pwm_type;
extern const Type uart_type;
extern const Type spi_type;
extern const Type soft_spi_type;
extern const Type i2c_type;
extern const Type soft_i2c_type;
extern const Type timer_type;
extern const Type wdt_type;
extern const Type rtc_type;
extern const Type irq_type;
extern const Type mem_type;

// errno values MicroPython uses for bus errors.
inline constexpr int kEIO = 5;
inline constexpr int kENODEV = 19;
inline constexpr int kEBUSY = 16;
inline constexpr int kEINVAL = 22;
inline constexpr int kETIMEDOUT = 110;

// --- arguments (machine_common.cc) ---------------------------------------------------------

// ValueError "invalid <what> <value> (valid: lo..hi)"; returns null().
Value raise_range(Vm& vm, const char* what, sword value, sword lo, sword hi);
// OSError(errno); returns null().
Value raise_os_error(Vm& vm, int errno_value);
// The Python exception for a failed HAL status; `what` names the operation for ValueErrors.
Value raise_status(Vm& vm, hal::Status status, const char* what);

// An int argument; false with TypeError pending otherwise.
bool int_arg(Vm& vm, Value v, sword* out);
// An int in [lo, hi], else ValueError naming `what` and the range.
bool int_in_range(Vm& vm, Value v, const char* what, sword lo, sword hi, sword* out);
// Any int, truncated to 32 bits (mem32 values, bitstream timings).
bool u32_arg(Vm& vm, Value v, uint32_t* out);
// A non-negative int as a Python int even above the small-int range of a 32-bit target.
Value uint_value(Vm& vm, uint32_t v);
// A pin: a Pin object, a GPIO number, or a board name ("LED"); ValueError with the range.
bool pin_arg(Vm& vm, Value v, uint32_t* pin);
// A buffer-protocol object (bytes, bytearray, memoryview, array); TypeError otherwise.
bool buffer_arg(Vm& vm, Value v, BufferInfo* out, bool writable);
// True if the argument was given (not absent, not None).
inline bool given(Value v) { return !v.is_absent() && !v.is_none(); }
// The (n_pos, n_kw, args) of a method call without its self.
struct Args {
  size_t n_pos;
  size_t n_kw;
  const Value* args;
};
inline Args without_self(size_t n_pos, size_t n_kw, const Value* args) { return {n_pos - 1, n_kw, args + 1}; }
// A new bytes object of `len` bytes to fill through bytes_data(); str_finish() it before it
// reaches Python. nullptr with MemoryError pending.
inline Str* bytes_alloc(Vm& vm, size_t len) { return str_alloc(vm, len, &bytes_type); }
inline uint8_t* bytes_data(Str* s) { return reinterpret_cast<uint8_t*>(str_data(s)); }

// --- waiting (machine_common.cc) -------------------------------------------------------------

enum class Wait : uint8_t { kReady, kTimeout, kError };

// Raises KeyboardInterrupt if Ctrl-C arrived (clearing the flag); false then.
bool check_interrupt(Vm& vm);

// Waits until ready() is true or hal_ticks_us() reaches deadline_us, running scheduled
// callbacks meanwhile. kError: an exception is pending (Ctrl-C, a callback, a reset).
template <class Ready>
Wait wait_for(Vm& vm, uint64_t deadline_us, Ready ready) {
  for (;;) {
    if (ready()) return Wait::kReady;
    if (!sched_run_pending(vm) || !check_interrupt(vm)) return Wait::kError;
    if (hal_ticks_us() >= deadline_us) return ready() ? Wait::kReady : Wait::kTimeout;
    hal::wait_event_until(deadline_us);
  }
}

// Busy-waits `us` microseconds (bit-banging delays; no callbacks run).
void delay_us_busy(uint32_t us);

// --- pins (machine_pin.cc) -------------------------------------------------------------------

struct PinObj {
  const Type* type;  // &pin_type
  uint32_t id;
};
// A new Pin object for GPIO `id` (no configuration).
Value pin_new(Vm& vm, uint32_t id);

// --- interrupts (machine_irq.cc) ---------------------------------------------------------------

enum class IrqKind : uint8_t { kNone, kPin, kUart, kTimer };

// The Python side of one enabled interrupt. The table of slots is static and registered as
// GC roots, so the handler and its owner stay alive while the interrupt is enabled.
struct IrqSlot {
  Value handler;    // callable, or None
  Value parent;     // the Pin/UART/Timer passed to the handler
  Value irq_obj;    // the object Pin.irq() returned (null: not made yet)
  volatile uint32_t flags;  // trigger bits that fired last (irq.flags())
  uint32_t trigger;         // enabled triggers (a timer: 1 while it runs)
  IrqKind kind;
  uint16_t unit;
  bool hard;
  bool one_shot;            // a one-shot timer: trigger drops to 0 when it fires
};

inline constexpr size_t kIrqSlots = 32;

// The slot for (kind, unit), made if `create`; nullptr (RuntimeError pending when creating)
// if there is none / the table is full.
IrqSlot* irq_slot(Vm& vm, IrqKind kind, uint16_t unit, bool create);
// Frees a slot (after the HAL stopped calling it).
void irq_free(IrqSlot* slot);
// The HAL-side handler: context is the IrqSlot.
void irq_isr(void* context, uint32_t flags);
// The irq object of a slot (made on first use); null() on MemoryError.
Value irq_object(Vm& vm, IrqSlot* slot);
// Stops and frees every slot (soft reset).
void irq_deinit_all();

}  // namespace machine
}  // namespace mote
