// i2c.cc — the EEPROM and TMP102 targets, transaction routing, and the pin-level decoder.
//
// The decoder follows the bus the way a target's shift register does: it samples SDA on each
// SCL rising edge, acts after the 8th bit on the falling edge (ACK or the next data bit), and
// watches SDA while SCL is high for START (falling) and STOP (rising).
#include "ports/host/board/i2c.h"

#include <cmath>

namespace mote::board {

// --- Eeprom ---------------------------------------------------------------------------------

Eeprom::Eeprom(const Clock& clock, uint32_t size, uint32_t page, uint64_t write_us)
    : clock_(clock), memory_(size, 0xff), page_(page), write_us_(write_us) {}

bool Eeprom::ready() const { return clock_.now_us() >= busy_until_; }

void Eeprom::start(bool read) {
  writing_ = !read;
  address_bytes_ = 0;
  page_buffer_.clear();
}

bool Eeprom::write(uint8_t byte) {
  const int needed = memory_.size() > 256 ? 2 : 1;
  if (address_bytes_ < needed) {
    pointer_ = ((address_bytes_ == 0 ? 0 : pointer_ << 8) | byte) & static_cast<uint32_t>(memory_.size() - 1);
    page_start_ = pointer_;
    ++address_bytes_;
    return true;
  }
  page_buffer_.push_back(byte);
  return true;
}

uint8_t Eeprom::read() {
  uint8_t b = memory_[pointer_];
  pointer_ = (pointer_ + 1) % memory_.size();
  return b;
}

void Eeprom::stop() {
  if (!writing_ || page_buffer_.empty()) return;
  const uint32_t base = page_start_ - page_start_ % page_;
  uint32_t offset = page_start_ - base;
  for (uint8_t b : page_buffer_) {  // later bytes overwrite earlier ones when a write wraps
    memory_[base + offset] = b;
    offset = (offset + 1) % page_;
  }
  pointer_ = base + offset;
  page_buffer_.clear();
  busy_until_ = clock_.now_us() + write_us_;
}

// --- Tmp102 ---------------------------------------------------------------------------------

Tmp102::Tmp102(double celsius) : regs_{0, 0x60a0, 0x4b00, 0x5000} { set_celsius(celsius); }

void Tmp102::set_celsius(double celsius) {
  long counts = std::lround(celsius / 0.0625);
  counts = std::max(-2048L, std::min(2047L, counts));
  regs_[0] = static_cast<uint16_t>(static_cast<uint16_t>(counts) << 4);
}

void Tmp102::start(bool read) {
  written_ = 0;
  byte_index_ = 0;
  (void)read;
}

bool Tmp102::write(uint8_t byte) {
  if (written_ == 0) {
    pointer_ = byte & 3;
  } else if (written_ == 1) {
    high_byte_ = byte;
  } else if (written_ == 2 && pointer_ != 0) {
    regs_[pointer_] = static_cast<uint16_t>(high_byte_ << 8 | byte);
  }
  ++written_;
  return true;
}

uint8_t Tmp102::read() {
  uint16_t r = regs_[pointer_];
  uint8_t b = byte_index_ == 0 ? static_cast<uint8_t>(r >> 8) : static_cast<uint8_t>(r);
  byte_index_ ^= 1;
  return b;
}

// --- I2cBus -------------------------------------------------------------------------------------

void I2cBus::attach(uint16_t address, std::unique_ptr<I2cTarget> target) {
  targets_.emplace_back(address, std::move(target));
}

I2cTarget* I2cBus::find(uint16_t address) const {
  for (const auto& [a, t] : targets_) {
    if (a == address) return t.get();
  }
  return nullptr;
}

hal::StatusWithSize I2cBus::transfer(uint16_t address, std::span<const std::span<const uint8_t>> writes,
                                     std::span<uint8_t> read, bool stop) {
  I2cTarget* t = find(address);
  if (t == nullptr || !t->ready()) return {hal::Status::kNotFound, 0};
  size_t acked = 0;
  bool nacked = false;
  if (!writes.empty() || read.empty()) {
    t->start(false);
    for (std::span<const uint8_t> w : writes) {
      for (size_t i = 0; i < w.size() && !nacked; ++i) {
        if (t->write(w[i])) {
          ++acked;
        } else {
          nacked = true;
        }
      }
    }
  }
  if (!read.empty() && !nacked) {
    t->start(true);
    for (uint8_t& b : read) b = t->read();
    acked = read.size();
  }
  if (stop || nacked) t->stop();
  return {hal::Status::kOk, acked};
}

namespace {

bool param_uint(const I2cDeviceConfig& dev, const std::string& key, uint64_t fallback, uint64_t* out,
                bool duration, std::string* error) {
  *out = fallback;
  for (const auto& [k, v] : dev.params) {
    if (k != key) continue;
    bool ok = duration ? parse_duration_us(v, out) : parse_uint(v, out);
    if (!ok) *error = "invalid " + key + " '" + v + "'";
    return ok;
  }
  return true;
}

bool known_params(const I2cDeviceConfig& dev, std::initializer_list<const char*> keys, std::string* error) {
  for (const auto& [k, v] : dev.params) {
    bool known = false;
    for (const char* key : keys) known |= k == key;
    if (!known) {
      *error = dev.kind + ": unknown parameter '" + k + "'";
      return false;
    }
  }
  return true;
}

}  // namespace

bool build_i2c_bus(const I2cBusConfig& config, const Clock& clock, I2cBus* bus, std::string* error) {
  for (const I2cDeviceConfig& dev : config.devices) {
    if (dev.kind == "eeprom") {
      uint64_t size, page, write_us;
      if (!known_params(dev, {"size", "page", "write_ms"}, error) ||
          !param_uint(dev, "size", 4096, &size, false, error) || !param_uint(dev, "page", 32, &page, false, error) ||
          !param_uint(dev, "write_ms", 0, &write_us, true, error))
        return false;
      if (size < 16 || size > 65536 || (size & (size - 1)) != 0 || page == 0 || size % page != 0) {
        *error = "eeprom: size must be a power of two (16..65536) and a multiple of page";
        return false;
      }
      bus->attach(dev.address, std::make_unique<Eeprom>(clock, static_cast<uint32_t>(size),
                                                        static_cast<uint32_t>(page), write_us));
    } else {
      if (!known_params(dev, {"celsius"}, error)) return false;
      double celsius = 21.5;
      for (const auto& [k, v] : dev.params) celsius = std::atof(v.c_str());
      bus->attach(dev.address, std::make_unique<Tmp102>(celsius));
    }
  }
  return true;
}

// --- PinI2cTarget ---------------------------------------------------------------------------------

PinI2cTarget::PinI2cTarget(PinBank& pins, uint16_t scl, uint16_t sda, I2cBus& bus)
    : pins_(pins), scl_(scl), sda_(sda), bus_(bus) {
  pins_.add_bus_pullup(scl);
  pins_.add_bus_pullup(sda);
  last_scl_ = pins_.read(scl);
  last_sda_ = pins_.read(sda);
  pins_.watch(scl, [this] { on_change(); });
  pins_.watch(sda, [this] { on_change(); });
}

void PinI2cTarget::on_change() {
  const bool scl = pins_.read(scl_), sda = pins_.read(sda_);
  const bool scl_was = last_scl_, sda_was = last_sda_;
  last_scl_ = scl;
  last_sda_ = sda;
  if (scl != scl_was) {
    if (scl) {
      on_scl_rise(sda);
    } else {
      on_scl_fall();
    }
  } else if (scl && sda != sda_was) {
    if (!sda) {  // START (or repeated START)
      pins_.hold_low(sda_, false);
      state_ = State::kAddress;
      bits_ = 0;
      shift_ = 0;
    } else {  // STOP
      if (target_ != nullptr) target_->stop();
      target_ = nullptr;
      state_ = State::kIdle;
    }
  }
}

void PinI2cTarget::on_scl_rise(bool sda) {
  if (state_ == State::kIdle || state_ == State::kIgnore) return;
  if (bits_ < 8) {
    if (state_ != State::kRead) shift_ = static_cast<uint8_t>(shift_ << 1 | sda);
    ++bits_;
  } else if (bits_ == 8) {
    if (state_ == State::kRead) master_nacked_ = sda;
    bits_ = 9;
  }
}

void PinI2cTarget::on_scl_fall() {
  if (state_ == State::kIdle || state_ == State::kIgnore) return;
  if (bits_ == 8) {
    if (state_ == State::kRead) {
      pins_.hold_low(sda_, false);  // the controller drives ACK/NACK
    } else {
      byte_received();
    }
    return;
  }
  if (bits_ == 9) {
    pins_.hold_low(sda_, false);
    bits_ = 0;
    shift_ = 0;
    if (state_ == State::kRead) {
      if (master_nacked_) {
        state_ = State::kIgnore;
        return;
      }
      shift_ = target_->read();
    }
  }
  if (state_ == State::kRead && bits_ < 8) pins_.hold_low(sda_, !((shift_ >> (7 - bits_)) & 1));
}

void PinI2cTarget::byte_received() {
  bool ack = false;
  if (state_ == State::kAddress) {
    target_ = bus_.find(shift_ >> 1);
    if (target_ != nullptr && target_->ready()) {
      const bool read = shift_ & 1;
      target_->start(read);
      state_ = read ? State::kRead : State::kWrite;
      master_nacked_ = false;
      ack = true;
    } else {
      target_ = nullptr;
      state_ = State::kIgnore;
    }
  } else if (state_ == State::kWrite) {
    ack = target_->write(shift_);
  }
  pins_.hold_low(sda_, ack);
}

}  // namespace mote::board
