// time_module.cc — the `time` module (also `utime`): sleeping, MicroPython's wrapping tick
// counters, and the calendar clock.
//
// Ticks. ticks_ms/us/cpu count modulo TICKS_PERIOD = 2**30, as MicroPython does on every port,
// so a tick value is always a small int (no allocation, even on a 32-bit target) and
// ticks_diff/ticks_add do the wrap-around arithmetic: ticks_diff(a, b) is the signed
// difference in [-2**29, 2**29). The counters come from the port (hal_ticks_us, hal::ticks_cpu).
//
// Calendar. The wall clock is the port's RTC (hal::rtc_get: machine.RTC sets it), so
// time.time() follows RTC().datetime() as on MicroPython. The epoch is 1970 on every port.
// localtime/gmtime return MicroPython's 8-tuple (year, month, mday, hour, minute, second,
// weekday 0=Monday, yearday) — CPython's struct_time without tm_isdst — with the tm_* names as
// attributes; the repr is the plain tuple's, as MicroPython prints it. The local time zone is
// the port's (hal_utc_offset_s; 0 on a board).
//
// Sleeping goes through the scheduler (sched_sleep_us), so scheduled callbacks and Ctrl-C are
// served while a program sleeps.
#include <cmath>

#include "modules/common/module_util.h"
#include "modules/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/hal.h"
#include "vm/hal_machine.h"
#include "vm/scheduler.h"

namespace mote {

namespace {

constexpr sword kTicksPeriod = sword(1) << 30;
constexpr sword kTicksMax = kTicksPeriod - 1;
constexpr sword kTicksHalf = kTicksPeriod / 2;

// --- calendar arithmetic (Howard Hinnant's days <-> civil date algorithms) --------------------

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  const int64_t era = floor_div(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
  z += 719468;
  const int64_t era = floor_div(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

// Microseconds since 1970 from the RTC; the time since start-up if the port has none.
int64_t now_us() {
  hal::DateTime t;
  if (hal::rtc_get(&t) != hal::Status::kOk) return int64_t(hal_ticks_us());
  int64_t days = days_from_civil(t.year, t.month, t.day);
  int64_t secs = days * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
  return secs * 1000000 + t.microsecond;
}

// --- struct_time ---------------------------------------------------------------------------

constexpr uint32_t kStructTimeNames[] = {Q::tm_year, Q::tm_mon, Q::tm_mday, Q::tm_hour,
                                         Q::tm_min,  Q::tm_sec, Q::tm_wday, Q::tm_yday};
constexpr stdlib::TupleFields kStructTimeFields = {nullptr, kStructTimeNames, 8};
constexpr stdlib::TupleLikeType struct_time_type = stdlib::tuple_like_type(Q::struct_time, &kStructTimeFields);

// The 8-tuple of UTC time `secs`.
Value make_struct_time(Vm& vm, int64_t secs) {
  int64_t days = floor_div(secs, 86400), rem = secs - days * 86400;
  int64_t y, m, d;
  civil_from_days(days, &y, &m, &d);
  int64_t yday = days - days_from_civil(y, 1, 1) + 1;
  int64_t wday = floor_mod(days + 3, 7);  // 1970-01-01 was a Thursday (3)
  Value items[8] = {int_from_sword(vm, sword(y)),       Value::small_int(sword(m)),
                    Value::small_int(sword(d)),         Value::small_int(sword(rem / 3600)),
                    Value::small_int(sword(rem / 60 % 60)), Value::small_int(sword(rem % 60)),
                    Value::small_int(sword(wday)),      Value::small_int(sword(yday))};
  if (items[0].is_null()) return items[0];
  return stdlib::tuple_like_new(vm, &struct_time_type.type, 8, items);
}

// Seconds (floored) from an optional argument; the current time if absent or None.
bool seconds_arg(Vm& vm, Value v, int64_t* out) {
  if (!stdlib::given(v)) {
    *out = floor_div(now_us(), 1000000);
    return true;
  }
  if (v.is_object() && isinstance(v, &float_type)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise(vm, &ValueError_type, "Invalid value NaN (not a number)");
      return false;
    }
    if (!(std::fabs(d) < 1e17)) {
      raise(vm, &OverflowError_type, "timestamp out of range for platform time_t");
      return false;
    }
    *out = int64_t(std::floor(d));
    return true;
  }
  Value i = to_index(vm, v);
  if (i.is_null()) return false;
  if (!bigint_to_int64(i, out) || *out > int64_t(1e17) || *out < -int64_t(1e17)) {
    raise(vm, &OverflowError_type, "timestamp out of range for platform time_t");
    return false;
  }
  return true;
}

// --- functions --------------------------------------------------------------------------------

Value t_sleep(Vm& vm, size_t, size_t, const Value* args) {
  double secs;
  if (args[0].is_small_int()) {
    secs = double(args[0].as_small_int());
  } else if (args[0].is_object() && isinstance(args[0], &float_type)) {
    secs = float_value(args[0]);
  } else {
    Value i = to_index(vm, args[0]);
    if (i.is_null() || !to_double(vm, i, &secs)) return Value::null();
  }
  if (std::isnan(secs)) return raise(vm, &ValueError_type, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(vm, &ValueError_type, "sleep length must be non-negative");
  if (secs > 1e12) return raise(vm, &OverflowError_type, "sleep length is too large");
  return sched_sleep_us(vm, uint64_t(secs * 1e6 + 0.5)) ? Value::none() : Value::null();
}

// sleep_ms / sleep_us: a negative time does not sleep, as MicroPython.
Value sleep_scaled(Vm& vm, Value arg, uint64_t scale) {
  sword n;
  if (!stdlib::int_arg(vm, arg, &n)) return Value::null();
  if (n <= 0) return Value::none();
  return sched_sleep_us(vm, uint64_t(n) * scale) ? Value::none() : Value::null();
}
Value t_sleep_ms(Vm& vm, size_t, size_t, const Value* args) { return sleep_scaled(vm, args[0], 1000); }
Value t_sleep_us(Vm& vm, size_t, size_t, const Value* args) { return sleep_scaled(vm, args[0], 1); }

Value t_ticks_ms(Vm&, size_t, size_t, const Value*) { return Value::small_int(sword(hal_ticks_ms() & kTicksMax)); }
Value t_ticks_us(Vm&, size_t, size_t, const Value*) { return Value::small_int(sword(hal_ticks_us() & kTicksMax)); }
Value t_ticks_cpu(Vm&, size_t, size_t, const Value*) { return Value::small_int(sword(hal::ticks_cpu() & kTicksMax)); }

Value t_ticks_add(Vm& vm, size_t, size_t, const Value* args) {
  sword ticks, delta;
  if (!stdlib::int_arg(vm, args[0], &ticks) || !stdlib::int_arg(vm, args[1], &delta)) return Value::null();
  if (delta < -kTicksHalf || delta >= kTicksHalf) return raise(vm, &OverflowError_type, "ticks interval overflow");
  return Value::small_int((ticks + delta) & kTicksMax);
}

Value t_ticks_diff(Vm& vm, size_t, size_t, const Value* args) {
  sword end, start;
  if (!stdlib::int_arg(vm, args[0], &end) || !stdlib::int_arg(vm, args[1], &start)) return Value::null();
  return Value::small_int(((end - start + kTicksHalf) & kTicksMax) - kTicksHalf);
}

Value t_time(Vm& vm, size_t, size_t, const Value*) { return float_new(vm, double(now_us()) / 1e6); }
Value t_time_ns(Vm& vm, size_t, size_t, const Value*) { return bigint_from_int64(vm, now_us() * 1000); }

// monotonic / perf_counter (CPython): seconds of the port's tick counter, not wrapped.
Value t_monotonic(Vm& vm, size_t, size_t, const Value*) { return float_new(vm, double(hal_ticks_us()) / 1e6); }
Value t_monotonic_ns(Vm& vm, size_t, size_t, const Value*) {
  return bigint_from_uint64(vm, hal_ticks_us() * 1000u);
}

Value t_gmtime(Vm& vm, size_t n, size_t, const Value* args) {
  int64_t secs;
  if (!seconds_arg(vm, n ? args[0] : Value::absent(), &secs)) return Value::null();
  return make_struct_time(vm, secs);
}

Value t_localtime(Vm& vm, size_t n, size_t, const Value* args) {
  int64_t secs;
  if (!seconds_arg(vm, n ? args[0] : Value::absent(), &secs)) return Value::null();
  return make_struct_time(vm, secs + hal_utc_offset_s(secs));
}

// mktime(tuple): local time (an 8- or 9-tuple; out-of-range fields are normalised, as C's
// mktime) to seconds since 1970, an int as MicroPython returns.
Value t_mktime(Vm& vm, size_t, size_t, const Value* args) {
  if (!is_tuple(args[0])) return raise(vm, &TypeError_type, "Tuple or struct_time argument required");
  size_t n = as_tuple(args[0])->len;
  const Value* items = as_tuple(args[0])->items;
  if (n < 8 || n > 9) return raise(vm, &TypeError_type, "mktime(): illegal time tuple argument");
  int64_t f[6];
  for (size_t i = 0; i < 6; ++i) {
    sword v;
    if (!stdlib::int_arg(vm, items[i], &v)) return Value::null();
    f[i] = v;
  }
  int64_t year = f[0] + floor_div(f[1] - 1, 12), month = floor_mod(f[1] - 1, 12) + 1;
  int64_t local = (days_from_civil(year, month, 1) + f[2] - 1) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
  int64_t utc = local - hal_utc_offset_s(local);
  utc = local - hal_utc_offset_s(utc);  // the offset at the result, across a DST change
  return bigint_from_int64(vm, utc);
}

constexpr NativeFunction sleep_obj = native_fn(Q::sleep, t_sleep, 1, 1);
constexpr NativeFunction sleep_ms_obj = native_fn(Q::sleep_ms, t_sleep_ms, 1, 1);
constexpr NativeFunction sleep_us_obj = native_fn(Q::sleep_us, t_sleep_us, 1, 1);
constexpr NativeFunction ticks_ms_obj = native_fn(Q::ticks_ms, t_ticks_ms, 0, 0);
constexpr NativeFunction ticks_us_obj = native_fn(Q::ticks_us, t_ticks_us, 0, 0);
constexpr NativeFunction ticks_cpu_obj = native_fn(Q::ticks_cpu, t_ticks_cpu, 0, 0);
constexpr NativeFunction ticks_add_obj = native_fn(Q::ticks_add, t_ticks_add, 2, 2);
constexpr NativeFunction ticks_diff_obj = native_fn(Q::ticks_diff, t_ticks_diff, 2, 2);
constexpr NativeFunction time_obj = native_fn(Q::time, t_time, 0, 0);
constexpr NativeFunction time_ns_obj = native_fn(Q::time_ns, t_time_ns, 0, 0);
constexpr NativeFunction monotonic_obj = native_fn(Q::monotonic, t_monotonic, 0, 0);
constexpr NativeFunction monotonic_ns_obj = native_fn(Q::monotonic_ns, t_monotonic_ns, 0, 0);
constexpr NativeFunction perf_counter_obj = native_fn(Q::perf_counter, t_monotonic, 0, 0);
constexpr NativeFunction perf_counter_ns_obj = native_fn(Q::perf_counter_ns, t_monotonic_ns, 0, 0);
constexpr NativeFunction gmtime_obj = native_fn(Q::gmtime, t_gmtime, 0, 1);
constexpr NativeFunction localtime_obj = native_fn(Q::localtime, t_localtime, 0, 1);
constexpr NativeFunction mktime_obj = native_fn(Q::mktime, t_mktime, 1, 1);

#define ENTRY(name, obj) MapEntry{q(Q::name), Value::object(&obj)}
constexpr auto time_table = sorted_table(std::to_array<MapEntry>({
    MapEntry{q(Q::dunder_name), q(Q::time)},
    ENTRY(sleep, sleep_obj),
    ENTRY(sleep_ms, sleep_ms_obj),
    ENTRY(sleep_us, sleep_us_obj),
    ENTRY(ticks_ms, ticks_ms_obj),
    ENTRY(ticks_us, ticks_us_obj),
    ENTRY(ticks_cpu, ticks_cpu_obj),
    ENTRY(ticks_add, ticks_add_obj),
    ENTRY(ticks_diff, ticks_diff_obj),
    ENTRY(time, time_obj),
    ENTRY(time_ns, time_ns_obj),
    ENTRY(monotonic, monotonic_obj),
    ENTRY(monotonic_ns, monotonic_ns_obj),
    ENTRY(perf_counter, perf_counter_obj),
    ENTRY(perf_counter_ns, perf_counter_ns_obj),
    ENTRY(gmtime, gmtime_obj),
    ENTRY(localtime, localtime_obj),
    ENTRY(mktime, mktime_obj),
    ENTRY(struct_time, struct_time_type),
}));
#undef ENTRY

}  // namespace

constexpr ConstMap time_module_globals = {time_table.data(), time_table.size()};

}  // namespace mote
