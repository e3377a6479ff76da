// board.cc — the simulated board's event loop, peripherals, reset and state file.
//
// Everything runs on the thread that runs Python; nothing here is called from another thread
// (board_main's ticker only wakes the scheduler). The event queue holds timers, script steps
// and the watchdog; the UARTs keep their own frame queues and are asked for their next event.
#include "ports/host/board/board.h"

#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace mote::board {
namespace {

constexpr uint64_t kPollIntervalUs = 1000;    // console Ctrl-C check, real time
constexpr uint64_t kStateIntervalUs = 20000;  // state file rewrite, real time

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

int64_t host_epoch_us() {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  return int64_t(tv.tv_sec) * 1000000 + tv.tv_usec;
}

const char* mode_name(hal::PinMode m) {
  static constexpr const char* kNames[] = {"in", "out", "open_drain", "alt", "alt_open_drain", "analog"};
  return kNames[static_cast<int>(m)];
}

}  // namespace

uint64_t host_monotonic_us() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000 + uint64_t(ts.tv_nsec) / 1000;
}

Board::Board(BoardConfig config, std::string dir, Clock::RealSource real)
    : config_(std::move(config)),
      dir_(std::move(dir)),
      clock_(real),
      pins_(config_, clock_),
      flash_(config_.flash_block_size, config_.flash_blocks,
             config_.flash_file.empty() || config_.flash_file[0] == '/' ? config_.flash_file
                                                                        : dir_ + "/" + config_.flash_file),
      mem_(config_.mem_size, 0),
      cpu_freq_(config_.cpu_freq) {
  build();
}

Board::~Board() { write_state_file(); }

void Board::build() {
  info_ = hal::BoardInfo{
      config_.name.c_str(),
      config_.pin_count,
      static_cast<uint8_t>(config_.adc_pins.size()),
      static_cast<uint8_t>(config_.i2c.size()),
      static_cast<uint8_t>(config_.spi.size()),
      static_cast<uint8_t>(config_.uart.size()),
      config_.timer_count,
      4,               // drive strengths (2, 4, 8, 12 mA as on the RP2040)
      config_.adc_vref_uv,
      10000000,        // cpu_freq_min
      250000000,       // cpu_freq_max
      8,               // pwm_freq_min
      62500000,        // pwm_freq_max
      1000000,         // i2c_freq_max
      62500000,        // spi_baud_max
      300,             // uart_baud_min
      3000000,         // uart_baud_max
      1000000,         // timer_freq_max
      1,               // wdt_timeout_min_ms
      8388,            // wdt_timeout_max_ms (the RP2040's 24-bit counter)
  };
  for (const I2cBusConfig& bus_config : config_.i2c) {
    i2c_.push_back(std::make_unique<I2cBus>());
    std::string err;
    if (!build_i2c_bus(bus_config, clock_, i2c_.back().get(), &err)) error_ = err;
    if (bus_config.scl >= 0 && bus_config.sda >= 0)
      pin_targets_.push_back(std::make_unique<PinI2cTarget>(pins_, bus_config.scl, bus_config.sda, *i2c_.back()));
  }
  spi_.resize(config_.spi.size());
  for (const UartConfig& u : config_.uart) uarts_.emplace_back(u.loopback);
  timers_.resize(config_.timer_count);
  random_.seed(config_.seed != 0 ? config_.seed : std::random_device{}());
  rtc_offset_us_ = host_epoch_us();
  if (!config_.state_file.empty())
    state_path_ = config_.state_file[0] == '/' ? config_.state_file : dir_ + "/" + config_.state_file;
  schedule_script(0, 0);
}

// --- time and interrupts ----------------------------------------------------------------------

void Board::schedule_script(size_t step, uint64_t cycle_start) {
  if (config_.script.empty()) return;
  if (step >= config_.script.size()) {
    if (config_.script_repeat_us == 0) return;
    step = 0;
    cycle_start += config_.script_repeat_us;
  }
  script_cycle_start_ = cycle_start;
  events_.push(cycle_start + config_.script[step].time_us, EventKind::kScript, static_cast<uint16_t>(step),
               script_generation_);
}

void Board::on_event(const Event& e) {
  switch (e.kind) {
    case EventKind::kScript: {
      if (e.generation != script_generation_) return;
      const ScriptStep& s = config_.script[e.index];
      pins_.set_external(s.pin, s.level);
      schedule_script(e.index + 1u, script_cycle_start_);
      return;
    }
    case EventKind::kTimer: {
      TimerSlot& t = timers_[e.index];
      if (!t.active || e.generation != t.generation) return;
      t.pending = 1;
      if (t.periodic) {
        events_.push(e.time_us + t.period_us, EventKind::kTimer, e.index, t.generation);
      } else {
        t.active = false;
      }
      return;
    }
    case EventKind::kWatchdog:
      if (e.generation == wdt_generation_ && wdt_timeout_us_ != 0) request_reset(hal::ResetCause::kWatchdog);
      return;
    default:
      return;
  }
}

void Board::advance() {
  const uint64_t now = clock_.now_us();
  Event e;
  while (events_.pop_due(now, &e)) on_event(e);
  for (SimUart& u : uarts_) {
    if (u.next_event() <= now) u.advance(now);
  }
}

void Board::deliver() {
  if (irq_disabled_ > 0 || delivering_) return;
  delivering_ = true;
  hal::IrqHandler handler;
  void* context;
  if (pins_.any_pending()) {
    pins_.clear_any_pending();
    for (uint16_t p = 0; p < pins_.count(); ++p) {
      if (uint8_t flags = pins_.take_pending(p, &handler, &context)) {
        handler(context, flags);
        ++delivered_;
      }
    }
  }
  for (SimUart& u : uarts_) {
    if (uint16_t flags = u.take_pending(&handler, &context)) {
      handler(context, flags);
      ++delivered_;
    }
  }
  for (TimerSlot& t : timers_) {
    if (t.pending && t.handler != nullptr) {
      t.pending = 0;
      t.handler(t.context, 1);
      ++delivered_;
    }
  }
  delivering_ = false;
}

void Board::irq_restore(uint32_t state) {
  irq_disabled_ = state;
  deliver();
}

void Board::service() {
  advance();
  const uint64_t real = host_monotonic_us();
  if (console_poll && real - last_poll_real_ >= kPollIntervalUs) {
    last_poll_real_ = real;
    if (console_poll()) ++delivered_;
  }
  deliver();
  if (dirty_ && real - last_state_real_ >= kStateIntervalUs) write_state_file();
}

uint64_t Board::next_event_us() const {
  uint64_t t = events_.next_time();
  for (const SimUart& u : uarts_) t = std::min(t, u.next_event());
  return t;
}

void Board::wait_until(uint64_t deadline_us) {
  service();
  const uint64_t now = clock_.now_us();
  if (now >= deadline_us || reset_pending_) return;
  const uint64_t target = std::min(deadline_us, next_event_us());
  if (config_.clock == ClockMode::kVirtual) {
    clock_.skip_to(target);
  } else {
    const uint64_t wait = std::min<uint64_t>(target > now ? target - now : 0, 1000);
    if (wait > 0) usleep(static_cast<useconds_t>(wait));
  }
  if (dirty_) write_state_file();
  service();
}

void Board::lightsleep(uint32_t ms) {
  const uint64_t deadline = ms == 0 ? UINT64_MAX : clock_.now_us() + uint64_t(ms) * 1000;
  const uint64_t delivered = delivered_;
  service();
  // Wakes on the deadline or the first interrupt delivered (a pin, a timer, a UART).
  while (delivered_ == delivered && clock_.now_us() < deadline && !reset_pending_) {
    if (next_event_us() == UINT64_MAX && deadline == UINT64_MAX) {
      usleep(1000);  // nothing scheduled can wake us: wait in real time (Ctrl-C still works)
      service();
      continue;
    }
    wait_until(deadline);
  }
}

// Virtual mode: from one possible level change to the next (scripts, PWM edges, interrupts
// delivered by handlers that write pins), never past the deadline.
bool Board::pin_wait(uint32_t pin, bool level, uint64_t deadline_us) {
  const uint16_t p = static_cast<uint16_t>(pin);
  for (;;) {
    advance();
    deliver();
    if (pins_.read(p) == level) return true;
    const uint64_t now = clock_.now_us();
    if (now >= deadline_us || reset_pending_) return false;
    if (config_.clock == ClockMode::kVirtual)
      clock_.skip_to(std::min({deadline_us, next_event_us(), pins_.next_change(p, now)}));
  }
}

// --- names, ADC, PWM ---------------------------------------------------------------------------

int Board::pin_by_name(std::string_view name) const {
  for (const auto& [n, pin] : config_.names) {
    if (n == name) return pin;
  }
  return -1;
}

int Board::adc_channel_of_pin(uint32_t pin) const {
  for (size_t ch = 0; ch < config_.adc_pins.size(); ++ch) {
    if (config_.adc_pins[ch] == static_cast<int>(pin)) return static_cast<int>(ch);
  }
  return -1;
}

hal::Status Board::pwm_init(uint32_t pin) {
  PwmWave w = pins_.pwm(static_cast<uint16_t>(pin));
  w.active = true;
  pins_.set_pwm(static_cast<uint16_t>(pin), w);
  dirty_ = true;
  return hal::Status::kOk;
}

hal::Status Board::pwm_set_freq(uint32_t pin, uint32_t hz) {
  if (hz < info_.pwm_freq_min || hz > info_.pwm_freq_max) return hal::Status::kOutOfRange;
  PwmWave w = pins_.pwm(static_cast<uint16_t>(pin));
  w.freq = hz;
  pins_.set_pwm(static_cast<uint16_t>(pin), w);
  dirty_ = true;
  return hal::Status::kOk;
}

void Board::pwm_set_duty(uint32_t pin, uint16_t duty, bool invert) {
  PwmWave w = pins_.pwm(static_cast<uint16_t>(pin));
  w.duty = duty;
  w.invert = invert;
  pins_.set_pwm(static_cast<uint16_t>(pin), w);
  dirty_ = true;
}

void Board::pwm_deinit(uint32_t pin) {
  PwmWave w = pins_.pwm(static_cast<uint16_t>(pin));
  w.active = false;
  w.duty = 0;
  pins_.set_pwm(static_cast<uint16_t>(pin), w);
  pins_.write(static_cast<uint16_t>(pin), false);
  dirty_ = true;
}

// --- buses -----------------------------------------------------------------------------------------

hal::Status Board::i2c_init(uint8_t bus, const hal::I2cConfig& config) {
  if (config.freq == 0 || config.freq > info_.i2c_freq_max) return hal::Status::kOutOfRange;
  return hal::Status::kOk;
}

hal::Status Board::spi_init(uint8_t bus, const hal::SpiConfig& config) {
  if (config.baudrate == 0 || config.baudrate > info_.spi_baud_max) return hal::Status::kOutOfRange;
  if (config.bits != 8) return hal::Status::kInvalidArgument;
  spi_[bus] = SpiBus{true, config};
  return hal::Status::kOk;
}

hal::Status Board::spi_transfer(uint8_t bus, const uint8_t* tx, uint8_t* rx, size_t len, uint8_t fill) {
  if (!spi_[bus].initialized) return hal::Status::kUnavailable;
  for (size_t i = 0; i < len; ++i) {
    uint8_t out = tx != nullptr ? tx[i] : fill;
    if (rx != nullptr) rx[i] = config_.spi[bus].loopback ? out : 0xff;
  }
  // Transfers take their bit time on the board clock.
  if (config_.clock == ClockMode::kVirtual)
    clock_.skip_to(clock_.now_us() + len * 8 * 1000000 / spi_[bus].config.baudrate);
  return hal::Status::kOk;
}

// --- timers and watchdog ------------------------------------------------------------------------

hal::Status Board::timer_start(uint8_t id, uint64_t period_us, bool periodic, hal::IrqHandler handler,
                               void* context) {
  if (period_us < 1000000 / info_.timer_freq_max) return hal::Status::kOutOfRange;
  TimerSlot& t = timers_[id];
  t = TimerSlot{true, periodic, period_us, t.generation + 1, 0, handler, context};
  events_.push(clock_.now_us() + period_us, EventKind::kTimer, id, t.generation);
  return hal::Status::kOk;
}

void Board::timer_stop(uint8_t id) {
  TimerSlot& t = timers_[id];
  t.active = false;
  t.pending = 0;
  t.handler = nullptr;
  ++t.generation;
}

hal::Status Board::wdt_start(uint32_t timeout_ms) {
  if (timeout_ms < info_.wdt_timeout_min_ms || timeout_ms > info_.wdt_timeout_max_ms)
    return hal::Status::kOutOfRange;
  wdt_timeout_us_ = uint64_t(timeout_ms) * 1000;
  wdt_feed();
  dirty_ = true;
  return hal::Status::kOk;
}

void Board::wdt_feed() {
  if (wdt_timeout_us_ == 0) return;
  events_.push(clock_.now_us() + wdt_timeout_us_, EventKind::kWatchdog, 0, ++wdt_generation_);
}

// --- RTC ---------------------------------------------------------------------------------------

uint64_t Board::rtc_now_us() const { return static_cast<uint64_t>(rtc_offset_us_ + int64_t(clock_.now_us())); }

hal::Status Board::rtc_get(hal::DateTime* out) const {
  const uint64_t us = rtc_now_us();
  const int64_t secs = int64_t(us / 1000000);
  const int64_t days = secs / 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  const int64_t rem = secs % 86400;
  *out = hal::DateTime{static_cast<uint16_t>(y), static_cast<uint8_t>(m), static_cast<uint8_t>(d),
                       static_cast<uint8_t>((days + 3) % 7),  // 1970-01-01 was a Thursday (3)
                       static_cast<uint8_t>(rem / 3600), static_cast<uint8_t>(rem / 60 % 60),
                       static_cast<uint8_t>(rem % 60), static_cast<uint32_t>(us % 1000000)};
  return hal::Status::kOk;
}

hal::Status Board::rtc_set(const hal::DateTime& t) {
  if (t.year < 1970 || t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59 ||
      t.second > 59 || t.microsecond > 999999)
    return hal::Status::kInvalidArgument;
  const int64_t secs = days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
  rtc_offset_us_ = secs * 1000000 + t.microsecond - int64_t(clock_.now_us());
  return hal::Status::kOk;
}

// --- CPU, bitstream, memory, random ------------------------------------------------------------------

hal::Status Board::cpu_freq_set(uint32_t hz) {
  if (hz < info_.cpu_freq_min || hz > info_.cpu_freq_max) return hal::Status::kOutOfRange;
  cpu_freq_ = hz;
  dirty_ = true;
  return hal::Status::kOk;
}

hal::Status Board::bitstream(uint32_t pin, const uint32_t timing_ns[4], std::span<const uint8_t> data) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  uint64_t ns = 0;
  for (uint8_t b : data) {
    hex += kHex[b >> 4];
    hex += kHex[b & 15];
    for (int bit = 7; bit >= 0; --bit) ns += (b >> bit & 1) ? timing_ns[2] + timing_ns[3] : timing_ns[0] + timing_ns[1];
  }
  auto it = std::find_if(bitstreams_.begin(), bitstreams_.end(), [pin](const auto& e) { return e.first == pin; });
  if (it == bitstreams_.end()) {
    bitstreams_.emplace_back(pin, hex);
  } else {
    it->second = hex;
  }
  pins_.write(static_cast<uint16_t>(pin), false);
  if (config_.clock == ClockMode::kVirtual) clock_.skip_to(clock_.now_us() + ns / 1000);
  dirty_ = true;
  return hal::Status::kOk;
}

hal::Status Board::mem_read(uintptr_t address, uint8_t width, uint32_t* out) const {
  if (address < config_.mem_base || address % width != 0 || address - config_.mem_base + width > mem_.size())
    return hal::Status::kOutOfRange;
  uint32_t v = 0;
  for (int i = width - 1; i >= 0; --i) v = v << 8 | mem_[address - config_.mem_base + i];  // little-endian
  *out = v;
  return hal::Status::kOk;
}

hal::Status Board::mem_write(uintptr_t address, uint8_t width, uint32_t value) {
  if (address < config_.mem_base || address % width != 0 || address - config_.mem_base + width > mem_.size())
    return hal::Status::kOutOfRange;
  for (int i = 0; i < width; ++i) mem_[address - config_.mem_base + i] = static_cast<uint8_t>(value >> (8 * i));
  return hal::Status::kOk;
}

uint32_t Board::random_u32() { return static_cast<uint32_t>(random_() >> 32); }

// --- reset ------------------------------------------------------------------------------------------

void Board::request_reset(hal::ResetCause cause, uint64_t sleep_us) {
  if (reset_pending_) return;
  reset_pending_ = true;
  pending_cause_ = cause;
  sleep_us_ = sleep_us;
}

void Board::soft_reset() {
  for (uint16_t p = 0; p < pins_.count(); ++p) {
    pins_.irq_disable(p);
    if (pins_.pwm(p).active) pwm_deinit(p);
  }
  for (size_t i = 0; i < timers_.size(); ++i) timer_stop(static_cast<uint8_t>(i));
  for (SimUart& u : uarts_) u.deinit();
  for (SpiBus& s : spi_) s.initialized = false;
  irq_disabled_ = 0;
  dirty_ = true;
}

void Board::complete_reset() {
  const hal::ResetCause cause = reset_pending_ ? pending_cause_ : hal::ResetCause::kHard;
  // The RTC keeps counting through the reset (and through deep sleep).
  rtc_offset_us_ += int64_t(clock_.now_us() + sleep_us_);
  soft_reset();
  pins_.reset();
  wdt_timeout_us_ = 0;
  ++wdt_generation_;
  ++script_generation_;
  events_.clear();
  cpu_freq_ = config_.cpu_freq;
  bitstreams_.clear();
  clock_.restart();
  schedule_script(0, 0);
  reset_cause_ = cause;
  reset_pending_ = false;
  sleep_us_ = 0;
  dirty_ = true;
}

// --- observation ----------------------------------------------------------------------------------

std::string Board::state_text() const {
  std::ostringstream s;
  s << "time_us " << clock_.now_us() << "\n";
  s << "reset_cause " << static_cast<int>(reset_cause_) << "\n";
  s << "cpu_freq " << cpu_freq_ << "\n";
  for (uint16_t p = 0; p < pins_.count(); ++p) {
    if (!pins_.configured(p) && !pins_.pwm(p).active) continue;
    s << "pin " << p << " mode=" << mode_name(pins_.mode(p)) << " pull="
      << (pins_.pull(p) == hal::PinPull::kUp ? "up" : pins_.pull(p) == hal::PinPull::kDown ? "down" : "none")
      << " level=" << pins_.read(p) << "\n";
  }
  for (uint16_t p = 0; p < pins_.count(); ++p) {
    const PwmWave& w = pins_.pwm(p);
    if (!w.active) continue;
    const uint64_t duty_ns = uint64_t(w.duty) * 1000000000ull / 65536 / w.freq;
    s << "pwm " << p << " freq=" << w.freq << " duty_u16=" << w.duty << " duty_ns=" << duty_ns
      << " invert=" << w.invert << "\n";
  }
  for (size_t i = 0; i < uarts_.size(); ++i) {
    if (uarts_[i].initialized()) s << "uart " << i << " baudrate=" << uarts_[i].baudrate() << " tx_bytes=" << uarts_[i].tx_count() << "\n";
  }
  if (wdt_timeout_us_ != 0) s << "wdt timeout_ms=" << wdt_timeout_us_ / 1000 << "\n";
  for (const auto& [pin, hex] : bitstreams_) s << "bitstream " << pin << " " << hex << "\n";
  if (pins_.contention() != 0) s << "contention " << pins_.contention() << "\n";
  return s.str();
}

void Board::write_state_file() {
  if (!dirty_ || state_path_.empty()) return;
  dirty_ = false;
  last_state_real_ = host_monotonic_us();
  const std::string tmp = state_path_ + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "w");
  if (f == nullptr) return;
  const std::string text = state_text();
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  std::rename(tmp.c_str(), state_path_.c_str());  // readers never see half a file
}

// --- the active board ----------------------------------------------------------------------------

namespace {
Board* g_active = nullptr;
}  // namespace

// Plain `mote` (no --board): a default board whose waits take real time, since the host's
// clock (vm/hal.h) is the real one there.
BoardConfig fallback_config() {
  BoardConfig c;
  c.clock = ClockMode::kRealtime;
  return c;
}

Board& active_board() {
  if (g_active == nullptr) {
    static Board fallback(fallback_config(), ".");
    g_active = &fallback;
  }
  return *g_active;
}

void set_active_board(Board* board) { g_active = board; }

}  // namespace mote::board
