// hal_board.cc — vm/hal_machine.h and vm/hal_blockdev.h for the host: the simulated board.
//
// Each function validates its unit number (the core has validated it against board_info()
// already; a HAL must still not index out of bounds), brings the board up to date
// (advance()), does its work, and delivers interrupts the work caused (deliver()) before
// returning — the order a microcontroller's peripherals would give.
#include <cstdio>
#include <cstdlib>

#include "ports/host/board/board.h"
#include "vm/hal_blockdev.h"
#include "vm/hal_machine.h"

namespace mote::hal {
namespace {

board::Board& b() {
  board::Board& bd = board::active_board();
  bd.advance();
  return bd;
}

bool pin_ok(uint32_t pin) { return pin < board::active_board().info().pin_count; }

// Runs at the end of every call that can raise an interrupt.
void done() { board::active_board().deliver(); }

}  // namespace

const BoardInfo& board_info() { return board::active_board().info(); }

int pin_by_name(const char* name, size_t len) { return board::active_board().pin_by_name({name, len}); }

// --- pins ---------------------------------------------------------------------------------------

Status pin_configure(uint32_t pin, const PinConfig& config) {
  if (!pin_ok(pin) || config.drive >= board_info().drive_levels) return Status::kInvalidArgument;
  b().pins().configure(static_cast<uint16_t>(pin), config.mode, config.pull, config.drive, config.alt);
  b().mark_dirty();
  done();
  return Status::kOk;
}

PinConfig pin_config(uint32_t pin) {
  if (!pin_ok(pin)) return PinConfig{PinMode::kInput, PinPull::kNone, 0, -1};
  const board::PinBank& p = board::active_board().pins();
  const uint16_t i = static_cast<uint16_t>(pin);
  return PinConfig{p.mode(i), p.pull(i), p.drive_strength(i), p.alt(i)};
}

bool pin_read(uint32_t pin) { return pin_ok(pin) && b().pins().read(static_cast<uint16_t>(pin)); }

bool pin_wait(uint32_t pin, bool level, uint64_t deadline_us) {
  return pin_ok(pin) && board::active_board().pin_wait(pin, level, deadline_us);
}

void pin_write(uint32_t pin, bool level) {
  if (!pin_ok(pin)) return;
  board::Board& bd = b();
  bd.pins().write(static_cast<uint16_t>(pin), level);
  bd.mark_dirty();
  done();
}

Status pin_irq_enable(uint32_t pin, uint8_t triggers, IrqHandler handler, void* context) {
  if (!pin_ok(pin) || triggers == 0 || triggers > 15) return Status::kInvalidArgument;
  b().pins().irq_enable(static_cast<uint16_t>(pin), triggers, handler, context);
  done();
  return Status::kOk;
}

void pin_irq_disable(uint32_t pin) {
  if (pin_ok(pin)) b().pins().irq_disable(static_cast<uint16_t>(pin));
}

Status bitstream(uint32_t pin, const uint32_t timing_ns[4], std::span<const uint8_t> data) {
  if (!pin_ok(pin)) return Status::kInvalidArgument;
  return b().bitstream(pin, timing_ns, data);
}

// --- ADC and PWM ---------------------------------------------------------------------------------

int adc_channel_of_pin(uint32_t pin) { return board::active_board().adc_channel_of_pin(pin); }

Status adc_init(uint8_t channel) {
  if (channel >= board_info().adc_channel_count) return Status::kInvalidArgument;
  int pin = board::active_board().config().adc_pins[channel];
  if (pin >= 0) b().pins().configure(static_cast<uint16_t>(pin), PinMode::kAnalog, PinPull::kNone);
  return Status::kOk;
}

uint16_t adc_read_u16(uint8_t channel) {
  return channel < board_info().adc_channel_count ? b().adc_read_u16(channel) : 0;
}

uint32_t adc_read_uv(uint8_t channel) {
  return static_cast<uint32_t>(uint64_t(adc_read_u16(channel)) * board_info().adc_vref_uv / 65535);
}

Status pwm_init(uint32_t pin) { return pin_ok(pin) ? b().pwm_init(pin) : Status::kInvalidArgument; }

Status pwm_set_freq(uint32_t pin, uint32_t hz) { return pin_ok(pin) ? b().pwm_set_freq(pin, hz) : Status::kInvalidArgument; }

uint32_t pwm_freq(uint32_t pin) { return pin_ok(pin) ? b().pins().pwm(static_cast<uint16_t>(pin)).freq : 0; }

void pwm_set_duty_u16(uint32_t pin, uint16_t duty, bool invert) {
  if (pin_ok(pin)) b().pwm_set_duty(pin, duty, invert);
}

uint16_t pwm_duty_u16(uint32_t pin) { return pin_ok(pin) ? b().pins().pwm(static_cast<uint16_t>(pin)).duty : 0; }

void pwm_deinit(uint32_t pin) {
  if (pin_ok(pin)) b().pwm_deinit(pin);
}

// --- I2C and SPI ----------------------------------------------------------------------------------

Status i2c_init(uint8_t bus, const I2cConfig& config) {
  return bus < board_info().i2c_count ? b().i2c_init(bus, config) : Status::kInvalidArgument;
}

void i2c_deinit(uint8_t) {}

StatusWithSize i2c_transfer(uint8_t bus, uint16_t address, std::span<const std::span<const uint8_t>> writes,
                            std::span<uint8_t> read, bool stop) {
  if (bus >= board_info().i2c_count) return {Status::kInvalidArgument, 0};
  return b().i2c_bus(bus).transfer(address, writes, read, stop);
}

Status spi_init(uint8_t bus, const SpiConfig& config) {
  return bus < board_info().spi_count ? b().spi_init(bus, config) : Status::kInvalidArgument;
}

void spi_deinit(uint8_t) {}

Status spi_transfer(uint8_t bus, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill) {
  if (bus >= board_info().spi_count) return Status::kInvalidArgument;
  Status s = b().spi_transfer(bus, tx, rx, len, fill);
  done();
  return s;
}

// --- UART -----------------------------------------------------------------------------------------

namespace {
bool uart_ok(uint8_t id) { return id < board_info().uart_count; }
}  // namespace

Status uart_init(uint8_t id, const UartConfig& config) {
  if (!uart_ok(id)) return Status::kInvalidArgument;
  if (config.baudrate < board_info().uart_baud_min || config.baudrate > board_info().uart_baud_max)
    return Status::kOutOfRange;
  if (config.bits < 5 || config.bits > 9 || config.stop < 1 || config.stop > 2) return Status::kInvalidArgument;
  board::Board& bd = b();
  bd.uart(id).init(config, bd.now_us());
  bd.mark_dirty();
  return Status::kOk;
}

void uart_deinit(uint8_t id) {
  if (uart_ok(id)) b().uart(id).deinit();
}

size_t uart_rx_available(uint8_t id) { return uart_ok(id) ? b().uart(id).available() : 0; }

size_t uart_read(uint8_t id, uint8_t* out, size_t len) { return uart_ok(id) ? b().uart(id).read(out, len) : 0; }

size_t uart_write(uint8_t id, const uint8_t* data, size_t len) {
  if (!uart_ok(id)) return 0;
  board::Board& bd = b();
  bd.mark_dirty();
  return bd.uart(id).write(data, len, bd.now_us());
}

bool uart_tx_done(uint8_t id) { return !uart_ok(id) || b().uart(id).tx_done(); }

void uart_send_break(uint8_t id) {
  if (uart_ok(id)) b().uart(id).send_break(board::active_board().now_us());
}

Status uart_irq_enable(uint8_t id, uint16_t triggers, IrqHandler handler, void* context) {
  if (!uart_ok(id)) return Status::kInvalidArgument;
  b().uart(id).irq_enable(triggers, handler, context);
  return Status::kOk;
}

void uart_irq_disable(uint8_t id) {
  if (uart_ok(id)) b().uart(id).irq_disable();
}

// --- timers, watchdog, RTC -------------------------------------------------------------------------

Status timer_start(uint8_t id, uint64_t period_us, bool periodic, IrqHandler handler, void* context) {
  if (id >= board_info().timer_count) return Status::kInvalidArgument;
  return b().timer_start(id, period_us, periodic, handler, context);
}

void timer_stop(uint8_t id) {
  if (id < board_info().timer_count) b().timer_stop(id);
}

Status wdt_start(uint32_t timeout_ms) { return b().wdt_start(timeout_ms); }
void wdt_feed() { b().wdt_feed(); }

Status rtc_get(DateTime* out) { return b().rtc_get(out); }
Status rtc_set(const DateTime& time) { return b().rtc_set(time); }

// --- power, reset, CPU -------------------------------------------------------------------------------

ResetCause reset_cause() { return board::active_board().reset_cause(); }

void reset() { board::active_board().request_reset(ResetCause::kHard); }

void deepsleep(uint32_t ms) {
  board::active_board().request_reset(ResetCause::kDeepSleep, uint64_t(ms) * 1000);
}

void bootloader() {
  board::Board& bd = board::active_board();
  bd.write_state_file();
  std::fputs("\r\nmote: the board entered its bootloader; the simulation ends here\r\n", stderr);
  std::exit(0);
}

bool reset_pending() { return board::active_board().reset_pending(); }

void lightsleep(uint32_t ms) { b().lightsleep(ms); }

uint32_t irq_disable() { return board::active_board().irq_disable(); }
void irq_restore(uint32_t state) { board::active_board().irq_restore(state); }

uint32_t cpu_freq() { return board::active_board().cpu_freq(); }
Status cpu_freq_set(uint32_t hz) { return board::active_board().cpu_freq_set(hz); }

uint32_t ticks_cpu() {
  board::Board& bd = board::active_board();
  return static_cast<uint32_t>(bd.now_us() * (bd.cpu_freq() / 1000000));
}

void wait_event_until(uint64_t deadline_us) { board::active_board().wait_until(deadline_us); }

void poll_events() { board::active_board().service(); }

// --- identity, randomness, memory ------------------------------------------------------------------

size_t unique_id(std::span<uint8_t> out) {
  const std::vector<uint8_t>& id = board::active_board().config().unique_id;
  size_t n = std::min(out.size(), id.size());
  std::copy_n(id.begin(), n, out.begin());
  return n;
}

uint32_t random_u32() { return board::active_board().random_u32(); }

Status mem_read(uintptr_t address, uint8_t width, uint32_t* out) {
  return board::active_board().mem_read(address, width, out);
}

Status mem_write(uintptr_t address, uint8_t width, uint32_t value) {
  return board::active_board().mem_write(address, width, value);
}

// --- block device --------------------------------------------------------------------------------------

BlockDeviceInfo blockdev_info() { return board::active_board().flash().info(); }

Status blockdev_read(uint32_t block, uint32_t offset, std::span<uint8_t> out) {
  return board::active_board().flash().read(block, offset, out);
}

Status blockdev_program(uint32_t block, uint32_t offset, std::span<const uint8_t> data) {
  return board::active_board().flash().program(block, offset, data);
}

Status blockdev_erase(uint32_t block) { return board::active_board().flash().erase(block); }

Status blockdev_sync() { return board::active_board().flash().sync(); }

}  // namespace mote::hal
