// i2c.h — simulated I2C targets, and the two ways a controller reaches them.
//
// A target is byte-level: it is told when it is addressed (start), receives written bytes
// (answering ACK or NACK), supplies bytes to read, and sees the STOP. Two targets are modelled
// after real parts, because drivers for them exist and exercise the usual access patterns:
//
//   Eeprom   a 24C32-style serial EEPROM: 2-byte memory address (big-endian), sequential
//            reads that wrap at the end, page writes that wrap inside a page (32 bytes), and
//            an optional write cycle during which the chip does not ACK its address (drivers
//            poll for that "ACK polling").
//   Tmp102   a register-based temperature sensor (TI TMP102): a pointer register selects
//            temperature (read-only, 12-bit, 0.0625 C/LSB, left-justified), configuration,
//            T_LOW and T_HIGH; each is 16 bits, most significant byte first.
//
// An I2cBus routes transactions to targets by address; the HAL's hardware I2C calls
// transfer() directly. A PinI2cTarget decodes START, bits, ACK and STOP from the SCL/SDA pins
// of the same bus, so machine.SoftI2C — which bit-bangs the pins — talks to the very same
// targets, byte for byte.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "ports/host/board/board_config.h"
#include "ports/host/board/clock.h"
#include "ports/host/board/pins.h"
#include "vm/hal_machine.h"

namespace mote::board {

class I2cTarget {
 public:
  virtual ~I2cTarget() = default;
  // Whether the target ACKs its address now (an EEPROM in its write cycle does not).
  virtual bool ready() const { return true; }
  // Addressed: `read` is the direction bit. A repeated START calls it again.
  virtual void start(bool read) = 0;
  // A byte from the controller; true to ACK it.
  virtual bool write(uint8_t byte) = 0;
  // The next byte for the controller.
  virtual uint8_t read() = 0;
  virtual void stop() {}
};

class Eeprom : public I2cTarget {
 public:
  // size: bytes (a power of two); page: page-write size; write_us: write-cycle time.
  Eeprom(const Clock& clock, uint32_t size, uint32_t page, uint64_t write_us);
  bool ready() const override;
  void start(bool read) override;
  bool write(uint8_t byte) override;
  uint8_t read() override;
  void stop() override;

  std::span<const uint8_t> memory() const { return memory_; }
  std::vector<uint8_t>& memory() { return memory_; }

 private:
  const Clock& clock_;
  std::vector<uint8_t> memory_;
  std::vector<uint8_t> page_buffer_;  // bytes of the page write in progress
  uint32_t page_;
  uint64_t write_us_;
  uint64_t busy_until_ = 0;
  uint32_t pointer_ = 0;     // the address counter
  uint32_t page_start_ = 0;  // address of the first byte of page_buffer_
  int address_bytes_ = 0;    // address bytes received in this write
  bool writing_ = false;
};

class Tmp102 : public I2cTarget {
 public:
  explicit Tmp102(double celsius);
  void start(bool read) override;
  bool write(uint8_t byte) override;
  uint8_t read() override;

  void set_celsius(double celsius);
  uint16_t reg(uint8_t index) const { return regs_[index & 3]; }

 private:
  uint16_t regs_[4];  // temperature, configuration, T_LOW, T_HIGH
  uint8_t pointer_ = 0;
  int byte_index_ = 0;      // which half of the 16-bit register is next
  int written_ = 0;         // bytes written in this transaction (the first is the pointer)
  uint8_t high_byte_ = 0;
};

class I2cBus {
 public:
  void attach(uint16_t address, std::unique_ptr<I2cTarget> target);
  I2cTarget* find(uint16_t address) const;

  // The HAL transaction (see hal::i2c_transfer).
  hal::StatusWithSize transfer(uint16_t address, std::span<const std::span<const uint8_t>> writes,
                               std::span<uint8_t> read, bool stop);

 private:
  std::vector<std::pair<uint16_t, std::unique_ptr<I2cTarget>>> targets_;
};

// Builds a bus's targets from its description; false with `error` for an unknown parameter.
bool build_i2c_bus(const I2cBusConfig& config, const Clock& clock, I2cBus* bus, std::string* error);

// Decodes the bus protocol from pin levels and plays the target's part on SDA.
class PinI2cTarget {
 public:
  PinI2cTarget(PinBank& pins, uint16_t scl, uint16_t sda, I2cBus& bus);

 private:
  enum class State : uint8_t { kIdle, kAddress, kWrite, kRead, kIgnore };
  void on_change();
  void on_scl_rise(bool sda);
  void on_scl_fall();
  void byte_received();

  PinBank& pins_;
  uint16_t scl_, sda_;
  I2cBus& bus_;
  I2cTarget* target_ = nullptr;
  State state_ = State::kIdle;
  bool last_scl_ = true, last_sda_ = true;
  uint8_t shift_ = 0;
  int bits_ = 0;            // bits of the current byte seen (0..8), 9: the ACK clock
  bool ack_pending_ = false;  // drive ACK on the next SCL fall
  bool master_nacked_ = false;
};

}  // namespace mote::board
