// uart.h — a simulated UART with frame timing on the board clock.
//
// Bytes written are shifted out one frame at a time ((1 start + bits + parity + stop) bit
// times at the configured baud rate), so txdone() and flush() take as long as on hardware and
// a 115200-baud write of 100 bytes finishes 8.7 ms (board time) later. With `loopback` each
// byte arrives at RX when its frame ends; RX keeps up to rxbuf bytes and drops the rest, as a
// full hardware FIFO would. IRQ flags: RX on arrival, RXIDLE one frame after the last arrival,
// TXIDLE when the transmitter empties, BREAK for a received break.
#pragma once

#include <cstdint>
#include <deque>

#include "vm/hal_machine.h"

namespace mote::board {

class SimUart {
 public:
  explicit SimUart(bool loopback = false) : loopback_(loopback) {}

  void init(const hal::UartConfig& config, uint64_t now);
  void deinit();
  bool initialized() const { return initialized_; }

  size_t write(const uint8_t* data, size_t len, uint64_t now);
  size_t read(uint8_t* out, size_t len);
  size_t available() const { return rx_.size(); }
  bool tx_done() const { return in_flight_.empty(); }
  void send_break(uint64_t now);

  void irq_enable(uint16_t triggers, hal::IrqHandler handler, void* context);
  void irq_disable() { triggers_ = 0, pending_ = 0, handler_ = nullptr; }

  // Moves bytes whose frame has ended by `now`; sets pending IRQ flags.
  void advance(uint64_t now);
  // When advance() next has something to do (UINT64_MAX: nothing).
  uint64_t next_event() const;
  // Pending IRQ flags (cleared) and the handler to call with them.
  uint16_t take_pending(hal::IrqHandler* handler, void** context);

  uint64_t tx_count() const { return tx_count_; }
  uint32_t baudrate() const { return config_.baudrate; }

 private:
  struct Frame {
    uint64_t end_us;
    int16_t byte;  // -1: a break
  };
  static constexpr size_t kTxCapacity = 256;

  bool loopback_;
  bool initialized_ = false;
  hal::UartConfig config_{};
  uint64_t frame_us_ = 87;
  std::deque<Frame> in_flight_;
  std::deque<uint8_t> rx_;
  uint64_t idle_at_ = UINT64_MAX;  // RXIDLE due at this time
  uint64_t tx_count_ = 0;
  uint16_t triggers_ = 0;
  uint16_t pending_ = 0;
  hal::IrqHandler handler_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace mote::board
