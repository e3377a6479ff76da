// uart.cc — frame timing, loopback delivery and IRQ flags of the simulated UART.
#include "ports/host/board/uart.h"

#include <algorithm>

namespace mote::board {

void SimUart::init(const hal::UartConfig& config, uint64_t now) {
  config_ = config;
  const uint32_t bits = 1 + config.bits + (config.parity != hal::UartParity::kNone) + config.stop;
  frame_us_ = std::max<uint64_t>(1, (uint64_t(bits) * 1000000 + config.baudrate - 1) / config.baudrate);
  initialized_ = true;
  (void)now;
}

void SimUart::deinit() {
  initialized_ = false;
  in_flight_.clear();
  rx_.clear();
  idle_at_ = UINT64_MAX;
  irq_disable();
}

size_t SimUart::write(const uint8_t* data, size_t len, uint64_t now) {
  size_t n = std::min(len, kTxCapacity - std::min(kTxCapacity, in_flight_.size()));
  uint64_t t = in_flight_.empty() ? now : std::max(now, in_flight_.back().end_us);
  for (size_t i = 0; i < n; ++i) {
    t += frame_us_;
    in_flight_.push_back(Frame{t, data[i]});
  }
  return n;
}

size_t SimUart::read(uint8_t* out, size_t len) {
  size_t n = std::min(len, rx_.size());
  std::copy_n(rx_.begin(), n, out);
  rx_.erase(rx_.begin(), rx_.begin() + static_cast<long>(n));
  return n;
}

void SimUart::send_break(uint64_t now) {
  uint64_t t = in_flight_.empty() ? now : std::max(now, in_flight_.back().end_us);
  in_flight_.push_back(Frame{t + frame_us_, -1});
}

void SimUart::irq_enable(uint16_t triggers, hal::IrqHandler handler, void* context) {
  triggers_ = triggers;
  handler_ = handler;
  context_ = context;
  pending_ = 0;
}

void SimUart::advance(uint64_t now) {
  bool arrived = false, sent = false;
  while (!in_flight_.empty() && in_flight_.front().end_us <= now) {
    Frame f = in_flight_.front();
    in_flight_.pop_front();
    sent = true;
    if (f.byte >= 0) ++tx_count_;
    if (!loopback_) continue;
    if (f.byte < 0) {
      pending_ |= triggers_ & hal::kUartBreak;
      continue;
    }
    if (rx_.size() < std::max<size_t>(config_.rxbuf, 32)) rx_.push_back(static_cast<uint8_t>(f.byte));
    idle_at_ = f.end_us + frame_us_;
    arrived = true;
  }
  if (arrived) pending_ |= triggers_ & hal::kUartRx;
  if (sent && in_flight_.empty()) pending_ |= triggers_ & hal::kUartTxIdle;
  if (now >= idle_at_ && (in_flight_.empty() || in_flight_.front().end_us > idle_at_)) {
    pending_ |= triggers_ & hal::kUartRxIdle;
    idle_at_ = UINT64_MAX;
  }
}

uint64_t SimUart::next_event() const {
  uint64_t t = idle_at_;
  if (!in_flight_.empty()) t = std::min(t, in_flight_.front().end_us);
  return t;
}

uint16_t SimUart::take_pending(hal::IrqHandler* handler, void** context) {
  uint16_t flags = pending_;
  pending_ = 0;
  *handler = handler_;
  *context = context_;
  return handler_ ? flags : 0;
}

}  // namespace mote::board
