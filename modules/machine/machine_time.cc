// machine_time.cc — machine.Timer, machine.WDT and machine.RTC.
//
// Timer(id) uses the port's timer slot `id`; Timer(-1) (the default, a "virtual" timer in
// MicroPython's terms) takes the highest slot no running timer holds. A running timer owns an
// IRQ slot (trigger 1) even without a callback, which is how slots are found free; a one-shot
// timer frees its slot when it fires. As in MicroPython's documentation, callbacks are hard by
// default (hard=True): they run with the heap locked.
#include "modules/machine/machine.h"

namespace mote::machine {
namespace {

constexpr sword kOneShot = 0;
constexpr sword kPeriodic = 1;

// --- Timer ---------------------------------------------------------------------------------------

struct TimerObj {
  const Type* type;  // &timer_type
  int8_t id;         // as constructed: -1 for "any free slot"
  int8_t slot;       // the port slot in use, -1 when stopped
  uint8_t mode;
  bool hard;
  uint64_t period_us;
};

TimerObj* self_timer(Value v) { return v.as<TimerObj>(); }

void timer_stop_obj(Vm& vm, TimerObj* t) {
  if (t->slot < 0) return;
  hal::timer_stop(static_cast<uint8_t>(t->slot));
  if (IrqSlot* s = irq_slot(vm, IrqKind::kTimer, static_cast<uint16_t>(t->slot), false)) {
    if (s->parent == Value::object(t)) irq_free(s);
  }
  t->slot = -1;
}

// The highest port slot no running timer holds; -1 if all are busy.
int free_timer_slot(Vm& vm) {
  for (int i = hal::board_info().timer_count - 1; i >= 0; --i) {
    IrqSlot* s = irq_slot(vm, IrqKind::kTimer, static_cast<uint16_t>(i), false);
    if (s == nullptr || s->trigger == 0) return i;
  }
  return -1;
}

// Period in microseconds from freq= (Hz, int or float) or period= (in 1/tick_hz s).
bool timer_period(Vm& vm, Value freq, Value period, Value tick_hz, uint64_t* out) {
  const uint32_t max_hz = hal::board_info().timer_freq_max;
  if (given(freq)) {
    double hz;
    if (!to_double(vm, freq, &hz)) return false;
    if (!(hz > 0) || hz > max_hz) {
      raise(vm, &ValueError_type, "invalid freq (valid: >0..%lu)", static_cast<unsigned long>(max_hz));
      return false;
    }
    *out = static_cast<uint64_t>(1e6 / hz + 0.5);
    return true;
  }
  if (!given(period)) {
    raise(vm, &ValueError_type, "Timer needs freq= or period=");
    return false;
  }
  sword p, hz;
  if (!int_in_range(vm, tick_hz, "tick_hz", 1, 1000000000, &hz) || !int_arg(vm, period, &p)) return false;
  const uint64_t us = static_cast<uint64_t>(p) * 1000000 / static_cast<uint64_t>(hz);
  const uint64_t min_us = (1000000 + max_hz - 1) / max_hz;
  if (p <= 0 || us < min_us) {
    raise(vm, &ValueError_type, "invalid period %ld (valid: at least %lu us)", long(p), static_cast<unsigned long>(min_us));
    return false;
  }
  *out = us;
  return true;
}

// init(*, mode=PERIODIC, freq=-1, period=-1, tick_hz=1000, callback=None, hard=True)
Value timer_apply(Vm& vm, TimerObj* t, Value self, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {
      {Q::mode, kArgKwOnly, Value::small_int(kPeriodic)}, {Q::freq, kArgKwOnly, Value::absent()},
      {Q::period, kArgKwOnly, Value::absent()},           {Q::tick_hz, kArgKwOnly, Value::small_int(1000)},
      {Q::callback, kArgKwOnly, Value::none()},           {Q::hard, kArgKwOnly, Value::true_()},
  };
  Value a[6];
  if (!parse_args(vm, "init", n_pos, n_kw, args, spec, 6, a)) return Value::null();
  sword mode;
  uint64_t period_us;
  if (!int_in_range(vm, a[0], "mode", kOneShot, kPeriodic, &mode) || !timer_period(vm, a[1], a[2], a[3], &period_us))
    return Value::null();
  if (!a[4].is_none() && !is_callable(a[4])) return raise(vm, &TypeError_type, "callback must be callable");
  int hard = is_true(vm, a[5]);
  if (hard < 0) return Value::null();
  timer_stop_obj(vm, t);
  const int slot_id = t->id >= 0 ? t->id : free_timer_slot(vm);
  if (slot_id < 0) return raise(vm, &RuntimeError_type, "no free timer (the board has %d)", int(hal::board_info().timer_count));
  IrqSlot* slot = irq_slot(vm, IrqKind::kTimer, static_cast<uint16_t>(slot_id), true);
  if (slot == nullptr) return Value::null();
  hal::timer_stop(static_cast<uint8_t>(slot_id));  // another Timer object may hold it
  slot->handler = a[4];
  slot->parent = self;
  slot->hard = hard != 0;
  slot->trigger = 1;
  slot->one_shot = mode == kOneShot;
  *t = TimerObj{&timer_type, t->id, static_cast<int8_t>(slot_id), static_cast<uint8_t>(mode), hard != 0, period_us};
  hal::Status s = hal::timer_start(static_cast<uint8_t>(slot_id), period_us, mode == kPeriodic, irq_isr, slot);
  if (s != hal::Status::kOk) {
    irq_free(slot);
    t->slot = -1;
    return raise_status(vm, s, "timer period");
  }
  return Value::none();
}

Value timer_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  sword id = -1;
  const sword count = hal::board_info().timer_count;
  if (n_pos > 1) return raise(vm, &TypeError_type, "Timer() takes at most 1 positional argument");
  if (n_pos == 1 && !int_in_range(vm, args[0], "timer id", -1, count - 1, &id)) return Value::null();
  TimerObj* t = static_cast<TimerObj*>(gc_alloc(vm, sizeof(TimerObj)));
  if (t == nullptr) return Value::null();
  *t = TimerObj{&timer_type, static_cast<int8_t>(id), -1, kPeriodic, true, 0};
  Value self = Value::object(t);
  if (n_kw > 0 && timer_apply(vm, t, self, 0, n_kw, args + n_pos).is_null()) return Value::null();
  return self;
}

Value timer_init(Vm& vm, size_t n_pos, size_t n_kw, const Value* args) {
  return timer_apply(vm, self_timer(args[0]), args[0], n_pos - 1, n_kw, args + 1);
}

Value timer_deinit(Vm& vm, size_t, size_t, const Value* args) {
  timer_stop_obj(vm, self_timer(args[0]));
  return Value::none();
}

bool timer_print(Vm&, Printer& out, Value self, PrintKind) {
  TimerObj* t = self_timer(self);
  if (t->slot < 0) return printf_to(out, "Timer(%d)", int(t->id));
  return printf_to(out, "Timer(%d, mode=%s, period=%luus)", int(t->slot), t->mode == kPeriodic ? "PERIODIC" : "ONE_SHOT",
                   static_cast<unsigned long>(t->period_us));
}

constexpr NativeFunction timer_init_obj = native_fn(Q::init, timer_init, 1, 1, true);
constexpr NativeFunction timer_deinit_obj = native_fn(Q::deinit, timer_deinit, 1, 1);
constexpr auto timer_locals_table = sorted_table<4>({{
    {q(Q::init), Value::object(&timer_init_obj)},
    {q(Q::deinit), Value::object(&timer_deinit_obj)},
    {q(Q::ONE_SHOT), Value::small_int(kOneShot)},
    {q(Q::PERIODIC), Value::small_int(kPeriodic)},
}});
constexpr ConstMap timer_locals = {timer_locals_table.data(), timer_locals_table.size()};

// --- WDT -------------------------------------------------------------------------------------------

struct WdtObj {
  const Type* type;  // &wdt_type
};

// WDT(id=0, timeout=5000): starts the watchdog (it cannot be stopped).
Value wdt_make_new(Vm& vm, const Type*, size_t n_pos, size_t n_kw, const Value* args) {
  static const ArgSpec spec[] = {{Q::id, 0, Value::small_int(0)}, {Q::timeout, 0, Value::small_int(5000)}};
  Value a[2];
  if (!parse_args(vm, "WDT", n_pos, n_kw, args, spec, 2, a)) return Value::null();
  const hal::BoardInfo& info = hal::board_info();
  sword id, timeout;
  if (!int_in_range(vm, a[0], "WDT id", 0, 0, &id) ||
      !int_in_range(vm, a[1], "timeout", info.wdt_timeout_min_ms, info.wdt_timeout_max_ms, &timeout))
    return Value::null();
  hal::Status s = hal::wdt_start(static_cast<uint32_t>(timeout));
  if (s != hal::Status::kOk) return raise_status(vm, s, "timeout");
  WdtObj* w = static_cast<WdtObj*>(gc_alloc(vm, sizeof(WdtObj)));
  if (w == nullptr) return Value::null();
  w->type = &wdt_type;
  return Value::object(w);
}

Value wdt_feed(Vm&, size_t, size_t, const Value*) {
  hal::wdt_feed();
  return Value::none();
}

constexpr NativeFunction wdt_feed_obj = native_fn(Q::feed, wdt_feed, 1, 1);
constexpr auto wdt_locals_table = sorted_table<1>({{{q(Q::feed), Value::object(&wdt_feed_obj)}}});
constexpr ConstMap wdt_locals = {wdt_locals_table.data(), wdt_locals_table.size()};

// --- RTC -------------------------------------------------------------------------------------------

struct RtcObj {
  const Type* type;  // &rtc_type
};

int days_in_month(int year, int month) {
  static constexpr uint8_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap);
}

Value rtc_make_new(Vm& vm, const Type*, size_t n_pos, size_t, const Value*) {
  if (n_pos > 1) return raise(vm, &TypeError_type, "RTC() takes at most 1 argument");
  RtcObj* r = static_cast<RtcObj*>(gc_alloc(vm, sizeof(RtcObj)));
  if (r == nullptr) return Value::null();
  r->type = &rtc_type;
  return Value::object(r);
}

Value rtc_get(Vm& vm) {
  hal::DateTime t;
  hal::Status s = hal::rtc_get(&t);
  if (s != hal::Status::kOk) return raise_status(vm, s, "RTC");
  const Value items[8] = {Value::small_int(t.year),    Value::small_int(t.month),  Value::small_int(t.day),
                          Value::small_int(t.weekday), Value::small_int(t.hour),   Value::small_int(t.minute),
                          Value::small_int(t.second),  Value::small_int(t.microsecond)};
  return tuple_new(vm, 8, items);
}

// (year, month, day, weekday, hours, minutes, seconds, subseconds); weekday is recomputed.
Value rtc_set(Vm& vm, Value tuple) {
  size_t n;
  Value* items;
  if (!seq_items(tuple, &n, &items) || n != 8)
    return raise(vm, &ValueError_type, "datetime must be an 8-tuple (year, month, day, weekday, hours, minutes, seconds, subseconds)");
  sword f[8];
  static constexpr const char* kNames[] = {"year", "month", "day", "weekday", "hours", "minutes", "seconds", "subseconds"};
  static constexpr sword kLo[] = {1970, 1, 1, 0, 0, 0, 0, 0};
  static constexpr sword kHi[] = {2099, 12, 31, 6, 23, 59, 59, 999999};
  for (size_t i = 0; i < 8; ++i) {
    if (!int_in_range(vm, items[i], kNames[i], kLo[i], kHi[i], &f[i])) return Value::null();
  }
  const int max_day = days_in_month(int(f[0]), int(f[1]));
  if (f[2] > max_day) return raise_range(vm, "day", f[2], 1, max_day);
  hal::DateTime t{static_cast<uint16_t>(f[0]), static_cast<uint8_t>(f[1]), static_cast<uint8_t>(f[2]),
                  static_cast<uint8_t>(f[3]), static_cast<uint8_t>(f[4]), static_cast<uint8_t>(f[5]),
                  static_cast<uint8_t>(f[6]), static_cast<uint32_t>(f[7])};
  hal::Status s = hal::rtc_set(t);
  return s == hal::Status::kOk ? Value::none() : raise_status(vm, s, "datetime");
}

Value rtc_datetime(Vm& vm, size_t n_pos, size_t, const Value* args) {
  return n_pos == 1 ? rtc_get(vm) : rtc_set(vm, args[1]);
}

Value rtc_init(Vm& vm, size_t, size_t, const Value* args) { return rtc_set(vm, args[1]); }

constexpr NativeFunction rtc_datetime_obj = native_fn(Q::datetime, rtc_datetime, 1, 2);
constexpr NativeFunction rtc_init_obj = native_fn(Q::init, rtc_init, 2, 2);
constexpr auto rtc_locals_table = sorted_table<2>({{
    {q(Q::datetime), Value::object(&rtc_datetime_obj)},
    {q(Q::init), Value::object(&rtc_init_obj)},
}});
constexpr ConstMap rtc_locals = {rtc_locals_table.data(), rtc_locals_table.size()};

}  // namespace

constexpr Type timer_type = {
    .type = &type_type, .name = Q::Timer, .flags = 0, .instance_size = sizeof(TimerObj),
    .base = &object_type, .make_new = timer_make_new, .print = timer_print, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &timer_locals};

constexpr Type wdt_type = {
    .type = &type_type, .name = Q::WDT, .flags = 0, .instance_size = sizeof(WdtObj),
    .base = &object_type, .make_new = wdt_make_new, .print = nullptr, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &wdt_locals};

constexpr Type rtc_type = {
    .type = &type_type, .name = Q::RTC, .flags = 0, .instance_size = sizeof(RtcObj),
    .base = &object_type, .make_new = rtc_make_new, .print = nullptr, .unary = nullptr,
    .binary = nullptr, .load_attr = nullptr, .store_attr = nullptr, .subscr = nullptr,
    .call = nullptr, .get_iter = nullptr, .iternext = nullptr, .buffer = nullptr,
    .locals = &rtc_locals};

}  // namespace mote::machine
