// pins.h — the simulated GPIO bank: pin modes, wires between pins, and edge detection.
//
// Each pin belongs to one net: a wire from the board description joins several pins into one
// net, every other pin is a net of its own. The level of a net is resolved from its drivers,
// strongest first, as on a real board:
//   1. strong drivers: push-pull outputs (their latch), open-drain outputs holding the line
//      low, a scripted external level, a device holding the line low (an I2C target's ACK),
//      and a PWM generator (its waveform at the current time). Wired-AND: any 0 wins, so two
//      outputs fighting read 0 and the conflict is counted (contention()).
//   2. pulls: a pin's pull-up/pull-down, and the bus pull-up resistors of I2C pins.
//   3. nothing: a floating net reads 0.
// After any change to a net's drivers the net is resolved again; pins whose IRQ trigger
// matches the change get it added to their pending flags, which the board delivers. Watchers
// (the pin-level I2C target) are told about every level change of the nets they watch; the
// notifications are queued and run one at a time, so a watcher that drives a line in response
// is never re-entered.
//
// PWM waveforms do not raise edge interrupts (their level is computed when read); wire a PWM
// pin to an input and poll it, or use time_pulse_us, to observe one.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

#include "ports/host/board/board_config.h"
#include "ports/host/board/clock.h"
#include "vm/hal_machine.h"

namespace mote::board {

struct PwmWave {
  bool active = false;
  uint32_t freq = 1000;
  uint16_t duty = 0;  // 0..65535 (65535: always high)
  bool invert = false;
  // Level at board time `t` (microseconds).
  bool level_at(uint64_t t) const;
};

class PinBank {
 public:
  using Watcher = std::function<void()>;

  PinBank(const BoardConfig& config, const Clock& clock);

  uint16_t count() const { return static_cast<uint16_t>(pins_.size()); }

  // --- the HAL side -------------------------------------------------------------------------
  void configure(uint16_t pin, hal::PinMode mode, hal::PinPull pull, uint8_t drive = 0, int16_t alt = -1);
  bool read(uint16_t pin) const;
  // When the level of pin's net may next change by itself (a PWM edge), after `now`;
  // UINT64_MAX if only a driver change can change it.
  uint64_t next_change(uint16_t pin, uint64_t now) const;
  void write(uint16_t pin, bool level);
  void irq_enable(uint16_t pin, uint8_t triggers, hal::IrqHandler handler, void* context);
  void irq_disable(uint16_t pin);
  void set_pwm(uint16_t pin, const PwmWave& wave);

  // --- the simulated world -------------------------------------------------------------------
  void set_external(uint16_t pin, int8_t level);  // a script: 0, 1, or -1 (released)
  void hold_low(uint16_t pin, bool on);           // a device pulling the line low
  void add_bus_pullup(uint16_t pin);              // an I2C bus resistor
  void watch(uint16_t pin, Watcher watcher);      // called after each level change of pin's net

  // Takes the pending interrupt flags of `pin` (0 if none) with its handler.
  uint8_t take_pending(uint16_t pin, hal::IrqHandler* handler, void** context);
  bool any_pending() const { return any_pending_; }
  void clear_any_pending() { any_pending_ = false; }

  // Back to power-on state (all inputs, no pulls, no IRQs, no PWM); wiring, scripts' drive,
  // bus resistors and watchers stay.
  void reset();

  // --- observation (state file, tests) --------------------------------------------------------
  hal::PinMode mode(uint16_t pin) const { return pins_[pin].mode; }
  hal::PinPull pull(uint16_t pin) const { return pins_[pin].pull; }
  uint8_t drive_strength(uint16_t pin) const { return pins_[pin].drive_strength; }
  int16_t alt(uint16_t pin) const { return pins_[pin].alt; }
  bool configured(uint16_t pin) const { return pins_[pin].configured; }
  bool latch(uint16_t pin) const { return pins_[pin].latch; }
  const PwmWave& pwm(uint16_t pin) const { return pins_[pin].pwm; }
  uint32_t contention() const { return contention_; }

 private:
  struct Pin {
    hal::PinMode mode = hal::PinMode::kInput;
    hal::PinPull pull = hal::PinPull::kNone;
    bool configured = false;
    uint8_t drive_strength = 0;
    int16_t alt = -1;
    bool latch = false;
    int8_t external = -1;
    bool held_low = false;
    bool bus_pullup = false;
    PwmWave pwm;
    uint8_t triggers = 0;
    uint8_t pending = 0;
    hal::IrqHandler handler = nullptr;
    void* context = nullptr;
    uint16_t net = 0;
  };
  struct Net {
    std::vector<uint16_t> pins;
    bool level = false;
    std::vector<Watcher> watchers;
  };

  // Strong drive of one pin: -1 none, 0, 1.
  int drive(const Pin& p) const;
  bool resolve(const Net& net) const;
  void update(uint16_t pin);
  void notify(Net& net);

  const Clock& clock_;
  std::vector<Pin> pins_;
  std::vector<Net> nets_;
  std::deque<std::pair<uint16_t, uint16_t>> notifications_;  // (net, watcher index)
  bool notifying_ = false;
  bool any_pending_ = false;
  mutable uint32_t contention_ = 0;
};

}  // namespace mote::board
