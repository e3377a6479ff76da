// pins.cc — net resolution and edge detection for the simulated GPIO bank.
//
// Nets are built once from the wires (a pin listed in two wires merges them). Every driver
// change calls update(pin), which resolves the pin's net, records edges for the IRQs of all
// its pins, and queues the net's watchers.
#include "ports/host/board/pins.h"

#include <algorithm>
#include <cmath>

namespace mote::board {

bool PwmWave::level_at(uint64_t t) const {
  bool high;
  if (duty == 0) {
    high = false;
  } else if (duty == 65535) {
    high = true;
  } else {
    double period = 1e6 / freq;
    double phase = std::fmod(static_cast<double>(t), period);
    high = phase < period * duty / 65536.0;
  }
  return high != invert;
}

PinBank::PinBank(const BoardConfig& config, const Clock& clock) : clock_(clock), pins_(config.pin_count) {
  std::vector<int> net_of(config.pin_count, -1);
  for (const std::vector<uint16_t>& wire : config.wires) {
    int net = -1;
    for (uint16_t p : wire) {
      if (net_of[p] >= 0) net = net_of[p];
    }
    if (net < 0) {
      net = static_cast<int>(nets_.size());
      nets_.emplace_back();
    }
    for (uint16_t p : wire) {
      int old = net_of[p];
      if (old == net) continue;
      if (old >= 0) {  // merge the other net into this one
        for (uint16_t q : nets_[old].pins) net_of[q] = net;
        nets_[net].pins.insert(nets_[net].pins.end(), nets_[old].pins.begin(), nets_[old].pins.end());
        nets_[old].pins.clear();
      } else {
        net_of[p] = net;
        nets_[net].pins.push_back(p);
      }
    }
  }
  for (uint16_t p = 0; p < config.pin_count; ++p) {
    if (net_of[p] < 0) {
      net_of[p] = static_cast<int>(nets_.size());
      nets_.emplace_back();
      nets_.back().pins.push_back(p);
    }
    pins_[p].net = static_cast<uint16_t>(net_of[p]);
  }
}

int PinBank::drive(const Pin& p) const {
  if (p.pwm.active) return p.pwm.level_at(clock_.now_us());
  if (p.external >= 0) return p.external;
  if (p.held_low) return 0;
  if (p.mode == hal::PinMode::kOutput) return p.latch;
  if (p.mode == hal::PinMode::kOpenDrain && !p.latch) return 0;
  return -1;
}

bool PinBank::resolve(const Net& net) const {
  bool any_low = false, any_high = false, pull_up = false, pull_down = false;
  for (uint16_t i : net.pins) {
    const Pin& p = pins_[i];
    int d = drive(p);
    any_low |= d == 0;
    any_high |= d == 1;
    pull_up |= p.pull == hal::PinPull::kUp || p.bus_pullup;
    pull_down |= p.pull == hal::PinPull::kDown;
  }
  if (any_low && any_high) ++contention_;
  if (any_low) return false;
  if (any_high) return true;
  return pull_up;  // a pull-up beats nothing; pull-down and floating both read 0
}

void PinBank::update(uint16_t pin) {
  Net& net = nets_[pins_[pin].net];
  bool level = resolve(net);
  if (level == net.level) return;
  net.level = level;
  uint8_t fired = level ? (hal::kPinRising | hal::kPinHighLevel) : (hal::kPinFalling | hal::kPinLowLevel);
  for (uint16_t i : net.pins) {
    Pin& p = pins_[i];
    if (p.triggers & fired) {
      p.pending |= p.triggers & fired;
      any_pending_ = true;
    }
  }
  notify(net);
}

void PinBank::notify(Net& net) {
  uint16_t net_index = static_cast<uint16_t>(&net - nets_.data());
  for (size_t i = 0; i < net.watchers.size(); ++i) notifications_.emplace_back(net_index, static_cast<uint16_t>(i));
  if (notifying_) return;
  notifying_ = true;
  while (!notifications_.empty()) {
    auto [n, w] = notifications_.front();
    notifications_.pop_front();
    nets_[n].watchers[w]();
  }
  notifying_ = false;
}

void PinBank::configure(uint16_t pin, hal::PinMode mode, hal::PinPull pull, uint8_t drive, int16_t alt) {
  Pin& p = pins_[pin];
  p.mode = mode;
  p.pull = pull;
  p.drive_strength = drive;
  p.alt = alt;
  p.configured = true;
  update(pin);
}

bool PinBank::read(uint16_t pin) const {
  const Net& net = nets_[pins_[pin].net];
  for (uint16_t i : net.pins) {
    if (pins_[i].pwm.active) return resolve(net);  // a waveform: the level of this instant
  }
  return net.level;
}

uint64_t PinBank::next_change(uint16_t pin, uint64_t now) const {
  uint64_t next = UINT64_MAX;
  for (uint16_t i : nets_[pins_[pin].net].pins) {
    const PwmWave& w = pins_[i].pwm;
    if (!w.active || w.duty == 0 || w.duty == 65535) continue;
    const double period = 1e6 / w.freq, high = period * w.duty / 65536.0;
    const double phase = std::fmod(static_cast<double>(now), period);
    const double wait = phase < high ? high - phase : period - phase;
    next = std::min(next, now + static_cast<uint64_t>(std::ceil(wait)));
  }
  return next;
}

void PinBank::write(uint16_t pin, bool level) {
  pins_[pin].latch = level;
  update(pin);
}

void PinBank::irq_enable(uint16_t pin, uint8_t triggers, hal::IrqHandler handler, void* context) {
  Pin& p = pins_[pin];
  p.triggers = triggers;
  p.handler = handler;
  p.context = context;
  p.pending = 0;
  bool level = nets_[p.net].level;
  uint8_t now_active = triggers & (level ? hal::kPinHighLevel : hal::kPinLowLevel);
  if (now_active) {
    p.pending = now_active;
    any_pending_ = true;
  }
}

void PinBank::irq_disable(uint16_t pin) {
  Pin& p = pins_[pin];
  p.triggers = 0;
  p.pending = 0;
  p.handler = nullptr;
}

void PinBank::set_pwm(uint16_t pin, const PwmWave& wave) {
  pins_[pin].pwm = wave;
  if (wave.active) pins_[pin].mode = hal::PinMode::kAlt;
  update(pin);
}

void PinBank::set_external(uint16_t pin, int8_t level) {
  pins_[pin].external = level;
  update(pin);
}

void PinBank::hold_low(uint16_t pin, bool on) {
  pins_[pin].held_low = on;
  update(pin);
}

void PinBank::add_bus_pullup(uint16_t pin) {
  pins_[pin].bus_pullup = true;
  update(pin);
}

void PinBank::watch(uint16_t pin, Watcher watcher) { nets_[pins_[pin].net].watchers.push_back(std::move(watcher)); }

uint8_t PinBank::take_pending(uint16_t pin, hal::IrqHandler* handler, void** context) {
  Pin& p = pins_[pin];
  uint8_t flags = p.pending;
  p.pending = 0;
  *handler = p.handler;
  *context = p.context;
  return p.handler ? flags : 0;
}

void PinBank::reset() {
  for (uint16_t i = 0; i < pins_.size(); ++i) {
    Pin& p = pins_[i];
    p.mode = hal::PinMode::kInput;
    p.pull = hal::PinPull::kNone;
    p.configured = false;
    p.drive_strength = 0;
    p.alt = -1;
    p.latch = false;
    p.pwm = PwmWave{};
    p.triggers = p.pending = 0;
    p.handler = nullptr;
    update(i);
  }
  any_pending_ = false;
}

}  // namespace mote::board
