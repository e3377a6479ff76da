// board.h — the simulated board: every peripheral of vm/hal_machine.h on one virtual clock.
//
// A Board is built from a BoardConfig (board.ini) and owns the clock, the pin bank, the I2C
// buses and their targets, SPI, UARTs, ADC, PWM, timer slots, the watchdog, the RTC, the
// flash and the reset state. The HAL functions (hal_board.cc) are thin wrappers around it;
// the tests drive it directly.
//
// Interrupts. Peripherals only set pending flags. deliver() calls the core's IrqHandlers for
// them — never while irq_disable() is in force and never re-entrantly — and the HAL wrappers
// call it at the end of every HAL call, so an interrupt caused by a call (an output wired to
// an IRQ input) is delivered before the call returns, as on hardware. Timed events become due
// in advance(), which every HAL call also runs first, so reads see the world as of "now".
//
// Reset. reset()/deepsleep()/the watchdog cannot unwind the C++ stack of the running program,
// so they record a pending reset (reset_pending()); the core raises SystemExit until the
// program has unwound, and board_main calls complete_reset(), which puts every peripheral back
// to its power-on state (and restarts the clock, for a hard reset) while the wiring, the
// EEPROM contents and the flash stay, as they would on a real board.
//
// Observation. With `state_file` set, the board writes its outputs there (pin modes and
// levels, PWM frequency and duty, UART byte counts, the last bitstream) whenever they changed
// and the program waits or returns to the REPL; docs/machine.md shows the format.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "ports/host/board/board_config.h"
#include "ports/host/board/clock.h"
#include "ports/host/board/flash.h"
#include "ports/host/board/i2c.h"
#include "ports/host/board/pins.h"
#include "ports/host/board/uart.h"
#include "vm/hal_machine.h"

namespace mote::board {

class Board {
 public:
  // `dir` is the board directory (for relative file names); `real` the host time source.
  Board(BoardConfig config, std::string dir, Clock::RealSource real = &host_monotonic_us);
  ~Board();

  // False (with error()) if the description asks for something impossible (bad device).
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  const hal::BoardInfo& info() const { return info_; }
  const BoardConfig& config() const { return config_; }
  Clock& clock() { return clock_; }
  PinBank& pins() { return pins_; }
  I2cBus& i2c_bus(uint8_t bus) { return *i2c_[bus]; }
  SimUart& uart(uint8_t id) { return uarts_[id]; }
  SimFlash& flash() { return flash_; }
  uint64_t now_us() const { return clock_.now_us(); }

  // --- time and interrupts ---------------------------------------------------------------
  void advance();                       // make due timed events happen
  void deliver();                       // call handlers of pending interrupts
  void service();                       // advance + console poll + deliver + state file
  void wait_until(uint64_t deadline_us);  // see hal::wait_event_until
  uint64_t next_event_us() const;
  uint32_t irq_disable() { return irq_disabled_++; }
  void irq_restore(uint32_t state);
  // Called (rate-limited) from service(): the console's Ctrl-C check. Returns true if it
  // interrupted the program (which also wakes lightsleep, as a UART interrupt would).
  std::function<bool()> console_poll;

  // --- peripherals the pin bank and buses do not cover ----------------------------------------
  int pin_by_name(std::string_view name) const;
  int adc_channel_of_pin(uint32_t pin) const;
  uint16_t adc_read_u16(uint8_t channel) const { return config_.adc_values[channel]; }
  void set_adc(uint8_t channel, uint16_t value) { config_.adc_values[channel] = value; }

  hal::Status pwm_init(uint32_t pin);
  hal::Status pwm_set_freq(uint32_t pin, uint32_t hz);
  void pwm_set_duty(uint32_t pin, uint16_t duty, bool invert);
  void pwm_deinit(uint32_t pin);

  hal::Status spi_init(uint8_t bus, const hal::SpiConfig& config);
  hal::Status spi_transfer(uint8_t bus, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill);
  hal::Status i2c_init(uint8_t bus, const hal::I2cConfig& config);

  hal::Status timer_start(uint8_t id, uint64_t period_us, bool periodic, hal::IrqHandler handler, void* context);
  void timer_stop(uint8_t id);

  hal::Status wdt_start(uint32_t timeout_ms);
  void wdt_feed();

  hal::Status rtc_get(hal::DateTime* out) const;
  hal::Status rtc_set(const hal::DateTime& time);

  hal::Status cpu_freq_set(uint32_t hz);
  uint32_t cpu_freq() const { return cpu_freq_; }
  hal::Status bitstream(uint32_t pin, const uint32_t timing_ns[4], std::span<const uint8_t> data);
  hal::Status mem_read(uintptr_t address, uint8_t width, uint32_t* out) const;
  hal::Status mem_write(uintptr_t address, uint8_t width, uint32_t value);
  uint32_t random_u32();
  void lightsleep(uint32_t ms);
  bool pin_wait(uint32_t pin, bool level, uint64_t deadline_us);

  // --- reset ---------------------------------------------------------------------------------
  void request_reset(hal::ResetCause cause, uint64_t sleep_us = 0);
  bool reset_pending() const { return reset_pending_; }
  hal::ResetCause reset_cause() const { return reset_cause_; }
  // Performs the pending reset (or a hard reset if none is pending).
  void complete_reset();
  // What a soft reset does to the hardware: interrupts, timers, PWM and UARTs stop; the
  // watchdog keeps running; pins keep their state.
  void soft_reset();

  // --- observation ----------------------------------------------------------------------------
  void mark_dirty() { dirty_ = true; }
  void write_state_file();  // now, if anything changed since the last write
  std::string state_text() const;

 private:
  struct TimerSlot {
    bool active = false;
    bool periodic = false;
    uint64_t period_us = 0;
    uint32_t generation = 0;
    uint8_t pending = 0;
    hal::IrqHandler handler = nullptr;
    void* context = nullptr;
  };
  struct SpiBus {
    bool initialized = false;
    hal::SpiConfig config{};
  };

  void build();
  void schedule_script(size_t step, uint64_t cycle_start);
  void on_event(const Event& e);
  uint64_t rtc_now_us() const;

  BoardConfig config_;
  std::string dir_;
  std::string error_;
  hal::BoardInfo info_{};
  Clock clock_;
  EventQueue events_;
  PinBank pins_;
  std::vector<std::unique_ptr<I2cBus>> i2c_;
  std::vector<std::unique_ptr<PinI2cTarget>> pin_targets_;
  std::vector<SpiBus> spi_;
  std::vector<SimUart> uarts_;
  std::vector<TimerSlot> timers_;
  SimFlash flash_;
  std::vector<uint8_t> mem_;
  std::mt19937_64 random_;
  std::vector<std::pair<uint32_t, std::string>> bitstreams_;  // pin -> last data (hex)

  uint32_t irq_disabled_ = 0;
  bool delivering_ = false;
  uint64_t delivered_ = 0;  // handler calls so far (lightsleep wakes on a change)
  uint64_t script_cycle_start_ = 0;
  uint32_t script_generation_ = 0;
  uint64_t wdt_timeout_us_ = 0;
  uint32_t wdt_generation_ = 0;
  int64_t rtc_offset_us_ = 0;  // RTC epoch microseconds at board time 0
  uint32_t cpu_freq_;
  bool reset_pending_ = false;
  hal::ResetCause pending_cause_ = hal::ResetCause::kHard;
  hal::ResetCause reset_cause_ = hal::ResetCause::kPowerOn;
  uint64_t sleep_us_ = 0;  // deep sleep before the pending reset completes
  bool dirty_ = true;
  uint64_t last_poll_real_ = 0;
  uint64_t last_state_real_ = 0;
  std::string state_path_;
};

// The board the HAL functions use. board_main installs one; without it (plain `mote`), the
// first HAL call creates a default board (no wiring, no devices) so `import machine` works.
Board& active_board();
void set_active_board(Board* board);

}  // namespace mote::board
