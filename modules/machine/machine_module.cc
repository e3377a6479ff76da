// machine_module.cc — the `machine` module: its table, the top-level functions, mem8/16/32.
//
// The module's globals are one sorted constant table in flash: the classes, the functions and
// the reset-cause constants. Functions that reset or sleep the board call the port and, if it
// returns (a hosted port completes resets from its main loop), raise SystemExit so the program
// unwinds; the scheduler keeps raising it at every safe point until it has.
#include "modules/machine/machine.h"

namespace mote {
namespace machine {
namespace {

// The port recorded a reset it completes from its main loop: unwind, and have the scheduler
// raise SystemExit again at the very next safe point (an `except` must not keep the program).
Value unwind_for_reset(Vm& vm) {
  sched_wake();
  return raise_args(vm, &SystemExit_type, 0, nullptr);
}

Value m_reset(Vm& vm, size_t, size_t, const Value*) {
  hal::reset();
  return unwind_for_reset(vm);
}

// MicroPython raises SystemExit, which the REPL turns into a soft reset.
Value m_soft_reset(Vm& vm, size_t, size_t, const Value*) { return unwind_for_reset(vm); }

Value m_reset_cause(Vm&, size_t, size_t, const Value*) { return Value::small_int(sword(hal::reset_cause())); }

Value m_bootloader(Vm& vm, size_t, size_t, const Value*) {
  hal::bootloader();
  return unwind_for_reset(vm);
}

Value m_disable_irq(Vm& vm, size_t, size_t, const Value*) { return uint_value(vm, hal::irq_disable()); }

Value m_enable_irq(Vm& vm, size_t, size_t, const Value* args) {
  uint32_t state;
  if (!u32_arg(vm, args[0], &state)) return Value::null();
  hal::irq_restore(state);
  return Value::none();
}

Value m_freq(Vm& vm, size_t n_pos, size_t, const Value* args) {
  if (n_pos == 0) return uint_value(vm, hal::cpu_freq());
  const hal::BoardInfo& info = hal::board_info();
  sword hz;
  if (!int_in_range(vm, args[0], "freq", info.cpu_freq_min, info.cpu_freq_max, &hz)) return Value::null();
  hal::Status s = hal::cpu_freq_set(static_cast<uint32_t>(hz));
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "freq");
}

// Waits for the next interrupt (at most 1 ms), running what it scheduled.
Value m_idle(Vm& vm, size_t, size_t, const Value*) {
  if (!sched_run_pending(vm) || !check_interrupt(vm)) return Value::null();
  hal::wait_event_until(hal_ticks_us() + 1000);
  if (!sched_run_pending(vm) || !check_interrupt(vm)) return Value::null();
  return Value::none();
}

bool sleep_ms_arg(Vm& vm, size_t n_pos, const Value* args, uint32_t* ms) {
  *ms = 0;
  if (n_pos == 0 || args[0].is_none()) return true;
  sword n;
  if (!int_in_range(vm, args[0], "time_ms", 0, 0x7fffffff, &n)) return false;
  *ms = static_cast<uint32_t>(n);
  return true;
}

Value m_lightsleep(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint32_t ms;
  if (!sleep_ms_arg(vm, n_pos, args, &ms)) return Value::null();
  hal::lightsleep(ms);
  if (!sched_run_pending(vm) || !check_interrupt(vm)) return Value::null();
  return Value::none();
}

Value m_deepsleep(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint32_t ms;
  if (!sleep_ms_arg(vm, n_pos, args, &ms)) return Value::null();
  hal::deepsleep(ms);
  return unwind_for_reset(vm);
}

Value m_unique_id(Vm& vm, size_t, size_t, const Value*) {
  uint8_t id[16];
  size_t n = hal::unique_id(id);
  return bytes_new(vm, id, n);
}

// time_pulse_us(pin, pulse_level, timeout_us=1000000): -2 if the pulse never started, -1 if it
// did not end within the timeout, else its length — MicroPython's machine_time_pulse_us.
Value m_time_pulse_us(Vm& vm, size_t n_pos, size_t, const Value* args) {
  uint32_t pin;
  sword timeout = 1000000;
  if (!pin_arg(vm, args[0], &pin)) return Value::null();
  int level = is_true(vm, args[1]);
  if (level < 0) return Value::null();
  if (n_pos > 2 && !int_in_range(vm, args[2], "timeout_us", 0, 0x7fffffff, &timeout)) return Value::null();
  uint64_t start = hal_ticks_us();
  if (!hal::pin_wait(pin, level != 0, start + uint64_t(timeout))) return Value::small_int(-2);
  start = hal_ticks_us();
  if (!hal::pin_wait(pin, level == 0, start + uint64_t(timeout))) return Value::small_int(-1);
  return int_from_sword(vm, static_cast<sword>(hal_ticks_us() - start));
}

// bitstream(pin, encoding, timing, data): encoding 0 is high/low pulse pairs per bit.
Value m_bitstream(Vm& vm, size_t, size_t, const Value* args) {
  uint32_t pin;
  sword encoding;
  if (!pin_arg(vm, args[0], &pin) || !int_in_range(vm, args[1], "encoding", 0, 0, &encoding)) return Value::null();
  size_t n;
  Value* items;
  if (!seq_items(args[2], &n, &items) || n != 4)
    return raise(vm, &ValueError_type, "timing must be a 4-tuple (high_0, low_0, high_1, low_1) in ns");
  uint32_t timing[4];
  for (size_t i = 0; i < 4; ++i) {
    sword ns;
    if (!int_in_range(vm, items[i], "timing", 0, 1000000000, &ns)) return Value::null();
    timing[i] = static_cast<uint32_t>(ns);
  }
  BufferInfo buf;
  if (!buffer_arg(vm, args[3], &buf, false)) return Value::null();
  hal::Status s = hal::bitstream(pin, timing, {static_cast<const uint8_t*>(buf.data), buf.len});
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "bitstream timing");
}

// --- mem8 / mem16 / mem32 -------------------------------------------------------------------------

struct alignas(8) MemObj {  // alignas: mem8/16/32 live in flash
  const Type* type;  // &mem_type
  uint8_t width;
};

Value mem_subscr(Vm& vm, Value self, Value index, Value value) {
  const uint8_t width = self.as<MemObj>()->width;
  uint32_t address;
  if (!u32_arg(vm, index, &address)) return Value::null();
  if (value.is_null()) return raise(vm, &TypeError_type, "cannot delete memory");
  if (value.is_absent()) {
    uint32_t v;
    hal::Status s = hal::mem_read(address, width, &v);
    if (s != hal::Status::kOk) return raise(vm, &ValueError_type, "invalid address 0x%08lx for a %u-byte read", static_cast<unsigned long>(address), unsigned(width));
    return uint_value(vm, v);
  }
  uint32_t v;
  if (!u32_arg(vm, value, &v)) return Value::null();
  hal::Status s = hal::mem_write(address, width, v);
  if (s != hal::Status::kOk) return raise(vm, &ValueError_type, "invalid address 0x%08lx for a %u-byte write", static_cast<unsigned long>(address), unsigned(width));
  return Value::none();
}

bool mem_print(Vm&, Printer& out, Value self, PrintKind) {
  return printf_to(out, "<%u-bit memory>", unsigned(self.as<MemObj>()->width * 8));
}

constexpr NativeFunction reset_obj = native_fn(Q::reset, m_reset, 0, 0);
constexpr NativeFunction soft_reset_obj = native_fn(Q::soft_reset, m_soft_reset, 0, 0);
constexpr NativeFunction reset_cause_obj = native_fn(Q::reset_cause, m_reset_cause, 0, 0);
constexpr NativeFunction bootloader_obj = native_fn(Q::bootloader, m_bootloader, 0, 1);
constexpr NativeFunction disable_irq_obj = native_fn(Q::disable_irq, m_disable_irq, 0, 0);
constexpr NativeFunction enable_irq_obj = native_fn(Q::enable_irq, m_enable_irq, 1, 1);
constexpr NativeFunction freq_obj = native_fn(Q::freq, m_freq, 0, 1);
constexpr NativeFunction idle_obj = native_fn(Q::idle, m_idle, 0, 0);
constexpr NativeFunction lightsleep_obj = native_fn(Q::lightsleep, m_lightsleep, 0, 1);
constexpr NativeFunction deepsleep_obj = native_fn(Q::deepsleep, m_deepsleep, 0, 1);
constexpr NativeFunction unique_id_obj = native_fn(Q::unique_id, m_unique_id, 0, 0);
constexpr NativeFunction time_pulse_us_obj = native_fn(Q::time_pulse_us, m_time_pulse_us, 2, 3);
constexpr NativeFunction bitstream_obj = native_fn(Q::bitstream, m_bitstream, 4, 4);

}  // namespace

constexpr Type mem_type = {
    .type = &type_type, .name = Q::mem, .flags = 0, .instance_size = sizeof(MemObj),
    .base = &object_type, .make_new = nullptr, .print = mem_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = mem_subscr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = nullptr};

namespace {
constexpr MemObj mem8_obj = {&mem_type, 1};
constexpr MemObj mem16_obj = {&mem_type, 2};
constexpr MemObj mem32_obj = {&mem_type, 4};
}  // namespace

}  // namespace machine

namespace {

using namespace machine;

constexpr auto machine_globals_table = sorted_table<35>({{
    {q(Q::dunder_name), q(Q::machine)},
    {q(Q::Pin), Value::object(&pin_type)},
    {q(Q::Signal), Value::object(&signal_type)},
    {q(Q::PinBase), Value::object(&pinbase_type)},
    {q(Q::ADC), Value::object(&adc_type)},
    {q(Q::PWM), Value::object(&pwm_type)},
    {q(Q::UART), Value::object(&uart_type)},
    {q(Q::SPI), Value::object(&spi_type)},
    {q(Q::SoftSPI), Value::object(&soft_spi_type)},
    {q(Q::I2C), Value::object(&i2c_type)},
    {q(Q::SoftI2C), Value::object(&soft_i2c_type)},
    {q(Q::RTC), Value::object(&rtc_type)},
    {q(Q::Timer), Value::object(&timer_type)},
    {q(Q::WDT), Value::object(&wdt_type)},
    {q(Q::reset), Value::object(&reset_obj)},
    {q(Q::soft_reset), Value::object(&soft_reset_obj)},
    {q(Q::reset_cause), Value::object(&reset_cause_obj)},
    {q(Q::bootloader), Value::object(&bootloader_obj)},
    {q(Q::disable_irq), Value::object(&disable_irq_obj)},
    {q(Q::enable_irq), Value::object(&enable_irq_obj)},
    {q(Q::freq), Value::object(&freq_obj)},
    {q(Q::idle), Value::object(&idle_obj)},
    {q(Q::lightsleep), Value::object(&lightsleep_obj)},
    {q(Q::deepsleep), Value::object(&deepsleep_obj)},
    {q(Q::unique_id), Value::object(&unique_id_obj)},
    {q(Q::time_pulse_us), Value::object(&time_pulse_us_obj)},
    {q(Q::bitstream), Value::object(&bitstream_obj)},
    {q(Q::mem8), Value::object(&mem8_obj)},
    {q(Q::mem16), Value::object(&mem16_obj)},
    {q(Q::mem32), Value::object(&mem32_obj)},
    {q(Q::PWRON_RESET), Value::small_int(sword(hal::ResetCause::kPowerOn))},
    {q(Q::HARD_RESET), Value::small_int(sword(hal::ResetCause::kHard))},
    {q(Q::WDT_RESET), Value::small_int(sword(hal::ResetCause::kWatchdog))},
    {q(Q::DEEPSLEEP_RESET), Value::small_int(sword(hal::ResetCause::kDeepSleep))},
    {q(Q::SOFT_RESET), Value::small_int(sword(hal::ResetCause::kSoft))},
}});

}  // namespace

constexpr ConstMap machine_module_globals = {machine_globals_table.data(), machine_globals_table.size()};

void machine_deinit() {
  machine::irq_deinit_all();
  for (uint8_t i = 0; i < hal::board_info().timer_count; ++i) hal::timer_stop(i);
}

}  // namespace mote
