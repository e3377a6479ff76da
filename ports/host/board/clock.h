// clock.h — the simulated board's clock and its queue of timed events.
//
// Board time is in microseconds since the last (hard) reset. It runs with real time, so busy
// loops that poll ticks_ms() finish, and in the virtual clock mode it also *jumps*: a sleep,
// idle or lightsleep skips straight to the next event (or the deadline) instead of waiting.
// Tests therefore run at full speed and timer callbacks land in a fixed order: a 100 ms
// periodic timer fires exactly 3 times during sleep_ms(350), however loaded the host is.
//
// Timed events (a timer slot firing, a script step, the watchdog expiring) sit
// in a small min-heap keyed by (time, insertion order); the board pops whatever is due each
// time it is serviced. Events are identified by a kind and an index, and cancelled lazily by
// a generation number, so the queue never has to search.
//
// Host code (std containers allowed).
#pragma once

#include <cstdint>
#include <queue>
#include <vector>

namespace mote::board {

// Monotonic host time in microseconds (CLOCK_MONOTONIC).
uint64_t host_monotonic_us();

class Clock {
 public:
  using RealSource = uint64_t (*)();

  // `real` is the host time source; tests pass a fake one they advance by hand.
  explicit Clock(RealSource real = &host_monotonic_us) : real_(real), start_(real()) {}

  // Board time: real time since restart() plus every jump.
  uint64_t now_us() const { return real_() - start_ + skipped_; }

  // Jumps forward to `t` (no effect if t is not in the future).
  void skip_to(uint64_t t) {
    uint64_t now = now_us();
    if (t > now) skipped_ += t - now;
  }

  // Time restarts from 0 (a hard reset).
  void restart() {
    start_ = real_();
    skipped_ = 0;
  }

 private:
  RealSource real_;
  uint64_t start_;
  uint64_t skipped_ = 0;
};

enum class EventKind : uint8_t { kTimer, kScript, kWatchdog };

struct Event {
  uint64_t time_us;
  uint64_t order;       // insertion order: equal times pop first-in first-out
  EventKind kind;
  uint16_t index;       // timer slot, uart id, ...
  uint32_t generation;  // stale if it differs from the owner's current generation
};

class EventQueue {
 public:
  void push(uint64_t time_us, EventKind kind, uint16_t index, uint32_t generation) {
    heap_.push(Event{time_us, next_order_++, kind, index, generation});
  }
  bool empty() const { return heap_.empty(); }
  // Time of the earliest event (UINT64_MAX if none). May be a stale event's time: the board
  // then wakes, finds nothing to do, and looks again.
  uint64_t next_time() const { return heap_.empty() ? UINT64_MAX : heap_.top().time_us; }
  // Removes and returns the earliest event if it is due at `now`.
  bool pop_due(uint64_t now, Event* out) {
    if (heap_.empty() || heap_.top().time_us > now) return false;
    *out = heap_.top();
    heap_.pop();
    return true;
  }
  void clear() { heap_ = {}; }

 private:
  struct Later {
    bool operator()(const Event& a, const Event& b) const {
      return a.time_us != b.time_us ? a.time_us > b.time_us : a.order > b.order;
    }
  };
  std::priority_queue<Event, std::vector<Event>, Later> heap_;
  uint64_t next_order_ = 0;
};

}  // namespace mote::board
